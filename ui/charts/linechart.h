#pragma once

#include "chartstyle.h"
#include "plotframe.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// A line per series over a numeric x axis, each point marked, the series named in a legend.
namespace Quorum::Charts {

struct LineLayout : PlotFrame
{
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
    QPointF pointOf(const QPointF &value) const;
    // (series, point) within 8 px of the point, or (-1, -1).
    std::pair<qsizetype, qsizetype> pointAt(const QPointF &at, const ChartData::Lines &data) const;
};

LineLayout layoutLines(const QRectF &rect, const ChartData::Lines &data, const Style &style);
void paintLines(QPainter &painter, const QRectF &rect, const ChartData::Lines &data, const Style &style);
qreal linesHeight(const ChartData::Lines &data, const Style &style);

} // namespace Quorum::Charts
