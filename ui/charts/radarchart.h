#pragma once

#include "chartstyle.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// The jury's dimensions as spokes, a closed line per variant (1 at the centre, 5 at the rim),
// polygon rings at each score, a legend of the variants.
namespace Quorum::Charts {

struct RadarLayout
{
    QRectF title, legend;
    QPointF centre;
    qreal radius = 0;
    int axes = 6;
    double scaleMin = 1, scaleMax = 5;
    QPointF pointOf(int axis, double value) const;
    qsizetype seriesAt(const QPointF &at, const ChartData::Radar &data) const; // the line nearest, within 8 px
};

RadarLayout layoutRadar(const QRectF &rect, const ChartData::Radar &data, const Style &style);
void paintRadar(QPainter &painter, const QRectF &rect, const ChartData::Radar &data, const Style &style);
qreal radarHeight(const ChartData::Radar &data, const Style &style);

} // namespace Quorum::Charts
