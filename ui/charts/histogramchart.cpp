#include "histogramchart.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Quorum::Charts {

namespace {
constexpr qreal kPanelHeight = 64;
}

double HistogramLayout::xOf(double value) const
{
    const QRectF &first = panels.isEmpty() ? axis : panels.first();
    if (!(axisMax > axisMin))
        return first.left();
    return first.left() + (std::clamp(value, axisMin, axisMax) - axisMin) / (axisMax - axisMin) * first.width();
}

qsizetype HistogramLayout::panelAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < panels.size(); ++i)
        if (QRectF(panels.at(i).left() - labelWidth, panels.at(i).top(), panels.at(i).width() + labelWidth, panels.at(i).height())
                .contains(point))
            return i;
    return -1;
}

qreal histogramsHeight(const ChartData::Histograms &data, const Style &style)
{
    const QFontMetricsF title(style.title), label(style.label);
    return style.margin * 3 + title.height() + label.height() * 2.6 + qreal(std::max<qsizetype>(1, data.panels.size())) * kPanelHeight;
}

HistogramLayout layoutHistograms(const QRectF &rect, const ChartData::Histograms &data, const Style &style)
{
    HistogramLayout l;
    l.axisMin = data.axisMin;
    l.axisMax = data.axisMax;
    const QFontMetricsF title(style.title), label(style.label), small(style.small);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    for (const auto &p : data.panels)
        l.labelWidth = std::max(l.labelWidth, label.horizontalAdvance(p.label));
    l.labelWidth = std::min(l.labelWidth + style.margin, inner.width() * 0.35);
    qreal markerWidth = 0;
    for (const auto &p : data.panels)
        for (const auto &m : p.markers)
            markerWidth = std::max(markerWidth, small.horizontalAdvance(m.text));
    const qreal left = inner.left() + l.labelWidth, right = inner.right() - markerWidth / 2;
    const qreal top = l.title.bottom() + style.margin, bottom = inner.bottom() - label.height() * 2.6;
    const qreal band = data.panels.isEmpty() ? 0 : (bottom - top) / qreal(data.panels.size());
    for (qsizetype i = 0; i < data.panels.size(); ++i)
        l.panels << QRectF(left, top + band * qreal(i) + small.height(), std::max<qreal>(10, right - left), band - small.height() - 4);
    l.axis = QRectF(left, bottom, std::max<qreal>(10, right - left), label.height() * 2.6);
    return l;
}

void paintHistograms(QPainter &painter, const QRectF &rect, const ChartData::Histograms &data, const Style &style)
{
    const HistogramLayout l = layoutHistograms(rect, data, style);
    const QFontMetricsF label(style.label), small(style.small);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, rect, l.title, data.title, style);
    for (qsizetype i = 0; i < data.panels.size(); ++i) {
        const auto &p = data.panels.at(i);
        const QRectF area = l.panels.at(i);
        painter.setFont(style.label);
        painter.setPen(style.foreground);
        painter.drawText(QRectF(area.left() - l.labelWidth, area.top(), l.labelWidth - style.margin, area.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label.elidedText(p.label, Qt::ElideMiddle, l.labelWidth - style.margin));
        QColor bar = style.seriesColor(p.color);
        bar.setAlphaF(0.8);
        for (qsizetype b = 0; b < p.counts.size(); ++b) {
            if (p.counts.at(b) == 0 || p.largest == 0)
                continue;
            const qreal x0 = l.xOf(p.lows.at(b)), x1 = l.xOf(p.highs.at(b));
            const qreal h = area.height() * qreal(p.counts.at(b)) / qreal(p.largest);
            painter.fillRect(QRectF(x0, area.bottom() - h, std::max<qreal>(1, x1 - x0 - 1), h), bar);
        }
        painter.setPen(QPen(style.muted, 1));
        painter.drawLine(area.bottomLeft(), area.bottomRight());
        painter.setFont(style.small);
        qreal free = area.left() - l.labelWidth; // where the next marker's text may start: close markers' texts never overlap
        for (const auto &m : p.markers) {
            const qreal x = l.xOf(m.value);
            painter.setPen(QPen(style.foreground, 1, Qt::DashLine));
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            painter.setPen(style.foreground);
            const qreal w = small.horizontalAdvance(m.text);
            const qreal left = std::max(x - w / 2, free);
            painter.drawText(QRectF(left, area.top() - small.height(), w, small.height()), Qt::AlignCenter, m.text);
            free = left + w + 6;
        }
    }
    painter.setFont(style.small);
    for (qsizetype i = 0; i < data.ticks.size(); ++i) {
        const qreal x = l.xOf(data.ticks.at(i));
        painter.setPen(QPen(style.muted, 1));
        painter.drawLine(QPointF(x, l.axis.top()), QPointF(x, l.axis.top() + 4));
        painter.drawText(QRectF(x - 40, l.axis.top() + 4, 80, small.height()), Qt::AlignHCenter | Qt::AlignTop, data.tickTexts.value(i));
    }
    painter.setFont(style.label);
    painter.setPen(style.foreground);
    painter.drawText(QRectF(l.axis.left(), l.axis.bottom() - label.height(), l.axis.width(), label.height()), Qt::AlignHCenter,
                     data.axisTitle);
    painter.restore();
}

} // namespace Quorum::Charts
