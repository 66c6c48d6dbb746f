#include "storewriter.h"

#include "rollups.h"
#include "runstore.h"
#include "schema.h"
#include "sqliterow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>
#include <QVariant>

#include <chrono>
#include <deque>

#include <sqlite3.h>

namespace Quorum {

namespace {
} // namespace

// Binds one row's values to a prepared statement, left to right.
class Binder final
{
public:
    // `texts` keeps the UTF-8 copies alive until the statement has run (the caller clears it).
    Binder(sqlite3_stmt *statement, std::deque<QByteArray> &texts) : m_statement(statement), m_texts(texts) {}
    Binder &operator<<(qint64 v) { sqlite3_bind_int64(m_statement, m_index++, v); return *this; }
    Binder &operator<<(int v) { sqlite3_bind_int64(m_statement, m_index++, v); return *this; }
    Binder &operator<<(bool v) { sqlite3_bind_int64(m_statement, m_index++, v ? 1 : 0); return *this; }
    Binder &operator<<(double v) { sqlite3_bind_double(m_statement, m_index++, v); return *this; }
    // A null QString is SQL NULL. Text is handed over as UTF-8, the database's own encoding.
    Binder &operator<<(const QString &v)
    {
        if (v.isNull()) {
            sqlite3_bind_null(m_statement, m_index++);
            return *this;
        }
        // The UTF-8 copy stays alive in the binder until the statement has run: SQLite need
        // not copy it again (measured in bench_storage).
        m_texts.push_back(v.toUtf8());
        const QByteArray &utf8 = m_texts.back();
        sqlite3_bind_text64(m_statement, m_index++, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
        return *this;
    }
    template<typename T>
    Binder &operator<<(const std::optional<T> &v)
    {
        if (v)
            return *this << *v;
        sqlite3_bind_null(m_statement, m_index++);
        return *this;
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 1;
    std::deque<QByteArray> &m_texts; // a deque: growing it never moves the bound buffers
};

// The prepared statements of the writer connection, one per kind of row. It talks to SQLite
// directly through Qt's connection handle: the ingest path is the one place where the cost of
// QVariant binding shows (measured in bench/bench_storage).
class StoreWriter::Batch final
{
public:
    enum Statement { Run, RunStarted, RunFinished, Scenario, Variant, Judge, Invocation, Attempt, Verdict, Jury, Error,
                     Event, StoredJury, Pending, StoredFailure, DeleteAttempts, DeleteErrors, DeleteVerdicts, DeleteInvocation,
                     Count };

    ~Batch()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        m_rollups.finalize();
        sqlite3_close_v2(m_db);
    }

    // Opens the writer's own connection. It is used by this thread alone, hence no mutex.
    QString open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return lastError();
        for (const QString &pragma : Schema::connectionPragmas(true))
            if (!exec(pragma.toUtf8().constData()))
                return lastError();
        static const char *const sql[Count] = {
            "INSERT INTO runs(id, name, plan_json, scenario_fingerprint, plan_fingerprint, judge_template, status, created_at) "
            "VALUES (?,?,?,?,?,?,?,?)",
            "UPDATE runs SET status = ?, started_at = coalesce(started_at, ?) WHERE id = ?",
            "UPDATE runs SET status = ?, finished_at = ?, response_fingerprint = coalesce(?, response_fingerprint) WHERE id = ?",
            "INSERT INTO scenarios(id, run_id, scenario_key, prompt, golden_answer, task_type, task_criteria, "
            "expected_output_tokens, image, user_metrics, temperature, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            "INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, "
            "output_cost_per_1k, target_rpm, base_url, display_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            "INSERT INTO judges(id, run_id, model_id, provider, model, region, input_cost_per_1k, output_cost_per_1k, "
            "base_url, display_name) VALUES (?,?,?,?,?,?,?,?,?,?)",
            "INSERT INTO invocations(id, run_id, variant_id, scenario_id, work_item, experiment, invocation_index, "
            "temperature, status, error_class, first_start_at, t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, "
            "throttle_wait_ms, input_tokens, output_tokens, reasoning_tokens, tokens_estimated, cost_usd, "
            "attempts, tier_served, http_status, streamed, response_text, jury_score, jury_pass, judges_used, "
            "disputed, judge_cost_usd) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            "INSERT INTO attempts(invocation_id, attempt_no, started_at, duration_ms, http_status, error_class, "
            "reason, retry_delay_ms) VALUES (?,?,?,?,?,?,?,?)",
            "INSERT INTO verdicts(id, run_id, invocation_id, judge_id, status, correctness, completeness, relevance, "
            "format, coherence, following_instructions, extra_scores, overall, weighted, passed, rationale, raw_text, "
            "input_tokens, output_tokens, cost_usd, latency_ms, repair_attempted) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            "UPDATE invocations SET jury_score = ?, jury_pass = ?, judges_used = ?, disputed = ?, judge_cost_usd = ? "
            "WHERE id = ?",
            "INSERT INTO errors(run_id, invocation_id, variant_id, judge_id, scenario_id, category, class, message, "
            "context, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            "INSERT INTO run_events(run_id, at, kind, message, data) VALUES (?,?,?,?,?)",
            "SELECT run_id, variant_id, scenario_id, jury_pass, coalesce(jury_score, 0), disputed, judge_cost_usd, "
            "experiment, temperature FROM invocations WHERE id = ?",
            "INSERT INTO rollup_pending(invocation_ids) VALUES (?)",
            "SELECT run_id, variant_id, scenario_id, status, temperature, experiment, cost_usd, input_tokens, output_tokens, "
            "jury_pass, jury_score, disputed, judge_cost_usd FROM invocations WHERE id = ?",
            "DELETE FROM attempts WHERE invocation_id = ?",
            "DELETE FROM errors WHERE invocation_id = ?",
            "DELETE FROM verdicts WHERE invocation_id = ?",
            "DELETE FROM invocations WHERE id = ?",
        };
        for (int i = 0; i < Count; ++i)
            if (sqlite3_prepare_v3(m_db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &m_statements[i], nullptr) != SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(m_db));
        // Sums a killed writer had not applied yet.
        if (!exec("BEGIN"))
            return lastError();
        if (const QString e = rollUpPending(m_db); !e.isEmpty()) {
            exec("ROLLBACK");
            return e;
        }
        if (!exec("COMMIT"))
            return lastError();
        m_sinceRollup.start();
        return {};
    }

    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // Writes one row and notes what it adds to the rollups; "" on success, else the database's complaint.
    QString write(const WriteOp &op)
    {
        if (const auto *retired = std::get_if<RetiredInvocation>(&op))
            return retire(retired->invocationId);
        RollupAccumulator::StoredJury before;
        if (const auto *outcome = std::get_if<JuryOutcome>(&op)) {
            if (!storedJury(outcome->invocationId, &before))
                return QStringLiteral("no invocation %1 to record a jury outcome for").arg(outcome->invocationId);
            m_applyRollups = true; // it changes sums that may be applied already
        } else if (const auto *verdict = std::get_if<VerdictRecord>(&op);
                   verdict && verdict->invocationId != m_rollups.currentAnswer()) {
            // Verdicts for an answer stored in an earlier batch.
            if (storedJury(verdict->invocationId, &before))
                m_rollups.beginAnswer(before.runId, verdict->invocationId, before.variantId);
            m_applyRollups = true;
        }
        sqlite3_stmt *statement = std::visit([this](const auto &row) { return bind(row); }, op);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        m_texts.clear();
        if (rc != SQLITE_DONE)
            return lastError();
        if (const auto *invocation = std::get_if<InvocationRecord>(&op)) {
            m_rollups.addInvocation(*invocation);
            m_batchInvocations.push_back(invocation->id);
        }
        else if (const auto *outcome = std::get_if<JuryOutcome>(&op))
            m_rollups.replaceJury(before, *outcome);
        else if (const auto *verdict = std::get_if<VerdictRecord>(&op))
            m_rollups.addVerdict(*verdict);
        return {};
    }

    // Call last, inside the batch's transaction. Applies the rollup sums when the writer is
    // idle, a second has passed, or the batch changed rows the sums already cover; else lists
    // the batch's invocations as pending (rollUpPending finishes them after a kill).
    QString finishBatch(bool idle)
    {
        QString error;
        if (idle || m_applyRollups || m_sinceRollup.hasExpired(kRollupIntervalMs)) {
            error = m_rollups.apply(m_db);
            if (error.isEmpty() && m_pendingListed && !exec("DELETE FROM rollup_pending"))
                error = lastError();
            m_pendingListed = false;
            m_sinceRollup.start();
        } else {
            if (!m_batchInvocations.empty()) {
                QByteArray ids(qsizetype(m_batchInvocations.size() * 8), Qt::Uninitialized);
                for (size_t i = 0; i < m_batchInvocations.size(); ++i)
                    qToLittleEndian<qint64>(m_batchInvocations[i], ids.data() + i * 8);
                sqlite3_stmt *q = m_statements[Pending];
                sqlite3_bind_blob64(q, 1, ids.constData(), sqlite3_uint64(ids.size()), SQLITE_STATIC);
                const int rc = sqlite3_step(q);
                sqlite3_reset(q);
                if (rc != SQLITE_DONE)
                    return lastError();
                m_pendingListed = true;
            }
        }
        m_batchInvocations.clear();
        m_applyRollups = false;
        return error;
    }

private:
    QString retire(qint64 invocationId)
    {
        sqlite3_stmt *q = m_statements[StoredFailure];
        Binder(q, m_texts) << invocationId;
        InvocationRecord failed;
        bool found = sqlite3_step(q) == SQLITE_ROW, ok = false;
        if (found) {
            const SqliteRow row(q);
            failed.id = invocationId;
            failed.runId = row.int64(0);
            failed.variantId = row.int64(1);
            failed.scenarioId = row.int64(2);
            ok = row.text(3) == u"ok";
            failed.temperature = row.real(4);
            failed.experiment = row.integer(5);
            failed.costUsd = row.real(6);
            failed.inputTokens = row.int64(7);
            failed.outputTokens = row.int64(8);
            failed.juryPass = row.optionalBool(9);
            failed.juryScore = row.optionalReal(10);
            failed.disputed = row.boolean(11);
            failed.judgeCostUsd = row.real(12);
        }
        sqlite3_reset(q);
        m_texts.clear();
        if (!found)
            return QStringLiteral("no invocation %1 to run again").arg(invocationId);
        if (ok)
            return QStringLiteral("invocation %1 succeeded; only failed ones are run again").arg(invocationId);
        m_rollups.removeFailedInvocation(failed);
        m_applyRollups = true; // what it took away may be applied already
        for (const Statement s : {DeleteAttempts, DeleteErrors, DeleteVerdicts, DeleteInvocation}) {
            sqlite3_bind_int64(m_statements[s], 1, invocationId);
            const int rc = sqlite3_step(m_statements[s]);
            sqlite3_reset(m_statements[s]);
            if (rc != SQLITE_DONE)
                return lastError();
        }
        return {};
    }
    sqlite3_stmt *bind(const RetiredInvocation &) { return nullptr; } // written by retire()

    bool storedJury(qint64 invocationId, RollupAccumulator::StoredJury *out)
    {
        sqlite3_stmt *q = m_statements[StoredJury];
        Binder(q, m_texts) << invocationId;
        const bool found = sqlite3_step(q) == SQLITE_ROW;
        if (found) {
            const SqliteRow row(q);
            out->runId = row.int64(0);
            out->variantId = row.int64(1);
            out->scenarioId = row.int64(2);
            out->passed = row.optionalBool(3);
            out->score = row.real(4);
            out->disputed = row.boolean(5);
            out->judgeCostUsd = row.real(6);
            out->experiment = row.integer(7);
            out->temperature = row.real(8);
        }
        sqlite3_reset(q);
        return found;
    }

    static std::optional<int> score(int s) { return s > 0 ? std::optional<int>(s) : std::nullopt; }

    sqlite3_stmt *bind(const RunRecord &r)
    {
        Binder(m_statements[Run], m_texts) << r.id << r.name << r.planJson << r.scenarioFingerprint << r.planFingerprint
                                  << r.judgeTemplate << runStatusName(r.status) << r.createdAt;
        return m_statements[Run];
    }
    sqlite3_stmt *bind(const RunStatusUpdate &u)
    {
        const bool terminal = u.status == RunStatus::Completed || u.status == RunStatus::Cancelled || u.status == RunStatus::Failed;
        if (!terminal) {
            Binder(m_statements[RunStarted], m_texts) << runStatusName(u.status) << u.at << u.runId;
            return m_statements[RunStarted];
        }
        Binder(m_statements[RunFinished], m_texts) << runStatusName(u.status) << u.at << u.responseFingerprint << u.runId;
        return m_statements[RunFinished];
    }
    sqlite3_stmt *bind(const ScenarioRecord &s)
    {
        Binder(m_statements[Scenario], m_texts) << s.id << s.runId << s.scenarioKey << s.prompt << s.goldenAnswer << s.taskType
                                       << s.taskCriteria << s.expectedOutputTokens << s.image << s.userMetricsJson
                                       << s.temperature << s.region;
        return m_statements[Scenario];
    }
    sqlite3_stmt *bind(const VariantRecord &v)
    {
        if (v.isJudge) {
            Binder(m_statements[Judge], m_texts) << v.id << v.runId << v.modelId << v.provider << v.model << v.region
                                        << v.inputCostPer1k << v.outputCostPer1k << v.baseUrl << v.displayName;
            return m_statements[Judge];
        }
        Binder(m_statements[Variant], m_texts) << v.id << v.runId << v.modelId << v.provider << v.model << v.region << v.tierRequested
                                      << v.inputCostPer1k << v.outputCostPer1k << v.targetRpm << v.baseUrl << v.displayName;
        return m_statements[Variant];
    }
    sqlite3_stmt *bind(const InvocationRecord &i)
    {
        static const QString ok = u"ok"_qs, error = u"error"_qs;
        Binder(m_statements[Invocation], m_texts)
            << i.id << i.runId << i.variantId << i.scenarioId << i.workItem << i.experiment << i.invocationIndex
            << i.temperature << (i.ok ? ok : error) << i.errorClass << i.firstStartAt << i.t0 << i.ttftMs << i.ttfrMs
            << i.ttlbMs << i.wallMs << i.throttleWaitMs << i.inputTokens << i.outputTokens << i.reasoningTokens
            << i.tokensEstimated << i.costUsd << i.attempts << i.tierServed << i.httpStatus << i.streamed
            << i.responseText << i.juryScore << i.juryPass << i.judgesUsed << i.disputed << i.judgeCostUsd;
        return m_statements[Invocation];
    }
    sqlite3_stmt *bind(const AttemptRecord &a)
    {
        Binder(m_statements[Attempt], m_texts) << a.invocationId << a.attemptNo << a.startedAt << a.durationMs << a.httpStatus
                                      << a.errorClass << a.reason << a.retryDelayMs;
        return m_statements[Attempt];
    }
    sqlite3_stmt *bind(const VerdictRecord &v)
    {
        Binder(m_statements[Verdict], m_texts)
            << v.id << v.runId << v.invocationId << v.judgeId << verdictStatusName(v.status) << score(v.correctness)
            << score(v.completeness) << score(v.relevance) << score(v.format) << score(v.coherence)
            << score(v.followingInstructions) << v.extraScoresJson << v.overall << v.weighted << v.passed
            << v.rationaleJson << v.rawText << v.inputTokens << v.outputTokens << v.costUsd << v.latencyMs
            << v.repairAttempted;
        return m_statements[Verdict];
    }
    sqlite3_stmt *bind(const JuryOutcome &j)
    {
        Binder(m_statements[Jury], m_texts) << j.score << j.passed << j.judgesUsed << j.disputed << j.judgeCostUsd << j.invocationId;
        return m_statements[Jury];
    }
    sqlite3_stmt *bind(const ErrorRecord &e)
    {
        Binder(m_statements[Error], m_texts) << e.runId << e.invocationId << e.variantId << e.judgeId << e.scenarioId
                                    << errorCategoryName(e.category) << e.errorClass << e.message << e.contextJson << e.at;
        return m_statements[Error];
    }
    sqlite3_stmt *bind(const RunEvent &e)
    {
        Binder(m_statements[Event], m_texts) << e.runId << e.at << e.kind << e.message << e.dataJson;
        return m_statements[Event];
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statements[Count] = {};
    std::deque<QByteArray> m_texts; // text bound to the statement being run
    RollupAccumulator m_rollups;
    static constexpr qint64 kRollupIntervalMs = 5000;
    std::vector<qint64> m_batchInvocations;
    bool m_applyRollups = false;
    bool m_pendingListed = false;   // rollup_pending has rows from earlier batches
    QElapsedTimer m_sinceRollup;
};

StoreWriter::StoreWriter(QString path, int maxBatch, int maxQueued)
    : m_path(std::move(path)), m_maxBatch(std::max(1, maxBatch)), m_maxQueued(size_t(std::max(maxBatch, maxQueued)))
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
    // The folder first: the lock file lives beside the database.
    if (const QString e = RunStore::checkLocation(m_path); !e.isEmpty())
        return e;
    m_lock = std::make_unique<QLockFile>(RunStore::writerLockPath(m_path));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(2000)) {
        QString why;
        if (m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            why = tr("another Quorum (process %1 on host %2) is writing to %3; wait for it to finish or use another database")
                      .arg(pid).arg(host.isEmpty() ? tr("unknown") : host, m_path);
        } else if (m_lock->error() == QLockFile::PermissionError) {
            why = tr("cannot write to %1: no permission to create files in %2").arg(m_path, QFileInfo(m_path).absolutePath());
        } else {
            why = tr("cannot write to %1: the lock file %2 cannot be created").arg(m_path, RunStore::writerLockPath(m_path));
        }
        m_lock.reset();
        return why;
    }
    const RunStore::Readiness ready = RunStore::prepare(m_path);
    if (!ready.ok) {
        m_lock.reset();
        return ready.error;
    }
    // The only writer (the lock says so): ids continue after the largest one stored.
    QString error;
    std::array<qint64, kIdTableCount> next{};
    {
        QSqlQuery q(RunStore::connection(m_path, &error));
        for (int t = 0; t < kIdTableCount && error.isEmpty(); ++t) {
            if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(idTableName(IdTable(t))))) && q.next())
                next[size_t(t)] = q.value(0).toLongLong() + 1;
            else
                error = q.lastError().text();
        }
    }
    m_ids = std::make_unique<ContinuingIds>(next);
    RunStore::closeConnection(m_path);
    if (!error.isEmpty()) {
        m_lock.reset();
        return error;
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"quorum-store-writer"_qs);
    m_thread->start();
    return {};
}

qint64 StoreWriter::allocateId(Table table, qint64 count)
{
    return m_ids ? m_ids->allocate(table, count) : 0; // before start() there is nothing to number
}

quint64 StoreWriter::submit(WriteOp op)
{
    std::vector<WriteOp> ops;
    ops.push_back(std::move(op));
    return submit(std::move(ops));
}

quint64 StoreWriter::submit(std::vector<WriteOp> ops)
{
    return enqueue(std::move(ops), false);
}

quint64 StoreWriter::submitAll(std::vector<WriteOp> ops)
{
    return enqueue(std::move(ops), true);
}

quint64 StoreWriter::enqueue(std::vector<WriteOp> ops, bool allOrNothing)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < m_maxQueued || m_failed || m_stopping; });
    if (m_failed || m_stopping || !m_thread)
        return 0;
    const size_t first = m_marks.size();
    for (WriteOp &op : ops) {
        m_queue.push_back(std::move(op));
        m_marks.push_back(Inside);
    }
    if (!ops.empty()) {
        m_marks.back() |= GroupEnd;
        if (allOrNothing)
            m_marks[first] |= AllOrNothingStart;
    }
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
        m_marks.clear();
    }
    m_progress.notify_all();
    m_space.notify_all();
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
    Batch batch;
    const QString error = batch.open(m_path);
    if (!error.isEmpty()) {
        fail(tr("cannot write to %1: %2").arg(m_path, error));
        return;
    }

    std::vector<WriteOp> ops;
    std::vector<quint8> marks;
    while (true) {
        quint64 upTo;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                return; // stopping, and everything is committed
            // A batch ends where a submission ends: an answer and its verdicts commit together.
            auto n = qsizetype(std::min<size_t>(m_queue.size(), size_t(m_maxBatch)));
            while (n < qsizetype(m_queue.size()) && !(m_marks[size_t(n - 1)] & GroupEnd))
                ++n;
            ops.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + n));
            marks.assign(m_marks.begin(), m_marks.begin() + n);
            m_queue.erase(m_queue.begin(), m_queue.begin() + n);
            m_marks.erase(m_marks.begin(), m_marks.begin() + n);
            upTo = m_submitted - m_queue.size();
        }
        m_space.notify_all();

        if (!batch.exec("BEGIN")) {
            fail(tr("cannot write to %1: %2").arg(m_path, batch.lastError()));
            return;
        }
        QStringList rejected;
        QString refusedGroup;    // why an all-or-nothing submission was not written
        bool inAllOrNothing = false, groupRefused = false;
        for (size_t i = 0; i < ops.size(); ++i) {
            if (marks[i] & AllOrNothingStart) {
                inAllOrNothing = batch.exec("SAVEPOINT all_or_nothing");
                groupRefused = !inAllOrNothing;
                if (groupRefused)
                    refusedGroup = batch.lastError();
            }
            // A row the database refuses (a constraint) is reported, not allowed to sink the batch;
            // in an all-or-nothing submission it takes the submission's other rows with it.
            if (!groupRefused) {
                if (const QString e = batch.write(ops[i]); !e.isEmpty()) {
                    if (inAllOrNothing) {
                        groupRefused = true;
                        refusedGroup = e;
                    } else {
                        rejected << e;
                    }
                }
            }
            if ((marks[i] & GroupEnd) && inAllOrNothing) {
                if (groupRefused)
                    batch.exec("ROLLBACK TO all_or_nothing");
                batch.exec("RELEASE all_or_nothing");
                inAllOrNothing = false;
            }
            if (marks[i] & GroupEnd)
                groupRefused = false;
        }
        bool idle;
        {
            std::lock_guard lock(m_mutex);
            idle = m_queue.empty() || m_stopping;
        }
        if (const QString e = batch.finishBatch(idle); !e.isEmpty()) {
            batch.exec("ROLLBACK");
            fail(tr("cannot write to %1: %2").arg(m_path, e));
            return;
        }
        if (!batch.exec("COMMIT")) {
            const QString e = batch.lastError();
            batch.exec("ROLLBACK");
            fail(tr("cannot commit to %1: %2").arg(m_path, e));
            return;
        }
        ops.clear();
        // Listeners hear of the batch before any waiter is released: when flush() returns,
        // the committed() signal for what it waited on has been emitted.
        Q_EMIT committed(upTo);
        {
            std::lock_guard lock(m_mutex);
            m_committed.store(upTo);
            if (!rejected.isEmpty())
                m_error = tr("%1 row(s) refused by the database, first: %2").arg(rejected.size()).arg(rejected.first());
            if (!refusedGroup.isEmpty())
                m_error = tr("nothing of it was written; the database refused a row: %1").arg(refusedGroup);
        }
        m_progress.notify_all();
    }
}

} // namespace Quorum
