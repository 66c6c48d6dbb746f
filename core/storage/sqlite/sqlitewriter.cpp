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

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SqliteWriter", text); }
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
    if (const QString e = prepareStatements(); !e.isEmpty())
        return e;
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

} // namespace Quorum
