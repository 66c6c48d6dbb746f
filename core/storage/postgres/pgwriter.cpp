#include "pgwriter.h"

#include "pgschema.h"
#include "../storedrows.h"
#include "pgstore.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PgWriter", text); }

using Param = std::optional<QByteArray>;

// Statement parameters as text, left to right; a null QString or nullopt is NULL.
class Params final
{
public:
    Params &operator<<(qint64 v) { m_values.emplace_back(QByteArray::number(v)); return *this; }
    Params &operator<<(int v) { return *this << qint64(v); }
    Params &operator<<(bool v) { return *this << qint64(v ? 1 : 0); }
    Params &operator<<(double v) { m_values.emplace_back(QByteArray::number(v, 'g', 17)); return *this; }
    Params &operator<<(const QString &v)
    {
        if (v.isNull())
            m_values.emplace_back(std::nullopt);
        else
            m_values.emplace_back(v.toUtf8() + QByteArray()); // never a null array: '' is not NULL
        return *this;
    }
    template<typename T>
    Params &operator<<(const std::optional<T> &v)
    {
        if (v)
            return *this << *v;
        m_values.emplace_back(std::nullopt);
        return *this;
    }
    const std::vector<Param> &values() const { return m_values; }

private:
    std::vector<Param> m_values;
};

std::optional<int> score(int s) { return s > 0 ? std::optional<int>(s) : std::nullopt; }


const char *const kCopySql[] = {
    "COPY invocations (id, run_id, variant_id, scenario_id, work_item, experiment, invocation_index, temperature, status, "
    "error_class, first_start_at, t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, output_tokens, "
    "reasoning_tokens, tokens_estimated, cost_usd, attempts, tier_served, http_status, streamed, response_text, jury_score, "
    "jury_pass, judges_used, disputed, judge_cost_usd, cache_read_tokens, cache_write_tokens) FROM STDIN WITH (FORMAT binary)",
    "COPY attempts (invocation_id, attempt_no, started_at, duration_ms, http_status, error_class, reason, retry_delay_ms) "
    "FROM STDIN WITH (FORMAT binary)",
    "COPY verdicts (id, run_id, invocation_id, judge_id, status, correctness, completeness, relevance, format, coherence, "
    "following_instructions, extra_scores, overall, weighted, passed, rationale, raw_text, input_tokens, output_tokens, "
    "cost_usd, latency_ms, repair_attempted) FROM STDIN WITH (FORMAT binary)",
    "COPY errors (run_id, invocation_id, variant_id, judge_id, scenario_id, category, class, message, context, at) "
    "FROM STDIN WITH (FORMAT binary)",
    "COPY run_events (run_id, at, kind, message, data) FROM STDIN WITH (FORMAT binary)",
};

} // namespace

QString PgIds::open(const QString &url)
{
    return m_db.open(url);
}

QString PgIds::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QString PgIds::lockRun(qint64 runId)
{
    std::lock_guard lock(m_mutex);
    QString error;
    const Pg::Result r = m_db.query("SELECT pg_advisory_lock(hashtext('quorum-run'), $1::int)",
                                    {QByteArray::number(int(runId & 0x7fffffff))}, &error);
    return r ? QString() : error;
}

qint64 PgIds::allocate(IdTable table, qint64 count)
{
    std::lock_guard lock(m_mutex);
    const auto t = size_t(table);
    if (m_end[t] - m_next[t] < count) {
        // A fresh block from the sequence: nextval, then move the sequence past the block, under
        // the lock every Quorum writer takes for it, so no other writer's block overlaps.
        const qint64 n = std::max(count, kBlock);
        const QByteArray seq = PgSchema::sequenceName(int(table)).toUtf8();
        QString error;
        m_db.exec("BEGIN");
        const Pg::Result locked = m_db.query("SELECT pg_advisory_xact_lock(hashtext('quorum-ids'), $1::int)",
                                             {QByteArray::number(int(table))}, &error);
        const Pg::Result first = locked ? m_db.query("SELECT nextval($1::regclass)", {seq}, &error) : nullptr;
        const qint64 start = first ? QByteArray(PQgetvalue(first.get(), 0, 0)).toLongLong() : 0;
        const Pg::Result moved = first ? m_db.query("SELECT setval($1::regclass, $2::bigint)", {seq, QByteArray::number(start + n - 1)},
                                                    &error)
                                       : nullptr;
        if (const QString committed = moved ? m_db.exec("COMMIT") : QString(); !moved || !committed.isEmpty()) {
            m_db.exec("ROLLBACK");
            m_error = tr("cannot reserve ids for %1: %2")
                          .arg(QLatin1String(idTableName(table)), error.isEmpty() ? committed : error);
            return 0;
        }
        m_next[t] = start;
        m_end[t] = start + n;
    }
    const qint64 id = m_next[t];
    m_next[t] += count;
    return id;
}

QString PgWriter::claim(std::unique_ptr<IdSource> *ids)
{
    const PgStore::Readiness ready = PgStore::prepare(m_url);
    if (!ready.ok)
        return ready.error;
    auto sequences = std::make_unique<PgIds>();
    if (const QString e = sequences->open(m_url); !e.isEmpty())
        return e;
    m_ids = sequences.get();
    *ids = std::move(sequences);
    return {};
}

QString PgWriter::claimRun(qint64 runId)
{
    return m_ids ? m_ids->lockRun(runId) : tr("the writer has not started");
}

QString PgWriter::connect()
{
    if (const QString e = m_db.open(m_url); !e.isEmpty())
        return e;
    // Synchronous commit stays on: a batch reported committed survives a crash of the server too.
    return m_rollups.prepare();
}

void PgWriter::disconnect()
{
    m_db.close();
}

QString PgWriter::begin()
{
    // Rows numbered with ids that could not be reserved must not be written.
    if (m_ids)
        if (const QString e = m_ids->error(); !e.isEmpty())
            return e;
    m_broken.clear();
    return m_db.exec("BEGIN");
}

QString PgWriter::commit()
{
    if (const QString e = flush(); !e.isEmpty())
        return e;
    if (m_ids)
        if (const QString e = m_ids->error(); !e.isEmpty())
            return e; // the StoreWriter rolls the batch back
    return m_db.exec("COMMIT");
}

void PgWriter::rollback()
{
    for (Pg::CopyRows &c : m_copies)
        c.take();
    m_unsent.clear();
    m_broken.clear();
    m_db.exec("ROLLBACK");
}

QString PgWriter::beginGroup()
{
    if (const QString e = flush(); !e.isEmpty())
        return e;
    m_inGroup = true;
    return m_db.exec("SAVEPOINT all_or_nothing");
}

QString PgWriter::endGroup(bool keep)
{
    m_inGroup = false;
    QString error = keep ? flush() : QString();
    if (!keep || !error.isEmpty()) {
        for (Pg::CopyRows &c : m_copies)
            c.take();
        m_unsent.clear();
        m_db.exec("ROLLBACK TO SAVEPOINT all_or_nothing");
    }
    m_db.exec("RELEASE SAVEPOINT all_or_nothing");
    return error;
}

QString PgWriter::copy(const char *sql, Pg::CopyRows &rows)
{
    return rows.rows() == 0 ? QString() : m_db.copyIn(sql, rows.take());
}

QString PgWriter::flush()
{
    // A failed COPY aborts the transaction: its reason stays the batch's reason to the end.
    if (!m_broken.isEmpty())
        return m_broken;
    for (int t = 0; t < CopiedCount; ++t)
        if (const QString e = copy(kCopySql[t], m_copies[size_t(t)]); !e.isEmpty()) {
            m_broken = e;
            return e;
        }
    m_unsent.clear();
    return {};
}

QString PgWriter::statement(const char *sql, const std::vector<Param> &params)
{
    if (const QString e = flush(); !e.isEmpty())
        return e;
    const bool own = !m_inGroup;
    if (own)
        m_db.exec("SAVEPOINT one_row");
    QString error;
    const Pg::Result r = m_db.query(sql, params, &error);
    if (own)
        m_db.exec(r ? "RELEASE SAVEPOINT one_row" : "ROLLBACK TO SAVEPOINT one_row");
    return r ? QString() : error;
}

QString PgWriter::insert(const WriteOp &op)
{
    return std::visit([this](const auto &row) { return write(row); }, op);
}

QString PgWriter::write(const RunRecord &r)
{
    return statement("INSERT INTO runs(id, name, plan_json, scenario_fingerprint, plan_fingerprint, judge_template, status, "
                     "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
                     (Params() << r.id << r.name << r.planJson << r.scenarioFingerprint << r.planFingerprint << r.judgeTemplate
                               << runStatusName(r.status) << r.createdAt).values());
}

QString PgWriter::write(const RunStatusUpdate &u)
{
    const bool terminal = u.status == RunStatus::Completed || u.status == RunStatus::Cancelled || u.status == RunStatus::Failed;
    if (!terminal)
        return statement("UPDATE runs SET status = $1, started_at = coalesce(started_at, $2) WHERE id = $3",
                         (Params() << runStatusName(u.status) << u.at << u.runId).values());
    return statement("UPDATE runs SET status = $1, finished_at = $2, response_fingerprint = coalesce($3, response_fingerprint) "
                     "WHERE id = $4",
                     (Params() << runStatusName(u.status) << u.at << u.responseFingerprint << u.runId).values());
}

QString PgWriter::write(const ScenarioRecord &s)
{
    return statement("INSERT INTO scenarios(id, run_id, scenario_key, prompt, golden_answer, task_type, task_criteria, "
                     "expected_output_tokens, image, user_metrics, temperature, region) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
                     (Params() << s.id << s.runId << s.scenarioKey << s.prompt << s.goldenAnswer << s.taskType << s.taskCriteria
                               << s.expectedOutputTokens << s.image << s.userMetricsJson << s.temperature << s.region).values());
}

QString PgWriter::write(const VariantRecord &v)
{
    if (v.isJudge)
        return statement("INSERT INTO judges(id, run_id, model_id, provider, model, region, input_cost_per_1k, output_cost_per_1k, "
                         "base_url, display_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
                         (Params() << v.id << v.runId << v.modelId << v.provider << v.model << v.region << v.inputCostPer1k
                                   << v.outputCostPer1k << v.baseUrl << v.displayName).values());
    return statement("INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, "
                     "output_cost_per_1k, target_rpm, base_url, display_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
                     (Params() << v.id << v.runId << v.modelId << v.provider << v.model << v.region << v.tierRequested
                               << v.inputCostPer1k << v.outputCostPer1k << v.targetRpm << v.baseUrl << v.displayName).values());
}

QString PgWriter::write(const InvocationRecord &i)
{
    static const QString ok = u"ok"_qs, error = u"error"_qs;
    Pg::CopyRows &c = m_copies[Invocations];
    c.row(34);
    c << i.id << i.runId << i.variantId << i.scenarioId << i.workItem << i.experiment << i.invocationIndex << i.temperature
      << (i.ok ? ok : error) << i.errorClass << i.firstStartAt << i.t0 << i.ttftMs << i.ttfrMs << i.ttlbMs << i.wallMs
      << i.throttleWaitMs << i.inputTokens << i.outputTokens << i.reasoningTokens << i.tokensEstimated << i.costUsd
      << i.attempts << i.tierServed << i.httpStatus << i.streamed << i.responseText << i.juryScore << i.juryPass
      << i.judgesUsed << i.disputed << i.judgeCostUsd << i.cacheReadTokens << i.cacheWriteTokens;
    m_unsent.insert(i.id, {i.runId, i.variantId, i.scenarioId, i.experiment, i.temperature, i.juryPass,
                           i.juryScore.value_or(0), i.disputed, i.judgeCostUsd});
    return {};
}

QString PgWriter::write(const AttemptRecord &a)
{
    Pg::CopyRows &c = m_copies[Attempts];
    c.row(8);
    c << a.invocationId << a.attemptNo << a.startedAt << a.durationMs << a.httpStatus << a.errorClass << a.reason << a.retryDelayMs;
    return {};
}

QString PgWriter::write(const VerdictRecord &v)
{
    Pg::CopyRows &c = m_copies[Verdicts];
    c.row(22);
    c << v.id << v.runId << v.invocationId << v.judgeId << verdictStatusName(v.status) << score(v.correctness)
      << score(v.completeness) << score(v.relevance) << score(v.format) << score(v.coherence) << score(v.followingInstructions)
      << v.extraScoresJson << v.overall << v.weighted << v.passed << v.rationaleJson << v.rawText << v.inputTokens
      << v.outputTokens << v.costUsd << v.latencyMs << v.repairAttempted;
    return {};
}

QString PgWriter::write(const JuryOutcome &j)
{
    return statement("UPDATE invocations SET jury_score = $1, jury_pass = $2, judges_used = $3, disputed = $4, judge_cost_usd = $5 "
                     "WHERE id = $6",
                     (Params() << j.score << j.passed << j.judgesUsed << j.disputed << j.judgeCostUsd << j.invocationId).values());
}

QString PgWriter::write(const ErrorRecord &e)
{
    Pg::CopyRows &c = m_copies[Errors];
    c.row(10);
    c << e.runId << e.invocationId << e.variantId << e.judgeId << e.scenarioId << errorCategoryName(e.category) << e.errorClass
      << e.message << e.contextJson << e.at;
    return {};
}

QString PgWriter::write(const RunEvent &e)
{
    Pg::CopyRows &c = m_copies[Events];
    c.row(5);
    c << e.runId << e.at << e.kind << e.message << e.dataJson;
    return {};
}

QString PgWriter::write(const BaselinePin &p)
{
    if (p.runId == 0)
        return statement("DELETE FROM baselines WHERE name = $1", (Params() << p.name).values());
    return statement("INSERT INTO baselines(name, run_id, pinned_at, pinned_by) VALUES ($1,$2,$3,$4) ON CONFLICT (name) DO UPDATE SET "
                     "run_id = excluded.run_id, pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by",
                     (Params() << p.name << p.runId << p.pinnedAt << p.pinnedBy).values());
}

QString PgWriter::write(const BaselineCheckRecord &c)
{
    return statement("INSERT INTO baseline_checks(run_id, baseline_run_id, baseline_name, checked_at, regressions, result) "
                     "VALUES ($1,$2,$3,$4,$5,$6)",
                     (Params() << c.runId << c.baselineRunId << c.baselineName << c.checkedAt << c.regressions << c.resultJson).values());
}

QString PgWriter::write(const OverrideRecord &o)
{
    Params p;
    p << o.runId << o.invocationId << o.passed << o.score;
    for (const std::optional<int> &d : o.dimensions)
        p << d;
    p << o.reason << o.author << o.at;
    return statement("INSERT INTO overrides(run_id, invocation_id, passed, score, correctness, completeness, relevance, format, "
                     "coherence, following_instructions, reason, author, at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
                     p.values());
}

QString PgWriter::write(const RetiredInvocation &)
{
    return tr("a retired invocation is deleted, not inserted");
}

QString PgWriter::write(const RunDeletion &)
{
    return tr("a run deletion is not a row to insert");
}

std::optional<RollupAccumulator::StoredJury> PgWriter::storedJury(qint64 invocationId)
{
    if (const auto it = m_unsent.constFind(invocationId); it != m_unsent.cend())
        return *it;
    if (!flush().isEmpty())
        return std::nullopt;
    QString error;
    const std::string sql = std::string(StoredRows::kJuryColumns) + "WHERE id = $1";
    const Pg::Result r = m_db.query(sql.c_str(), {QByteArray::number(invocationId)}, &error);
    if (!r || PQntuples(r.get()) != 1)
        return std::nullopt;
    return StoredRows::jury(Pg::Row(r.get(), 0));
}

std::optional<InvocationRecord> PgWriter::storedSums(qint64 invocationId)
{
    if (!flush().isEmpty())
        return std::nullopt;
    QString error;
    const std::string sql = std::string(StoredRows::kSumsColumns) + "WHERE id = $1";
    const Pg::Result r = m_db.query(sql.c_str(), {QByteArray::number(invocationId)}, &error);
    if (!r || PQntuples(r.get()) != 1)
        return std::nullopt;
    return StoredRows::sums(Pg::Row(r.get(), 0), invocationId);
}

QString PgWriter::deleteInvocation(qint64 invocationId)
{
    for (const char *sql : {"DELETE FROM attempts WHERE invocation_id = $1", "DELETE FROM errors WHERE invocation_id = $1",
                            "DELETE FROM verdicts WHERE invocation_id = $1", "DELETE FROM invocations WHERE id = $1"})
        if (const QString e = statement(sql, {QByteArray::number(invocationId)}); !e.isEmpty())
            return e;
    return {};
}

QString PgWriter::deleteRun(qint64 runId)
{
    for (const QByteArray &sql : runDeletionSql())
        if (const QString e = statement(sql.constData(), {QByteArray::number(runId)}); !e.isEmpty())
            return e;
    return {};
}

QString PgWriter::applyRollups(RollupAccumulator &sums)
{
    if (const QString e = flush(); !e.isEmpty())
        return e;
    return m_rollups.apply(sums);
}

} // namespace Quorum
