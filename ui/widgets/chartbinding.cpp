#include "chartbinding.h"

#include "charts/linechart.h"

#include "charts/bubblechart.h"
#include "charts/intervalchart.h"

namespace Quorum {

ChartHit intervalHit(const ChartData::Intervals &c, const QPointF &at, const QRectF &r, const Charts::Style &s)
{
    const Charts::IntervalLayout l = Charts::layoutIntervals(r, c, s);
    const qsizetype row = l.rowAt(at);
    if (row < 0)
        return {};
    const ChartData::Intervals::Row &x = c.rows.at(row);
    ChartHit h{x.tooltip, {x.variant && !x.group ? x.label : QString(), {}, {}, {}}};
    if (const qsizetype part = l.partAt(c, row, at); part >= 0) {
        h.tooltip = x.segmentTooltips.value(part, x.tooltip);
        if (!c.parts.isEmpty())
            h.target.errorClass = c.parts.at(part);
    } else if (c.stacked) {
        h.target.variant.clear(); // beside the bar: nothing to open
    }
    return h;
}

ChartHit bubbleHit(const ChartData::Bubbles &c, const QPointF &at, const QRectF &r, const Charts::Style &s)
{
    const qsizetype i = Charts::layoutBubbles(r, c, s).pointAt(at, c);
    return i < 0 ? ChartHit{} : ChartHit{c.points.at(i).tooltip, {c.points.at(i).label, {}, {}, {}}};
}

void bindIntervals(ChartView *view, ChartData::Intervals data, const OpenTarget &open)
{
    bindChart(open, view, std::move(data), Charts::paintIntervals, intervalHit, Charts::intervalsHeight);
}

void bindBubbles(ChartView *view, ChartData::Bubbles data, const OpenTarget &open)
{
    bindChart(open, view, std::move(data), Charts::paintBubbles, bubbleHit, Charts::bubblesHeight);
}

void bindLines(ChartView *view, ChartData::Lines data)
{
    bindChart({}, view, std::move(data), Charts::paintLines,
              [](const ChartData::Lines &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> ChartHit {
                  const auto [series, point] = Charts::layoutLines(r, c, s).pointAt(at, c);
                  return series < 0 ? ChartHit{} : ChartHit{c.series.at(series).tooltips.value(point), {}};
              },
              Charts::linesHeight);
}

} // namespace Quorum
