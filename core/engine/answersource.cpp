#include "answersource.h"

#include "../config/answersimporter.h"
#include "../storage/sqliterow.h"
#include "workplan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace Quorum {

StoredRunAnswers::StoredRunAnswers(QString databasePath, qint64 runId) : m_path(std::move(databasePath)), m_runId(runId) {}

StoredRunAnswers::~StoredRunAnswers()
{
    sqlite3_finalize(m_query);
    sqlite3_close_v2(m_db);
}

QString StoredRunAnswers::open()
{
    const char *sql = "SELECT status, coalesce(error_class, ''), t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, "
                      "input_tokens, output_tokens, reasoning_tokens, tokens_estimated, attempts, coalesce(tier_served, ''), "
                      "coalesce(http_status, 0), coalesce(response_text, ''), first_start_at "
                      "FROM invocations WHERE run_id = ? AND work_item = ?";
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK
        || sqlite3_exec(m_db, "PRAGMA busy_timeout = 10000", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, sql, -1, &m_query, nullptr) != SQLITE_OK)
        return QCoreApplication::translate("AnswerSource", "cannot read the answers of run %1 in %2: %3")
            .arg(m_runId).arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

std::optional<StoredAnswer> StoredRunAnswers::answer(qint64 workItem)
{
    std::lock_guard lock(m_mutex);
    if (!m_query)
        return std::nullopt;
    sqlite3_bind_int64(m_query, 1, m_runId);
    sqlite3_bind_int64(m_query, 2, workItem);
    std::optional<StoredAnswer> out;
    if (sqlite3_step(m_query) == SQLITE_ROW) {
        const SqliteRow row(m_query);
        StoredAnswer a;
        CallMetrics &m = a.result.metrics;
        m.startedAt = row.int64(2);
        m.ttftMs = row.optionalReal(3);
        m.ttfrMs = row.optionalReal(4);
        m.ttlbMs = row.real(5);
        a.wallMs = row.real(6);
        a.throttleWaitMs = row.real(7);
        m.inputTokens = row.int64(8);
        m.outputTokens = row.int64(9);
        m.reasoningTokens = row.int64(10);
        m.tokensEstimated = row.boolean(11);
        a.attempts = row.integer(12);
        m.tierServed = row.text(13);
        m.httpStatus = row.integer(14);
        a.result.text = row.text(15);
        a.firstStartAt = row.int64(16);
        if (row.text(0) != u"ok") {
            CallError e;
            e.errorClass = errorClassFromName(row.text(1)).value_or(ErrorClass::Server);
            e.message = QCoreApplication::translate("AnswerSource", "failed in run %1 (%2)").arg(m_runId).arg(row.text(1));
            e.httpStatus = m.httpStatus;
            a.result.error = e;
        }
        out = a;
    }
    sqlite3_reset(m_query);
    return out;
}

QHash<qint64, StoredAnswer> answersByWorkItem(const RunPlan &plan, const QList<ExternalAnswer> &answers)
{
    QHash<std::pair<std::pair<int, int>, int>, const ExternalAnswer *> byKey;
    for (const ExternalAnswer &a : answers)
        byKey.insert({{a.scenario, a.model}, a.invocation}, &a);
    const WorkPlan work(plan);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<qint64, StoredAnswer> out;
    for (qint64 n = 0; n < work.size(); ++n) {
        const WorkItem item = work.item(n);
        const ExternalAnswer *a = byKey.value({{item.scenario, item.variant}, item.invocation});
        if (!a)
            continue;
        StoredAnswer s;
        s.result.text = a->response;
        CallMetrics &m = s.result.metrics;
        m.startedAt = now;
        m.ttftMs = a->ttftMs;
        m.ttlbMs = a->ttlbMs.value_or(0);
        m.tokensEstimated = !a->inputTokens || !a->outputTokens;
        m.inputTokens = a->inputTokens.value_or(estimateTokens(plan.scenarios.at(item.scenario).prompt));
        m.outputTokens = a->outputTokens.value_or(estimateTokens(a->response));
        m.httpStatus = 200;
        s.firstStartAt = now;
        s.wallMs = m.ttlbMs;
        out.insert(n, s);
    }
    return out;
}

std::optional<StoredAnswer> MemoryAnswers::answer(qint64 workItem)
{
    const auto it = m_answers.constFind(workItem);
    return it == m_answers.cend() ? std::nullopt : std::optional(*it);
}

} // namespace Quorum
