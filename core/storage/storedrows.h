#pragma once

// The rows a backend reads back for the writer and the answer readers, with their columns named
// once: each backend runs the SQL (its own placeholders after the WHERE) and hands its row
// reader to these. A row reader has int64, integer, real, boolean, text, optionalReal and
// optionalBool by column.
#include "../domain/records.h"
#include "rollups.h"
#include "storedanswers.h"

namespace Quorum::StoredRows {

// An invocation's jury columns, as an outcome replacing them needs them.
inline constexpr const char *kJuryColumns = "SELECT run_id, variant_id, scenario_id, jury_pass, coalesce(jury_score, 0), "
                                            "disputed, judge_cost_usd, experiment, temperature FROM invocations ";
template<typename Row>
RollupAccumulator::StoredJury jury(const Row &row)
{
    RollupAccumulator::StoredJury j;
    j.runId = row.int64(0);
    j.variantId = row.int64(1);
    j.scenarioId = row.int64(2);
    j.passed = row.optionalBool(3);
    j.score = row.real(4);
    j.disputed = row.boolean(5);
    j.judgeCostUsd = row.real(6);
    j.experiment = row.integer(7);
    j.temperature = row.real(8);
    return j;
}

// What an invocation added to the rollups (taking a failed one out of its run).
inline constexpr const char *kSumsColumns = "SELECT run_id, variant_id, scenario_id, status, temperature, experiment, cost_usd, "
                                            "input_tokens, output_tokens, jury_pass, jury_score, disputed, judge_cost_usd "
                                            "FROM invocations ";
template<typename Row>
InvocationRecord sums(const Row &row, qint64 invocationId)
{
    InvocationRecord i;
    i.id = invocationId;
    i.runId = row.int64(0);
    i.variantId = row.int64(1);
    i.scenarioId = row.int64(2);
    i.ok = row.text(3) == u"ok";
    i.temperature = row.real(4);
    i.experiment = row.integer(5);
    i.costUsd = row.real(6);
    i.inputTokens = row.int64(7);
    i.outputTokens = row.int64(8);
    i.juryPass = row.optionalBool(9);
    i.juryScore = row.optionalReal(10);
    i.disputed = row.boolean(11);
    i.judgeCostUsd = row.real(12);
    return i;
}

// A stored answer with what was measured when it was produced (re-judging a run).
inline constexpr const char *kAnswerColumns =
    "SELECT status, coalesce(error_class, ''), t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, "
    "output_tokens, reasoning_tokens, tokens_estimated, attempts, coalesce(tier_served, ''), coalesce(http_status, 0), "
    "coalesce(response_text, ''), first_start_at FROM invocations ";
template<typename Row>
StoredInvocation answer(const Row &row)
{
    StoredInvocation i;
    i.ok = row.text(0) == u"ok";
    i.errorClass = row.text(1);
    i.t0 = row.int64(2);
    i.ttftMs = row.optionalReal(3);
    i.ttfrMs = row.optionalReal(4);
    i.ttlbMs = row.real(5);
    i.wallMs = row.real(6);
    i.throttleWaitMs = row.real(7);
    i.inputTokens = row.int64(8);
    i.outputTokens = row.int64(9);
    i.reasoningTokens = row.int64(10);
    i.tokensEstimated = row.boolean(11);
    i.attempts = row.integer(12);
    i.tierServed = row.text(13);
    i.httpStatus = row.integer(14);
    i.responseText = row.text(15);
    i.firstStartAt = row.int64(16);
    return i;
}

// What rebuilding the rollups reads of an invocation, and of a verdict (an older store's upgrade).
inline constexpr const char *kRollupInvocationColumns =
    "SELECT id, run_id, variant_id, scenario_id, experiment, temperature, CASE WHEN status = 'ok' THEN 1 ELSE 0 END, t0, "
    "ttft_ms, ttlb_ms, throttle_wait_ms, input_tokens, output_tokens, cost_usd, attempts, jury_score, jury_pass, disputed, "
    "judge_cost_usd FROM invocations ";
template<typename Row>
InvocationRecord rollupInvocation(const Row &row)
{
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
    return i;
}

inline constexpr const char *kRollupVerdictColumns =
    "SELECT invocation_id, judge_id, CASE WHEN status IN ('ok', 'repaired') THEN 1 ELSE 0 END, coalesce(correctness, 0), "
    "coalesce(completeness, 0), coalesce(relevance, 0), coalesce(format, 0), coalesce(coherence, 0), "
    "coalesce(following_instructions, 0), coalesce(weighted, 0), passed FROM verdicts ";
template<typename Row>
VerdictRecord rollupVerdict(const Row &row)
{
    VerdictRecord v;
    v.invocationId = row.int64(0);
    v.judgeId = row.int64(1);
    v.status = row.boolean(2) ? VerdictStatus::Ok : VerdictStatus::Failed;
    int *scores[6] = {&v.correctness, &v.completeness, &v.relevance, &v.format, &v.coherence, &v.followingInstructions};
    for (int d = 0; d < 6; ++d)
        *scores[d] = row.integer(3 + d);
    v.weighted = row.real(9);
    v.passed = row.optionalBool(10);
    return v;
}

} // namespace Quorum::StoredRows
