// RunQueries' overrides: the people's verdicts that count, an item's edits, and their share of
// the figures read from the rollups (the rollups hold the jury's sums; an override takes its
// item's jury share out and puts its own in, so every figure read through RunQueries counts it).
#include "rollups.h"
#include "runqueries.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace Quorum {

QList<OverrideEffect> RunQueries::overrideEffects(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT o.invocation_id, i.variant_id, i.scenario_id, i.experiment, i.temperature,
               coalesce(nullif(s.task_type, ''), '(none)'), i.jury_pass, i.jury_score, i.disputed, o.passed,
               coalesce(o.score, i.jury_score)
        FROM overrides o JOIN invocations i ON i.id = o.invocation_id JOIN scenarios s ON s.id = i.scenario_id
        WHERE o.run_id = ? AND o.passed IS NOT NULL AND coalesce(o.score, i.jury_score) IS NOT NULL
          AND o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = o.invocation_id)
        ORDER BY o.invocation_id)"_qs, runId, &ok);
    QList<OverrideEffect> out;
    while (ok && q.next()) {
        OverrideEffect e;
        e.invocationId = q.int64(0);
        e.variantId = q.int64(1);
        e.scenarioId = q.int64(2);
        e.experiment = q.integer(3);
        e.temperatureMilli = qRound64(q.real(4) * 1000); // as the temperature rollup keys it
        e.taskType = q.text(5);
        if (!q.isNull(6))
            e.juryPass = q.int64(6) != 0;
        if (!q.isNull(7))
            e.juryScore = q.real(7);
        e.juryDisputed = q.int64(8) != 0;
        e.passed = q.int64(9) != 0;
        e.score = q.real(10);
        out.append(e);
    }
    return out;
}

QList<OverrideRecord> RunQueries::overrideHistory(qint64 invocationId)
{
    bool ok = false;
    ReadRows q = exec(uR"(SELECT run_id, invocation_id, passed, score, correctness, completeness, relevance, format, coherence,
                                 following_instructions, reason, author, at
                          FROM overrides WHERE invocation_id = ? ORDER BY id)"_qs, QVariantList{invocationId}, &ok);
    QList<OverrideRecord> out;
    while (ok && q.next()) {
        OverrideRecord r;
        r.runId = q.int64(0);
        r.invocationId = q.int64(1);
        if (!q.isNull(2))
            r.passed = q.int64(2) != 0;
        if (!q.isNull(3))
            r.score = q.real(3);
        for (int d = 0; d < 6; ++d)
            if (!q.isNull(4 + d))
                r.dimensions[d] = q.integer(4 + d);
        r.reason = q.text(10);
        r.author = q.text(11);
        r.at = q.int64(12);
        out.append(r);
    }
    return out;
}

qint64 RunQueries::overrideCount(qint64 runId)
{
    return overrideEffects(runId).size(); // counted jury-only too: the figures say what they leave out
}

QList<RunQueries::RaterPair> RunQueries::humanPairs(qint64 runId)
{
    static const QString kLatest = u"o.run_id = ? AND o.passed IS NOT NULL"
                                   u" AND o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = o.invocation_id)"_qs;
    QList<RaterPair> out;
    bool ok = false;
    ReadRows j = exec(u"SELECT v.judge_id, v.passed, o.passed FROM overrides o JOIN verdicts v ON v.invocation_id = o.invocation_id"
                      u" WHERE "_qs + kLatest + u" AND v.passed IS NOT NULL AND v.status IN ('ok', 'repaired')"
                      u" ORDER BY v.judge_id, o.invocation_id"_qs, runId, &ok);
    while (ok && j.next())
        out.append({j.int64(0), j.int64(1) != 0, j.int64(2) != 0});
    ReadRows jury = exec(u"SELECT i.jury_pass, o.passed FROM overrides o JOIN invocations i ON i.id = o.invocation_id WHERE "_qs
                             + kLatest + u" AND i.jury_pass IS NOT NULL ORDER BY o.invocation_id"_qs, runId, &ok);
    while (ok && jury.next())
        out.append({-1, jury.int64(0) != 0, jury.int64(1) != 0});
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

void RunQueries::applyOverrides(qint64 runId, QList<RollupRow> &rows, Rollup which)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overrideEffects(runId);
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

void RunQueries::applyOverrides(qint64 runId, QList<VariantAggregate> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overrideEffects(runId);
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

void RunQueries::applyOverrides(qint64 runId, QList<TaskCell> &rows)
{
    if (m_juryOnly)
        return;
    for (const OverrideEffect &e : overrideEffects(runId)) {
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

void RunQueries::applyOverrides(qint64 runId, QList<ExperimentScore> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overrideEffects(runId);
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

void RunQueries::applyOverrides(qint64 runId, QList<HistogramRow> &rows)
{
    if (m_juryOnly)
        return;
    const QList<OverrideEffect> effects = overrideEffects(runId);
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

} // namespace Quorum
