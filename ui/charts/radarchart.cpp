#include "radarchart.h"

#include <QFontMetricsF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Quorum::Charts {

namespace {
constexpr qreal kLegendWidth = 230;
}

QPointF RadarLayout::pointOf(int axis, double value) const
{
    const double angle = -M_PI / 2 + 2 * M_PI * double(axis) / double(std::max(1, axes)); // the first spoke points up
    const double f = scaleMax > scaleMin ? (std::clamp(value, scaleMin, scaleMax) - scaleMin) / (scaleMax - scaleMin) : 0;
    return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * f;
}

qsizetype RadarLayout::seriesAt(const QPointF &at, const ChartData::Radar &data) const
{
    qsizetype best = -1;
    qreal bestDistance = 8;
    for (qsizetype s = 0; s < data.series.size(); ++s)
        for (int a = 0; a < axes; ++a) {
            const QLineF edge(pointOf(a, data.series.at(s).values.value(a)), pointOf((a + 1) % axes, data.series.at(s).values.value((a + 1) % axes)));
            // Distance from the point to the segment.
            const QPointF d = edge.p2() - edge.p1();
            const qreal length2 = d.x() * d.x() + d.y() * d.y();
            const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(at - edge.p1(), d) / length2, 0.0, 1.0) : 0;
            const qreal distance = QLineF(edge.p1() + d * t, at).length();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = s;
            }
        }
    return best;
}

qreal radarHeight(const ChartData::Radar &data, const Style &style)
{
    const QFontMetricsF title(style.title), label(style.label);
    return std::max<qreal>(340, title.height() + label.height() * qreal(data.series.size() + 2) + style.margin * 3);
}

RadarLayout layoutRadar(const QRectF &rect, const ChartData::Radar &data, const Style &style)
{
    RadarLayout l;
    l.axes = int(data.axes.size());
    l.scaleMin = data.scaleMin;
    l.scaleMax = data.scaleMax;
    const QFontMetricsF title(style.title), label(style.label);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    l.legend = QRectF(inner.right() - kLegendWidth, l.title.bottom() + style.margin, kLegendWidth,
                      label.height() * qreal(data.series.size()));
    const QRectF area(inner.left(), l.title.bottom() + style.margin, inner.width() - kLegendWidth - style.margin,
                      inner.bottom() - l.title.bottom() - style.margin);
    qreal labelWidth = 0;
    for (const QString &a : data.axes)
        labelWidth = std::max(labelWidth, label.horizontalAdvance(a));
    l.centre = area.center();
    l.radius = std::max<qreal>(20, std::min(area.width() / 2 - labelWidth - style.margin, area.height() / 2 - label.height() * 1.5));
    return l;
}

void paintRadar(QPainter &painter, const QRectF &rect, const ChartData::Radar &data, const Style &style)
{
    const RadarLayout l = layoutRadar(rect, data, style);
    const QFontMetricsF label(style.label);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, rect, l.title, data.title, style);
    if (l.axes < 3) {
        painter.restore();
        return;
    }
    // Rings at every score, spokes, and the score of each ring on the first spoke.
    painter.setFont(style.small);
    for (qsizetype at = 0; at < data.ringTexts.size(); ++at) {
        const double v = data.scaleMin + double(at);
        QPolygonF ring;
        for (int a = 0; a <= l.axes; ++a)
            ring << l.pointOf(a % l.axes, v);
        painter.setPen(QPen(style.grid, 1));
        painter.drawPolyline(ring);
        painter.setPen(style.muted);
        painter.drawText(l.pointOf(0, v) + QPointF(4, -2), data.ringTexts.at(at));
    }
    painter.setFont(style.label);
    for (int a = 0; a < l.axes; ++a) {
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(l.centre, l.pointOf(a, data.scaleMax));
        const QPointF tip = l.pointOf(a, data.scaleMax);
        const QPointF out = tip - l.centre;
        const qreal w = label.horizontalAdvance(data.axes.at(a));
        const QPointF at = tip + out / std::max<qreal>(1, std::hypot(out.x(), out.y())) * (label.height() * 0.8);
        const qreal x = out.x() > 1 ? at.x() : out.x() < -1 ? at.x() - w : at.x() - w / 2;
        painter.setPen(style.foreground);
        painter.drawText(QRectF(x, at.y() - label.height() / 2, w + 2, label.height()), Qt::AlignCenter, data.axes.at(a));
    }
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        QPolygonF line;
        for (int a = 0; a <= l.axes; ++a)
            line << l.pointOf(a % l.axes, data.series.at(s).values.value(a % l.axes));
        QColor fill = style.seriesColor(data.series.at(s).color);
        fill.setAlphaF(0.10);
        painter.setBrush(fill);
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), 2));
        painter.drawPolygon(line);
        painter.setBrush(Qt::NoBrush);
        // The legend.
        const QRectF row(l.legend.left(), l.legend.top() + label.height() * qreal(s), l.legend.width(), label.height());
        painter.setPen(QPen(style.seriesColor(data.series.at(s).color), 3));
        painter.drawLine(QPointF(row.left(), row.center().y()), QPointF(row.left() + 16, row.center().y()));
        painter.setPen(style.foreground);
        painter.drawText(row.adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.elidedText(data.series.at(s).label, Qt::ElideMiddle, row.width() - 22));
    }
    painter.restore();
}

} // namespace Quorum::Charts
