#include "rollups.h"

#include "sqliterow.h"

#include <QtEndian>

#include <sqlite3.h>

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

// One rollup table: its key columns, then value columns that add up (or, for `maxColumn`,
// keep the largest).
struct TableSpec
{
    const char *name;
    std::vector<const char *> keys;
    std::vector<const char *> values;
    const char *maxColumn = nullptr;
};

const std::vector<const char *> kSumColumns = {"invocations", "errors", "scored", "passed", "disputed", "score_sum",
                                               "ttft_sum", "ttft_n", "ttlb_sum", "ttlb_n", "cost_usd", "judge_cost_usd",
                                               "input_tokens", "output_tokens"};
// The rollup tables, in kTables' order.
enum RollupTable { ScenarioSums, TemperatureSums, ExperimentSums, HourSums, Histogram, JudgeSums, Agreement, FleissSums,
                   RollupTableCount };
const TableSpec kTables[RollupTableCount] = {
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

std::string upsertSql(const TableSpec &t)
{
    std::string sql = std::string("INSERT INTO ") + t.name + " VALUES (";
    for (size_t i = 0; i < t.keys.size() + t.values.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ") ON CONFLICT (";
    for (size_t i = 0; i < t.keys.size(); ++i)
        sql += std::string(i ? "," : "") + t.keys[i];
    sql += ") DO UPDATE SET ";
    for (size_t i = 0; i < t.values.size(); ++i) {
        const std::string c = t.values[i];
        sql += (i ? ", " : "") + c + " = "
               + (t.maxColumn && c == t.maxColumn ? "max(" + c + ", excluded." + c + ")" : c + " + excluded." + c);
    }
    return sql;
}

// Adds one row's values to the table (the statement from upsertSql). "" or SQLite's message.
QString upsertRow(sqlite3 *db, sqlite3_stmt *&statement, const TableSpec &spec, const RollupAccumulator::Key &key,
                  const double *values)
{
    if (!statement && sqlite3_prepare_v3(db, upsertSql(spec).c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    int c = 1;
    for (size_t k = 0; k < spec.keys.size(); ++k)
        sqlite3_bind_int64(statement, c++, key[k]);
    for (size_t i = 0; i < spec.values.size(); ++i) {
        // Whole numbers go in as integers: counts stay INTEGER in the table.
        const double v = values[i];
        if (v == std::trunc(v) && std::abs(v) < 9e15)
            sqlite3_bind_int64(statement, c++, qint64(v));
        else
            sqlite3_bind_double(statement, c++, v);
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
}

template<size_t N>
QString upsert(sqlite3 *db, sqlite3_stmt *&statement, const TableSpec &spec, QHash<RollupAccumulator::Key, std::array<double, N>> &rows)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (QString error = upsertRow(db, statement, spec, it.key(), it.value().data()); !error.isEmpty())
            return error;
    rows.clear();
    return {};
}

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

void RollupAccumulator::finalize()
{
    for (sqlite3_stmt *&s : m_statements) {
        sqlite3_finalize(s);
        s = nullptr;
    }
}

std::array<std::pair<QHash<RollupAccumulator::Key, RollupAccumulator::Sums> *, RollupAccumulator::Key>, 3>
RollupAccumulator::tables(const Key &scenario, const Key &temperature, const Key &experiment)
{
    return {{{&m_scenarios, scenario}, {&m_temperatures, temperature}, {&m_experiments, experiment}}};
}

void RollupAccumulator::addInvocation(const InvocationRecord &i)
{
    closeAnswer();
    m_answer = {i.runId, i.id, i.variantId, {}};
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
    }
    jury(scenario, temperature, experiment, i.juryPass, i.juryScore.value_or(0), i.disputed ? 1 : 0, i.judgeCostUsd, 1);
    if (!i.ok)
        return;

    auto &h = m_hours[{i.runId, i.variantId, i.t0 / kHourMs, 0}];
    h[0] += 1;
    if (i.ttftMs) {
        h[1] += *i.ttftMs;
        h[2] += 1;
    }
    h[3] += i.ttlbMs;
    h[4] = std::max(h[4], i.ttlbMs);
    h[5] += i.attempts - 1;
    h[6] += i.throttleWaitMs;

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
    for (const auto &[table, key] : tables(scenario, temperature, experiment)) {
        Sums &s = (*table)[key];
        if (passed) {
            s[Scored] += sign;
            s[Passed] += *passed ? sign : 0;
            s[ScoreSum] += sign * score;
        }
        s[Disputed] += sign * disputed;
        s[JudgeCost] += sign * judgeCost;
    }
    if (passed) {
        m_histogram[{scenario[0], scenario[1], HistogramBins::JuryScore, 0}].add(HistogramBins::binOf(score), score, sign);
    }
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
    closeAnswer();
    m_answer = {runId, invocationId, variantId, {}};
}

void RollupAccumulator::addVerdict(const VerdictRecord &v)
{
    if (validLlmVerdict(v))
        m_answer.verdicts.append(v);
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
    const QList<VerdictRecord> &list = m_answer.verdicts;
    const auto m = list.size();
    if (m == 0) {
        m_answer = {};
        return;
    }
    const qint64 run = m_answer.runId;
    double panel = 0;
    qint64 passes = 0;
    for (const VerdictRecord &v : list) {
        panel += v.weighted;
        passes += v.passed.value_or(false) ? 1 : 0;
    }
    panel /= double(m);
    for (const VerdictRecord &v : list) {
        auto &j = m_judges[{run, v.judgeId, m_answer.variantId, 0}];
        j[0] += 1;
        j[1] += v.weighted;
        j[2] += panel;
        j[3] += v.passed.value_or(false) ? 1 : 0;
        const auto scores = scoresOf(v);
        for (size_t d = 0; d < 6; ++d)
            j[4 + d] += scores[d];
    }
    if (m >= 2) {
        Coincidences &o = m_coincidences[run];
        for (size_t d = 0; d < 6; ++d)
            for (qsizetype a = 0; a < m; ++a)
                for (qsizetype b = 0; b < m; ++b)
                    if (a != b)
                        o[d][size_t(scoresOf(list.at(a))[d])][size_t(scoresOf(list.at(b))[d])] += 1.0 / double(m - 1);
        const double fails = double(m - passes);
        auto &f = m_fleiss[{run, m, 0, 0}];
        f[0] += 1;
        f[1] += (double(passes) * double(passes - 1) + fails * (fails - 1)) / (double(m) * double(m - 1));
        f[2] += double(passes);
    }
    m_answer = {};
}

QString RollupAccumulator::apply(sqlite3 *db)
{
    closeAnswer();
    QString error;
    auto upsertAll = [&](RollupTable table, auto &rows) {
        if (error.isEmpty())
            error = upsert(db, m_statements[size_t(table)], kTables[table], rows);
    };
    upsertAll(ScenarioSums, m_scenarios);
    upsertAll(TemperatureSums, m_temperatures);
    upsertAll(ExperimentSums, m_experiments);
    upsertAll(HourSums, m_hours);
    upsertAll(JudgeSums, m_judges);
    upsertAll(FleissSums, m_fleiss);
    for (auto it = m_histogram.cbegin(); it != m_histogram.cend() && error.isEmpty(); ++it) {
        const DenseBins &h = it.value();
        for (size_t b = 0; b < h.bins.size() + 1 && error.isEmpty(); ++b) {
            const std::array<double, 2> &bin = b < h.bins.size() ? h.bins[b] : h.nonPositive;
            if (bin[0] != 0 || bin[1] != 0)
                error = upsertRow(db, m_statements[Histogram], kTables[Histogram],
                                  {it.key().a, it.key().b, it.key().c, b < h.bins.size() ? h.first + qint64(b) : HistogramBins::kNonPositive},
                                  bin.data());
        }
    }
    for (auto it = m_coincidences.cbegin(); it != m_coincidences.cend() && error.isEmpty(); ++it)
        for (size_t d = 0; d < 6; ++d)
            for (size_t c = 1; c < 6; ++c)
                for (size_t k = 1; k < 6 && error.isEmpty(); ++k)
                    if (const double w = it.value()[d][c][k]; w != 0)
                        error = upsertRow(db, m_statements[Agreement], kTables[Agreement], {it.key(), qint64(d), qint64(c), qint64(k)}, &w);
    if (error.isEmpty()) {
        m_histogram.clear();
        m_coincidences.clear();
    }
    return error;
}

namespace {
// Adds stored invocations (all, or those still waiting in rollup_pending) and their verdicts
// to the rollups.
QString addStoredRows(sqlite3 *db, bool pendingOnly)
{
    // Invocations in id order, each followed by its verdicts (a merge of two ordered scans).
    const std::string invocationSql =
        std::string("SELECT id, run_id, variant_id, scenario_id, experiment, temperature, status = 'ok', t0, ttft_ms, ttlb_ms, "
                    "throttle_wait_ms, input_tokens, output_tokens, cost_usd, attempts, jury_score, jury_pass, disputed, "
                    "judge_cost_usd FROM invocations ")
        + (pendingOnly ? "WHERE id IN (SELECT id FROM temp.pending_ids) " : "") + "ORDER BY id";
    const std::string verdictSql =
        std::string("SELECT invocation_id, judge_id, status IN ('ok', 'repaired'), coalesce(correctness, 0), "
                    "coalesce(completeness, 0), coalesce(relevance, 0), coalesce(format, 0), coalesce(coherence, 0), "
                    "coalesce(following_instructions, 0), coalesce(weighted, 0), passed FROM verdicts ")
        + (pendingOnly ? "WHERE invocation_id IN (SELECT id FROM temp.pending_ids) " : "") + "ORDER BY invocation_id, id";
    sqlite3_stmt *inv = nullptr, *ver = nullptr;
    QString error;
    if (sqlite3_prepare_v2(db, invocationSql.c_str(), -1, &inv, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, verdictSql.c_str(), -1, &ver, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    RollupAccumulator sums;
    bool verdictPending = error.isEmpty() && sqlite3_step(ver) == SQLITE_ROW;
    qint64 rows = 0;
    while (error.isEmpty() && sqlite3_step(inv) == SQLITE_ROW) {
        const SqliteRow row(inv);
        InvocationRecord i;
        i.id = row.int64(0);
        i.runId = row.int64(1);
        i.variantId = row.int64(2);
        i.scenarioId = row.int64(3);
        i.experiment = row.integer(4);
        i.temperature = row.real(5);
        i.ok = row.boolean(6);
        i.t0 = row.int64(7);
        i.ttftMs = row.optionalReal(8);
        i.ttlbMs = row.real(9);
        i.throttleWaitMs = row.real(10);
        i.inputTokens = row.int64(11);
        i.outputTokens = row.int64(12);
        i.costUsd = row.real(13);
        i.attempts = row.integer(14);
        i.juryScore = row.optionalReal(15);
        i.juryPass = row.optionalBool(16);
        i.disputed = row.boolean(17);
        i.judgeCostUsd = row.real(18);
        sums.addInvocation(i);
        const SqliteRow verdict(ver);
        while (verdictPending && verdict.int64(0) <= i.id) {
            if (verdict.int64(0) == i.id) {
                VerdictRecord v;
                v.invocationId = i.id;
                v.judgeId = verdict.int64(1);
                v.status = verdict.boolean(2) ? VerdictStatus::Ok : VerdictStatus::Failed;
                int *scores[6] = {&v.correctness, &v.completeness, &v.relevance, &v.format, &v.coherence, &v.followingInstructions};
                for (int d = 0; d < 6; ++d)
                    *scores[d] = verdict.integer(3 + d);
                v.weighted = verdict.real(9);
                v.passed = verdict.optionalBool(10);
                sums.addVerdict(v);
            }
            verdictPending = sqlite3_step(ver) == SQLITE_ROW;
        }
        if (++rows % 50'000 == 0)
            error = sums.apply(db);
    }
    if (error.isEmpty())
        error = sums.apply(db);
    sums.finalize();
    sqlite3_finalize(inv);
    sqlite3_finalize(ver);
    return error;
}

} // namespace

QString rebuildRollups(sqlite3 *db)
{
    for (const TableSpec &t : kTables)
        if (sqlite3_exec(db, (std::string("DELETE FROM ") + t.name).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
    QString error = addStoredRows(db, false);
    if (error.isEmpty() && sqlite3_exec(db, "DELETE FROM rollup_pending", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    return error;
}

QString rollUpPending(sqlite3 *db)
{
    auto fail = [db] { return QString::fromUtf8(sqlite3_errmsg(db)); };
    // Each pending batch lists its invocation ids as packed 64-bit integers.
    sqlite3_stmt *list = nullptr, *insert = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT invocation_ids FROM rollup_pending", -1, &list, nullptr) != SQLITE_OK)
        return fail();
    std::vector<qint64> ids;
    while (sqlite3_step(list) == SQLITE_ROW) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(list, 0));
        const int bytes = sqlite3_column_bytes(list, 0);
        for (int at = 0; at + 8 <= bytes; at += 8)
            ids.push_back(qFromLittleEndian<qint64>(data + at));
    }
    sqlite3_finalize(list);
    if (ids.empty())
        return {};
    QString error;
    if (sqlite3_exec(db, "CREATE TEMP TABLE pending_ids (id INTEGER PRIMARY KEY)", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO temp.pending_ids VALUES (?)", -1, &insert, nullptr) != SQLITE_OK)
        error = fail();
    for (size_t i = 0; i < ids.size() && error.isEmpty(); ++i) {
        sqlite3_bind_int64(insert, 1, ids[i]);
        if (sqlite3_step(insert) != SQLITE_DONE)
            error = fail();
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (error.isEmpty())
        error = addStoredRows(db, true);
    if (error.isEmpty() && sqlite3_exec(db, "DELETE FROM rollup_pending", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = fail();
    sqlite3_exec(db, "DROP TABLE IF EXISTS temp.pending_ids", nullptr, nullptr, nullptr);
    return error;
}

} // namespace Quorum
