#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPalette>

// How every chart looks: one style for the screens, SVG and PDF alike. Fonts are sized in
// pixels (QSvgGenerator writes points for 72 dpi, so point sizes would not survive an export).
namespace Quorum::Charts {

struct Style
{
    QColor background, foreground, muted, grid, accent;
    QColor alert;           // thresholds and flagged marks (disputed cells): vermillion
    QList<QColor> series;   // Okabe–Ito: told apart by people with any common colour blindness
    QFont title, label, small;
    qreal margin = 10;

    // The app's palette, light or dark: text and grid follow it, the series colours stay.
    static Style fromPalette(const QPalette &palette);
    QColor seriesColor(qsizetype index) const { return series.value(index % series.size()); }
};

// Every chart's start: its background over `rect`, its title in `titleRect`.
void paintBackground(QPainter &painter, const QRectF &rect, const QRectF &titleRect, const QString &title, const Style &style);

// A colour-blind-safe sequential scale (viridis: dark blue → green → yellow) at t in 0…1.
QColor scaleColor(double t);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

} // namespace Quorum::Charts
