#include "linechart.h"

#include <QFontMetricsF>
#include <QPolygonF>

#include <algorithm>

namespace Quorum::Charts {

QPointF LineLayout::pointOf(const QPointF &value) const
{
    const double fx = xMax > xMin ? (value.x() - xMin) / (xMax - xMin) : 0.5;
    const double fy = yMax > yMin ? (std::clamp(value.y(), yMin, yMax) - yMin) / (yMax - yMin) : 0.5;
    return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height());
}

std::pair<qsizetype, qsizetype> LineLayout::pointAt(const QPointF &at, const ChartData::Lines &data) const
{
    for (qsizetype s = 0; s < data.series.size(); ++s)
        for (qsizetype p = 0; p < data.series.at(s).points.size(); ++p)
            if (QLineF(pointOf(data.series.at(s).points.at(p)), at).length() <= 8)
                return {s, p};
    return {-1, -1};
}

qreal linesHeight(const ChartData::Lines &data, const Style &style)
{
    const QFontMetricsF label(style.label);
    return 260 + label.height() * qreal((data.series.size() + 2) / 3);
}

LineLayout layoutLines(const QRectF &rect, const ChartData::Lines &data, const Style &style)
{
    LineLayout l;
    l.xMin = data.xMin;
    l.xMax = data.xMax;
    l.yMin = data.yMin;
    l.yMax = data.yMax;
    const QFontMetricsF title(style.title), label(style.label), small(style.small);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    const qreal legendRows = qreal((data.series.size() + 2) / 3);
    l.legend = QRectF(inner.left(), inner.bottom() - label.height() * legendRows, inner.width(), label.height() * legendRows);
    const qreal left = inner.left() + small.horizontalAdvance(u"100"_qs) + label.height() + style.margin;
    const qreal bottom = l.legend.top() - small.height() - label.height() - style.margin * 1.5;
    const qreal top = l.title.bottom() + style.margin * 2;
    l.plot = QRectF(left, top, std::max<qreal>(20, inner.right() - left - style.margin * 2), std::max<qreal>(40, bottom - top));
    return l;
}

void paintLines(QPainter &painter, const QRectF &rect, const ChartData::Lines &data, const Style &style)
{
    const LineLayout l = layoutLines(rect, data, style);
    const QFontMetricsF label(style.label), small(style.small);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, style.background);
    painter.setPen(style.foreground);
    painter.setFont(style.title);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, data.title);
    painter.setFont(style.small);
    for (qsizetype i = 0; i < data.yTicks.size(); ++i) {
        const qreal y = l.pointOf(QPointF(data.xMin, data.yTicks.at(i))).y();
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        painter.setPen(style.muted);
        painter.drawText(QRectF(l.plot.left() - 44, y - small.height() / 2, 40, small.height()), Qt::AlignRight | Qt::AlignVCenter,
                         data.yTickTexts.value(i));
    }
    for (qsizetype i = 0; i < data.xTicks.size(); ++i) {
        const qreal x = l.pointOf(QPointF(data.xTicks.at(i), data.yMin)).x();
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        painter.setPen(style.muted);
        painter.drawText(QRectF(x - 40, l.plot.bottom() + 2, 80, small.height()), Qt::AlignHCenter | Qt::AlignTop, data.xTickTexts.value(i));
    }
    painter.setPen(QPen(style.muted, 1));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.drawLine(l.plot.bottomLeft(), l.plot.topLeft());
    painter.setFont(style.label);
    painter.setPen(style.foreground);
    painter.drawText(QRectF(l.plot.left(), l.plot.bottom() + small.height() + 2, l.plot.width(), label.height()), Qt::AlignHCenter,
                     data.xTitle);
    painter.save();
    painter.translate(rect.left() + style.margin, l.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-l.plot.height() / 2, 0, l.plot.height(), label.height()), Qt::AlignHCenter | Qt::AlignTop, data.yTitle);
    painter.restore();
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        QPolygonF line;
        for (const QPointF &p : data.series.at(s).points)
            line << l.pointOf(p);
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), 2));
        painter.drawPolyline(line);
        painter.setBrush(style.seriesColor(data.series.at(s).color));
        for (const QPointF &p : std::as_const(line))
            painter.drawEllipse(p, 3.5, 3.5);
        painter.setBrush(Qt::NoBrush);
    }
    const qreal column = l.legend.width() / 3;
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        const QRectF cell(l.legend.left() + column * qreal(s % 3), l.legend.top() + label.height() * qreal(s / 3), column, label.height());
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), 3));
        painter.drawLine(QPointF(cell.left(), cell.center().y()), QPointF(cell.left() + 16, cell.center().y()));
        painter.setPen(style.foreground);
        painter.drawText(cell.adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.elidedText(data.series.at(s).label, Qt::ElideMiddle, column - 26));
    }
    painter.restore();
}

} // namespace Quorum::Charts
