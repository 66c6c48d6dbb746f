#pragma once

#include "chartstyle.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// Rows on one horizontal axis: a value with its 95 % interval as whiskers (success rates,
// ratings), a box plot (latency by region, experiment spread) or stacked parts (errors by class),
// with an optional reference line and legend. The one function paints a widget, an SVG and a PDF page.
namespace Quorum::Charts {

struct IntervalLayout
{
    QRectF title, plot, axisTitle, legend;
    QList<QRectF> rows;         // each row's band, across label, plot and value
    double axisMin = 0, axisMax = 1;
    qreal labelWidth = 0;
    double xOf(double value) const;
    qsizetype rowAt(const QPointF &point) const; // -1 outside every row
    // The stacked part under the point in row `row` (-1 outside every part).
    qsizetype partAt(const ChartData::Intervals &data, qsizetype row, const QPointF &point) const;
};

IntervalLayout layoutIntervals(const QRectF &rect, const ChartData::Intervals &data, const Style &style);
void paintIntervals(QPainter &painter, const QRectF &rect, const ChartData::Intervals &data, const Style &style);
// The height the chart wants at this width: a row per variant, readable.
qreal intervalsHeight(const ChartData::Intervals &data, const Style &style);

} // namespace Quorum::Charts
