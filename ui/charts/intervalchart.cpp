#include "intervalchart.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Quorum::Charts {

namespace {
constexpr qreal kRowHeight = 26;
}

double IntervalLayout::xOf(double value) const
{
    if (!(axisMax > axisMin))
        return plot.left();
    return plot.left() + (std::clamp(value, axisMin, axisMax) - axisMin) / (axisMax - axisMin) * plot.width();
}

qsizetype IntervalLayout::rowAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).contains(point))
            return i;
    return -1;
}

qreal intervalsHeight(const ChartData::Intervals &data, const Style &style)
{
    const QFontMetricsF title(style.title), label(style.label);
    return style.margin * 3 + title.height() + qreal(std::max<qsizetype>(1, data.rows.size())) * kRowHeight + label.height() * 2.6;
}

IntervalLayout layoutIntervals(const QRectF &rect, const ChartData::Intervals &data, const Style &style)
{
    IntervalLayout l;
    l.axisMin = data.axisMin;
    l.axisMax = data.axisMax;
    const QFontMetricsF title(style.title), label(style.label);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    qreal labels = 0, values = 0;
    for (const auto &r : data.rows) {
        QFont font = style.label;
        font.setBold(r.group);
        labels = std::max(labels, QFontMetricsF(font).horizontalAdvance(r.label));
        values = std::max(values, label.horizontalAdvance(r.valueText));
    }
    l.labelWidth = std::min(labels + style.margin, inner.width() * 0.4);
    const qreal valueWidth = values + style.margin;
    l.axisTitle = QRectF(inner.left(), inner.bottom() - label.height(), inner.width(), label.height());
    const qreal top = l.title.bottom() + style.margin;
    const qreal bottom = l.axisTitle.top() - label.height() * 1.6; // tick labels above the axis title
    l.plot = QRectF(inner.left() + l.labelWidth, top, std::max<qreal>(10, inner.width() - l.labelWidth - valueWidth),
                    std::max<qreal>(kRowHeight, bottom - top));
    const qreal band = data.rows.isEmpty() ? 0 : l.plot.height() / qreal(data.rows.size());
    for (qsizetype i = 0; i < data.rows.size(); ++i)
        l.rows << QRectF(inner.left(), l.plot.top() + band * qreal(i), inner.width(), band);
    return l;
}

void paintIntervals(QPainter &painter, const QRectF &rect, const ChartData::Intervals &data, const Style &style)
{
    const IntervalLayout l = layoutIntervals(rect, data, style);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, rect, l.title, data.title, style);

    // Grid and ticks.
    painter.setFont(style.small);
    const QFontMetricsF small(style.small);
    for (qsizetype i = 0; i < data.ticks.size(); ++i) {
        const qreal x = l.xOf(data.ticks.at(i));
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        painter.setPen(style.muted);
        const QString text = data.tickTexts.value(i);
        painter.drawText(QRectF(x - 40, l.plot.bottom() + 2, 80, small.height()), Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setPen(QPen(style.muted, 1));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.setFont(style.label);
    painter.setPen(style.foreground);
    painter.drawText(QRectF(l.plot.left(), l.axisTitle.top(), l.plot.width(), l.axisTitle.height()), Qt::AlignHCenter, data.axisTitle);

    const QFontMetricsF label(style.label);
    const QColor ink = style.seriesColor(0);
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const auto &r = data.rows.at(i);
        const QRectF band = l.rows.at(i);
        const qreal y = band.center().y();
        painter.setPen(style.foreground);
        QFont font = style.label;
        font.setBold(r.group);
        painter.setFont(font);
        painter.drawText(QRectF(band.left(), band.top(), l.labelWidth - style.margin, band.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(r.label, Qt::ElideMiddle, l.labelWidth - style.margin));
        painter.setFont(style.label);
        painter.drawText(QRectF(l.plot.right() + style.margin / 2, band.top(), band.right() - l.plot.right(), band.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, r.valueText);
        if (r.low && r.high) {
            const qreal x0 = l.xOf(*r.low), x1 = l.xOf(*r.high), cap = std::min<qreal>(6, band.height() / 4);
            painter.setPen(QPen(ink, 2));
            painter.drawLine(QPointF(x0, y), QPointF(x1, y));
            painter.drawLine(QPointF(x0, y - cap), QPointF(x0, y + cap));
            painter.drawLine(QPointF(x1, y - cap), QPointF(x1, y + cap));
        }
        painter.setPen(QPen(style.background, 1.5));
        painter.setBrush(ink);
        painter.drawEllipse(QPointF(l.xOf(r.value), y), 5, 5);
        painter.setBrush(Qt::NoBrush);
    }
    painter.restore();
}

} // namespace Quorum::Charts
