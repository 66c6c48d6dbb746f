// People's overrides: the verdicts that count in a run, an item's edits, and the pairs of rater
// and person the agreement figures compare.
#include "overridereader.h"

namespace Quorum {

QList<OverrideEffect> OverrideReader::overrideEffects(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(
        SELECT o.invocation_id, i.variant_id, i.scenario_id, i.experiment, i.temperature,
               coalesce(nullif(s.task_type, ''), '(none)'), i.jury_pass, i.jury_score, i.disputed, o.passed,
               coalesce(o.score, i.jury_score)
        FROM overrides o JOIN invocations i ON i.id = o.invocation_id JOIN scenarios s ON s.id = i.scenario_id
        WHERE o.run_id = )", param(runId), uR"( AND o.passed IS NOT NULL AND coalesce(o.score, i.jury_score) IS NOT NULL
          AND o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = o.invocation_id)
        ORDER BY o.invocation_id)"), &ok);
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

QList<OverrideRecord> OverrideReader::overrideHistory(qint64 invocationId)
{
    bool ok = false;
    ReadRows q = exec(sql(uR"(SELECT run_id, invocation_id, passed, score, correctness, completeness, relevance, format, coherence,
                                 following_instructions, reason, author, at
                          FROM overrides WHERE invocation_id = )", param(invocationId), uR"( ORDER BY id)"), &ok);
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

qint64 OverrideReader::overrideCount(qint64 runId)
{
    return overrideEffects(runId).size(); // counted jury-only too: the figures say what they leave out
}

QList<RaterPair> OverrideReader::humanPairs(qint64 runId)
{
    // The run's newest edit of each item, where it is a verdict (not a withdrawal).
    const SqlText latest = sql(u"o.run_id = ", param(runId), u" AND o.passed IS NOT NULL"
                                u" AND o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = o.invocation_id)");
    QList<RaterPair> out;
    bool ok = false;
    ReadRows j = exec(sql(u"SELECT v.judge_id, v.passed, o.passed FROM overrides o JOIN verdicts v ON v.invocation_id = o.invocation_id"
                          u" WHERE ", latest, u" AND v.passed IS NOT NULL AND v.status IN ('ok', 'repaired')"
                          u" ORDER BY v.judge_id, o.invocation_id"), &ok);
    while (ok && j.next())
        out.append({j.int64(0), j.int64(1) != 0, j.int64(2) != 0});
    ReadRows jury = exec(sql(u"SELECT i.jury_pass, o.passed FROM overrides o JOIN invocations i ON i.id = o.invocation_id WHERE ",
                             latest, u" AND i.jury_pass IS NOT NULL ORDER BY o.invocation_id"), &ok);
    while (ok && jury.next())
        out.append({-1, jury.int64(0) != 0, jury.int64(1) != 0});
    return out;
}

} // namespace Quorum
