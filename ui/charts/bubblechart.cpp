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
    const QFontMetricsF label(style.label);
    return 300 + label.height() * qreal((data.points.size() + 2) / 3);
}

BubbleLayout layoutBubbles(const QRectF &rect, const ChartData::Bubbles &data, const Style &style)
{
    BubbleLayout l;
    l.xMin = data.xMin;
    l.xMax = data.xMax;
    l.yMin = data.yMin;
    l.yMax = data.yMax;
    const QFontMetricsF title(style.title), label(style.label), small(style.small);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    const qreal legendRows = qreal((data.points.size() + 2) / 3);
    l.legend = QRectF(inner.left(), inner.bottom() - label.height() * legendRows, inner.width(), label.height() * legendRows);
    const qreal left = inner.left() + small.horizontalAdvance(u"100"_qs) + label.height() + style.margin;
    const qreal bottom = l.legend.top() - small.height() - label.height() - style.margin * 1.5;
    const qreal top = l.title.bottom() + style.margin * 2;
    l.plot = QRectF(left, top, std::max<qreal>(20, inner.right() - left - style.margin * 2), std::max<qreal>(40, bottom - top));
    return l;
}

void paintBubbles(QPainter &painter, const QRectF &rect, const ChartData::Bubbles &data, const Style &style)
{
    const BubbleLayout l = layoutBubbles(rect, data, style);
    const QFontMetricsF label(style.label), small(style.small);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, style.background);
    painter.setPen(style.foreground);
    painter.setFont(style.title);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, data.title);

    // Axes: success every 20 %, cost at the powers of ten.
    painter.setFont(style.small);
    for (double y = data.yMin; y <= data.yMax + 1e-9; y += 20) {
        const QPointF at = l.pointOf(data.xMin, y);
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(l.plot.left(), at.y()), QPointF(l.plot.right(), at.y()));
        painter.setPen(style.muted);
        painter.drawText(QRectF(l.plot.left() - 44, at.y() - small.height() / 2, 40, small.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(y, 'f', 0));
    }
    for (qsizetype i = 0; i < data.xTicks.size(); ++i) {
        const QPointF at = l.pointOf(data.xTicks.at(i), data.yMin);
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(at.x(), l.plot.top()), QPointF(at.x(), l.plot.bottom()));
        painter.setPen(style.muted);
        painter.drawText(QRectF(at.x() - 60, l.plot.bottom() + 2, 120, small.height()), Qt::AlignHCenter | Qt::AlignTop,
                         data.xTickTexts.value(i));
    }
    painter.setPen(QPen(style.muted, 1));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.drawLine(l.plot.bottomLeft(), l.plot.topLeft());
    painter.setFont(style.label);
    painter.setPen(style.foreground);
    painter.drawText(QRectF(l.plot.left(), l.plot.bottom() + small.height() + 2, l.plot.width(), label.height()), Qt::AlignHCenter,
                     data.xTitle + u"  ·  "_qs + data.sizeTitle);
    painter.save();
    painter.translate(rect.left() + style.margin, l.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-l.plot.height() / 2, 0, l.plot.height(), label.height()), Qt::AlignHCenter | Qt::AlignTop, data.yTitle);
    painter.restore();

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
    const qreal column = l.legend.width() / 3;
    painter.setFont(style.label);
    for (qsizetype i = 0; i < data.points.size(); ++i) {
        const QRectF cell(l.legend.left() + column * qreal(i % 3), l.legend.top() + label.height() * qreal(i / 3), column, label.height());
        const QPointF dot(cell.left() + 6, cell.center().y());
        painter.setPen(QPen(data.points.at(i).onFrontier ? style.foreground : style.background, data.points.at(i).onFrontier ? 2 : 1));
        painter.setBrush(style.seriesColor(data.points.at(i).color));
        painter.drawEllipse(dot, 5, 5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(style.foreground);
        painter.drawText(cell.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.elidedText(data.points.at(i).label, Qt::ElideMiddle, column - 20));
    }
    painter.restore();
}

} // namespace Quorum::Charts
