// The reliability charts' data: failures by error class, retries and rate-limit waits by region,
// and the consistency of repeated experiments.
#include "chartdata.h"

#include "figures.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Quorum::ChartData {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ChartData", text); }

// An axis of counts (or amounts) from 0 past `high`, with `decimals` places on its ticks; counts
// (no decimals) tick in whole steps.
void countAxis(Intervals &chart, double high, int decimals, const QLocale &locale)
{
    setAxis(chart, axisFromZero(high, 1, [&](double t) { return Figures::decimal(t, locale, decimals); }, decimals == 0));
}
} // namespace

Intervals errorsByClass(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    Intervals chart;
    chart.stacked = true;
    chart.axisTitle = tr("failed calls");
    // The classes, most frequent first: the legend's order and the bars' stacking order.
    QHash<QString, qint64> totals;
    for (const Breakdowns::Errors &e : breakdowns.errors)
        if (e.category != u"processing")
            totals[e.errorClass] += e.count;
    chart.parts = totals.keys();
    std::sort(chart.parts.begin(), chart.parts.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    qint64 all = 0;
    for (const qint64 n : std::as_const(totals))
        all += n;
    chart.title = all == 0 ? tr("Failed calls by error class: none failed") : tr("Failed calls by error class");
    double high = 0;
    const auto addRow = [&](const QString &label, const QString &category, const QString &who, qint64 calls) {
        Intervals::Row row;
        row.label = label;
        row.variant = category == u"api";
        row.segments = QList<double>(chart.parts.size(), 0.0);
        QStringList kinds;
        qint64 sum = 0;
        for (const Breakdowns::Errors &e : breakdowns.errors) {
            if (e.category != category || (category == u"api" ? e.variant : e.judge) != who)
                continue;
            const qsizetype k = chart.parts.indexOf(e.errorClass);
            row.segments[k] += double(e.count);
            sum += e.count;
        }
        for (qsizetype k = 0; k < chart.parts.size(); ++k) {
            const qint64 n = qint64(row.segments.at(k));
            row.segmentTooltips << tr("%1: %2 × %3").arg(label, Figures::count(n, locale), chart.parts.at(k));
            if (n > 0)
                kinds << tr("%1 %2").arg(Figures::count(n, locale), chart.parts.at(k));
        }
        row.value = double(sum);
        high = std::max(high, row.value);
        row.valueText = calls > 0 ? Figures::countWithShare(sum, double(sum) / double(calls), locale) : Figures::count(sum, locale);
        row.tooltip = sum == 0 ? tr("%1: no failed call").arg(label)
                               : tr("%1: %2 failed (%3)").arg(label, Figures::count(sum, locale), kinds.join(u", "_qs));
        chart.rows << row;
    };
    for (const LeaderboardRow &r : board.rows)
        addRow(r.label, u"api"_qs, r.label, r.invocations);
    QStringList judges;
    for (const Breakdowns::Errors &e : breakdowns.errors)
        if (e.category == u"judge" && !judges.contains(e.judge))
            judges << e.judge;
    judges.sort();
    for (const QString &j : std::as_const(judges))
        addRow(tr("judge %1").arg(j), u"judge"_qs, j, 0);
    countAxis(chart, high, 0, locale);
    return chart;
}

Intervals retriesByRegion(const Breakdowns &breakdowns, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Retries and rate-limit waits by region");
    chart.stacked = true;
    chart.axisTitle = tr("retried calls (the label adds the time spent waiting for the rate limit)");
    double high = 0;
    for (const RegionLatency &r : breakdowns.regions) {
        if (!r.variant.isEmpty())
            continue; // per region: the variants' share is in the Regions table
        Intervals::Row row;
        row.label = r.region.isEmpty() ? tr("(no region)") : r.region;
        row.variant = false;
        row.segments = {double(r.retries)};
        row.value = double(r.retries);
        high = std::max(high, row.value);
        const QString waited = Figures::decimal(r.throttleWaitMs / 1000.0, locale, 1);
        row.valueText = tr("%1 · %2 s waited").arg(Figures::count(r.retries, locale), waited);
        row.tooltip = tr("%1: %2 retries over %3 calls; %4 s spent waiting for the rate limit")
                          .arg(row.label, Figures::count(r.retries, locale), Figures::count(r.calls, locale), waited);
        row.segmentTooltips = {row.tooltip};
        chart.rows << row;
    }
    countAxis(chart, high, 0, locale);
    return chart;
}

Intervals experimentSpread(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale)
{
    const ExperimentSummary &x = breakdowns.experiments;
    Intervals chart;
    chart.title = QCoreApplication::translate("ChartData", "Consistency across %n repeated experiments: spread of each scenario's mean score",
                                              nullptr, x.experiments);
    chart.axisTitle = tr("highest − lowest experiment's mean jury score on a scenario; box p25–p75, whiskers p5–p95");
    chart.reference = x.disputeThreshold;
    chart.referenceText = tr("dispute threshold %1").arg(Figures::decimal(x.disputeThreshold, locale, 2));
    chart.marksText = tr("disputed scenarios (a mark per 0.05 of spread)");
    if (x.experiments < 2)
        return chart;
    QHash<QString, std::vector<double>> spreads;
    QHash<QString, QList<double>> disputed;
    QHash<QString, qint64> disputedCount;
    for (const ExperimentCell &c : x.cells) {
        spreads[c.variant].push_back(c.spread);
        if (!c.disputed)
            continue;
        ++disputedCount[c.variant];
        // One mark per 0.05 of spread: thousands of disputed cells stay a readable row (and a small SVG).
        const double mark = std::round(c.spread * 20) / 20;
        if (!disputed[c.variant].contains(mark))
            disputed[c.variant] << mark;
    }
    double high = x.disputeThreshold;
    for (const LeaderboardRow &r : board.rows) {
        const std::vector<double> &values = spreads[r.label];
        if (values.empty())
            continue;
        Intervals::Row row;
        row.label = r.label;
        row.color = colorOf(board, r.label);
        for (const double p : {0.05, 0.25, 0.5, 0.75, 0.95})
            row.box << Stats::percentile(values, p).value_or(0);
        row.value = row.box.at(2);
        row.marks = disputed.value(r.label);
        high = std::max(high, *std::max_element(values.begin(), values.end()));
        const qint64 nDisputed = disputedCount.value(r.label);
        row.valueText = tr("%1 of %2 disputed").arg(Figures::count(nDisputed, locale), Figures::count(qint64(values.size()), locale));
        row.tooltip = tr("%1: spread over %2 scenarios: median %3, p95 %4; %5 disputed (spread above %6)")
                          .arg(r.label, Figures::count(qint64(values.size()), locale), Figures::decimal(row.box.at(2), locale, 2),
                               Figures::decimal(row.box.at(4), locale, 2), Figures::count(nDisputed, locale),
                               Figures::decimal(x.disputeThreshold, locale, 2));
        chart.rows << row;
    }
    countAxis(chart, high * 1.05, 1, locale);
    return chart;
}

} // namespace Quorum::ChartData
