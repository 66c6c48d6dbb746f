#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Quorum::Appearance {

namespace {
// The platform's own palette and style, as they were before any choice was applied.
struct Original
{
    QPalette palette;
    QString style;
};
Original &original()
{
    static Original o{QApplication::palette(), QApplication::style() ? QApplication::style()->name() : QString()};
    return o;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8), mid(0x3c, 0x3c, 0x3c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QPalette lightPalette()
{
    // Fusion's own light palette: what Qt draws with no platform theme.
    return QStyleFactory::create(u"Fusion"_qs)->standardPalette();
}
} // namespace

Mode fromName(const QString &n)
{
    if (n.compare(u"light", Qt::CaseInsensitive) == 0)
        return Mode::Light;
    if (n.compare(u"dark", Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    return Mode::System;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light: return u"light"_qs;
    case Mode::Dark: return u"dark"_qs;
    case Mode::System: break;
    }
    return u"system"_qs;
}

void apply(Mode mode)
{
    const Original &o = original();
    if (mode == Mode::System) {
        if (!o.style.isEmpty())
            QApplication::setStyle(o.style);
        QApplication::setPalette(o.palette);
        return;
    }
    QApplication::setStyle(u"Fusion"_qs); // draws every widget from the palette, dark included
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Mode saved()
{
    return fromName(QSettings().value(u"appearance"_qs).toString());
}

void save(Mode mode)
{
    QSettings().setValue(u"appearance"_qs, name(mode));
}

} // namespace Quorum::Appearance
