// The latency charts' data: distributions per variant, and latency by region, tier and local hour.
#include "chartdata.h"

#include "figures.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace Quorum::ChartData {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ChartData", text); }

// An axis from 0 past `high`, its ticks in whole milliseconds.
void millisecondAxis(Intervals &chart, double high, const QLocale &locale)
{
    setAxis(chart, axisFromZero(high * 1.05, 1, [&](double t) { return locale.toString(t, 'f', 0); }));
}
} // namespace

Histograms distributions(const Leaderboard &board, const Breakdowns &breakdowns, const QString &metric, const QLocale &locale)
{
    Histograms chart;
    const QHash<QString, std::pair<QString, QString>> names = {
        {u"ttft_ms"_qs, {tr("Time to first token per variant"), tr("time to first token (ms)")}},
        {u"ttlb_ms"_qs, {tr("Time to last byte per variant"), tr("time to last byte (ms)")}},
        {u"decode_tokens_per_s"_qs, {tr("Decode speed per variant"), tr("tokens per second")}},
        {u"output_tokens"_qs, {tr("Answer length per variant"), tr("output tokens")}},
        {u"jury_score"_qs, {tr("Jury score per variant"), tr("mean jury score (1–5)")}},
    };
    chart.title = names.value(metric, {metric, metric}).first;
    chart.axisTitle = names.value(metric, {metric, metric}).second;
    double low = 0, high = 0;
    bool first = true;
    for (const Distribution &d : breakdowns.distributions) {
        if (d.metric != metric || d.variant.isEmpty() || d.bins.isEmpty())
            continue;
        Histograms::Panel p;
        p.label = d.variant;
        p.color = colorOf(board, d.variant);
        for (const Distribution::Bin &b : d.bins) {
            p.lows << b.low;
            p.highs << b.high;
            p.counts << b.count;
            p.largest = std::max(p.largest, b.count);
        }
        const char *percentileNames[] = {"p50", "p90", "p95", "p99"};
        QStringList parts;
        for (const int k : {0, 1, 3})
            if (d.percentiles[k]) {
                const QString value = Figures::decimal(d.percentiles[k], locale, metric == u"jury_score" ? 2 : 0);
                p.markers << Histograms::Marker{*d.percentiles[k], QStringLiteral("%1 %2").arg(QLatin1String(percentileNames[k]), value)};
                parts << p.markers.last().text;
            }
        p.tooltip = tr("%1: %2 values, %3").arg(d.variant, Figures::count(d.count, locale), parts.join(u", "_qs));
        low = first ? d.min : std::min(low, d.min);
        high = first ? d.max : std::max(high, d.max);
        first = false;
        chart.panels << p;
    }
    chart.ticks = niceTicks(low, high > low ? high : low + 1);
    chart.axisMin = std::min(low, chart.ticks.value(0, low));
    chart.axisMax = std::max(high > low ? high : low + 1, chart.ticks.isEmpty() ? high : chart.ticks.last());
    for (const double t : std::as_const(chart.ticks))
        chart.tickTexts << Figures::decimal(t, locale, metric == u"jury_score" ? 1 : 0);
    return chart;
}

Intervals regionalTtft(const Breakdowns &breakdowns, const QLocale &locale)
{
    Intervals chart;
    chart.title = tr("Time to first token by region: median (dot) to p90");
    chart.axisTitle = tr("time to first token (ms)");
    double high = 0;
    for (const RegionLatency &r : breakdowns.regions) {
        if (!r.ttftMs[0])
            continue;
        Intervals::Row row;
        row.label = r.variant.isEmpty() ? r.region : r.variant; // a region, then its variants
        row.group = r.variant.isEmpty();
        row.variant = !row.group;
        row.value = *r.ttftMs[0];
        row.low = row.value;
        row.high = r.ttftMs[1].value_or(row.value);
        high = std::max(high, *row.high);
        row.valueText = Figures::millisecondsPair(r.ttftMs[0], r.ttftMs[1], locale);
        row.tooltip = tr("%1: TTFT p50 %2 ms, p90 %3 ms, p99 %4 ms over %5 calls; %6 retries")
                          .arg(r.variant.isEmpty() ? r.region : r.variant, Figures::milliseconds(r.ttftMs[0], locale),
                               Figures::milliseconds(r.ttftMs[1], locale), Figures::milliseconds(r.ttftMs[3], locale),
                               Figures::count(r.calls, locale), Figures::count(r.retries, locale));
        chart.rows << row;
    }
    millisecondAxis(chart, high, locale);
    return chart;
}

Intervals regionalBoxes(const Leaderboard &board, const Breakdowns &breakdowns, const QString &metric, const QLocale &locale)
{
    const bool ttft = metric == u"ttft_ms";
    Intervals chart;
    chart.title = ttft ? tr("Time to first token by region and tier") : tr("Time to last byte by region and tier");
    chart.axisTitle = ttft ? tr("time to first token (ms); box p25–p75, line the median, whiskers p5–p95")
                           : tr("time to last byte (ms); box p25–p75, line the median, whiskers p5–p95");
    double high = 0;
    for (const RegionLatency &r : breakdowns.regions) {
        const std::optional<double>(&box)[5] = ttft ? r.ttftBox : r.ttlbBox;
        if (!box[0] || !box[4])
            continue;
        Intervals::Row row;
        row.label = r.variant.isEmpty() ? r.region : r.variant;
        row.group = r.variant.isEmpty();
        row.variant = !row.group;
        for (const std::optional<double> &q : box)
            row.box << *q;
        row.value = row.box.at(2);
        row.color = row.group ? -1 : colorOf(board, r.variant);
        high = std::max(high, row.box.at(4));
        row.valueText = Figures::milliseconds(box[2], locale);
        row.tooltip = tr("%1: %2 p5 %3, p25 %4, median %5, p75 %6, p95 %7 ms over %8 calls")
                          .arg(row.label, ttft ? tr("TTFT") : tr("TTLB"), Figures::milliseconds(box[0], locale),
                               Figures::milliseconds(box[1], locale), Figures::milliseconds(box[2], locale),
                               Figures::milliseconds(box[3], locale), Figures::milliseconds(box[4], locale),
                               Figures::count(r.calls, locale));
        chart.rows << row;
    }
    millisecondAxis(chart, high, locale);
    return chart;
}

Lines latencyByLocalHour(const Breakdowns &breakdowns, const QLocale &locale)
{
    Lines chart;
    chart.title = tr("Time to first token by hour of the region's own day");
    chart.xTitle = tr("local hour in the region (its time zone)");
    chart.yTitle = tr("mean TTFT (ms)");
    QMap<QString, Lines::Series> byRegion;
    double high = 0;
    for (const RegionLocalHour &h : breakdowns.localHours) {
        if (h.calls == 0 || h.meanTtftMs <= 0)
            continue;
        Lines::Series &s = byRegion[h.region];
        s.label = h.region.isEmpty() ? tr("(no region)") : h.region;
        s.points << QPointF(h.localHour, h.meanTtftMs);
        s.tooltips << tr("%1 at %2:00 local time (%3): mean TTFT %4 ms, mean TTLB %5 ms over %6 calls")
                          .arg(s.label, QString::number(h.localHour).rightJustified(2, u'0'), h.timeZone,
                               Figures::milliseconds(h.meanTtftMs, locale), Figures::milliseconds(h.meanTtlbMs, locale),
                               Figures::count(h.calls, locale));
        high = std::max(high, h.meanTtftMs);
    }
    int colour = 0;
    for (Lines::Series &s : byRegion) {
        // Hours in order (the rollup's come by region and hour already; sorted to be sure).
        QList<qsizetype> index(s.points.size());
        for (qsizetype i = 0; i < index.size(); ++i)
            index[i] = i;
        std::sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) { return s.points.at(a).x() < s.points.at(b).x(); });
        Lines::Series sorted{s.label, {}, {}, colour++};
        for (const qsizetype i : std::as_const(index)) {
            sorted.points << s.points.at(i);
            sorted.tooltips << s.tooltips.at(i);
        }
        chart.series << sorted;
    }
    chart.xMin = -0.5;
    chart.xMax = 23.5;
    for (int h = 0; h <= 23; h += 3) {
        chart.xTicks << h;
        chart.xTickTexts << QString::number(h).rightJustified(2, u'0') + u":00"_qs;
    }
    const Axis y = axisFromZero(high * 1.1, 1, [&](double t) { return locale.toString(t, 'f', 0); });
    chart.yMin = 0;
    chart.yMax = y.max;
    chart.yTicks = y.ticks;
    chart.yTickTexts = y.texts;
    return chart;
}

Lines liveTtft(const QMap<QString, QList<QPointF>> &byRegion, const QLocale &locale)
{
    Lines chart;
    chart.title = tr("Time to first token by region, as the run goes");
    chart.xTitle = tr("seconds since the run started");
    chart.yTitle = tr("TTFT (ms)");
    chart.markers = false;
    double xHigh = 1, yHigh = 1;
    int colour = 0;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        Lines::Series s{it.key().isEmpty() ? tr("(no region)") : it.key(), it.value(), {}, colour++};
        for (const QPointF &p : it.value()) {
            s.tooltips << tr("%1 at %2 s: %3 ms").arg(s.label, Figures::decimal(p.x(), locale, 1), Figures::milliseconds(p.y(), locale));
            xHigh = std::max(xHigh, p.x());
            yHigh = std::max(yHigh, p.y());
        }
        chart.series << s;
    }
    const QList<double> steps = niceTicks(0, xHigh);
    const bool fractional = steps.size() > 1 && steps.at(1) - steps.at(0) < 1;
    const Axis x = axisFromZero(xHigh, 1, [&](double t) { return locale.toString(t, 'f', fractional ? 1 : 0); });
    const Axis y = axisFromZero(yHigh * 1.1, 1, [&](double t) { return locale.toString(t, 'f', 0); });
    chart.xMin = chart.yMin = 0;
    chart.xMax = x.max;
    chart.xTicks = x.ticks;
    chart.xTickTexts = x.texts;
    chart.yMax = y.max;
    chart.yTicks = y.ticks;
    chart.yTickTexts = y.texts;
    return chart;
}

} // namespace Quorum::ChartData
