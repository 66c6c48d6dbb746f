#include "rollups.h"

#include <sqlite3.h>

namespace Quorum {

namespace {
constexpr qint64 kHourMs = 3'600'000;
}

void RollupAccumulator::finalize()
{
    sqlite3_finalize(m_scenarioUpsert);
    sqlite3_finalize(m_hourUpsert);
    m_scenarioUpsert = m_hourUpsert = nullptr;
}

void RollupAccumulator::addInvocation(const InvocationRecord &i)
{
    ScenarioSums &s = m_scenarios[{i.runId, i.variantId, i.scenarioId}];
    s.invocations += 1;
    s.errors += i.ok ? 0 : 1;
    if (i.juryPass) {
        s.scored += 1;
        s.passed += *i.juryPass ? 1 : 0;
        s.scoreSum += i.juryScore.value_or(0);
    }
    s.disputed += i.disputed ? 1 : 0;
    s.cost += i.costUsd;
    s.judgeCost += i.judgeCostUsd;
    s.inputTokens += i.inputTokens;
    s.outputTokens += i.outputTokens;
    if (!i.ok)
        return;
    // Latency figures describe successful calls only.
    if (i.ttftMs) {
        s.ttftSum += *i.ttftMs;
        s.ttftN += 1;
    }
    s.ttlbSum += i.ttlbMs;
    s.ttlbN += 1;

    HourSums &h = m_hours[{i.runId, i.variantId, i.t0 / kHourMs}];
    h.calls += 1;
    if (i.ttftMs) {
        h.ttftSum += *i.ttftMs;
        h.ttftN += 1;
    }
    h.ttlbSum += i.ttlbMs;
    h.ttlbMax = std::max(h.ttlbMax, i.ttlbMs);
    h.retries += i.attempts - 1;
    h.throttleMs += i.throttleWaitMs;
}

void RollupAccumulator::replaceJury(const StoredJury &before, const JuryOutcome &after)
{
    ScenarioSums &s = m_scenarios[{before.runId, before.variantId, before.scenarioId}];
    if (before.passed) {
        s.scored -= 1;
        s.passed -= *before.passed ? 1 : 0;
        s.scoreSum -= before.score;
    }
    if (after.passed) {
        s.scored += 1;
        s.passed += *after.passed ? 1 : 0;
        s.scoreSum += after.score.value_or(0);
    }
    s.disputed += int(after.disputed) - int(before.disputed);
    s.judgeCost += after.judgeCostUsd - before.judgeCostUsd;
}

QString RollupAccumulator::apply(sqlite3 *db)
{
    if (!m_scenarioUpsert) {
        const char *scenarioSql =
            "INSERT INTO variant_scenario_rollup VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (run_id, variant_id, scenario_id) DO UPDATE SET "
            "invocations = invocations + excluded.invocations, errors = errors + excluded.errors, "
            "scored = scored + excluded.scored, passed = passed + excluded.passed, "
            "disputed = disputed + excluded.disputed, score_sum = score_sum + excluded.score_sum, "
            "ttft_sum = ttft_sum + excluded.ttft_sum, ttft_n = ttft_n + excluded.ttft_n, "
            "ttlb_sum = ttlb_sum + excluded.ttlb_sum, ttlb_n = ttlb_n + excluded.ttlb_n, "
            "cost_usd = cost_usd + excluded.cost_usd, judge_cost_usd = judge_cost_usd + excluded.judge_cost_usd, "
            "input_tokens = input_tokens + excluded.input_tokens, output_tokens = output_tokens + excluded.output_tokens";
        const char *hourSql =
            "INSERT INTO variant_hour_rollup VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (run_id, variant_id, hour_utc) DO UPDATE SET "
            "calls = calls + excluded.calls, ttft_sum = ttft_sum + excluded.ttft_sum, ttft_n = ttft_n + excluded.ttft_n, "
            "ttlb_sum = ttlb_sum + excluded.ttlb_sum, ttlb_max = max(ttlb_max, excluded.ttlb_max), "
            "retries = retries + excluded.retries, throttle_wait_ms = throttle_wait_ms + excluded.throttle_wait_ms";
        if (sqlite3_prepare_v3(db, scenarioSql, -1, SQLITE_PREPARE_PERSISTENT, &m_scenarioUpsert, nullptr) != SQLITE_OK
            || sqlite3_prepare_v3(db, hourSql, -1, SQLITE_PREPARE_PERSISTENT, &m_hourUpsert, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
    }
    for (auto it = m_scenarios.cbegin(); it != m_scenarios.cend(); ++it) {
        const ScenarioKey &k = it.key();
        const ScenarioSums &s = it.value();
        sqlite3_stmt *q = m_scenarioUpsert;
        int c = 1;
        for (qint64 v : {k.run, k.variant, k.scenario, s.invocations, s.errors, s.scored, s.passed, s.disputed})
            sqlite3_bind_int64(q, c++, v);
        sqlite3_bind_double(q, c++, s.scoreSum);
        sqlite3_bind_double(q, c++, s.ttftSum);
        sqlite3_bind_int64(q, c++, s.ttftN);
        sqlite3_bind_double(q, c++, s.ttlbSum);
        sqlite3_bind_int64(q, c++, s.ttlbN);
        sqlite3_bind_double(q, c++, s.cost);
        sqlite3_bind_double(q, c++, s.judgeCost);
        sqlite3_bind_int64(q, c++, s.inputTokens);
        sqlite3_bind_int64(q, c++, s.outputTokens);
        const int rc = sqlite3_step(q);
        sqlite3_reset(q);
        if (rc != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(db));
    }
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        const HourKey &k = it.key();
        const HourSums &h = it.value();
        sqlite3_stmt *q = m_hourUpsert;
        int c = 1;
        for (qint64 v : {k.run, k.variant, k.hour, h.calls})
            sqlite3_bind_int64(q, c++, v);
        sqlite3_bind_double(q, c++, h.ttftSum);
        sqlite3_bind_int64(q, c++, h.ttftN);
        sqlite3_bind_double(q, c++, h.ttlbSum);
        sqlite3_bind_double(q, c++, h.ttlbMax);
        sqlite3_bind_int64(q, c++, h.retries);
        sqlite3_bind_double(q, c++, h.throttleMs);
        const int rc = sqlite3_step(q);
        sqlite3_reset(q);
        if (rc != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(db));
    }
    m_scenarios.clear();
    m_hours.clear();
    return {};
}

} // namespace Quorum
