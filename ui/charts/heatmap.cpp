#include "heatmap.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Quorum::Charts {

namespace {
constexpr qreal kCellHeight = 28, kLegendWidth = 14;
}

QRectF HeatmapLayout::cellRect(qsizetype row, qsizetype column) const
{
    return QRectF(grid.left() + cell.width() * qreal(column), grid.top() + cell.height() * qreal(row), cell.width(), cell.height());
}

std::pair<qsizetype, qsizetype> HeatmapLayout::cellAt(const QPointF &point) const
{
    if (!grid.contains(point) || cell.isEmpty())
        return {-1, -1};
    const auto row = qsizetype((point.y() - grid.top()) / cell.height()), column = qsizetype((point.x() - grid.left()) / cell.width());
    return row < rows && column < columns ? std::pair(row, column) : std::pair<qsizetype, qsizetype>(-1, -1);
}

QColor heatmapColor(const ChartData::Heatmap &data, double value)
{
    const double span = data.scaleMax - data.scaleMin;
    return scaleColor(span > 0 ? (value - data.scaleMin) / span : 0.5);
}

qreal heatmapHeight(const ChartData::Heatmap &data, const Style &style)
{
    const QFontMetricsF title(style.title), label(style.label);
    return style.margin * 4 + title.height() + label.height() * 2 + qreal(std::max<qsizetype>(1, data.rows.size())) * kCellHeight;
}

HeatmapLayout layoutHeatmap(const QRectF &rect, const ChartData::Heatmap &data, const Style &style)
{
    HeatmapLayout l;
    l.rows = data.rows.size();
    l.columns = data.columns.size();
    const QFontMetricsF title(style.title), label(style.label), small(style.small);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    for (const QString &r : data.rows)
        l.rowLabelWidth = std::max(l.rowLabelWidth, label.horizontalAdvance(r));
    l.rowLabelWidth = std::min(l.rowLabelWidth + style.margin, inner.width() * 0.35);
    qreal legendText = 0;
    for (const QString &t : data.legendTexts)
        legendText = std::max(legendText, small.horizontalAdvance(t));
    legendText = std::max(legendText, small.horizontalAdvance(data.legendTitle) / 2);
    const qreal legendSpace = kLegendWidth + legendText + style.margin * 3;
    l.columnLabelHeight = label.height() * 1.4;
    const QRectF area(inner.left() + l.rowLabelWidth, l.title.bottom() + style.margin + l.columnLabelHeight,
                      std::max<qreal>(10, inner.width() - l.rowLabelWidth - legendSpace), 0);
    const qreal height = std::max<qreal>(kCellHeight, inner.bottom() - area.top());
    l.cell = QSizeF(l.columns ? area.width() / qreal(l.columns) : 0, l.rows ? std::min(height / qreal(l.rows), kCellHeight * 1.5) : 0);
    l.grid = QRectF(area.left(), area.top(), l.cell.width() * qreal(l.columns), l.cell.height() * qreal(l.rows));
    l.legend = QRectF(l.grid.right() + style.margin * 2, l.grid.top(), kLegendWidth, std::max<qreal>(l.grid.height(), kCellHeight * 3));
    return l;
}

void paintHeatmap(QPainter &painter, const QRectF &rect, const ChartData::Heatmap &data, const Style &style)
{
    const HeatmapLayout l = layoutHeatmap(rect, data, style);
    painter.save();
    paintBackground(painter, rect, l.title, data.title, style);

    const QFontMetricsF label(style.label), small(style.small);
    painter.setFont(style.label);
    for (qsizetype c = 0; c < l.columns; ++c) {
        const QRectF cell = l.cellRect(0, c);
        painter.drawText(QRectF(cell.left(), cell.top() - l.columnLabelHeight, cell.width(), l.columnLabelHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, label.elidedText(data.columns.at(c), Qt::ElideRight, cell.width() - 4));
    }
    for (qsizetype r = 0; r < l.rows; ++r) {
        const QRectF cell = l.cellRect(r, 0);
        painter.setPen(style.foreground);
        painter.drawText(QRectF(l.grid.left() - l.rowLabelWidth, cell.top(), l.rowLabelWidth - style.margin, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label.elidedText(data.rows.at(r), Qt::ElideMiddle, l.rowLabelWidth - style.margin));
        for (qsizetype c = 0; c < l.columns; ++c) {
            const QRectF box = l.cellRect(r, c).adjusted(1, 1, -1, -1);
            const std::optional<double> value = data.at(r, c);
            if (!value) {
                painter.fillRect(box, QBrush(style.grid, Qt::BDiagPattern));
                continue;
            }
            const QColor fill = heatmapColor(data, *value);
            painter.fillRect(box, fill);
            painter.setPen(textOn(fill));
            painter.drawText(box, Qt::AlignCenter, data.cellTexts.value(r * l.columns + c));
        }
    }
    // The legend: the scale from its top (the maximum) down, with its three texts.
    const int steps = 32;
    for (int i = 0; i < steps; ++i) {
        const double t = 1.0 - (double(i) + 0.5) / steps;
        painter.fillRect(QRectF(l.legend.left(), l.legend.top() + l.legend.height() * i / steps, l.legend.width(),
                                l.legend.height() / steps + 0.5),
                         scaleColor(t));
    }
    painter.setPen(style.muted);
    painter.drawRect(l.legend);
    painter.setFont(style.small);
    painter.setPen(style.foreground);
    const qreal textLeft = l.legend.right() + 4;
    const qreal rows[3] = {l.legend.bottom() - small.height(), l.legend.center().y() - small.height() / 2, l.legend.top()};
    for (int i = 0; i < 3 && i < data.legendTexts.size(); ++i)
        painter.drawText(QRectF(textLeft, rows[i], rect.right() - textLeft, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         data.legendTexts.at(i));
    painter.drawText(QRectF(l.legend.left() - style.margin, l.legend.top() - l.columnLabelHeight, rect.right() - l.legend.left(),
                            l.columnLabelHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, data.legendTitle);
    painter.restore();
}

} // namespace Quorum::Charts
