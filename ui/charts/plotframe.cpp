#include "plotframe.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Quorum::Charts {

namespace {
qreal legendRows(qsizetype items)
{
    return qreal((items + 2) / 3);
}
} // namespace

QRectF PlotFrame::legendCell(qsizetype index, const Style &style) const
{
    const qreal height = QFontMetricsF(style.label).height(), column = legend.width() / 3;
    return QRectF(legend.left() + column * qreal(index % 3), legend.top() + height * qreal(index / 3), column, height);
}

qreal plotFrameHeight(qreal plotHeight, qsizetype legendItems, const Style &style)
{
    return plotHeight + QFontMetricsF(style.label).height() * legendRows(legendItems) + 100;
}

PlotFrame layoutPlotFrame(const QRectF &rect, qsizetype legendItems, const Style &style)
{
    PlotFrame f;
    const QFontMetricsF title(style.title), label(style.label), small(style.small);
    const QRectF inner = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    f.title = QRectF(inner.left(), inner.top(), inner.width(), title.height());
    const qreal rows = legendRows(legendItems);
    f.legend = QRectF(inner.left(), inner.bottom() - label.height() * rows, inner.width(), label.height() * rows);
    const qreal left = inner.left() + small.horizontalAdvance(u"100"_qs) + label.height() + style.margin;
    const qreal bottom = f.legend.top() - small.height() - label.height() - style.margin * 1.5;
    const qreal top = f.title.bottom() + style.margin * 2;
    f.plot = QRectF(left, top, std::max<qreal>(20, inner.right() - left - style.margin * 2), std::max<qreal>(40, bottom - top));
    return f;
}

void paintPlotFrame(QPainter &painter, const QRectF &rect, const PlotFrame &frame, const QString &title, const QList<Tick> &xTicks,
                    const QList<Tick> &yTicks, const QString &xTitle, const QString &yTitle, const Style &style)
{
    const QFontMetricsF label(style.label), small(style.small);
    const QRectF &plot = frame.plot;
    paintBackground(painter, rect, frame.title, title, style);
    painter.setFont(style.small);
    for (const Tick &t : yTicks) {
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(plot.left(), t.at), QPointF(plot.right(), t.at));
        painter.setPen(style.muted);
        painter.drawText(QRectF(plot.left() - 44, t.at - small.height() / 2, 40, small.height()), Qt::AlignRight | Qt::AlignVCenter, t.text);
    }
    for (const Tick &t : xTicks) {
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(t.at, plot.top()), QPointF(t.at, plot.bottom()));
        painter.setPen(style.muted);
        painter.drawText(QRectF(t.at - 60, plot.bottom() + 2, 120, small.height()), Qt::AlignHCenter | Qt::AlignTop, t.text);
    }
    painter.setPen(QPen(style.muted, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setFont(style.label);
    painter.setPen(style.foreground);
    painter.drawText(QRectF(plot.left(), plot.bottom() + small.height() + 2, plot.width(), label.height()), Qt::AlignHCenter, xTitle);
    painter.save();
    painter.translate(rect.left() + style.margin, plot.center().y());
    painter.rotate(-90);
    // Along the plot's height, shortened with "…" where it is longer (a short chart; the tooltip has the figures).
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), label.height()), Qt::AlignHCenter | Qt::AlignTop,
                     label.elidedText(yTitle, Qt::ElideRight, plot.height()));
    painter.restore();
}

} // namespace Quorum::Charts
