#pragma once

#include "chartstyle.h"
#include "present/chartdata.h"

#include <QPainter>
#include <QRectF>

// Rows × columns on a colour-blind-safe scale, every cell labelled with its figure, a legend of
// the scale beside it; cells with nothing measured are left blank and hatched.
namespace Quorum::Charts {

struct HeatmapLayout
{
    QRectF title, grid, legend;
    qreal rowLabelWidth = 0, columnLabelHeight = 0;
    QSizeF cell;
    QRectF cellRect(qsizetype row, qsizetype column) const;
    // (row, column) under the point, or (-1, -1).
    std::pair<qsizetype, qsizetype> cellAt(const QPointF &point) const;
    qsizetype rows = 0, columns = 0;
};

HeatmapLayout layoutHeatmap(const QRectF &rect, const ChartData::Heatmap &data, const Style &style);
void paintHeatmap(QPainter &painter, const QRectF &rect, const ChartData::Heatmap &data, const Style &style);
qreal heatmapHeight(const ChartData::Heatmap &data, const Style &style);
// A cell's colour: its value's place on the data's scale.
QColor heatmapColor(const ChartData::Heatmap &data, double value);

} // namespace Quorum::Charts
