#include "sqlitewriter.h"

#include "sqlitestore.h"
#include "schema.h"
#include "sqliterow.h"
#include "../storedrows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>

#include <sqlite3.h>

namespace Quorum {

// Binds rows' values to a prepared statement, left to right.
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

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SqliteWriter", text); }

std::optional<int> score(int s) { return s > 0 ? std::optional<int>(s) : std::nullopt; }

// The statement `single` (an INSERT … VALUES (?,…)) for `rows` rows.
std::string manyRowsSql(const char *single, int rows)
{
    std::string sql(single);
    const std::string values = sql.substr(sql.rfind('('));
    for (int i = 1; i < rows; ++i)
        sql += ',' + values;
    return sql;
}

// The statements, in Statement's order.
const char *const kSql[] = {
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
    "disputed, judge_cost_usd, cache_read_tokens, cache_write_tokens) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
    "INSERT INTO baselines(name, run_id, pinned_at, pinned_by) VALUES (?,?,?,?) ON CONFLICT (name) DO UPDATE SET "
    "run_id = excluded.run_id, pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by",
    "DELETE FROM baselines WHERE name = ?",
    "INSERT INTO baseline_checks(run_id, baseline_run_id, baseline_name, checked_at, regressions, result) VALUES (?,?,?,?,?,?)",
    "INSERT INTO overrides(run_id, invocation_id, passed, score, correctness, completeness, relevance, format, coherence, "
    "following_instructions, reason, author, at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    nullptr, // StoredJury: StoredRows::kJuryColumns

    "INSERT INTO rollup_pending(invocation_ids) VALUES (?)",
    nullptr, // StoredSums: StoredRows::kSumsColumns
    "DELETE FROM attempts WHERE invocation_id = ?",
    "DELETE FROM errors WHERE invocation_id = ?",
    "DELETE FROM verdicts WHERE invocation_id = ?",
    "DELETE FROM invocations WHERE id = ?",
};
} // namespace

SqliteWriter::SqliteWriter(QString path) : m_path(std::move(path)) {}

SqliteWriter::~SqliteWriter()
{
    disconnect();
}

void SqliteWriter::disconnect()
{
    m_rollups.reset();
    m_search.reset();
    for (sqlite3_stmt *&s : m_statements) {
        sqlite3_finalize(s);
        s = nullptr;
    }
    for (sqlite3_stmt **s : {&m_manyInvocations, &m_manyVerdicts}) {
        sqlite3_finalize(*s);
        *s = nullptr;
    }
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString SqliteWriter::claim(std::unique_ptr<IdSource> *ids)
{
    // The folder first: the lock file lives beside the database.
    if (const QString e = SqliteStore::checkLocation(m_path); !e.isEmpty())
        return e;
    m_lock = std::make_unique<QLockFile>(SqliteStore::writerLockPath(m_path));
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
            why = tr("cannot write to %1: the lock file %2 cannot be created").arg(m_path, SqliteStore::writerLockPath(m_path));
        }
        m_lock.reset();
        return why;
    }
    const SqliteStore::Readiness ready = SqliteStore::prepare(m_path);
    if (!ready.ok) {
        m_lock.reset();
        return ready.error;
    }
    // The only writer (the lock says so): ids continue after the largest one stored.
    std::array<qint64, kIdTableCount> next{};
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    for (int t = 0; t < kIdTableCount && error.isEmpty(); ++t) {
        const std::string sql = std::string("SELECT coalesce(max(id), 0) FROM ") + idTableName(IdTable(t));
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            next[size_t(t)] = sqlite3_column_int64(q, 0) + 1;
        else
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(q);
    }
    sqlite3_close_v2(db);
    if (!error.isEmpty()) {
        m_lock.reset();
        return tr("cannot write to %1: %2").arg(m_path, error);
    }
    *ids = std::make_unique<ContinuingIds>(next);
    return {};
}

void SqliteWriter::release()
{
    m_lock.reset();
}

// The writer's own connection: used by its thread alone, hence no mutex.
QString SqliteWriter::connect()
{
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return lastError();
    for (const QString &pragma : Schema::connectionPragmas(true))
        if (!exec(pragma.toUtf8().constData()))
            return lastError();
    // The WAL is checkpointed and started over from its beginning once it holds 64 MB. SQLite's
    // own threshold counts pages, and at this store's 16 KB pages 8,192 of them let the WAL reach
    // 128 MB before the first checkpoint (67 MB for the demo's 1.8 MB of results): on a nearly
    // full disk the run stopped for want of space its results never needed. RESTART waits for the
    // readers of the moment (the busy timeout), so the next commit writes from the file's start.
    sqlite3_stmt *pageSize = nullptr; // new stores have 16 KB pages; older ones may have 4 KB
    if (sqlite3_prepare_v2(m_db, "PRAGMA page_size", -1, &pageSize, nullptr) == SQLITE_OK && sqlite3_step(pageSize) == SQLITE_ROW)
        m_pageBytes = std::max<qint64>(512, sqlite3_column_int64(pageSize, 0));
    sqlite3_finalize(pageSize);
    sqlite3_wal_hook(
        m_db,
        [](void *bytesPerPage, sqlite3 *db, const char *, int pages) {
            constexpr qint64 kCheckpointBytes = 64 * 1024 * 1024;
            if (qint64(pages) * *static_cast<const qint64 *>(bytesPerPage) >= kCheckpointBytes)
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
            return SQLITE_OK;
        },
        &m_pageBytes);
    static_assert(std::size(kSql) == StatementCount);
    for (int i = 0; i < StatementCount; ++i) {
        const std::string sql = kSql[i] ? std::string(kSql[i])
                                        : std::string(i == StoredJury ? StoredRows::kJuryColumns : StoredRows::kSumsColumns)
                                              + "WHERE id = ?";
        if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &m_statements[i], nullptr) != SQLITE_OK)
            return lastError();
    }
    for (const auto &[single, many] : {std::pair(Invocation, &m_manyInvocations), std::pair(Verdict, &m_manyVerdicts)}) {
        const std::string sql = manyRowsSql(kSql[single], kRowsPerStatement);
        if (sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, many, nullptr) != SQLITE_OK)
            return lastError();
    }
    m_rollups = std::make_unique<SqliteRollups>(m_db);
    m_search = std::make_unique<SearchFeed>(m_db);
    if (const QString e = m_search->prepare(); !e.isEmpty())
        return e;
    // Sums a killed writer had not applied yet.
    if (!exec("BEGIN"))
        return lastError();
    if (const QString e = rollUpPending(m_db); !e.isEmpty()) {
        exec("ROLLBACK");
        return e;
    }
    return commit();
}

bool SqliteWriter::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString SqliteWriter::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString SqliteWriter::begin()
{
    return exec("BEGIN") ? QString() : lastError();
}

QString SqliteWriter::commit()
{
    if (m_search)
        if (const QString e = m_search->flush(); !e.isEmpty())
            return e;
    return exec("COMMIT") ? QString() : lastError();
}

void SqliteWriter::rollback()
{
    exec("ROLLBACK");
    if (m_search)
        m_search->discard();
}

QString SqliteWriter::beginGroup()
{
    return exec("SAVEPOINT all_or_nothing") ? QString() : lastError();
}

QString SqliteWriter::endGroup(bool keep)
{
    if (!keep)
        exec("ROLLBACK TO all_or_nothing");
    exec("RELEASE all_or_nothing");
    return {};
}

QString SqliteWriter::step(Statement statement)
{
    sqlite3_stmt *q = m_statements[statement];
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    m_texts.clear();
    return rc == SQLITE_DONE ? QString() : lastError();
}

QString SqliteWriter::insert(const WriteOp &op)
{
    sqlite3_stmt *statement = std::visit([this](const auto &row) { return bind(row); }, op);
    if (!statement)
        return tr("a retired invocation or a run deletion is not a row to insert");
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    m_texts.clear();
    if (rc != SQLITE_DONE)
        return lastError();
    if (const auto *i = std::get_if<InvocationRecord>(&op))
        m_search->written("invocations", i->id);
    else if (const auto *v = std::get_if<VerdictRecord>(&op))
        m_search->written("verdicts", v->id);
    else if (const auto *sc = std::get_if<ScenarioRecord>(&op))
        m_search->written("scenarios", sc->id);
    return {};
}

void SqliteWriter::insertRows(const std::vector<const WriteOp *> &ops, std::vector<QString> &errors)
{
    errors.assign(ops.size(), QString());
    std::vector<size_t> invocations, verdicts;
    for (size_t i = 0; i < ops.size(); ++i) {
        if (std::holds_alternative<InvocationRecord>(*ops[i]))
            invocations.push_back(i);
        else if (std::holds_alternative<VerdictRecord>(*ops[i]))
            verdicts.push_back(i);
        else
            errors[i] = insert(*ops[i]);
    }
    insertMany(Invocation, invocations, ops, errors);
    insertMany(Verdict, verdicts, ops, errors);
}

void SqliteWriter::insertMany(Statement single, const std::vector<size_t> &rows, const std::vector<const WriteOp *> &ops,
                              std::vector<QString> &errors)
{
    sqlite3_stmt *many = single == Invocation ? m_manyInvocations : m_manyVerdicts;
    const char *table = single == Invocation ? "invocations" : "verdicts";
    size_t done = 0;
    for (; done + kRowsPerStatement <= rows.size(); done += kRowsPerStatement) {
        Binder b(many, m_texts);
        for (size_t r = done; r < done + kRowsPerStatement; ++r)
            std::visit([&](const auto &row) {
                if constexpr (std::is_same_v<std::decay_t<decltype(row)>, InvocationRecord>
                              || std::is_same_v<std::decay_t<decltype(row)>, VerdictRecord>)
                    bindRow(b, row);
            }, *ops[rows[r]]);
        const int rc = sqlite3_step(many);
        sqlite3_reset(many);
        m_texts.clear();
        if (rc == SQLITE_DONE) {
            for (size_t r = done; r < done + kRowsPerStatement; ++r)
                m_search->written(table, std::visit([](const auto &row) {
                    if constexpr (requires { row.id; })
                        return qint64(row.id);
                    else
                        return qint64(0);
                }, *ops[rows[r]]));
            continue;
        }
        // Refused as a whole (the statement left nothing behind): row by row, to say which.
        for (size_t r = done; r < done + kRowsPerStatement; ++r)
            errors[rows[r]] = insert(*ops[rows[r]]);
    }
    for (; done < rows.size(); ++done)
        errors[rows[done]] = insert(*ops[rows[done]]);
}

std::optional<RollupAccumulator::StoredJury> SqliteWriter::storedJury(qint64 invocationId)
{
    sqlite3_stmt *q = m_statements[StoredJury];
    sqlite3_bind_int64(q, 1, invocationId);
    std::optional<RollupAccumulator::StoredJury> out;
    if (sqlite3_step(q) == SQLITE_ROW)
        out = StoredRows::jury(SqliteRow(q));
    sqlite3_reset(q);
    return out;
}

std::optional<InvocationRecord> SqliteWriter::storedSums(qint64 invocationId)
{
    sqlite3_stmt *q = m_statements[StoredSums];
    sqlite3_bind_int64(q, 1, invocationId);
    std::optional<InvocationRecord> out;
    if (sqlite3_step(q) == SQLITE_ROW)
        out = StoredRows::sums(SqliteRow(q), invocationId);
    sqlite3_reset(q);
    return out;
}

QString SqliteWriter::deleteInvocation(qint64 invocationId)
{
    if (const QString e = m_search->removeInvocation(invocationId); !e.isEmpty())
        return e;
    for (const Statement s : {DeleteAttempts, DeleteErrors, DeleteVerdicts, DeleteInvocation}) {
        sqlite3_bind_int64(m_statements[s], 1, invocationId);
        if (const QString e = step(s); !e.isEmpty())
            return e;
    }
    return {};
}

QString SqliteWriter::deleteRun(qint64 runId)
{
    if (const QString e = m_search->removeRun(runId); !e.isEmpty())
        return e;
    for (const QByteArray &sql : runDeletionSql()) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            return lastError();
        sqlite3_bind_int64(statement, 1, runId);
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return lastError();
    }
    return {};
}

QString SqliteWriter::applyRollups(RollupAccumulator &sums)
{
    return m_rollups->apply(sums);
}

QString SqliteWriter::listPending(const std::vector<qint64> &invocationIds)
{
    // Packed little-endian 64-bit ids, one row per batch.
    QByteArray ids(qsizetype(invocationIds.size() * 8), Qt::Uninitialized);
    for (size_t i = 0; i < invocationIds.size(); ++i)
        qToLittleEndian<qint64>(invocationIds[i], ids.data() + i * 8);
    sqlite3_bind_blob64(m_statements[Pending], 1, ids.constData(), sqlite3_uint64(ids.size()), SQLITE_STATIC);
    return step(Pending);
}

QString SqliteWriter::clearPending()
{
    return exec("DELETE FROM rollup_pending") ? QString() : lastError();
}

sqlite3_stmt *SqliteWriter::bind(const RunRecord &r)
{
    Binder(m_statements[Run], m_texts) << r.id << r.name << r.planJson << r.scenarioFingerprint << r.planFingerprint
                              << r.judgeTemplate << runStatusName(r.status) << r.createdAt;
    return m_statements[Run];
}
sqlite3_stmt *SqliteWriter::bind(const RunStatusUpdate &u)
{
    const bool terminal = u.status == RunStatus::Completed || u.status == RunStatus::Cancelled || u.status == RunStatus::Failed;
    if (!terminal) {
        Binder(m_statements[RunStarted], m_texts) << runStatusName(u.status) << u.at << u.runId;
        return m_statements[RunStarted];
    }
    Binder(m_statements[RunFinished], m_texts) << runStatusName(u.status) << u.at << u.responseFingerprint << u.runId;
    return m_statements[RunFinished];
}
sqlite3_stmt *SqliteWriter::bind(const ScenarioRecord &s)
{
    Binder(m_statements[Scenario], m_texts) << s.id << s.runId << s.scenarioKey << s.prompt << s.goldenAnswer << s.taskType
                                   << s.taskCriteria << s.expectedOutputTokens << s.image << s.userMetricsJson
                                   << s.temperature << s.region;
    return m_statements[Scenario];
}
sqlite3_stmt *SqliteWriter::bind(const VariantRecord &v)
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
sqlite3_stmt *SqliteWriter::bind(const InvocationRecord &i)
{
    Binder b(m_statements[Invocation], m_texts);
    bindRow(b, i);
    return m_statements[Invocation];
}
void SqliteWriter::bindRow(Binder &b, const InvocationRecord &i)
{
    static const QString ok = u"ok"_qs, error = u"error"_qs;
    b << i.id << i.runId << i.variantId << i.scenarioId << i.workItem << i.experiment << i.invocationIndex
        << i.temperature << (i.ok ? ok : error) << i.errorClass << i.firstStartAt << i.t0 << i.ttftMs << i.ttfrMs
        << i.ttlbMs << i.wallMs << i.throttleWaitMs << i.inputTokens << i.outputTokens << i.reasoningTokens
        << i.tokensEstimated << i.costUsd << i.attempts << i.tierServed << i.httpStatus << i.streamed
        << i.responseText << i.juryScore << i.juryPass << i.judgesUsed << i.disputed << i.judgeCostUsd
        << i.cacheReadTokens << i.cacheWriteTokens;
}
sqlite3_stmt *SqliteWriter::bind(const AttemptRecord &a)
{
    Binder(m_statements[Attempt], m_texts) << a.invocationId << a.attemptNo << a.startedAt << a.durationMs << a.httpStatus
                                  << a.errorClass << a.reason << a.retryDelayMs;
    return m_statements[Attempt];
}
sqlite3_stmt *SqliteWriter::bind(const VerdictRecord &v)
{
    Binder b(m_statements[Verdict], m_texts);
    bindRow(b, v);
    return m_statements[Verdict];
}
void SqliteWriter::bindRow(Binder &b, const VerdictRecord &v)
{
    b << v.id << v.runId << v.invocationId << v.judgeId << verdictStatusName(v.status) << score(v.correctness)
        << score(v.completeness) << score(v.relevance) << score(v.format) << score(v.coherence)
        << score(v.followingInstructions) << v.extraScoresJson << v.overall << v.weighted << v.passed
        << v.rationaleJson << v.rawText << v.inputTokens << v.outputTokens << v.costUsd << v.latencyMs
        << v.repairAttempted;
}
sqlite3_stmt *SqliteWriter::bind(const JuryOutcome &j)
{
    Binder(m_statements[Jury], m_texts) << j.score << j.passed << j.judgesUsed << j.disputed << j.judgeCostUsd << j.invocationId;
    return m_statements[Jury];
}
sqlite3_stmt *SqliteWriter::bind(const ErrorRecord &e)
{
    Binder(m_statements[Error], m_texts) << e.runId << e.invocationId << e.variantId << e.judgeId << e.scenarioId
                                << errorCategoryName(e.category) << e.errorClass << e.message << e.contextJson << e.at;
    return m_statements[Error];
}
sqlite3_stmt *SqliteWriter::bind(const RunEvent &e)
{
    Binder(m_statements[Event], m_texts) << e.runId << e.at << e.kind << e.message << e.dataJson;
    return m_statements[Event];
}

sqlite3_stmt *SqliteWriter::bind(const BaselinePin &p)
{
    if (p.runId == 0) {
        Binder(m_statements[Unpin], m_texts) << p.name;
        return m_statements[Unpin];
    }
    Binder(m_statements[Pin], m_texts) << p.name << p.runId << p.pinnedAt << p.pinnedBy;
    return m_statements[Pin];
}
sqlite3_stmt *SqliteWriter::bind(const BaselineCheckRecord &c)
{
    Binder(m_statements[Check], m_texts) << c.runId << c.baselineRunId << c.baselineName << c.checkedAt << c.regressions << c.resultJson;
    return m_statements[Check];
}

sqlite3_stmt *SqliteWriter::bind(const OverrideRecord &o)
{
    Binder b(m_statements[Override], m_texts);
    b << o.runId << o.invocationId << o.passed << o.score;
    for (const std::optional<int> &d : o.dimensions)
        b << d;
    b << o.reason << o.author << o.at;
    return m_statements[Override];
}

} // namespace Quorum
