#pragma once

#include "chartstyle.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// A metric's distribution per variant as small multiples on one shared axis: bars of the bins'
// counts (each panel scaled to its own largest bin), p50, p90 and p99 as marked lines.
namespace Quorum::Charts {

struct HistogramLayout
{
    QRectF title, axis;
    QList<QRectF> panels;       // each panel's plot area (its label to the left of it)
    qreal labelWidth = 0;
    double axisMin = 0, axisMax = 1;
    double xOf(double value) const;
    qsizetype panelAt(const QPointF &point) const;
};

HistogramLayout layoutHistograms(const QRectF &rect, const ChartData::Histograms &data, const Style &style);
void paintHistograms(QPainter &painter, const QRectF &rect, const ChartData::Histograms &data, const Style &style);
qreal histogramsHeight(const ChartData::Histograms &data, const Style &style);

} // namespace Quorum::Charts
