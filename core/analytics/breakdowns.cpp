#include "breakdowns.h"

#include "parallel.h"

#include "histograms.h"
#include "leaderboard.h"
#include "../domain/runplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace Quorum {

namespace {

constexpr double kPercentiles[4] = {0.5, 0.9, 0.95, 0.99};
const char *const kMetricNames[HistogramBins::MetricCount] = {"ttft_ms", "ttlb_ms", "decode_tokens_per_s", "output_tokens",
                                                              "jury_score"};

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject percentilesJson(const std::optional<double> (&values)[4])
{
    return {{u"p50"_qs, optionalJson(values[0])}, {u"p90"_qs, optionalJson(values[1])},
            {u"p95"_qs, optionalJson(values[2])}, {u"p99"_qs, optionalJson(values[3])}};
}

QJsonValue intervalJson(const std::optional<Stats::Interval> &i)
{
    return i ? QJsonValue(QJsonArray{i->low, i->high}) : QJsonValue(QJsonValue::Null);
}

std::optional<double> ratio(double numerator, double denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
}

void fillPercentiles(const std::vector<Stats::Bin> &bins, std::optional<double> (&out)[4])
{
    for (int p = 0; p < 4; ++p)
        out[p] = Stats::percentileOfBins(bins, kPercentiles[p]);
}

constexpr double kBox[5] = {0.05, 0.25, 0.5, 0.75, 0.95};
void fillBox(const std::vector<Stats::Bin> &bins, std::optional<double> (&out)[5])
{
    for (int p = 0; p < 5; ++p)
        out[p] = Stats::percentileOfBins(bins, kBox[p]);
}

} // namespace

namespace {
// Equal-width display bins between the smallest and the largest value, with percentile markers.
Distribution distributionOf(const std::vector<Stats::Bin> &bins, int metric, int binCount)
{
    Distribution d;
    d.metric = QLatin1String(kMetricNames[metric]);
    d.min = bins.front().sum / bins.front().count;
    d.max = bins.back().sum / bins.back().count;
    fillPercentiles(bins, d.percentiles);
    const int n = d.max > d.min ? std::max(1, binCount) : 1;
    const double width = (d.max - d.min) / n;
    for (int i = 0; i < n; ++i)
        d.bins.append({d.min + width * i, i == n - 1 ? d.max : d.min + width * (i + 1), 0});
    for (const Stats::Bin &b : bins) {
        const double mean = b.sum / b.count;
        const int i = width > 0 ? std::clamp(int((mean - d.min) / width), 0, n - 1) : 0;
        d.bins[i].count += qint64(b.count);
        d.count += qint64(b.count);
    }
    return d;
}
} // namespace

QList<Distribution> distributions(const VariantHistograms &histogram, const QList<VariantInfo> &variants, int binCount)
{
    QList<Distribution> out;
    QMap<QString, QSet<qint64>> regions;
    for (const VariantInfo &v : variants) {
        regions[v.region].insert(v.id);
        for (int metric = 0; metric < HistogramBins::MetricCount; ++metric)
            if (const std::vector<Stats::Bin> bins = histogram.bins(v.id, metric); !bins.empty()) {
                out.append(distributionOf(bins, metric, binCount));
                out.last().variant = v.label;
                out.last().region = v.region;
            }
    }
    // Each region's latency over all its variants.
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        for (const int metric : {int(HistogramBins::Ttft), int(HistogramBins::Ttlb)})
            if (const std::vector<Stats::Bin> bins = histogram.merged(it.value(), metric); !bins.empty()) {
                out.append(distributionOf(bins, metric, binCount));
                out.last().region = it.key();
            }
    return out;
}

QList<TemperatureStanding> byTemperature(const QList<RollupRow> &rows, const QList<VariantInfo> &variants)
{
    QHash<qint64, QString> labels;
    for (const VariantInfo &v : variants)
        labels.insert(v.id, v.label);
    QList<TemperatureStanding> out;
    for (const RollupRow &r : rows) {
        TemperatureStanding t;
        t.variant = labels.value(r.variantId);
        t.temperature = double(r.key) / 1000;
        t.invocations = r.invocations;
        t.errors = r.errors;
        t.scored = r.scored;
        t.passed = r.passed;
        t.successRate = ratio(double(r.passed), double(r.scored));
        t.meanScore = ratio(r.scoreSum, double(r.scored));
        t.meanTtftMs = ratio(r.ttftSum, double(r.ttftN));
        t.meanTtlbMs = ratio(r.ttlbSum, double(r.ttlbN));
        t.costPerAnswerUsd = ratio(r.costUsd, double(r.invocations)).value_or(0);
        t.meanOutputTokens = ratio(double(r.outputTokens), double(r.invocations)).value_or(0);
        t.disputed = r.disputed;
        out.append(t);
    }
    return out;
}

QList<TaskStanding> byTaskType(const QList<RollupRow> &rows, const QHash<qint64, QString> &taskTypes,
                               const QList<VariantInfo> &variants)
{
    struct Sums { RollupRow total; std::vector<double> passes, scored; };
    QMap<std::pair<qint64, QString>, Sums> cells;
    for (const RollupRow &r : rows) {
        Sums &s = cells[{r.variantId, taskTypes.value(r.key, u"(none)"_qs)}];
        s.total += r;
        if (r.scored > 0) {
            s.passes.push_back(double(r.passed));
            s.scored.push_back(double(r.scored));
        }
    }
    QList<TaskStanding> out;
    std::vector<const Sums *> sums;
    for (const VariantInfo &v : variants)
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (it.key().first != v.id)
                continue;
            const RollupRow &t = it.value().total;
            out.append({v.label, it.key().second, t.invocations, t.errors, t.scored, t.passed,
                        ratio(double(t.passed), double(t.scored)), std::nullopt,
                        ratio(t.scoreSum, double(t.scored)), ratio(t.ttftSum, double(t.ttftN)), ratio(t.ttlbSum, double(t.ttlbN)),
                        ratio(t.costUsd, double(t.invocations)).value_or(0)});
            sums.push_back(&it.value());
        }
    // Each cell's bootstrap on its own, spread over the cores.
    parallelFor(sums.size(), [&](size_t i) { out[qsizetype(i)].successCi = Stats::bootstrapRatio(sums[i]->passes, sums[i]->scored); });
    return out;
}

ExperimentSummary repeatedExperiments(const QList<ExperimentScore> &scores, const QList<VariantInfo> &variants,
                                      const QHash<qint64, ScenarioName> &scenarios,
                                      double disputeThreshold)
{
    QHash<qint64, QString> labels;
    for (const VariantInfo &v : variants)
        labels.insert(v.id, v.label);
    ExperimentSummary out;
    out.disputeThreshold = disputeThreshold;
    // Rows come ordered by variant, scenario, experiment: each cell's rows are side by side.
    for (qsizetype i = 0; i < scores.size();) {
        qsizetype end = i;
        while (end < scores.size() && scores.at(end).variantId == scores.at(i).variantId
               && scores.at(end).scenarioId == scores.at(i).scenarioId)
            ++end;
        out.experiments = std::max(out.experiments, int(end - i));
        ExperimentCell c;
        c.variant = labels.value(scores.at(i).variantId);
        c.scenarioId = scores.at(i).scenarioId;
        c.scenario = scenarios.value(c.scenarioId, ScenarioName{QString::number(c.scenarioId), {}});
        for (; i < end; ++i)
            if (scores.at(i).scored > 0)
                c.scores.append(scores.at(i).scoreSum / double(scores.at(i).scored));
        if (!c.scores.isEmpty())
            out.cells.append(c);
    }
    if (out.experiments < 2) {
        out.cells.clear();
        return out;
    }
    for (ExperimentCell &c : out.cells) {
        std::vector<double> values(c.scores.cbegin(), c.scores.cend());
        c.median = *Stats::percentile(values, 0.5);
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        c.spread = *high - *low;
        c.disputed = c.spread > disputeThreshold;
        out.disputedCells[c.variant] += c.disputed ? 1 : 0;
    }
    return out;
}

QList<RegionLatency> regionalLatency(const VariantHistograms &histogram, const QList<VariantInfo> &variants,
                                     const QList<RegionHourRow> &hours)
{
    QMap<QString, QSet<qint64>> byRegion;
    for (const VariantInfo &v : variants)
        byRegion[v.region].insert(v.id);
    QList<RegionLatency> out;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        RegionLatency total;
        total.region = it.key();
        const std::vector<Stats::Bin> ttft = histogram.merged(it.value(), HistogramBins::Ttft);
        fillPercentiles(ttft, total.ttftMs);
        fillBox(ttft, total.ttftBox);
        const std::vector<Stats::Bin> ttlb = histogram.merged(it.value(), HistogramBins::Ttlb);
        fillPercentiles(ttlb, total.ttlbMs);
        fillBox(ttlb, total.ttlbBox);
        for (const Stats::Bin &b : ttlb)
            total.calls += qint64(b.count);
        for (const RegionHourRow &h : hours)
            if (h.region == it.key()) {
                total.retries += h.retries;
                total.throttleWaitMs += h.throttleWaitMs;
            }
        out.append(total);
        for (const VariantInfo &v : variants) {
            if (v.region != it.key())
                continue;
            RegionLatency one;
            one.region = v.region;
            one.variant = v.label;
            const std::vector<Stats::Bin> ttftBins = histogram.bins(v.id, HistogramBins::Ttft);
            fillPercentiles(ttftBins, one.ttftMs);
            fillBox(ttftBins, one.ttftBox);
            const std::vector<Stats::Bin> bins = histogram.bins(v.id, HistogramBins::Ttlb);
            fillPercentiles(bins, one.ttlbMs);
            fillBox(bins, one.ttlbBox);
            for (const Stats::Bin &b : bins)
                one.calls += qint64(b.count);
            out.append(one);
        }
    }
    return out;
}

QJsonObject Breakdowns::toJson() const
{
    QJsonArray distributionsJson, temperaturesJson, tasksJson, cellsJson, regionsJson;
    for (const Distribution &d : distributions) {
        QJsonArray bins;
        for (const Distribution::Bin &b : d.bins)
            bins.append(QJsonObject{{u"low"_qs, b.low}, {u"high"_qs, b.high}, {u"count"_qs, b.count}});
        distributionsJson.append(QJsonObject{{u"variant"_qs, d.variant.isEmpty() ? QJsonValue() : QJsonValue(d.variant)},
                                             {u"region"_qs, d.region}, {u"metric"_qs, d.metric}, {u"count"_qs, d.count},
                                             {u"min"_qs, d.min}, {u"max"_qs, d.max}, {u"percentiles"_qs, percentilesJson(d.percentiles)},
                                             {u"bins"_qs, bins}});
    }
    for (const TemperatureStanding &t : temperatures)
        temperaturesJson.append(QJsonObject{
            {u"variant"_qs, t.variant}, {u"temperature"_qs, t.temperature}, {u"invocations"_qs, t.invocations},
            {u"errors"_qs, t.errors}, {u"scored"_qs, t.scored}, {u"passed"_qs, t.passed},
            {u"success_rate"_qs, optionalJson(t.successRate)}, {u"mean_score"_qs, optionalJson(t.meanScore)},
            {u"mean_ttft_ms"_qs, optionalJson(t.meanTtftMs)}, {u"mean_ttlb_ms"_qs, optionalJson(t.meanTtlbMs)},
            {u"cost_per_answer_usd"_qs, t.costPerAnswerUsd}, {u"mean_output_tokens"_qs, t.meanOutputTokens},
            {u"disputed"_qs, t.disputed}});
    for (const TaskStanding &t : taskTypes)
        tasksJson.append(QJsonObject{
            {u"variant"_qs, t.variant}, {u"task_type"_qs, t.taskType}, {u"invocations"_qs, t.invocations},
            {u"errors"_qs, t.errors}, {u"scored"_qs, t.scored}, {u"passed"_qs, t.passed},
            {u"success_rate"_qs, optionalJson(t.successRate)}, {u"success_rate_ci95"_qs, intervalJson(t.successCi)},
            {u"mean_score"_qs, optionalJson(t.meanScore)}, {u"mean_ttft_ms"_qs, optionalJson(t.meanTtftMs)},
            {u"mean_ttlb_ms"_qs, optionalJson(t.meanTtlbMs)}, {u"cost_per_answer_usd"_qs, t.costPerAnswerUsd}});
    for (const ExperimentCell &c : experiments.cells) {
        QJsonArray scores;
        for (const double s : c.scores)
            scores.append(s);
        cellsJson.append(QJsonObject{{u"variant"_qs, c.variant}, {u"scenario_id"_qs, c.scenarioId}, {u"scores"_qs, scores},
                                     {u"median"_qs, c.median}, {u"spread"_qs, c.spread}, {u"disputed"_qs, c.disputed}});
    }
    QJsonObject disputed;
    for (auto it = experiments.disputedCells.cbegin(); it != experiments.disputedCells.cend(); ++it)
        disputed.insert(it.key(), it.value());
    for (const RegionLatency &r : regions)
        regionsJson.append(QJsonObject{{u"region"_qs, r.region}, {u"variant"_qs, r.variant.isEmpty() ? QJsonValue() : QJsonValue(r.variant)},
                                       {u"calls"_qs, r.calls}, {u"ttft_ms"_qs, percentilesJson(r.ttftMs)},
                                       {u"ttlb_ms"_qs, percentilesJson(r.ttlbMs)}, {u"retries"_qs, r.retries},
                                       {u"throttle_wait_ms"_qs, r.throttleWaitMs}});
    return {{u"distributions"_qs, distributionsJson},
            {u"by_temperature"_qs, temperaturesJson},
            {u"by_task_type"_qs, tasksJson},
            {u"repeated_experiments"_qs, QJsonObject{{u"experiments"_qs, experiments.experiments},
                                                     {u"disputed_cells"_qs, disputed}, {u"cells"_qs, cellsJson}}},
            {u"regional"_qs, regionsJson}};
}

Breakdowns computeBreakdowns(const RunReadout &run)
{
    const QJsonObject plan = QJsonDocument::fromJson(run.planJson.toUtf8()).object();
    const RunSettings settings = RunSettings::fromJson(plan.value(u"settings"_qs).toObject());
    Breakdowns out;
    out.temperatures = byTemperature(run.temperatures, run.variants);
    out.taskTypes = byTaskType(run.scenarios, run.taskTypes, run.variants);
    out.experiments = repeatedExperiments(run.experimentScores, run.variants, run.scenarioNames, settings.disputeThreshold);
    const VariantHistograms histogram(run.histograms);
    out.distributions = distributions(histogram, run.variants);
    out.regions = regionalLatency(histogram, run.variants, run.regionHours);
    out.localHours = regionalByLocalHour(run.regionHours);
    const QHash<qint64, QString> variantLabels = run.variantLabels(), judgeLabels = run.judgeLabels();
    for (const ExtraDimensionMean &m : run.extraDimensionMeans)
        out.extraDimensions[variantLabels.value(m.variantId)].insert(m.dimension, m.mean);
    for (const ErrorCount &e : run.errors)
        out.errors.append({e.category, variantLabels.value(e.variantId), judgeLabels.value(e.judgeId), e.errorClass, e.count});
    return out;
}

} // namespace Quorum
