#include "storewriter.h"

#include "runstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <chrono>

namespace Quorum {

namespace {
template<typename T>
QVariant orNull(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}
QVariant orNull(const std::optional<bool> &v)
{
    return v ? QVariant(int(*v)) : QVariant();
}
QVariant textOrNull(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

constexpr const char *kTableNames[] = {"runs", "scenarios", "variants", "judges", "invocations", "verdicts"};
} // namespace

// The prepared statements of the writer connection, one per kind of row.
class StoreWriter::Batch final
{
public:
    explicit Batch(QSqlDatabase db) : m_db(db) {}

    QString prepare()
    {
        const std::pair<QSqlQuery *, const char *> statements[] = {
            {&m_run, "INSERT INTO runs(id, name, plan_json, scenario_fingerprint, plan_fingerprint, judge_template, status, created_at) "
                     "VALUES (?,?,?,?,?,?,?,?)"},
            {&m_runStarted, "UPDATE runs SET status = ?, started_at = coalesce(started_at, ?) WHERE id = ?"},
            {&m_runFinished, "UPDATE runs SET status = ?, finished_at = ?, response_fingerprint = coalesce(?, response_fingerprint) WHERE id = ?"},
            {&m_scenario, "INSERT INTO scenarios(id, run_id, scenario_key, prompt, golden_answer, task_type, task_criteria, "
                          "expected_output_tokens, image, user_metrics, temperature, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
            {&m_variant, "INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, "
                         "output_cost_per_1k, target_rpm, base_url, display_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
            {&m_judge, "INSERT INTO judges(id, run_id, model_id, provider, model, region, input_cost_per_1k, output_cost_per_1k, "
                       "base_url, display_name) VALUES (?,?,?,?,?,?,?,?,?,?)"},
            {&m_invocation, "INSERT INTO invocations(id, run_id, variant_id, scenario_id, work_key, experiment, invocation_index, "
                            "temperature, status, error_class, first_start_at, t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, "
                            "throttle_wait_ms, input_tokens, output_tokens, reasoning_tokens, tokens_estimated, cost_usd, "
                            "attempts, tier_served, http_status, streamed, response_text) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
            {&m_attempt, "INSERT INTO attempts(invocation_id, attempt_no, started_at, duration_ms, http_status, error_class, "
                         "reason, retry_delay_ms) VALUES (?,?,?,?,?,?,?,?)"},
            {&m_verdict, "INSERT INTO verdicts(id, run_id, invocation_id, judge_id, status, correctness, completeness, relevance, "
                         "format, coherence, following_instructions, extra_scores, overall, weighted, passed, rationale, raw_text, "
                         "input_tokens, output_tokens, cost_usd, latency_ms, repair_attempted) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
            {&m_jury, "UPDATE invocations SET jury_score = ?, jury_pass = ?, judges_used = ?, disputed = ?, judge_cost_usd = ? "
                      "WHERE id = ?"},
            {&m_error, "INSERT INTO errors(run_id, invocation_id, variant_id, judge_id, scenario_id, category, class, message, "
                       "context, at) VALUES (?,?,?,?,?,?,?,?,?,?)"},
            {&m_event, "INSERT INTO run_events(run_id, at, kind, message, data) VALUES (?,?,?,?,?)"},
        };
        for (const auto &[query, sql] : statements) {
            *query = QSqlQuery(m_db);
            if (!query->prepare(QString::fromLatin1(sql)))
                return query->lastError().text();
        }
        return {};
    }

    // Writes one row; "" on success, else the database's complaint.
    QString write(const WriteOp &op)
    {
        QSqlQuery *q = std::visit([this](const auto &row) { return bind(row); }, op);
        if (q->exec())
            return {};
        return q->lastError().text();
    }

private:
    static void values(QSqlQuery *q, std::initializer_list<QVariant> list)
    {
        int i = 0;
        for (const QVariant &v : list)
            q->bindValue(i++, v);
    }

    QSqlQuery *bind(const RunRecord &r)
    {
        values(&m_run, {r.id, r.name, r.planJson, textOrNull(r.scenarioFingerprint), textOrNull(r.planFingerprint),
                        textOrNull(r.judgeTemplate), runStatusName(r.status), r.createdAt});
        return &m_run;
    }
    QSqlQuery *bind(const RunStatusUpdate &u)
    {
        const bool terminal = u.status == RunStatus::Completed || u.status == RunStatus::Cancelled || u.status == RunStatus::Failed;
        if (!terminal) {
            values(&m_runStarted, {runStatusName(u.status), u.at, u.runId});
            return &m_runStarted;
        }
        values(&m_runFinished, {runStatusName(u.status), u.at, textOrNull(u.responseFingerprint), u.runId});
        return &m_runFinished;
    }
    QSqlQuery *bind(const ScenarioRecord &s)
    {
        values(&m_scenario, {s.id, s.runId, s.scenarioKey, s.prompt, s.goldenAnswer, s.taskType, s.taskCriteria,
                             s.expectedOutputTokens, textOrNull(s.image), textOrNull(s.userMetricsJson), orNull(s.temperature),
                             textOrNull(s.region)});
        return &m_scenario;
    }
    QSqlQuery *bind(const VariantRecord &v)
    {
        if (v.isJudge) {
            values(&m_judge, {v.id, v.runId, v.modelId, v.provider, v.model, textOrNull(v.region), v.inputCostPer1k,
                              v.outputCostPer1k, textOrNull(v.baseUrl), textOrNull(v.displayName)});
            return &m_judge;
        }
        values(&m_variant, {v.id, v.runId, v.modelId, v.provider, v.model, textOrNull(v.region), v.tierRequested,
                            v.inputCostPer1k, v.outputCostPer1k, orNull(v.targetRpm), textOrNull(v.baseUrl),
                            textOrNull(v.displayName)});
        return &m_variant;
    }
    QSqlQuery *bind(const InvocationRecord &i)
    {
        values(&m_invocation, {i.id, i.runId, i.variantId, i.scenarioId, i.workKey, i.experiment, i.invocationIndex,
                               i.temperature, i.ok ? u"ok"_qs : u"error"_qs, textOrNull(i.errorClass), i.firstStartAt, i.t0,
                               orNull(i.ttftMs), orNull(i.ttfrMs), i.ttlbMs, i.wallMs, i.throttleWaitMs, i.inputTokens,
                               i.outputTokens, i.reasoningTokens, int(i.tokensEstimated), i.costUsd, i.attempts,
                               textOrNull(i.tierServed), i.httpStatus, int(i.streamed), i.responseText});
        return &m_invocation;
    }
    QSqlQuery *bind(const AttemptRecord &a)
    {
        values(&m_attempt, {a.invocationId, a.attemptNo, a.startedAt, a.durationMs, a.httpStatus, textOrNull(a.errorClass),
                            textOrNull(a.reason), a.retryDelayMs});
        return &m_attempt;
    }
    QSqlQuery *bind(const VerdictRecord &v)
    {
        auto score = [](int s) { return s > 0 ? QVariant(s) : QVariant(); };
        values(&m_verdict, {v.id, v.runId, v.invocationId, v.judgeId, verdictStatusName(v.status), score(v.correctness),
                            score(v.completeness), score(v.relevance), score(v.format), score(v.coherence),
                            score(v.followingInstructions), textOrNull(v.extraScoresJson), v.overall, v.weighted,
                            orNull(v.passed), textOrNull(v.rationaleJson), textOrNull(v.rawText), v.inputTokens,
                            v.outputTokens, v.costUsd, v.latencyMs, int(v.repairAttempted)});
        return &m_verdict;
    }
    QSqlQuery *bind(const JuryOutcome &j)
    {
        values(&m_jury, {orNull(j.score), orNull(j.passed), j.judgesUsed, int(j.disputed), j.judgeCostUsd, j.invocationId});
        return &m_jury;
    }
    QSqlQuery *bind(const ErrorRecord &e)
    {
        values(&m_error, {e.runId, orNull(e.invocationId), orNull(e.variantId), orNull(e.judgeId), orNull(e.scenarioId),
                          errorCategoryName(e.category), e.errorClass, e.message, textOrNull(e.contextJson), e.at});
        return &m_error;
    }
    QSqlQuery *bind(const RunEvent &e)
    {
        values(&m_event, {e.runId, e.at, e.kind, textOrNull(e.message), textOrNull(e.dataJson)});
        return &m_event;
    }

    QSqlDatabase m_db;
    QSqlQuery m_run, m_runStarted, m_runFinished, m_scenario, m_variant, m_judge, m_invocation, m_attempt, m_verdict,
        m_jury, m_error, m_event;
};

StoreWriter::StoreWriter(QString path, int maxBatch)
    : m_path(std::move(path)), m_maxBatch(std::max(1, maxBatch))
{
}

StoreWriter::~StoreWriter()
{
    stop();
}

QString StoreWriter::start()
{
    if (m_thread)
        return {};
    m_lock = std::make_unique<QLockFile>(m_path + u".writer-lock");
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(2000)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return tr("another Quorum (process %1) is writing to %2; wait for it to finish or use another database")
            .arg(pid).arg(m_path);
    }
    const RunStore::Readiness ready = RunStore::prepare(m_path);
    if (!ready.ok) {
        m_lock.reset();
        return ready.error;
    }
    {
        // Ids continue after the largest one stored.
        QString error;
        QSqlDatabase db = RunStore::connection(m_path, false, &error);
        if (!error.isEmpty())
            return error;
        QSqlQuery q(db);
        for (int t = 0; t < 6; ++t) {
            if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(kTableNames[t]))) || !q.next())
                return q.lastError().text();
            m_nextId[t] = q.value(0).toLongLong() + 1;
        }
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"quorum-store-writer"_qs);
    m_thread->start();
    return {};
}

qint64 StoreWriter::allocateId(Table table, qint64 count)
{
    return m_nextId[int(table)].fetch_add(count);
}

quint64 StoreWriter::submit(WriteOp op)
{
    std::vector<WriteOp> ops;
    ops.push_back(std::move(op));
    return submit(std::move(ops));
}

quint64 StoreWriter::submit(std::vector<WriteOp> ops)
{
    std::lock_guard lock(m_mutex);
    if (m_failed || m_stopping || !m_thread)
        return 0;
    for (WriteOp &op : ops)
        m_queue.push_back(std::move(op));
    m_submitted += ops.size();
    m_wake.notify_one();
    return m_submitted;
}

bool StoreWriter::waitCommitted(quint64 sequence, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    auto done = [&] { return m_committed.load() >= sequence || m_failed; };
    if (timeoutMs < 0)
        m_progress.wait(lock, done);
    else
        m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
    return m_committed.load() >= sequence;
}

bool StoreWriter::flush(int timeoutMs)
{
    quint64 target;
    {
        std::lock_guard lock(m_mutex);
        target = m_submitted;
    }
    return waitCommitted(target, timeoutMs);
}

QString StoreWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void StoreWriter::fail(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_failed = true;
        m_error = error;
        m_queue.clear();
    }
    m_progress.notify_all();
    Q_EMIT failed(error);
}

void StoreWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_lock.reset();
}

void StoreWriter::run()
{
    writeLoop();
    RunStore::closeConnections(m_path); // after the loop's connection handle is gone
}

void StoreWriter::writeLoop()
{
    QString error;
    QSqlDatabase db = RunStore::connection(m_path, true, &error);
    Batch batch(db);
    if (error.isEmpty())
        error = batch.prepare();
    if (!error.isEmpty()) {
        fail(tr("cannot write to %1: %2").arg(m_path, error));
        return;
    }

    std::vector<WriteOp> ops;
    while (true) {
        quint64 upTo;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                return; // stopping, and everything is committed
            const auto n = qsizetype(std::min<size_t>(m_queue.size(), size_t(m_maxBatch)));
            ops.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + n));
            m_queue.erase(m_queue.begin(), m_queue.begin() + n);
            upTo = m_submitted - m_queue.size();
        }

        if (!db.transaction()) {
            fail(tr("cannot write to %1: %2").arg(m_path, db.lastError().text()));
            return;
        }
        QStringList rejected;
        for (const WriteOp &op : ops) {
            // A row the database refuses (a constraint) is reported, not allowed to sink the batch.
            if (const QString e = batch.write(op); !e.isEmpty())
                rejected << e;
        }
        if (!db.commit()) {
            const QString e = db.lastError().text();
            db.rollback();
            fail(tr("cannot commit to %1: %2").arg(m_path, e));
            return;
        }
        ops.clear();
        {
            std::lock_guard lock(m_mutex);
            m_committed.store(upTo);
            if (!rejected.isEmpty())
                m_error = tr("%1 row(s) refused by the database, first: %2").arg(rejected.size()).arg(rejected.first());
        }
        m_progress.notify_all();
        Q_EMIT committed(upTo);
    }
}

} // namespace Quorum
