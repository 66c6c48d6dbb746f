#pragma once

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"
#include "analytics/trend.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// What a chart shows, as plain data: values, their texts (from Figures, as on every screen) and
// the scale. Made from the analytics off the GUI thread; ui/charts draws it on a widget, an SVG
// or a PDF page alike, and the report issue's writer will draw the same data.
namespace Quorum::ChartData {

// Rows on one horizontal axis, each one of: a value with its 95 % interval as whiskers; a box
// plot (box p25–p75, the median, whiskers p5–p95); or a bar of stacked parts (error classes).
struct Intervals
{
    QString title;
    QString axisTitle;              // with its unit
    struct Row
    {
        QString label;              // plain text (the painter never reads it as markup)
        double value = 0;
        std::optional<double> low, high;
        QList<double> box;          // p5, p25, p50, p75, p95: drawn as a box plot instead
        QList<double> segments;     // per part of `parts`: drawn as a stacked bar instead
        QList<double> marks;        // single values marked on the row (disputed cells)
        QString valueText;          // as the leaderboard writes it
        QString tooltip;
        QStringList segmentTooltips; // per part
        bool group = false;         // a heading row (a region over its variants): its label in bold
        bool variant = true;        // the row stands for the variant its label names (a click lists its invocations)
        int color = 0;              // a box's colour: the variant's
    };
    QList<Row> rows;
    bool stacked = false;           // every row a bar of `segments` (none: an empty row)
    QStringList parts;              // the stacked parts' names, in the legend
    std::optional<double> reference; // a dashed line across the rows (the dispute threshold)
    QString referenceText;
    QString marksText;              // what the marks are, in the legend
    double axisMin = 0, axisMax = 1;
    QList<double> ticks;
    QStringList tickTexts;
};

// Rows × columns of values on one colour scale, each cell labelled.
struct Heatmap
{
    QString title;
    QString rowTitle, columnTitle;
    QString legendTitle;
    QStringList rows, columns;
    QList<std::optional<double>> values; // row-major; nullopt: nothing measured there
    QStringList cellTexts;               // row-major, "" where there is no value
    QStringList tooltips;                // row-major
    double scaleMin = 0, scaleMax = 1;
    QStringList legendTexts;             // at scaleMin, the middle and scaleMax
    std::optional<double> at(qsizetype row, qsizetype column) const { return values.value(row * columns.size() + column); }
};

// Cost × quality: a point per variant (x cost per answer on a log scale, y success rate with its
// interval, size from throughput), and the Pareto frontier through the variants no other beats.
struct Bubbles
{
    QString title, xTitle, yTitle, sizeTitle;
    struct Point
    {
        QString label;
        double x = 0;                   // cost per answer, USD (> 0)
        double y = 0;                   // success, %
        std::optional<double> yLow, yHigh;
        double size = 0.5;              // 0…1 of the largest marker
        bool onFrontier = false;
        QString tooltip;
        int color = 0;                  // the variant's colour (its place on the leaderboard): the same in every chart
    };
    QList<Point> points;
    QList<qsizetype> frontier;          // indices into points, cheapest first
    double xMin = 1e-6, xMax = 1e-3;    // a log axis: powers of ten around the costs
    QList<double> xTicks;
    QStringList xTickTexts;
    double yMin = 0, yMax = 100;
    QList<double> yTicks;               // success, every 20 %
    QStringList yTickTexts;
};

// The six jury dimensions (mean score 1–5) per variant, one closed line each.
struct Radar
{
    QString title;
    QStringList axes;
    struct Series
    {
        QString label;
        QList<double> values;           // per axis
        QString tooltip;
        int color = 0;
    };
    QList<Series> series;
    double scaleMin = 1, scaleMax = 5;
    QStringList ringTexts;              // each ring's score, scaleMin up by 1, in the locale
};

// One metric's distribution per variant, as small multiples on one shared axis: the bins'
// counts as bars, p50, p90 and p99 as marked lines.
struct Histograms
{
    QString title, axisTitle;
    struct Marker
    {
        double value = 0;
        QString text;                   // "p90 1,282"
    };
    struct Panel
    {
        QString label;
        QList<double> lows, highs;      // each bin's edges
        QList<qint64> counts;
        qint64 largest = 0;
        QList<Marker> markers;
        QString tooltip;
        int color = 0;
    };
    QList<Panel> panels;
    double axisMin = 0, axisMax = 1;
    QList<double> ticks;
    QStringList tickTexts;
};

// A line per variant over one numeric x axis (success by temperature).
struct Lines
{
    QString title, xTitle, yTitle;
    struct Series
    {
        QString label;
        QList<QPointF> points;          // ascending x
        QStringList tooltips;           // per point
        int color = 0;
        QList<double> lows, highs;      // per point, its 95 % interval as a whisker; empty: none
    };
    QList<Series> series;
    bool markers = true;                // a dot at every point (off for dense live series)
    double xMin = 0, xMax = 1, yMin = 0, yMax = 100;
    QList<double> xTicks, yTicks;
    QStringList xTickTexts, yTickTexts;
};

// Round ticks across [low, high]: steps of 1, 2 or 5 × 10^k, five to ten of them.
QList<double> niceTicks(double low, double high);
// An axis from 0 to `high` or the round tick past it (`high` at least `least`), each tick written
// by `text`; in whole steps when `whole` (counts).
struct Axis
{
    double max = 1;
    QList<double> ticks;
    QStringList texts;
};
Axis axisFromZero(double high, double least, const std::function<QString(double)> &text, bool whole = false);
void setAxis(Intervals &chart, const Axis &axis); // chart.axisMin becomes 0

// A variant's colour in every chart: its place on the leaderboard (0 for one not on it).
int colorOf(const Leaderboard &board, const QString &variant);

// Success rate per variant with its 95 % interval, in leaderboard order (0–100 %).
Intervals successRates(const Leaderboard &board, const QLocale &locale);
// The composite score per variant, best first (the leaderboard's order and weights).
Intervals composites(const Leaderboard &board, const QLocale &locale);
// Time to last byte per variant: the median (dot) to p90, fastest first.
Intervals variantLatency(const Leaderboard &board, const QLocale &locale);
// Cost per passed answer per variant, cheapest first (variants with a passed answer and a cost).
Intervals costPerCorrect(const Leaderboard &board, const QLocale &locale);
// Bradley–Terry ratings with their intervals; the axis spans every interval.
Intervals ratings(const Leaderboard &board, const QLocale &locale);
// Variant × task type success rate (0–100 %), variants in leaderboard order, task types by name.
Heatmap taskSuccess(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);
// Cost per answer against success, the frontier drawn (variants with a cost and a judged answer).
Bubbles costQuality(const Leaderboard &board, const QLocale &locale);
// Mean score per jury dimension per variant (variants with verdicts of judge models); with the
// breakdowns, the run's user-defined dimensions (user metrics, weighted criteria) as more axes.
Radar dimensions(const Leaderboard &board, const QLocale &locale);
Radar dimensions(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);
// One metric's distribution per variant ("ttft_ms", "ttlb_ms", "decode_tokens_per_s",
// "output_tokens", "jury_score"), variants in the order the breakdowns list them.
Histograms distributions(const Leaderboard &board, const Breakdowns &breakdowns, const QString &metric, const QLocale &locale);
// Success rate by sampling temperature, a line per variant (variants with a judged answer).
Lines successByTemperature(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);
// Mean jury score (1–5) by sampling temperature, a line per variant.
Lines scoreByTemperature(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);

// latencychartdata.cpp
// Time to first token per region and per model × region × tier: p50 (the dot) to p90.
Intervals regionalTtft(const Breakdowns &breakdowns, const QLocale &locale);
// "ttft_ms" or "ttlb_ms" per region, then per model × region × tier, as box plots (a variant in
// its leaderboard colour, a region's whole in grey).
Intervals regionalBoxes(const Leaderboard &board, const Breakdowns &breakdowns, const QString &metric, const QLocale &locale);
// Mean time to first token by hour of each region's own day (0–23), a line per region.
Lines latencyByLocalHour(const Breakdowns &breakdowns, const QLocale &locale);

// A run in progress: each region's latest time to first token against the run's elapsed time.
Lines liveTtft(const QMap<QString, QList<QPointF>> &byRegion, const QLocale &locale);

// trendchartdata.cpp
enum class TrendMetric { Success, Score, TtftP50, CostPerAnswer };
// One figure per variant across the runs of a trend (oldest left), one point per run the variant
// is in, its 95 % interval as a whisker where it has one (success rate, mean score). With `board`
// (the run shown), a variant on it has its colour there; the others follow.
Lines trend(const Trend &trend, TrendMetric metric, const QLocale &locale, const Leaderboard *board = nullptr);
// The metric's name for a chooser: "success rate", "mean jury score", "TTFT p50", "cost per answer".
QString trendMetricName(TrendMetric metric);

// reliabilitychartdata.cpp
// Failed calls per variant, stacked by error class; the judges' failures per judge below them.
Intervals errorsByClass(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);
// Retries per region, with the time spent waiting for its rate limits.
Intervals retriesByRegion(const Breakdowns &breakdowns, const QLocale &locale);
// Repeated experiments: per variant, the spread of each scenario's mean score across
// experiments as a box plot, the dispute threshold drawn, the disputed scenarios marked.
Intervals experimentSpread(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);

} // namespace Quorum::ChartData
