#include "intervalchart.h"

#include <QFontMetricsF>
#include <QPolygonF>

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

qsizetype IntervalLayout::partAt(const ChartData::Intervals &data, qsizetype row, const QPointF &point) const
{
    if (!data.stacked || row < 0 || row >= data.rows.size())
        return -1;
    double from = axisMin;
    const QList<double> &parts = data.rows.at(row).segments;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const double to = from + parts.at(i);
        if (parts.at(i) > 0 && point.x() >= xOf(from) && point.x() <= xOf(to))
            return i;
        from = to;
    }
    return -1;
}

namespace {
bool hasLegend(const ChartData::Intervals &data)
{
    return !data.parts.isEmpty() || data.reference || !data.marksText.isEmpty();
}
} // namespace

qreal intervalsHeight(const ChartData::Intervals &data, const Style &style)
{
    const QFontMetricsF title(style.title), label(style.label);
    return style.margin * 3 + title.height() + qreal(std::max<qsizetype>(1, data.rows.size())) * kRowHeight + label.height() * 2.6
           + (hasLegend(data) ? label.height() * 1.4 : 0);
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
    const qreal legend = hasLegend(data) ? label.height() * 1.4 : 0;
    l.legend = QRectF(inner.left(), inner.bottom() - legend, inner.width(), legend);
    l.axisTitle = QRectF(inner.left(), l.legend.top() - label.height(), inner.width(), label.height());
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
        const qreal cap = std::min<qreal>(6, band.height() / 4);
        if (r.group && r.valueText.isEmpty()) {
            // a heading row alone
        } else if (data.stacked) {
            // Stacked parts from the axis' start, each in its part's colour, a hairline between.
            double from = l.axisMin;
            const qreal h = std::min<qreal>(band.height() * 0.62, 18);
            for (qsizetype k = 0; k < r.segments.size(); ++k) {
                if (r.segments.at(k) <= 0)
                    continue;
                const double to = from + r.segments.at(k);
                painter.setPen(QPen(style.background, 1));
                painter.setBrush(style.seriesColor(k));
                painter.drawRect(QRectF(QPointF(l.xOf(from), y - h / 2), QPointF(l.xOf(to), y + h / 2)));
                from = to;
            }
            painter.setBrush(Qt::NoBrush);
        } else if (r.box.size() == 5) {
            // Whiskers p5–p95, the box p25–p75 in the row's colour, the median across it.
            const QColor colour = r.color < 0 ? style.muted : style.seriesColor(r.color);
            const qreal h = std::min<qreal>(band.height() * 0.6, 16);
            painter.setPen(QPen(style.foreground, 1.2));
            painter.drawLine(QPointF(l.xOf(r.box.at(0)), y), QPointF(l.xOf(r.box.at(1)), y));
            painter.drawLine(QPointF(l.xOf(r.box.at(3)), y), QPointF(l.xOf(r.box.at(4)), y));
            for (const double w : {r.box.at(0), r.box.at(4)})
                painter.drawLine(QPointF(l.xOf(w), y - cap), QPointF(l.xOf(w), y + cap));
            QColor fill = colour;
            fill.setAlphaF(0.55);
            painter.setBrush(fill);
            painter.setPen(QPen(colour.darker(130), 1.2));
            painter.drawRect(QRectF(QPointF(l.xOf(r.box.at(1)), y - h / 2), QPointF(l.xOf(r.box.at(3)), y + h / 2)));
            painter.setPen(QPen(style.foreground, 2.2));
            painter.drawLine(QPointF(l.xOf(r.box.at(2)), y - h / 2), QPointF(l.xOf(r.box.at(2)), y + h / 2));
            painter.setBrush(Qt::NoBrush);
        } else {
            if (r.low && r.high) {
                const qreal x0 = l.xOf(*r.low), x1 = l.xOf(*r.high);
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
        // Marks: hollow diamonds in the accent colour (disputed cells).
        painter.setPen(QPen(style.alert, 1.6));
        for (const double m : r.marks) {
            const QPointF c(l.xOf(m), y);
            painter.drawPolygon(QPolygonF({c + QPointF(0, -4.5), c + QPointF(4.5, 0), c + QPointF(0, 4.5), c + QPointF(-4.5, 0)}));
        }
    }
    if (data.reference) {
        const qreal x = l.xOf(*data.reference);
        painter.setPen(QPen(style.alert, 1.4, Qt::DashLine));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
    }
    // The legend: the parts' colours, the reference line, the marks.
    if (hasLegend(data)) {
        painter.setFont(style.label);
        const qreal h = label.height(), sw = h * 0.7;
        qreal x = l.plot.left();
        const qreal y = l.legend.top() + (l.legend.height() - h) / 2 + h / 2;
        const auto text = [&](const QString &t) {
            painter.setPen(style.foreground);
            const qreal w = label.horizontalAdvance(t);
            painter.drawText(QRectF(x, y - h / 2, w + 2, h), Qt::AlignLeft | Qt::AlignVCenter, t);
            x += w + style.margin * 1.5;
        };
        for (qsizetype k = 0; k < data.parts.size(); ++k) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.seriesColor(k));
            painter.drawRect(QRectF(x, y - sw / 2, sw, sw));
            painter.setBrush(Qt::NoBrush);
            x += sw + 4;
            text(data.parts.at(k));
        }
        if (data.reference) {
            painter.setPen(QPen(style.alert, 1.4, Qt::DashLine));
            painter.drawLine(QPointF(x, y), QPointF(x + sw * 1.6, y));
            x += sw * 1.6 + 4;
            text(data.referenceText);
        }
        if (!data.marksText.isEmpty()) {
            painter.setPen(QPen(style.alert, 1.6));
            const QPointF c(x + 4.5, y);
            painter.drawPolygon(QPolygonF({c + QPointF(0, -4.5), c + QPointF(4.5, 0), c + QPointF(0, 4.5), c + QPointF(-4.5, 0)}));
            x += 13;
            text(data.marksText);
        }
    }
    painter.restore();
}

} // namespace Quorum::Charts
