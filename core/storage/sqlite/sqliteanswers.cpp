#include "sqliteanswers.h"

#include "sqliterow.h"
#include "../storedrows.h"

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
    const std::string query = std::string(StoredRows::kAnswerColumns) + "WHERE run_id = ? AND work_item = ?";
    const char *sql = query.c_str();
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
    if (sqlite3_step(m_query) == SQLITE_ROW)
        out = StoredRows::answer(SqliteRow(m_query));
    sqlite3_reset(m_query);
    return out;
}

} // namespace Quorum
