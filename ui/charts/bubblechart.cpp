#include "bubblechart.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Quorum::Charts {

QPointF BubbleLayout::pointOf(double x, double y) const
{
    const double lx = std::log10(std::max(x, xMin)), l0 = std::log10(xMin), l1 = std::log10(xMax);
    const double fx = l1 > l0 ? (lx - l0) / (l1 - l0) : 0.5, fy = yMax > yMin ? (std::clamp(y, yMin, yMax) - yMin) / (yMax - yMin) : 0.5;
    return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height());
}

qsizetype BubbleLayout::pointAt(const QPointF &at, const ChartData::Bubbles &data) const
{
    for (qsizetype i = data.points.size() - 1; i >= 0; --i) {
        const auto &p = data.points.at(i);
        const qreal r = std::max<qreal>(6, maxDiameter * p.size / 2);
        if (QLineF(pointOf(p.x, p.y), at).length() <= r)
            return i;
    }
    return -1;
}

qreal bubblesHeight(const ChartData::Bubbles &data, const Style &style)
{
    return plotFrameHeight(200, data.points.size(), style);
}

BubbleLayout layoutBubbles(const QRectF &rect, const ChartData::Bubbles &data, const Style &style)
{
    BubbleLayout l;
    static_cast<PlotFrame &>(l) = layoutPlotFrame(rect, data.points.size(), style);
    l.xMin = data.xMin;
    l.xMax = data.xMax;
    l.yMin = data.yMin;
    l.yMax = data.yMax;
    return l;
}

void paintBubbles(QPainter &painter, const QRectF &rect, const ChartData::Bubbles &data, const Style &style)
{
    const BubbleLayout l = layoutBubbles(rect, data, style);
    const QFontMetricsF label(style.label);
    // Success every 20 %, cost at the powers of ten.
    QList<Tick> xTicks, yTicks;
    for (qsizetype i = 0; i < data.xTicks.size(); ++i)
        xTicks.append({l.pointOf(data.xTicks.at(i), data.yMin).x(), data.xTickTexts.value(i)});
    for (qsizetype i = 0; i < data.yTicks.size(); ++i)
        yTicks.append({l.pointOf(data.xMin, data.yTicks.at(i)).y(), data.yTickTexts.value(i)});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintPlotFrame(painter, rect, l, data.title, xTicks, yTicks, data.xTitle + u"  ·  "_qs + data.sizeTitle, data.yTitle, style);

    // The frontier, under the points.
    if (data.frontier.size() > 1) {
        QPainterPath path;
        for (qsizetype k = 0; k < data.frontier.size(); ++k) {
            const auto &p = data.points.at(data.frontier.at(k));
            k == 0 ? path.moveTo(l.pointOf(p.x, p.y)) : path.lineTo(l.pointOf(p.x, p.y));
        }
        painter.setPen(QPen(style.muted, 1.5, Qt::DashLine));
        painter.drawPath(path);
    }
    for (qsizetype i = 0; i < data.points.size(); ++i) {
        const auto &p = data.points.at(i);
        const QColor color = style.seriesColor(p.color);
        const QPointF at = l.pointOf(p.x, p.y);
        if (p.yLow && p.yHigh) {
            painter.setPen(QPen(color, 1.5));
            painter.drawLine(l.pointOf(p.x, *p.yLow), l.pointOf(p.x, *p.yHigh));
        }
        const qreal r = std::max<qreal>(4, l.maxDiameter * p.size / 2);
        QColor fill = color;
        fill.setAlphaF(0.75);
        painter.setPen(QPen(p.onFrontier ? style.foreground : style.background, p.onFrontier ? 2 : 1));
        painter.setBrush(fill);
        painter.drawEllipse(at, r, r);
        painter.setBrush(Qt::NoBrush);
    }
    // The legend: each variant's colour and name, a ring for the frontier's.
    painter.setFont(style.label);
    for (qsizetype i = 0; i < data.points.size(); ++i) {
        const QRectF cell = l.legendCell(i, style);
        const QPointF dot(cell.left() + 6, cell.center().y());
        painter.setPen(QPen(data.points.at(i).onFrontier ? style.foreground : style.background, data.points.at(i).onFrontier ? 2 : 1));
        painter.setBrush(style.seriesColor(data.points.at(i).color));
        painter.drawEllipse(dot, 5, 5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(style.foreground);
        painter.drawText(cell.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.elidedText(data.points.at(i).label, Qt::ElideMiddle, cell.width() - 20));
    }
    painter.restore();
}

} // namespace Quorum::Charts
