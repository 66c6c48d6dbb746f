#include "sqliteanswers.h"

#include "sqliterow.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Quorum {

SqliteAnswers::SqliteAnswers(QString path, qint64 runId) : m_path(std::move(path)), m_runId(runId) {}

SqliteAnswers::~SqliteAnswers()
{
    sqlite3_finalize(m_query);
    sqlite3_close_v2(m_db);
}

QString SqliteAnswers::open()
{
    const char *sql = "SELECT status, coalesce(error_class, ''), t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, "
                      "input_tokens, output_tokens, reasoning_tokens, tokens_estimated, attempts, coalesce(tier_served, ''), "
                      "coalesce(http_status, 0), coalesce(response_text, ''), first_start_at "
                      "FROM invocations WHERE run_id = ? AND work_item = ?";
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK
        || sqlite3_exec(m_db, "PRAGMA busy_timeout = 10000", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, sql, -1, &m_query, nullptr) != SQLITE_OK)
        return QCoreApplication::translate("SqliteAnswers", "cannot read the answers of run %1 in %2: %3")
            .arg(m_runId).arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

std::optional<StoredInvocation> SqliteAnswers::invocation(qint64 workItem)
{
    std::lock_guard lock(m_mutex);
    if (!m_query)
        return std::nullopt;
    sqlite3_bind_int64(m_query, 1, m_runId);
    sqlite3_bind_int64(m_query, 2, workItem);
    std::optional<StoredInvocation> out;
    if (sqlite3_step(m_query) == SQLITE_ROW) {
        const SqliteRow row(m_query);
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
        out = i;
    }
    sqlite3_reset(m_query);
    return out;
}

} // namespace Quorum
