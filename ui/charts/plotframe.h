#pragma once

#include "chartstyle.h"

#include <QPainter>
#include <QRectF>
#include <QString>

// What every chart with an x and a y axis shares (cost × quality, lines): the title on top, the
// plot area, a legend of three columns under it; the grid, the tick texts and both axis titles.
namespace Quorum::Charts {

struct PlotFrame
{
    QRectF title, plot, legend;
    QRectF legendCell(qsizetype index, const Style &style) const; // three to a row
};

struct Tick
{
    qreal at = 0;       // in pixels: an x for the x axis, a y for the y axis
    QString text;
};

PlotFrame layoutPlotFrame(const QRectF &rect, qsizetype legendItems, const Style &style);
// The height a plot of about `plotHeight` pixels needs with its title, axes and legend.
qreal plotFrameHeight(qreal plotHeight, qsizetype legendItems, const Style &style);
// Background, title, grid with tick texts, axes and axis titles; the caller draws the data and the legend's marks.
void paintPlotFrame(QPainter &painter, const QRectF &rect, const PlotFrame &frame, const QString &title, const QList<Tick> &xTicks,
                    const QList<Tick> &yTicks, const QString &xTitle, const QString &yTitle, const Style &style);

} // namespace Quorum::Charts
