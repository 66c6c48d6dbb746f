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
    return plotFrameHeight(160, data.series.size(), style);
}

LineLayout layoutLines(const QRectF &rect, const ChartData::Lines &data, const Style &style)
{
    LineLayout l;
    static_cast<PlotFrame &>(l) = layoutPlotFrame(rect, data.series.size(), style);
    l.xMin = data.xMin;
    l.xMax = data.xMax;
    l.yMin = data.yMin;
    l.yMax = data.yMax;
    return l;
}

void paintLines(QPainter &painter, const QRectF &rect, const ChartData::Lines &data, const Style &style)
{
    const LineLayout l = layoutLines(rect, data, style);
    const QFontMetricsF label(style.label);
    QList<Tick> xTicks, yTicks;
    for (qsizetype i = 0; i < data.xTicks.size(); ++i)
        xTicks.append({l.pointOf(QPointF(data.xTicks.at(i), data.yMin)).x(), data.xTickTexts.value(i)});
    for (qsizetype i = 0; i < data.yTicks.size(); ++i)
        yTicks.append({l.pointOf(QPointF(data.xMin, data.yTicks.at(i))).y(), data.yTickTexts.value(i)});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintPlotFrame(painter, rect, l, data.title, xTicks, yTicks, data.xTitle, data.yTitle, style);
    // 95 % intervals first, as whiskers under the lines: a run is a point in time, not a span.
    for (const ChartData::Lines::Series &series : data.series) {
        if (series.lows.size() != series.points.size() || series.highs.size() != series.points.size())
            continue;
        QColor whisker = style.seriesColor(series.color);
        whisker.setAlpha(150);
        painter.setPen(QPen(whisker, 1.5));
        for (qsizetype p = 0; p < series.points.size(); ++p) {
            const QPointF low = l.pointOf(QPointF(series.points.at(p).x(), series.lows.at(p)));
            const QPointF high = l.pointOf(QPointF(series.points.at(p).x(), series.highs.at(p)));
            painter.drawLine(low, high);
            painter.drawLine(low - QPointF(4, 0), low + QPointF(4, 0));
            painter.drawLine(high - QPointF(4, 0), high + QPointF(4, 0));
        }
    }
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        QPolygonF line;
        for (const QPointF &p : data.series.at(s).points)
            line << l.pointOf(p);
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), data.markers ? 2 : 1.5));
        painter.drawPolyline(line);
        painter.setBrush(style.seriesColor(data.series.at(s).color));
        // A lone point is always marked (no line shows it); a dense live series is a line alone.
        if (data.markers || line.size() == 1)
            for (const QPointF &p : std::as_const(line))
                painter.drawEllipse(p, 3.5, 3.5);
        painter.setBrush(Qt::NoBrush);
    }
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        const QRectF cell = l.legendCell(s, style);
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), 3));
        painter.drawLine(QPointF(cell.left(), cell.center().y()), QPointF(cell.left() + 16, cell.center().y()));
        painter.setPen(style.foreground);
        painter.drawText(cell.adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.elidedText(data.series.at(s).label, Qt::ElideMiddle, cell.width() - 26));
    }
    painter.restore();
}

} // namespace Quorum::Charts
