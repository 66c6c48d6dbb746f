#include "sqlitewriter.h"

#include "../storedrows.h"

#include <QCoreApplication>

#include <sqlite3.h>

// The SQLite writer's rows: its statements, and how each kind of row is bound to them
// (sqlitewriter.cpp holds the connection, its transactions and what the writer reads back).

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

QString SqliteWriter::prepareStatements()
{
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
    return {};
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
    insertMany<InvocationRecord>(m_manyInvocations, "invocations", invocations, ops, errors);
    insertMany<VerdictRecord>(m_manyVerdicts, "verdicts", verdicts, ops, errors);
}

template<typename Row>
void SqliteWriter::insertMany(sqlite3_stmt *many, const char *table, const std::vector<size_t> &rows,
                              const std::vector<const WriteOp *> &ops, std::vector<QString> &errors)
{
    auto row = [&](size_t r) -> const Row & { return std::get<Row>(*ops[rows[r]]); };
    size_t done = 0;
    for (; done + kRowsPerStatement <= rows.size(); done += kRowsPerStatement) {
        Binder b(many, m_texts);
        for (size_t r = done; r < done + kRowsPerStatement; ++r)
            bindRow(b, row(r));
        const int rc = sqlite3_step(many);
        sqlite3_reset(many);
        m_texts.clear();
        if (rc == SQLITE_DONE) {
            for (size_t r = done; r < done + kRowsPerStatement; ++r)
                m_search->written(table, row(r).id);
            continue;
        }
        // Refused as a whole (the statement left nothing behind): row by row, to say which.
        for (size_t r = done; r < done + kRowsPerStatement; ++r)
            errors[rows[r]] = insert(*ops[rows[r]]);
    }
    for (; done < rows.size(); ++done)
        errors[rows[done]] = insert(*ops[rows[done]]);
}

template<typename Row>
sqlite3_stmt *SqliteWriter::bindOne(Statement statement, const Row &row)
{
    Binder b(m_statements[statement], m_texts);
    bindRow(b, row);
    return m_statements[statement];
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
    return bindOne(Invocation, i);
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
    return bindOne(Verdict, v);
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
