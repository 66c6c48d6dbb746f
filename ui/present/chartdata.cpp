#include "chartdata.h"

#include "figures.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Quorum::ChartData {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ChartData", text); }
} // namespace

QList<double> niceTicks(double low, double high)
{
    QList<double> out;
    if (!(high > low))
        return {low};
    const double rough = (high - low) / 7;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        out << (std::abs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

Axis axisFromZero(double high, double least, const std::function<QString(double)> &text, bool whole)
{
    high = std::max(high, least);
    Axis a;
    a.ticks = niceTicks(0, high);
    if (whole && high < 7) // a handful of counts: every whole number, never "0 0 1 1"
        for (a.ticks.clear(); a.ticks.size() <= std::ceil(high);)
            a.ticks << double(a.ticks.size());
    a.max = std::max(high, a.ticks.isEmpty() ? high : a.ticks.last());
    for (const double t : std::as_const(a.ticks))
        a.texts << text(t);
    return a;
}

void setAxis(Intervals &chart, const Axis &axis)
{
    chart.axisMin = 0;
    chart.axisMax = axis.max;
    chart.ticks = axis.ticks;
    chart.tickTexts = axis.texts;
}

int colorOf(const Leaderboard &board, const QString &variant)
{
    for (qsizetype i = 0; i < board.rows.size(); ++i)
        if (board.rows.at(i).label == variant)
            return int(i);
    return 0;
}

Intervals successRates(const Leaderboard &board, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Success rate with its 95% interval");
    chart.axisTitle = tr("success rate (%)");
    chart.axisMin = 0;
    chart.axisMax = 100;
    for (double t = 0; t <= 100; t += 20) {
        chart.ticks << t;
        chart.tickTexts << locale.toString(t, 'f', 0);
    }
    for (const LeaderboardRow &r : board.rows) {
        Intervals::Row row;
        row.label = r.label;
        row.value = r.successRate * 100;
        if (r.successCi) {
            row.low = r.successCi->low * 100;
            row.high = r.successCi->high * 100;
        }
        row.valueText = Figures::percent(r.successRate, locale);
        row.tooltip = tr("%1: success %2 (95% interval %3), %4 of %5 answers passed")
                          .arg(r.label, row.valueText, Figures::percentInterval(r.successCi, locale), Figures::count(r.passed, locale),
                               Figures::count(r.scored, locale));
        chart.rows << row;
    }
    return chart;
}

Intervals composites(const Leaderboard &board, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Composite score (success, latency, cost and throughput, as weighted)");
    chart.axisTitle = tr("composite score");
    chart.stacked = true;
    double high = 0;
    for (const LeaderboardRow &r : board.rows) {
        Intervals::Row row;
        row.label = r.label;
        row.value = r.composite;
        row.segments = {std::max(0.0, r.composite)};
        row.valueText = Figures::composite(r.composite, locale);
        row.tooltip = tr("%1: composite %2 (success %3, TTLB p50 %4 ms, %5 per answer)")
                          .arg(r.label, Figures::composite(r.composite, locale), Figures::percent(r.successRate, locale),
                               Figures::milliseconds(r.ttlbMs[0], locale), Figures::usd(r.costPerAnswerUsd, locale));
        row.segmentTooltips = {row.tooltip};
        high = std::max(high, r.composite);
        chart.rows << row;
    }
    setAxis(chart, axisFromZero(high, 0.1, [&](double t) { return Figures::decimal(t, locale, high < 2 ? 1 : 0); }));
    return chart;
}

Intervals variantLatency(const Leaderboard &board, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Time to last byte per variant: median (dot) to p90");
    chart.axisTitle = tr("time to last byte (ms)");
    QList<const LeaderboardRow *> rows;
    for (const LeaderboardRow &r : board.rows)
        if (r.ttlbMs[0])
            rows << &r;
    std::stable_sort(rows.begin(), rows.end(), [](const LeaderboardRow *a, const LeaderboardRow *b) { return *a->ttlbMs[0] < *b->ttlbMs[0]; });
    double high = 0;
    for (const LeaderboardRow *r : std::as_const(rows)) {
        Intervals::Row row;
        row.label = r->label;
        row.value = *r->ttlbMs[0];
        row.low = row.value;
        row.high = r->ttlbMs[1].value_or(row.value);
        row.valueText = Figures::millisecondsPair(r->ttlbMs[0], r->ttlbMs[1], locale);
        row.tooltip = tr("%1: TTLB p50 %2 ms, p90 %3 ms; TTFT p50 %4 ms")
                          .arg(r->label, Figures::milliseconds(r->ttlbMs[0], locale), Figures::milliseconds(r->ttlbMs[1], locale),
                               Figures::milliseconds(r->ttftMs[0], locale));
        high = std::max(high, *row.high);
        chart.rows << row;
    }
    setAxis(chart, axisFromZero(high * 1.05, 1, [&](double t) { return locale.toString(t, 'f', 0); }));
    return chart;
}

Intervals costPerCorrect(const Leaderboard &board, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Cost per passed answer");
    chart.axisTitle = tr("US dollars per passed answer (all the variant's calls over its passed answers)");
    chart.stacked = true;
    QList<std::pair<double, const LeaderboardRow *>> rows;
    for (const LeaderboardRow &r : board.rows)
        if (r.passed > 0 && r.totalCostUsd > 0)
            rows.append({r.totalCostUsd / double(r.passed), &r});
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    double high = 0;
    for (const auto &[cost, r] : std::as_const(rows)) {
        Intervals::Row row;
        row.label = r->label;
        row.value = cost;
        row.segments = {cost};
        row.valueText = Figures::usd(cost, locale);
        row.tooltip = tr("%1: %2 per passed answer (%3 in all, %4 of %5 answers passed)")
                          .arg(r->label, Figures::usd(cost, locale), Figures::usd(r->totalCostUsd, locale),
                               Figures::count(r->passed, locale), Figures::count(r->scored, locale));
        row.segmentTooltips = {row.tooltip};
        high = std::max(high, cost);
        chart.rows << row;
    }
    setAxis(chart, axisFromZero(high, 1e-6, [&](double t) { return Figures::usdTick(t, locale); }));
    return chart;
}

Intervals ratings(const Leaderboard &board, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Pairwise rating (Bradley–Terry) with its 95% interval");
    chart.axisTitle = tr("rating (1000 = average)");
    double low = 1000, high = 1000;
    for (const LeaderboardRow &r : board.rows) {
        if (!r.rating)
            continue;
        Intervals::Row row;
        row.label = r.label;
        row.value = *r.rating;
        if (r.ratingCi) {
            row.low = r.ratingCi->low;
            row.high = r.ratingCi->high;
        }
        low = std::min({low, row.value, row.low.value_or(row.value)});
        high = std::max({high, row.value, row.high.value_or(row.value)});
        row.valueText = Figures::rating(r.rating, locale);
        row.tooltip = tr("%1: rating %2 (95% interval %3)").arg(r.label, row.valueText, Figures::ratingInterval(r.ratingCi, locale));
        chart.rows << row;
    }
    const double margin = std::max(10.0, (high - low) * 0.05);
    chart.ticks = niceTicks(low - margin, high + margin);
    chart.axisMin = std::min(low - margin, chart.ticks.value(0, low));
    chart.axisMax = std::max(high + margin, chart.ticks.isEmpty() ? high : chart.ticks.last());
    for (const double t : std::as_const(chart.ticks))
        chart.tickTexts << locale.toString(t, 'f', 0);
    return chart;
}

Heatmap taskSuccess(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    Heatmap map;
    map.title = tr("Success rate by task type");
    map.rowTitle = tr("model variant");
    map.columnTitle = tr("task type");
    map.legendTitle = tr("success rate");
    map.scaleMin = 0;
    map.scaleMax = 1;
    map.legendTexts = {Figures::percent(0, locale, 0), Figures::percent(0.5, locale, 0), Figures::percent(1, locale, 0)};
    for (const LeaderboardRow &r : board.rows)
        map.rows << r.label;
    QHash<std::pair<QString, QString>, const TaskStanding *> cells;
    for (const TaskStanding &t : breakdowns.taskTypes) {
        if (!map.columns.contains(t.taskType))
            map.columns << t.taskType;
        if (!map.rows.contains(t.variant))
            map.rows << t.variant; // a variant the leaderboard did not list still gets its row
        cells.insert({t.variant, t.taskType}, &t);
    }
    std::sort(map.columns.begin(), map.columns.end());
    for (const QString &variant : std::as_const(map.rows))
        for (const QString &task : std::as_const(map.columns)) {
            const TaskStanding *t = cells.value({variant, task});
            map.values << (t ? t->successRate : std::nullopt);
            map.cellTexts << (t && t->successRate ? Figures::percent(*t->successRate, locale, 0) : QString());
            map.tooltips << (t && t->successRate ? tr("%1 on %2: success %3 (95% interval %4), %5 of %6 answers passed")
                                                       .arg(variant, task, Figures::percent(*t->successRate, locale),
                                                            Figures::percentInterval(t->successCi, locale),
                                                            Figures::count(t->passed, locale), Figures::count(t->scored, locale))
                                                 : tr("%1 on %2: nothing judged").arg(variant, task));
        }
    return map;
}

Bubbles costQuality(const Leaderboard &board, const QLocale &locale)
{
    Bubbles chart;
    chart.title = tr("Cost and quality, with the frontier of best value");
    chart.xTitle = tr("cost per answer (USD, log scale)");
    chart.yTitle = tr("success rate (%)");
    chart.sizeTitle = tr("marker size: tokens per second");
    QList<LeaderboardRow> rows;
    double fastest = 0, cheapest = 0, dearest = 0;
    for (const LeaderboardRow &r : board.rows)
        if (r.costPerAnswerUsd > 0 && r.scored > 0) {
            rows << r;
            fastest = std::max(fastest, r.decodeTokensPerSecond.value_or(0));
            cheapest = cheapest > 0 ? std::min(cheapest, r.costPerAnswerUsd) : r.costPerAnswerUsd;
            dearest = std::max(dearest, r.costPerAnswerUsd);
        }
    const QList<qsizetype> frontier = paretoFrontier(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &r = rows.at(i);
        Bubbles::Point p;
        p.label = r.label;
        p.x = r.costPerAnswerUsd;
        p.y = r.successRate * 100;
        if (r.successCi) {
            p.yLow = r.successCi->low * 100;
            p.yHigh = r.successCi->high * 100;
        }
        p.size = fastest > 0 ? 0.35 + 0.65 * r.decodeTokensPerSecond.value_or(0) / fastest : 0.5;
        p.onFrontier = frontier.contains(i);
        p.color = colorOf(board, r.label);
        p.tooltip = tr("%1: %2 per answer, success %3 (95% interval %4), %5 tokens/s%6")
                        .arg(r.label, Figures::usd(r.costPerAnswerUsd, locale), Figures::percent(r.successRate, locale),
                             Figures::percentInterval(r.successCi, locale), Figures::tokensPerSecond(r.decodeTokensPerSecond, locale),
                             p.onFrontier ? tr("; on the frontier: no variant is both cheaper and more successful") : QString());
        chart.points << p;
    }
    chart.frontier = frontier;
    if (cheapest > 0) {
        chart.xMin = std::pow(10.0, std::floor(std::log10(cheapest)));
        chart.xMax = std::pow(10.0, std::ceil(std::log10(dearest * 1.0001)));
        if (chart.xMax <= chart.xMin)
            chart.xMax = chart.xMin * 10;
        for (double t = chart.xMin; t <= chart.xMax * 1.0001; t *= 10) {
            chart.xTicks << t;
            chart.xTickTexts << Figures::usdTick(t, locale);
        }
    }
    for (double y = chart.yMin; y <= chart.yMax + 1e-9; y += 20) {
        chart.yTicks << y;
        chart.yTickTexts << locale.toString(y, 'f', 0);
    }
    return chart;
}

Radar dimensions(const Leaderboard &board, const QLocale &locale)
{
    Radar chart;
    chart.title = tr("Jury scores by dimension");
    for (double v = chart.scaleMin; v <= chart.scaleMax + 1e-9; v += 1)
        chart.ringTexts << locale.toString(v, 'f', 0);
    chart.axes = Figures::dimensionNames();
    for (const LeaderboardRow &r : board.rows) {
        if (r.verdictsUsed == 0)
            continue;
        Radar::Series s;
        s.label = r.label;
        QStringList parts;
        for (int d = 0; d < 6; ++d) {
            s.values << r.dimensionMeans[d];
            parts << tr("%1 %2").arg(chart.axes.at(d), Figures::score(r.dimensionMeans[d], locale));
        }
        s.tooltip = r.label + u": "_qs + parts.join(u", "_qs);
        s.color = colorOf(board, r.label);
        chart.series << s;
    }
    return chart;
}

Radar dimensions(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    Radar chart = dimensions(board, locale);
    QStringList extra;
    for (const QMap<QString, double> &means : breakdowns.extraDimensions)
        for (auto it = means.cbegin(); it != means.cend(); ++it)
            if (!extra.contains(it.key()))
                extra << it.key();
    if (extra.isEmpty())
        return chart;
    extra.sort(Qt::CaseInsensitive);
    chart.title = tr("Jury scores by dimension, the run's own dimensions included");
    chart.axes << extra;
    for (Radar::Series &s : chart.series) {
        const QMap<QString, double> means = breakdowns.extraDimensions.value(s.label);
        QStringList parts;
        for (const QString &d : std::as_const(extra)) {
            // A dimension this variant was never scored on sits at the scale's floor, and says so.
            s.values << means.value(d, chart.scaleMin);
            parts << tr("%1 %2").arg(d, means.contains(d) ? Figures::score(means.value(d), locale) : Figures::unknown());
        }
        s.tooltip += u", "_qs + parts.join(u", "_qs);
    }
    return chart;
}

namespace {
// A line per variant over the run's temperatures: success rate (%) or mean jury score.
Lines byTemperature(const Leaderboard &board, const Breakdowns &breakdowns, bool score, const QLocale &locale)
{
    Lines chart;
    chart.title = score ? tr("Mean jury score by temperature") : tr("Success rate by temperature");
    chart.xTitle = tr("sampling temperature");
    chart.yTitle = score ? tr("mean jury score (1–5)") : tr("success rate (%)");
    QList<QString> order;
    QHash<QString, Lines::Series> byVariant;
    double low = 0, high = 0;
    bool first = true;
    for (const TemperatureStanding &t : breakdowns.temperatures) {
        const std::optional<double> value = score ? t.meanScore : t.successRate;
        if (!value || !t.successRate)
            continue;
        if (!byVariant.contains(t.variant))
            order << t.variant;
        Lines::Series &s = byVariant[t.variant];
        s.label = t.variant;
        s.points << QPointF(t.temperature, score ? *value : *value * 100);
        s.tooltips << (score ? tr("%1 at temperature %2: mean jury score %3 over %4 judged answers")
                                   .arg(t.variant, Figures::decimal(t.temperature, locale, 3), Figures::score(value, locale),
                                        Figures::count(t.scored, locale))
                             : tr("%1 at temperature %2: success %3, %4 of %5 answers passed")
                                   .arg(t.variant, Figures::decimal(t.temperature, locale, 3), Figures::percent(*value, locale),
                                        Figures::count(t.passed, locale), Figures::count(t.scored, locale)));
        low = first ? t.temperature : std::min(low, t.temperature);
        high = first ? t.temperature : std::max(high, t.temperature);
        first = false;
    }
    for (const QString &v : std::as_const(order)) {
        Lines::Series s = byVariant.value(v);
        QList<qsizetype> index(s.points.size());
        for (qsizetype i = 0; i < index.size(); ++i)
            index[i] = i;
        std::sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) { return s.points.at(a).x() < s.points.at(b).x(); });
        Lines::Series sorted{s.label, {}, {}, colorOf(board, s.label)};
        for (const qsizetype i : std::as_const(index)) {
            sorted.points << s.points.at(i);
            sorted.tooltips << s.tooltips.at(i);
        }
        chart.series << sorted;
    }
    const double pad = high > low ? (high - low) * 0.05 : 0.1;
    chart.xMin = low - pad;
    chart.xMax = high + pad;
    chart.xTicks = niceTicks(chart.xMin, chart.xMax);
    for (const double t : std::as_const(chart.xTicks))
        chart.xTickTexts << Figures::decimal(t, locale, 2);
    chart.yMin = score ? 1 : 0;
    chart.yMax = score ? 5 : 100;
    for (double y = chart.yMin; y <= chart.yMax + 1e-9; y += score ? 1 : 20) {
        chart.yTicks << y;
        chart.yTickTexts << locale.toString(y, 'f', 0);
    }
    return chart;
}
} // namespace

Lines successByTemperature(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    return byTemperature(board, breakdowns, false, locale);
}

Lines scoreByTemperature(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    return byTemperature(board, breakdowns, true, locale);
}

} // namespace Quorum::ChartData
