#include "chartstyle.h"

#include <algorithm>
#include <array>

namespace Quorum::Charts {

namespace {
QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}
} // namespace

Style Style::fromPalette(const QPalette &palette)
{
    Style s;
    s.background = palette.color(QPalette::Base);
    s.foreground = palette.color(QPalette::Text);
    const bool dark = s.background.lightnessF() < 0.5;
    s.muted = dark ? s.foreground.darker(140) : s.foreground.lighter(180);
    s.grid = dark ? s.background.lighter(170) : s.background.darker(115);
    s.accent = palette.color(QPalette::Highlight);
    s.alert = dark ? QColor(0xFF, 0x8C, 0x42) : QColor(0xD5, 0x5E, 0x00);
    s.series = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42)};
    if (dark)
        s.series[0] = QColor(0x56, 0xB4, 0xE9), s.series[4] = QColor(0x00, 0x72, 0xB2); // the light blue leads on dark
    s.title = pixelFont(15, true);
    s.label = pixelFont(12);
    s.small = pixelFont(11);
    return s;
}

void paintBackground(QPainter &painter, const QRectF &rect, const QRectF &titleRect, const QString &title, const Style &style)
{
    painter.fillRect(rect, style.background);
    painter.setPen(style.foreground);
    painter.setFont(style.title);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
}

QColor scaleColor(double t)
{
    // Viridis at nine stops (matplotlib's colour map, CC0), linearly between them.
    static constexpr std::array<std::array<int, 3>, 9> stops = {{{68, 1, 84}, {71, 44, 122}, {59, 81, 139}, {44, 113, 142},
                                                                {33, 144, 141}, {39, 173, 129}, {92, 200, 99}, {170, 220, 50},
                                                                {253, 231, 37}}};
    const double x = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const size_t i = std::min(size_t(x), stops.size() - 2);
    const double f = x - double(i);
    auto mix = [&](int c) { return int(std::lround(stops[i][size_t(c)] * (1 - f) + stops[i + 1][size_t(c)] * f)); };
    return QColor(mix(0), mix(1), mix(2));
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Quorum::Charts
