#include "rollups.h"

#include <cmath>

namespace Quorum {

namespace HistogramBins {
qint64 binOf(double value)
{
    static const double kStep = std::log(1.001);
    if (!(value > 0) || !std::isfinite(value))
        return kNonPositive;
    return qint64(std::floor(std::log(value) / kStep));
}
} // namespace HistogramBins

namespace {
constexpr qint64 kHourMs = 3'600'000;

const std::vector<const char *> kSumColumns = {"invocations", "errors", "scored", "passed", "disputed", "score_sum",
                                               "ttft_sum", "ttft_n", "ttlb_sum", "ttlb_n", "cost_usd", "judge_cost_usd",
                                               "input_tokens", "output_tokens"};
const RollupTableSpec kTables[kRollupTableCount] = {
    {"variant_scenario_rollup", {"run_id", "variant_id", "scenario_id"}, kSumColumns},
    {"variant_temperature_rollup", {"run_id", "variant_id", "temperature_milli"}, kSumColumns},
    {"scenario_experiment_rollup", {"run_id", "variant_id", "scenario_id", "experiment"}, kSumColumns},
    {"variant_hour_rollup", {"run_id", "variant_id", "hour_utc"},
     {"calls", "ttft_sum", "ttft_n", "ttlb_sum", "ttlb_max", "retries", "throttle_wait_ms"}, "ttlb_max"},
    {"metric_histogram", {"run_id", "variant_id", "metric", "bin"}, {"n", "sum"}},
    {"judge_rollup", {"run_id", "judge_id", "variant_id"},
     {"verdicts", "score_sum", "panel_sum", "passes", "correctness", "completeness", "relevance", "format", "coherence",
      "following_instructions"}},
    {"agreement_rollup", {"run_id", "dimension", "c", "k"}, {"weight"}},
    {"fleiss_rollup", {"run_id", "raters"}, {"units", "agreement_sum", "passes"}},
};

bool validLlmVerdict(const VerdictRecord &v)
{
    // Deterministic scorers store no dimension scores; an LLM verdict missing one is not valid.
    return (v.status == VerdictStatus::Ok || v.status == VerdictStatus::Repaired) && v.correctness > 0
           && v.completeness > 0 && v.relevance > 0 && v.format > 0 && v.coherence > 0 && v.followingInstructions > 0;
}

std::array<int, 6> scoresOf(const VerdictRecord &v)
{
    return {v.correctness, v.completeness, v.relevance, v.format, v.coherence, v.followingInstructions};
}
} // namespace

void RollupAccumulator::DenseBins::add(qint64 bin, double value, int sign)
{
    if (bin == HistogramBins::kNonPositive) {
        nonPositive[0] += sign;
        nonPositive[1] += sign * value;
        return;
    }
    if (bins.empty())
        first = bin;
    if (bin < first) {
        bins.insert(bins.begin(), size_t(first - bin), {0, 0});
        first = bin;
    }
    if (bin >= first + qint64(bins.size()))
        bins.resize(size_t(bin - first + 1), {0, 0});
    std::array<double, 2> &b = bins[size_t(bin - first)];
    b[0] += sign;
    b[1] += sign * value;
}

const RollupTableSpec &rollupTableSpec(RollupTable table)
{
    return kTables[int(table)];
}

std::array<std::pair<QHash<RollupAccumulator::Key, RollupAccumulator::Sums> *, RollupAccumulator::Key>, 3>
RollupAccumulator::tables(const Key &scenario, const Key &temperature, const Key &experiment)
{
    return {{{&m_scenarios, scenario}, {&m_temperatures, temperature}, {&m_experiments, experiment}}};
}

void RollupAccumulator::addInvocation(const InvocationRecord &i)
{
    beginAnswer(i.runId, i.id, i.variantId);
    const Key scenario{i.runId, i.variantId, i.scenarioId, 0};
    const Key temperature{i.runId, i.variantId, qRound64(i.temperature * 1000), 0};
    const Key experiment{i.runId, i.variantId, i.scenarioId, i.experiment};
    for (const auto &[table, key] : tables(scenario, temperature, experiment)) {
        Sums &s = (*table)[key];
        s[Invocations] += 1;
        s[Errors] += i.ok ? 0 : 1;
        s[Cost] += i.costUsd;
        s[InputTokens] += double(i.inputTokens);
        s[OutputTokens] += double(i.outputTokens);
        if (i.ok && i.ttftMs) {
            s[TtftSum] += *i.ttftMs;
            s[TtftN] += 1;
        }
        if (i.ok) { // latency figures describe successful calls only
            s[TtlbSum] += i.ttlbMs;
            s[TtlbN] += 1;
        }
        addJury(s, i.juryPass, i.juryScore.value_or(0), i.disputed ? 1 : 0, i.judgeCostUsd, 1);
    }
    juryHistogram(scenario, i.juryPass, i.juryScore.value_or(0), 1);
    if (!i.ok)
        return;

    auto &h = m_hours[{i.runId, i.variantId, i.t0 / kHourMs, 0}];
    h[Calls] += 1;
    if (i.ttftMs) {
        h[HourTtftSum] += *i.ttftMs;
        h[HourTtftN] += 1;
    }
    h[HourTtlbSum] += i.ttlbMs;
    h[HourTtlbMax] = std::max(h[HourTtlbMax], i.ttlbMs);
    h[Retries] += i.attempts - 1;
    h[ThrottleWait] += i.throttleWaitMs;

    auto addValue = [&](HistogramBins::Metric metric, double value) {
        m_histogram[{i.runId, i.variantId, metric, 0}].add(HistogramBins::binOf(value), value, 1);
    };
    addValue(HistogramBins::Ttlb, i.ttlbMs);
    addValue(HistogramBins::OutputTokens, double(i.outputTokens));
    if (i.ttftMs) {
        addValue(HistogramBins::Ttft, *i.ttftMs);
        if (i.ttlbMs > *i.ttftMs && i.outputTokens > 0)
            addValue(HistogramBins::DecodeSpeed, double(i.outputTokens) / ((i.ttlbMs - *i.ttftMs) / 1000));
    }
}

void RollupAccumulator::jury(const Key &scenario, const Key &temperature, const Key &experiment,
                             const std::optional<bool> &passed, double score, int disputed, double judgeCost, int sign)
{
    for (const auto &[table, key] : tables(scenario, temperature, experiment))
        addJury((*table)[key], passed, score, disputed, judgeCost, sign);
    juryHistogram(scenario, passed, score, sign);
}

void RollupAccumulator::addJury(Sums &s, const std::optional<bool> &passed, double score, int disputed, double judgeCost, int sign)
{
    if (passed) {
        s[Scored] += sign;
        s[Passed] += *passed ? sign : 0;
        s[ScoreSum] += sign * score;
    }
    s[Disputed] += sign * disputed;
    s[JudgeCost] += sign * judgeCost;
}

void RollupAccumulator::juryHistogram(const Key &scenario, const std::optional<bool> &passed, double score, int sign)
{
    if (passed)
        m_histogram[{scenario[0], scenario[1], HistogramBins::JuryScore, 0}].add(HistogramBins::binOf(score), score, sign);
}

void RollupAccumulator::replaceJury(const StoredJury &before, const JuryOutcome &after)
{
    const Key scenario{before.runId, before.variantId, before.scenarioId, 0};
    const Key temperature{before.runId, before.variantId, qRound64(before.temperature * 1000), 0};
    const Key experiment{before.runId, before.variantId, before.scenarioId, before.experiment};
    jury(scenario, temperature, experiment, before.passed, before.score, before.disputed ? 1 : 0, before.judgeCostUsd, -1);
    jury(scenario, temperature, experiment, after.passed, after.score.value_or(0), after.disputed ? 1 : 0, after.judgeCostUsd, 1);
}

void RollupAccumulator::beginAnswer(qint64 runId, qint64 invocationId, qint64 variantId)
{
    closeAnswer(); // leaves the verdicts' list empty, its room kept
    m_answer.runId = runId;
    m_answer.invocationId = invocationId;
    m_answer.variantId = variantId;
}

void RollupAccumulator::addVerdict(const VerdictRecord &v)
{
    if (validLlmVerdict(v))
        m_answer.verdicts.push_back({v.judgeId, v.weighted, v.passed.value_or(false), scoresOf(v)});
}

// The answer's verdicts are complete: add its share of the agreement statistics (METRICS.md,
// "Jury health"). Krippendorff's coincidences and Fleiss' per-subject agreement are sums over
// answers, so the whole run's figures come from a few rows.
void RollupAccumulator::removeFailedInvocation(const InvocationRecord &i)
{
    closeAnswer();
    const Key scenario{i.runId, i.variantId, i.scenarioId, 0};
    const Key temperature{i.runId, i.variantId, qRound64(i.temperature * 1000), 0};
    const Key experiment{i.runId, i.variantId, i.scenarioId, i.experiment};
    for (const auto &[table, key] : tables(scenario, temperature, experiment)) {
        Sums &s = (*table)[key];
        s[Invocations] -= 1;
        s[Errors] -= 1;
        s[Cost] -= i.costUsd;
        s[InputTokens] -= double(i.inputTokens);
        s[OutputTokens] -= double(i.outputTokens);
    }
    jury(scenario, temperature, experiment, i.juryPass, i.juryScore.value_or(0), i.disputed ? 1 : 0, i.judgeCostUsd, -1);
}

void RollupAccumulator::closeAnswer()
{
    const std::vector<Answer::Verdict> &list = m_answer.verdicts;
    const auto m = qsizetype(list.size());
    if (m == 0) {
        m_answer.runId = m_answer.invocationId = m_answer.variantId = 0;
        return;
    }
    const qint64 run = m_answer.runId;
    double panel = 0;
    qint64 passes = 0;
    for (const Answer::Verdict &v : list) {
        panel += v.weighted;
        passes += v.passed ? 1 : 0;
    }
    panel /= double(m);
    for (const Answer::Verdict &v : list) {
        auto &j = m_judges[{run, v.judgeId, m_answer.variantId, 0}];
        j[Verdicts] += 1;
        j[JudgeScoreSum] += v.weighted;
        j[PanelSum] += panel;
        j[Passes] += v.passed ? 1 : 0;
        for (size_t d = 0; d < 6; ++d)
            j[FirstDimension + d] += v.scores[d];
    }
    if (m >= 2) {
        Coincidences &o = m_coincidences[run];
        for (size_t d = 0; d < 6; ++d)
            for (qsizetype a = 0; a < m; ++a)
                for (qsizetype b = 0; b < m; ++b)
                    if (a != b)
                        o[d][size_t(list[size_t(a)].scores[d])][size_t(list[size_t(b)].scores[d])] += 1.0 / double(m - 1);
        const double fails = double(m - passes);
        auto &f = m_fleiss[{run, m, 0, 0}];
        f[Units] += 1;
        f[AgreementSum] += (double(passes) * double(passes - 1) + fails * (fails - 1)) / (double(m) * double(m - 1));
        f[FleissPasses] += double(passes);
    }
    m_answer.runId = m_answer.invocationId = m_answer.variantId = 0;
    m_answer.verdicts.clear(); // its room stays, for the next answer's
}

bool RollupAccumulator::empty() const
{
    return m_answer.verdicts.empty() && m_scenarios.isEmpty() && m_temperatures.isEmpty() && m_experiments.isEmpty()
           && m_hours.isEmpty() && m_judges.isEmpty() && m_fleiss.isEmpty() && m_histogram.isEmpty()
           && m_coincidences.isEmpty();
}

QString RollupAccumulator::drain(const RowSink &row)
{
    closeAnswer();
    QString error;
    auto all = [&](RollupTable table, const auto &rows) {
        for (auto it = rows.cbegin(); it != rows.cend() && error.isEmpty(); ++it)
            error = row(table, it.key(), it.value().data());
    };
    all(RollupTable::ScenarioSums, m_scenarios);
    all(RollupTable::TemperatureSums, m_temperatures);
    all(RollupTable::ExperimentSums, m_experiments);
    all(RollupTable::HourSums, m_hours);
    all(RollupTable::JudgeSums, m_judges);
    all(RollupTable::FleissSums, m_fleiss);
    for (auto it = m_histogram.cbegin(); it != m_histogram.cend() && error.isEmpty(); ++it) {
        const DenseBins &h = it.value();
        for (size_t b = 0; b < h.bins.size() + 1 && error.isEmpty(); ++b) {
            const std::array<double, 2> &bin = b < h.bins.size() ? h.bins[b] : h.nonPositive;
            const qint64 binKey = b < h.bins.size() ? h.first + qint64(b) : HistogramBins::kNonPositive;
            if (bin[0] != 0 || bin[1] != 0)
                error = row(RollupTable::Histogram, {it.key().a, it.key().b, it.key().c, binKey}, bin.data());
        }
    }
    for (auto it = m_coincidences.cbegin(); it != m_coincidences.cend() && error.isEmpty(); ++it)
        for (size_t d = 0; d < 6; ++d)
            for (size_t c = 1; c < 6; ++c)
                for (size_t k = 1; k < 6 && error.isEmpty(); ++k)
                    if (const double w = it.value()[d][c][k]; w != 0)
                        error = row(RollupTable::Agreement, {it.key(), qint64(d), qint64(c), qint64(k)}, &w);
    if (error.isEmpty()) {
        m_scenarios.clear();
        m_temperatures.clear();
        m_experiments.clear();
        m_hours.clear();
        m_judges.clear();
        m_fleiss.clear();
        m_histogram.clear();
        m_coincidences.clear();
    }
    return error;
}

} // namespace Quorum
