#pragma once

#include "charts/chartstyle.h"
#include "widgets/chartview.h"
#include "present/chartdata.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

// How a screen's charts meet the mouse (the run page's, the history's): each chart's data bound to a ChartView, painted by
// its painter, hit-tested for the tooltip and for where a click leads.
namespace Quorum {

// What a click on a chart's mark points at: the invocations of a variant, perhaps on one task
// type or at one temperature.
struct ChartTarget
{
    QString variant;                // the variant's label, as the leaderboard names it
    QString taskType;
    std::optional<double> temperature;
    QString errorClass;             // the failures of this class only
};
using OpenTarget = std::function<void(const ChartTarget &)>;

// What is under the pointer: its exact figures, and where a click leads (no variant: nowhere).
struct ChartHit
{
    QString tooltip;
    ChartTarget target;
};

// One chart's data into its view: painted, hit-tested for tooltips and clicks (`open` gets the
// target), and sized by its chart type's functions.
template<typename Data, typename Paint, typename HitTest, typename Height>
void bindChart(const OpenTarget &open, ChartView *view, Data data, Paint paint, HitTest hit, Height height)
{
    const auto chart = std::make_shared<const Data>(std::move(data));
    view->setChart([chart, paint](QPainter &p, const QRectF &r, const Charts::Style &s) { paint(p, r, *chart, s); },
                   [chart, hit](const QPointF &at, const QRectF &r, const Charts::Style &s) { return hit(*chart, at, r, s).tooltip; },
                   [chart, height](const Charts::Style &s) { return height(*chart, s); },
                   [chart, hit, open](const QPointF &at, const QRectF &r, const Charts::Style &s, bool click) {
                       const ChartHit h = hit(*chart, at, r, s);
                       if (h.target.variant.isEmpty() || !open)
                           return false;
                       if (click)
                           open(h.target);
                       return true;
                   });
}

// A row's tooltip (a stacked part's, over one) and, where the row is a variant's, its invocations
// (those failing with the part's error class, over a part of the errors chart).
ChartHit intervalHit(const ChartData::Intervals &c, const QPointF &at, const QRectF &r, const Charts::Style &s);
ChartHit bubbleHit(const ChartData::Bubbles &c, const QPointF &at, const QRectF &r, const Charts::Style &s);
void bindIntervals(ChartView *view, ChartData::Intervals data, const OpenTarget &open);
void bindBubbles(ChartView *view, ChartData::Bubbles data, const OpenTarget &open);
// Lines whose points open nothing: each point's tooltip.
void bindLines(ChartView *view, ChartData::Lines data);

} // namespace Quorum
