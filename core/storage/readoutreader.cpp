// The reads a run's readout is filled from: the rollups, histograms and sums the writer keeps,
// with people's overrides put into them (the rollups hold the jury's sums; an override takes its
// item's jury share out and puts its own in, so every figure read here counts it).
#include "readoutreader.h"

#include "overridereader.h"
#include "rollups.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace Quorum {

namespace {
// Big rollup reads come unordered and are put in key order here: a server's sort of 100,000s of
// rows costs more than the read (PostgreSQL spills it to disk past work_mem; bench_storage).
template<typename Row, typename Key>
void sortRows(QList<Row> &rows, Key key)
{
    const auto before = [&](const Row &a, const Row &b) { return key(a) < key(b); };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before)) // SQLite reads them in key order
        std::sort(rows.begin(), rows.end(), before);
}
} // namespace

QList<VariantAggregate> ReadoutReader::variantAggregates(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(
        SELECT v.id, v.model_id, coalesce(v.region, ''), v.tier_requested, coalesce(v.display_name, ''),
               sum(r.invocations), sum(r.errors), sum(r.scored), sum(r.passed), sum(r.disputed),
               sum(r.score_sum) / nullif(sum(r.scored), 0), sum(r.ttft_sum) / nullif(sum(r.ttft_n), 0),
               sum(r.ttlb_sum) / nullif(sum(r.ttlb_n), 0), sum(r.cost_usd), sum(r.judge_cost_usd),
               sum(r.input_tokens), sum(r.output_tokens)
        FROM variants v JOIN variant_scenario_rollup r ON r.run_id = v.run_id AND r.variant_id = v.id
        WHERE v.run_id = )", param(runId), uR"(
        GROUP BY v.id ORDER BY v.id)"), &ok);
    QList<VariantAggregate> out;
    while (ok && q.next()) {
        VariantAggregate a;
        a.variantId = q.int64(0);
        a.modelId = q.text(1);
        a.region = q.text(2);
        a.tier = q.text(3);
        a.displayName = q.text(4);
        a.invocations = q.int64(5);
        a.errors = q.int64(6);
        a.scored = q.int64(7);
        a.passed = q.int64(8);
        a.disputed = q.int64(9);
        a.meanScore = q.real(10);
        a.meanTtftMs = q.real(11);
        a.meanTtlbMs = q.real(12);
        a.costUsd = q.real(13);
        a.judgeCostUsd = q.real(14);
        a.inputTokens = q.int64(15);
        a.outputTokens = q.int64(16);
        out.append(a);
    }
    applyOverrides(runId, out);
    return out;
}

QList<TaskCell> ReadoutReader::taskMatrix(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(
        SELECT r.variant_id, coalesce(nullif(s.task_type, ''), '(none)') AS task, sum(r.scored), sum(r.passed)
        FROM variant_scenario_rollup r JOIN scenarios s ON s.id = r.scenario_id
        WHERE r.run_id = )", param(runId), uR"(
        GROUP BY r.variant_id, task ORDER BY r.variant_id, task)"), &ok);
    QList<TaskCell> out;
    while (ok && q.next())
        out.append({q.int64(0), q.text(1), q.int64(2), q.int64(3)});
    applyOverrides(runId, out);
    return out;
}

QList<RegionHour> ReadoutReader::regionalByHour(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc % 24 AS hour, sum(h.calls),
               sum(h.ttft_sum) / nullif(sum(h.ttft_n), 0), sum(h.ttlb_sum) / nullif(sum(h.calls), 0), max(h.ttlb_max)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = )", param(runId), uR"(
        GROUP BY v.region, hour ORDER BY v.region, hour)"), &ok);
    QList<RegionHour> out;
    while (ok && q.next()) {
        RegionHour r;
        r.region = q.text(0);
        r.hour = q.integer(1);
        r.calls = q.int64(2);
        r.meanTtftMs = q.real(3);
        r.meanTtlbMs = q.real(4);
        r.maxTtlbMs = q.real(5);
        out.append(r);
    }
    return out;
}

QList<RegionHourRow> ReadoutReader::regionHours(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc, sum(h.calls), sum(h.ttft_sum), sum(h.ttft_n), sum(h.ttlb_sum), max(h.ttlb_max),
               sum(h.retries), sum(h.throttle_wait_ms)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = )", param(runId), uR"( GROUP BY v.region, h.hour_utc ORDER BY v.region, h.hour_utc)"), &ok);
    QList<RegionHourRow> out;
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.real(3),
                    q.int64(4), q.real(5), q.real(6), q.int64(7),
                    q.real(8)});
    return out;
}

QList<ErrorCount> ReadoutReader::errorCounts(qint64 runId)
{
    QList<ErrorCount> out;
    bool ok = false;
    ReadRows q = exec(sql(uR"(SELECT category, coalesce(variant_id, -1), coalesce(judge_id, -1), class, count(*)
                           FROM errors WHERE run_id = )", param(runId), uR"( GROUP BY category, variant_id, judge_id, class
                           ORDER BY category, variant_id, judge_id, class)"), &ok);
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.text(3), q.int64(4)});
    return out;
}

QList<ExtraDimensionMean> ReadoutReader::extraDimensionMeans(qint64 runId)
{
    // The verdicts' extra_scores ({"brevity": 4, …}) opened by each store's JSON functions.
    // (DOUBLE PRECISION: PostgreSQL's type; SQLite reads it as REAL.)
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT i.variant_id, j.key, avg(CAST(j.value AS DOUBLE PRECISION)), count(*)"
                          u" FROM verdicts v JOIN invocations i ON i.id = v.invocation_id", backend().extraScoresJoin(),
                          u" WHERE v.run_id = ", param(runId), u" AND v.extra_scores IS NOT NULL AND v.extra_scores NOT IN ('', '{}')"
                          u" GROUP BY i.variant_id, j.key ORDER BY i.variant_id, j.key"), &ok);
    QList<ExtraDimensionMean> out;
    while (ok && q.next())
        out.append({q.int64(0), q.text(1), q.real(2), q.int64(3)});
    return out;
}

QList<RollupRow> ReadoutReader::rollup(qint64 runId, Rollup which)
{
    static const QString kSelect = u"SELECT variant_id, %1, invocations, errors, scored, passed, disputed, score_sum, ttft_sum, "
                                   u"ttft_n, ttlb_sum, ttlb_n, cost_usd, judge_cost_usd, input_tokens, output_tokens "
                                   u"FROM %2 WHERE run_id = "_qs;
    const QString select = which == Rollup::Scenario ? kSelect.arg(u"scenario_id, 0"_qs, u"variant_scenario_rollup"_qs)
                                                     : kSelect.arg(u"temperature_milli, 0"_qs, u"variant_temperature_rollup"_qs);
    bool ok = false;
    ReadRows q = exec(sql(select, param(runId)), &ok);
    QList<RollupRow> out;
    while (ok && q.next()) {
        RollupRow r;
        r.variantId = q.int64(0);
        r.key = q.int64(1);
        r.experiment = q.integer(2);
        r.invocations = q.int64(3);
        r.errors = q.int64(4);
        r.scored = q.int64(5);
        r.passed = q.int64(6);
        r.disputed = q.int64(7);
        r.scoreSum = q.real(8);
        r.ttftSum = q.real(9);
        r.ttftN = q.int64(10);
        r.ttlbSum = q.real(11);
        r.ttlbN = q.int64(12);
        r.costUsd = q.real(13);
        r.judgeCostUsd = q.real(14);
        r.inputTokens = q.int64(15);
        r.outputTokens = q.int64(16);
        out.append(r);
    }
    sortRows(out, [](const RollupRow &r) { return std::tuple(r.variantId, r.key, r.experiment); });
    applyOverrides(runId, out, which);
    return out;
}

QList<ExperimentScore> ReadoutReader::experimentScores(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT variant_id, scenario_id, experiment, scored, score_sum FROM scenario_experiment_rollup ", u"WHERE run_id = ", param(runId)), &ok);
    QList<ExperimentScore> out;
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.integer(2), q.int64(3), q.real(4)});
    sortRows(out, [](const ExperimentScore &e) { return std::tuple(e.variantId, e.scenarioId, e.experiment); });
    applyOverrides(runId, out);
    return out;
}

QList<HistogramRow> ReadoutReader::histogram(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT variant_id, metric, bin, n, sum FROM metric_histogram WHERE run_id = ", param(runId), u" AND n > 0"), &ok);
    QList<HistogramRow> out;
    while (ok && q.next())
        out.append({q.int64(0), q.integer(1), q.int64(2), q.real(3),
                    q.real(4)});
    sortRows(out, [](const HistogramRow &h) { return std::tuple(h.variantId, h.metric, h.bin); });
    applyOverrides(runId, out);
    return out;
}

QList<ItemOutcome> ReadoutReader::itemOutcomes(qint64 runId)
{
    // People's verdicts first (a few, or none): each answer read then takes its person's verdict.
    QHash<qint64, OverrideEffect> overridden;
    if (!m_juryOnly)
        for (const OverrideEffect &e : overridesOf(runId))
            overridden.insert(e.invocationId, e);
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT id, variant_id, scenario_id, experiment, invocation_index, temperature, jury_pass, jury_score ",
                          u"FROM invocations WHERE run_id = ", param(runId), u" ORDER BY work_item"), &ok);
    QList<ItemOutcome> out;
    while (ok && q.next()) {
        ItemOutcome &o = out.emplace_back();
        o.variantId = q.int64(1);
        o.scenarioId = q.int64(2);
        o.experiment = q.integer(3);
        o.invocationIndex = q.integer(4);
        o.temperatureMilli = std::llround(q.real(5) * 1000);
        if (const auto person = overridden.constFind(q.int64(0)); person != overridden.cend()) {
            o.passed = person->passed;
            o.score = person->score;
            continue;
        }
        if (!q.isNull(6))
            o.passed = q.int64(6) != 0;
        if (!q.isNull(7))
            o.score = q.real(7);
    }
    return out;
}

QList<JudgeRollupRow> ReadoutReader::judgeRollup(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(SELECT judge_id, variant_id, verdicts, score_sum, panel_sum, passes, correctness, completeness,
                                 relevance, format, coherence, following_instructions
                          FROM judge_rollup WHERE run_id = )", param(runId), uR"( ORDER BY judge_id, variant_id)"), &ok);
    QList<JudgeRollupRow> out;
    while (ok && q.next()) {
        JudgeRollupRow r;
        r.judgeId = q.int64(0);
        r.variantId = q.int64(1);
        r.verdicts = q.int64(2);
        r.scoreSum = q.real(3);
        r.panelSum = q.real(4);
        r.passes = q.int64(5);
        for (int d = 0; d < 6; ++d)
            r.dimensionSums[d] = q.real(6 + d);
        out.append(r);
    }
    return out;
}

AgreementSums ReadoutReader::agreement(qint64 runId)
{
    AgreementSums out;
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT dimension, c, k, weight FROM agreement_rollup WHERE run_id = ", param(runId)), &ok);
    while (ok && q.next())
        out.coincidences.append({q.integer(0), q.integer(1), q.integer(2), q.real(3)});
    q = exec(sql(u"SELECT raters, units, agreement_sum, passes FROM fleiss_rollup WHERE run_id = ", param(runId)), &ok);
    while (ok && q.next())
        out.fleiss.append({q.integer(0), q.real(1), q.real(2), q.real(3)});
    return out;
}

namespace {
// What one item adds to a row of sums: -1 takes the jury's share out, +1 puts the override's in.
template<typename Row>
void addShare(Row &row, const std::optional<bool> &passed, double score, int sign)
{
    if (!passed)
        return;
    row.scored += sign;
    row.passed += *passed ? sign : 0;
    row.scoreSum += sign * score;
}

template<typename Row>
void moveShare(Row &row, const OverrideEffect &e)
{
    addShare(row, e.juryPass, e.juryScore.value_or(0), -1);
    addShare(row, std::optional<bool>(e.passed), e.score, 1);
}
} // namespace

void ReadoutReader::applyOverrides(qint64 runId, QList<RollupRow> &rows, Rollup which)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overridesOf(runId);
    if (effects.isEmpty())
        return;
    QHash<std::pair<qint64, qint64>, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert({rows.at(i).variantId, rows.at(i).key}, i);
    for (const OverrideEffect &e : effects) {
        const qint64 key = which == Rollup::Scenario ? e.scenarioId : e.temperatureMilli;
        const auto it = index.constFind({e.variantId, key});
        if (it == index.cend())
            continue; // an answered item always has its row
        RollupRow &row = rows[*it];
        moveShare(row, e);
        row.disputed -= e.juryDisputed ? 1 : 0; // an overridden item is no longer disputed
    }
}

void ReadoutReader::applyOverrides(qint64 runId, QList<VariantAggregate> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overridesOf(runId);
    for (VariantAggregate &a : rows) {
        double scoreSum = a.meanScore * double(a.scored);
        for (const OverrideEffect &e : effects) {
            if (e.variantId != a.variantId)
                continue;
            struct { qint64 scored, passed; double scoreSum; } sums{a.scored, a.passed, scoreSum};
            moveShare(sums, e);
            a.scored = sums.scored;
            a.passed = sums.passed;
            scoreSum = sums.scoreSum;
            a.disputed -= e.juryDisputed ? 1 : 0;
        }
        a.meanScore = a.scored > 0 ? scoreSum / double(a.scored) : 0;
    }
}

void ReadoutReader::applyOverrides(qint64 runId, QList<TaskCell> &rows)
{
    if (m_juryOnly)
        return;
    for (const OverrideEffect &e : overridesOf(runId)) {
        for (TaskCell &cell : rows) {
            if (cell.variantId != e.variantId || cell.taskType != e.taskType)
                continue;
            struct { qint64 scored, passed; double scoreSum; } sums{cell.scored, cell.passed, 0};
            moveShare(sums, e);
            cell.scored = sums.scored;
            cell.passed = sums.passed;
        }
    }
}

void ReadoutReader::applyOverrides(qint64 runId, QList<ExperimentScore> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overridesOf(runId);
    if (effects.isEmpty())
        return;
    std::map<std::tuple<qint64, qint64, int>, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.emplace(std::tuple(rows.at(i).variantId, rows.at(i).scenarioId, rows.at(i).experiment), i);
    for (const OverrideEffect &e : effects) {
        const auto it = index.find(std::tuple(e.variantId, e.scenarioId, e.experiment));
        if (it == index.end())
            continue;
        ExperimentScore &row = rows[it->second];
        struct { qint64 scored, passed; double scoreSum; } sums{row.scored, 0, row.scoreSum};
        moveShare(sums, e);
        row.scored = sums.scored;
        row.scoreSum = sums.scoreSum;
    }
}

void ReadoutReader::applyOverrides(qint64 runId, QList<HistogramRow> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overridesOf(runId);
    if (effects.isEmpty())
        return;
    // The jury-score histogram: the item's value leaves the jury's bin for the override's.
    const auto add = [&rows](qint64 variant, double score, int sign) {
        const qint64 bin = HistogramBins::binOf(score);
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const HistogramRow &h) {
            return h.variantId == variant && h.metric == HistogramBins::JuryScore && h.bin == bin;
        });
        if (it != rows.end()) {
            it->count += sign;
            it->sum += sign * score;
        } else {
            rows.append({variant, HistogramBins::JuryScore, bin, double(sign), sign * score});
        }
    };
    for (const OverrideEffect &e : effects) {
        if (e.juryPass && e.juryScore)
            add(e.variantId, *e.juryScore, -1);
        add(e.variantId, e.score, 1);
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const HistogramRow &h) { return h.count <= 0; }), rows.end());
    std::sort(rows.begin(), rows.end(), [](const HistogramRow &a, const HistogramRow &b) {
        return std::tuple(a.variantId, a.metric, a.bin) < std::tuple(b.variantId, b.metric, b.bin);
    });
}

QList<OverrideEffect> ReadoutReader::overridesOf(qint64 runId)
{
    OverrideReader overrides(m_path);
    QList<OverrideEffect> out = overrides.overrideEffects(runId);
    if (m_error.isEmpty())
        m_error = overrides.error();
    return out;
}

} // namespace Quorum
