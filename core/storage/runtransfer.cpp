#include "runtransfer.h"

#include "readbackend.h"
#include "runsreader.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RunTransfer", text); }

// A query over one run's rows, read in order.
class Rows final
{
public:
    Rows(const QString &location, const QString &sql, qint64 runId, QString *error) : m_q(ReadBackend::of(location).connection(location, error))
    {
        if (!error->isEmpty())
            return;
        m_q.setForwardOnly(ReadBackend::of(location).streams());
        if (!m_q.prepare(sql)) {
            *error = m_q.lastError().text();
            return;
        }
        m_q.addBindValue(runId);
        if (!m_q.exec())
            *error = m_q.lastError().text();
        else
            m_more = m_q.next();
    }
    bool more() const { return m_more; }
    void next() { m_more = m_q.next(); }
    qint64 int64(int c) const { return m_q.value(c).toLongLong(); }
    int integer(int c) const { return m_q.value(c).toInt(); }
    double real(int c) const { return m_q.value(c).toDouble(); }
    bool flag(int c) const { return m_q.value(c).toLongLong() != 0; }
    QString text(int c) const
    {
        const QVariant v = m_q.value(c);
        return v.isNull() ? QString() : v.toString() + QString(u""_qs); // '' stays '', not NULL
    }
    std::optional<double> optionalReal(int c) const { return m_q.value(c).isNull() ? std::nullopt : std::optional(real(c)); }
    std::optional<qint64> optionalInt64(int c) const { return m_q.value(c).isNull() ? std::nullopt : std::optional(int64(c)); }
    std::optional<bool> optionalFlag(int c) const { return m_q.value(c).isNull() ? std::nullopt : std::optional(flag(c)); }

private:
    QSqlQuery m_q;
    bool m_more = false;
};

std::optional<qint64> mapped(const QHash<qint64, qint64> &ids, const std::optional<qint64> &id)
{
    if (!id)
        return std::nullopt;
    return ids.value(*id, *id);
}

// The runs in `to` copied from the source: the same fingerprints and creation instant. One
// with the same responses is the run itself; one still "running" is a copy that stopped half-way.
struct Copies
{
    qint64 whole = 0;
    QList<qint64> halfMade;
};

Copies copiesIn(const Store &to, const QString &plan, const QString &scenarios, qint64 createdAt, const QString &responses)
{
    QString error;
    QSqlQuery q(ReadBackend::of(to.location()).connection(to.location(), &error));
    q.prepare(u"SELECT id, status FROM runs WHERE plan_fingerprint = ? AND scenario_fingerprint = ? AND created_at = ?"_qs);
    q.addBindValue(plan);
    q.addBindValue(scenarios);
    q.addBindValue(createdAt);
    QList<std::pair<qint64, QString>> candidates;
    if (q.exec())
        while (q.next())
            candidates.append({q.value(0).toLongLong(), q.value(1).toString()});
    Copies out;
    for (const auto &[id, status] : candidates)
        if (status == runStatusName(RunStatus::Running))
            out.halfMade << id;
        else if (!out.whole && RunsReader(to).responseFingerprint(id) == responses)
            out.whole = id;
    return out;
}
} // namespace

// One run on its way from a store to another: the target's new ids for the source's, what was
// copied, and the first problem.
struct RunCopy
{
    QString source;
    qint64 runId = 0;
    StoreWriter *writer = nullptr;
    qint64 target = 0;
    RunTransfer &out;
    QString error;
    QHash<qint64, qint64> scenarios, variants, judges, invocations;

    // The scenarios, variants and judges, after the run's own rows in `head`.
    void definitions(std::vector<WriteOp> &head)
    {
        Rows s(source, u"SELECT id, scenario_key, prompt, golden_answer, task_type, task_criteria, expected_output_tokens, image, "
                       u"user_metrics, temperature, region FROM scenarios WHERE run_id = ? ORDER BY id"_qs, runId, &error);
        for (; error.isEmpty() && s.more(); s.next()) {
            const qint64 id = writer->allocateId(IdTable::Scenarios);
            scenarios.insert(s.int64(0), id);
            head.emplace_back(ScenarioRecord{id, target, s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.integer(6), s.text(7),
                                             s.text(8), s.optionalReal(9), s.text(10)});
        }
        for (const bool judge : {false, true}) {
            Rows v(source, judge ? u"SELECT id, model_id, provider, model, region, 'default', input_cost_per_1k, output_cost_per_1k, "
                                   u"NULL, base_url, display_name FROM judges WHERE run_id = ? ORDER BY id"_qs
                                 : u"SELECT id, model_id, provider, model, region, tier_requested, input_cost_per_1k, output_cost_per_1k, "
                                   u"target_rpm, base_url, display_name FROM variants WHERE run_id = ? ORDER BY id"_qs,
                   runId, &error);
            for (; error.isEmpty() && v.more(); v.next()) {
                VariantRecord r;
                r.id = writer->allocateId(judge ? IdTable::Judges : IdTable::Variants);
                (judge ? judges : variants).insert(v.int64(0), r.id);
                r.runId = target;
                r.isJudge = judge;
                r.modelId = v.text(1);
                r.provider = v.text(2);
                r.model = v.text(3);
                r.region = v.text(4);
                r.tierRequested = v.text(5);
                r.inputCostPer1k = v.real(6);
                r.outputCostPer1k = v.real(7);
                if (const auto rpm = v.optionalInt64(8))
                    r.targetRpm = int(*rpm);
                r.baseUrl = v.text(9);
                r.displayName = v.text(10);
                head.emplace_back(std::move(r));
            }
        }

    }

    // Each answer with its verdicts and attempts, submitted as they are read; the last ones stay in `ops`.
    void answers(std::vector<WriteOp> &ops)
    {
        // Each answer with its verdicts and attempts (the rollups sum an answer's verdicts together):
        // three scans in invocation order, merged.
        Rows i(source, u"SELECT id, variant_id, scenario_id, work_item, experiment, invocation_index, temperature, status, error_class, "
                       u"first_start_at, t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, output_tokens, "
                       u"reasoning_tokens, tokens_estimated, cost_usd, attempts, tier_served, http_status, streamed, response_text, "
                       u"jury_score, jury_pass, judges_used, disputed, judge_cost_usd, cache_read_tokens, cache_write_tokens "
                       u"FROM invocations WHERE run_id = ? ORDER BY id"_qs,
               runId, &error);
        Rows v(source, u"SELECT invocation_id, judge_id, status, correctness, completeness, relevance, format, coherence, "
                       u"following_instructions, extra_scores, overall, weighted, passed, rationale, raw_text, input_tokens, "
                       u"output_tokens, cost_usd, latency_ms, repair_attempted FROM verdicts WHERE run_id = ? ORDER BY invocation_id, id"_qs,
               runId, &error);
        Rows a(source, u"SELECT a.invocation_id, a.attempt_no, a.started_at, a.duration_ms, a.http_status, a.error_class, a.reason, "
                       u"a.retry_delay_ms FROM attempts a JOIN invocations i ON i.id = a.invocation_id WHERE i.run_id = ? "
                       u"ORDER BY a.invocation_id, a.id"_qs,
               runId, &error);
        auto score = [](const Rows &r, int c) { return r.optionalInt64(c).value_or(0); };
        for (; error.isEmpty() && i.more(); i.next()) {
            InvocationRecord r;
            const qint64 old = i.int64(0);
            r.id = writer->allocateId(IdTable::Invocations);
            invocations.insert(old, r.id);
            r.runId = target;
            r.variantId = variants.value(i.int64(1));
            r.scenarioId = scenarios.value(i.int64(2));
            r.workItem = i.int64(3);
            r.experiment = i.integer(4);
            r.invocationIndex = i.integer(5);
            r.temperature = i.real(6);
            r.ok = i.text(7) == u"ok";
            r.errorClass = i.text(8);
            r.firstStartAt = i.int64(9);
            r.t0 = i.int64(10);
            r.ttftMs = i.optionalReal(11);
            r.ttfrMs = i.optionalReal(12);
            r.ttlbMs = i.real(13);
            r.wallMs = i.real(14);
            r.throttleWaitMs = i.real(15);
            r.inputTokens = i.int64(16);
            r.outputTokens = i.int64(17);
            r.reasoningTokens = i.int64(18);
            r.tokensEstimated = i.flag(19);
            r.costUsd = i.real(20);
            r.attempts = i.integer(21);
            r.tierServed = i.text(22);
            r.httpStatus = i.integer(23);
            r.streamed = i.flag(24);
            r.responseText = i.text(25);
            r.juryScore = i.optionalReal(26);
            r.juryPass = i.optionalFlag(27);
            r.judgesUsed = i.integer(28);
            r.disputed = i.flag(29);
            r.judgeCostUsd = i.real(30);
            r.cacheReadTokens = i.int64(31);
            r.cacheWriteTokens = i.int64(32);
            ops.emplace_back(std::move(r));
            ++out.invocations;
            for (; v.more() && v.int64(0) <= old; v.next()) {
                if (v.int64(0) < old)
                    continue; // a verdict of no invocation of this run
                VerdictRecord d;
                d.id = writer->allocateId(IdTable::Verdicts);
                d.runId = target;
                d.invocationId = invocations.value(old);
                d.judgeId = judges.value(v.int64(1));
                d.status = verdictStatusFromName(v.text(2));
                d.correctness = int(score(v, 3));
                d.completeness = int(score(v, 4));
                d.relevance = int(score(v, 5));
                d.format = int(score(v, 6));
                d.coherence = int(score(v, 7));
                d.followingInstructions = int(score(v, 8));
                d.extraScoresJson = v.text(9);
                d.overall = v.real(10);
                d.weighted = v.real(11);
                d.passed = v.optionalFlag(12);
                d.rationaleJson = v.text(13);
                d.rawText = v.text(14);
                d.inputTokens = v.int64(15);
                d.outputTokens = v.int64(16);
                d.costUsd = v.real(17);
                d.latencyMs = v.real(18);
                d.repairAttempted = v.flag(19);
                ops.emplace_back(std::move(d));
                ++out.verdicts;
            }
            for (; a.more() && a.int64(0) <= old; a.next()) {
                if (a.int64(0) < old)
                    continue;
                ops.emplace_back(AttemptRecord{invocations.value(old), a.integer(1), a.int64(2), a.real(3), a.integer(4), a.text(5),
                                               a.text(6), a.real(7)});
                ++out.attempts;
            }
            if (ops.size() >= 4000)
                writer->submit(std::exchange(ops, {}));
        }
    }

    // The run's errors and events, and people's overrides of its verdicts (every edit, in order).
    void problemsAndEvents(std::vector<WriteOp> &ops)
    {
        Rows o(source, u"SELECT invocation_id, passed, score, correctness, completeness, relevance, format, coherence, "
                       u"following_instructions, reason, author, at FROM overrides WHERE run_id = ? ORDER BY id"_qs,
               runId, &error);
        for (; error.isEmpty() && o.more(); o.next()) {
            OverrideRecord r;
            r.runId = target;
            r.invocationId = invocations.value(o.int64(0));
            if (const auto passed = o.optionalInt64(1))
                r.passed = *passed != 0;
            r.score = o.optionalReal(2);
            for (int d = 0; d < 6; ++d)
                if (const auto value = o.optionalInt64(3 + d))
                    r.dimensions[d] = int(*value);
            r.reason = o.text(9);
            r.author = o.text(10);
            r.at = o.int64(11);
            ops.emplace_back(std::move(r));
            ++out.overrides;
        }
        Rows e(source, u"SELECT invocation_id, variant_id, judge_id, scenario_id, category, class, message, context, at "
                       u"FROM errors WHERE run_id = ? ORDER BY id"_qs,
               runId, &error);
        for (; error.isEmpty() && e.more(); e.next()) {
            ops.emplace_back(ErrorRecord{target, mapped(invocations, e.optionalInt64(0)), mapped(variants, e.optionalInt64(1)),
                                         mapped(judges, e.optionalInt64(2)), mapped(scenarios, e.optionalInt64(3)),
                                         errorCategoryFromName(e.text(4)), e.text(5), e.text(6), e.text(7), e.int64(8)});
            ++out.errors;
        }
        Rows ev(source, u"SELECT at, kind, message, data FROM run_events WHERE run_id = ? ORDER BY id"_qs, runId, &error);
        for (; error.isEmpty() && ev.more(); ev.next()) {
            ops.emplace_back(RunEvent{target, ev.int64(0), ev.text(1), ev.text(2), ev.text(3)});
            ++out.events;
        }
    }
};

RunTransfer copyRun(const Store &from, qint64 runId, const Store &to)
{
    RunTransfer out;
    const QString source = from.location();
    // Readers of both stores held to the end: the thread's connections stay open under the scans.
    RunsReader sourceReader(from), targetReader(to);
    QString error;
    Rows run(source, u"SELECT name, plan_json, scenario_fingerprint, plan_fingerprint, response_fingerprint, judge_template, status, "
                     u"created_at, started_at, finished_at FROM runs WHERE id = ?"_qs, runId, &error);
    if (!error.isEmpty() || !run.more()) {
        out.error = error.isEmpty() ? tr("there is no run %1 in %2").arg(runId).arg(from.displayedLocation()) : error;
        return out;
    }
    const RunStatus status = runStatusFromName(run.text(6));
    if (status == RunStatus::Planned || status == RunStatus::Running || status == RunStatus::Paused) {
        out.error = tr("run %1 is %2, not finished: finish it (quorum-cli run --resume %1) before copying it")
                        .arg(runId).arg(run.text(6));
        return out;
    }
    const QString responses = sourceReader.responseFingerprint(runId);
    const Copies copies = copiesIn(to, run.text(3), run.text(2), run.int64(7), responses);
    if (copies.whole) {
        out.targetRunId = copies.whole;
        out.alreadyThere = true;
        return out;
    }

    const std::unique_ptr<StoreWriter> writer = to.writer();
    if (const QString e = writer->start(); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    // A copy that stopped half-way (the connection lost, the process killed) goes first.
    for (const qint64 halfMade : copies.halfMade)
        writer->submit(RunDeletion{halfMade});
    out.replacedHalfCopies = int(copies.halfMade.size());
    const qint64 target = writer->allocateId(IdTable::Runs);
    std::vector<WriteOp> head;
    head.emplace_back(RunRecord{target, run.text(0), run.text(1), run.text(2), run.text(3), run.text(5), RunStatus::Running,
                                run.int64(7)});
    if (const auto started = run.optionalInt64(8))
        head.emplace_back(RunStatusUpdate{target, RunStatus::Running, *started, {}});
    const std::optional<qint64> finished = run.optionalInt64(9);
    const QString responseFingerprint = run.text(4);

    RunCopy copy{source, runId, writer.get(), target, out, {}, {}, {}, {}, {}};
    copy.definitions(head);
    if (!copy.error.isEmpty()) {
        out.error = copy.error;
        return out;
    }
    writer->submitAll(std::move(head));
    std::vector<WriteOp> ops;
    copy.answers(ops);
    copy.problemsAndEvents(ops);
    error = copy.error;
    if (error.isEmpty())
        ops.emplace_back(RunStatusUpdate{target, status, finished.value_or(0), responseFingerprint});
    writer->submit(std::move(ops));
    if (!writer->flush())
        error = writer->lastError();
    else if (const QString refused = writer->lastError(); !refused.isEmpty())
        error = refused;
    if (!error.isEmpty()) {
        // What was written goes again while the store still answers; when it does not, the
        // next copy of the run deletes it first.
        writer->submit(RunDeletion{target});
        const bool cleaned = writer->flush();
        out.error = tr("run %1 was not copied whole to %2: %3%4")
                        .arg(runId)
                        .arg(to.displayedLocation(), error,
                             cleaned ? QString()
                                     : tr(" (its rows there are deleted when the run is copied again)"));
        return out;
    }
    out.targetRunId = target;
    return out;
}

} // namespace Quorum
