#pragma once

#include "chartstyle.h"
#include "plotframe.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// Cost × quality: cost per answer on a log axis, success with its interval, marker size from
// throughput, each variant in its own colour and named; the Pareto frontier as a line.
namespace Quorum::Charts {

struct BubbleLayout : PlotFrame
{
    double xMin = 1, xMax = 10, yMin = 0, yMax = 100;
    qreal maxDiameter = 28;
    QPointF pointOf(double x, double y) const;
    qsizetype pointAt(const QPointF &at, const ChartData::Bubbles &data) const; // -1 where none is
};

BubbleLayout layoutBubbles(const QRectF &rect, const ChartData::Bubbles &data, const Style &style);
void paintBubbles(QPainter &painter, const QRectF &rect, const ChartData::Bubbles &data, const Style &style);
qreal bubblesHeight(const ChartData::Bubbles &data, const Style &style);

} // namespace Quorum::Charts
