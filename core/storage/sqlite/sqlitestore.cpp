#include "sqlitestore.h"
#include "../readbackend.h"

#include <sqlite3.h>
#include <QSqlDriver>
#include <QVariant>

#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SqliteStore", text); }

QString connectionName(const QString &path)
{
    return QStringLiteral("quorum:%1:%2").arg(quintptr(QThread::currentThreadId())).arg(QFileInfo(path).absoluteFilePath());
}
} // namespace

QString SqliteStore::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_qs;
    return dir + u"/quorum/quorum.sqlite"_qs;
}

QString SqliteStore::checkLocation(const QString &path)
{
    static const QRegularExpression url(u"^[A-Za-z][A-Za-z0-9+.-]*://"_qs);
    if (url.match(path).hasMatch())
        return tr("%1 is a URL, not a database file; give --db a file path, or the postgresql:// URL of a team store")
            .arg(path);
    if (path.isEmpty())
        return tr("no database file given");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder; name a database file in it (for example %1/quorum.sqlite)").arg(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        // Say which part stood in the way: the nearest folder that exists.
        QFileInfo existing(folder);
        while (!existing.exists() && existing.absoluteFilePath() != existing.absolutePath())
            existing = QFileInfo(existing.absolutePath());
        if (existing.exists() && !existing.isDir())
            return tr("cannot create the folder %1: %2 is a file").arg(folder, existing.absoluteFilePath());
        return tr("cannot create the folder %1: no permission to write in %2").arg(folder, existing.absoluteFilePath());
    }
    return {};
}

QSqlDatabase SqliteStore::connection(const QString &path, QString *error)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    if (const QString e = checkLocation(path); !e.isEmpty()) { // checked when a connection opens, not per query
        *error = e;
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_qs);
    if (!db.open()) {
        *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
        return db;
    }
    if (const QString e = Schema::configureConnection(db, false); !e.isEmpty()) {
        *error = tr("cannot use %1: %2").arg(path, e);
        db.close();
    }
    return db;
}

namespace {
// The rows of one prepared statement, stepped as they are read; finalized with the rows.
class SqliteRows final : public ReadRows::Source
{
public:
    SqliteRows(sqlite3_stmt *statement, int first) : m_statement(statement), m_pending(first == SQLITE_ROW), m_done(first != SQLITE_ROW) {}
    ~SqliteRows() override { sqlite3_finalize(m_statement); }
    bool next() override
    {
        if (m_pending) {
            m_pending = false;
            return true;
        }
        // Once done, done: stepping a finished statement would start it again.
        m_done = m_done || sqlite3_step(m_statement) != SQLITE_ROW;
        return !m_done;
    }
    bool isNull(int c) const override { return sqlite3_column_type(m_statement, c) == SQLITE_NULL; }
    qint64 int64(int c) const override { return sqlite3_column_int64(m_statement, c); }
    double real(int c) const override { return sqlite3_column_double(m_statement, c); }
    bool boolean(int c) const override { return sqlite3_column_int64(m_statement, c) != 0; }
    QString text(int c) const override
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c)), sqlite3_column_bytes(m_statement, c));
    }
    QByteArray utf8(int c) const override // no copy: the statement's bytes, until the next step
    {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c)), sqlite3_column_bytes(m_statement, c));
    }

private:
    sqlite3_stmt *m_statement;
    bool m_pending;
    bool m_done;
};
} // namespace

ReadRows SqliteStore::select(const QString &path, const QString &sql, const QVariantList &params, QString *error)
{
    QSqlDatabase db = connection(path, error);
    if (!error->isEmpty())
        return {};
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!raw) {
        *error = tr("%1 has no SQLite handle").arg(path);
        return {};
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(raw, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(statement);
        return {};
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        int rc = SQLITE_OK;
        if (v.isNull())
            rc = sqlite3_bind_null(statement, i + 1);
        else if (v.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(statement, i + 1, v.toDouble());
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool
                 || v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt)
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        else {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(raw));
            sqlite3_finalize(statement);
            return {};
        }
    }
    const int first = sqlite3_step(statement);
    if (first != SQLITE_ROW && first != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(statement);
        return {};
    }
    return ReadRows(std::make_unique<SqliteRows>(statement, first));
}

void SqliteStore::closeConnection(const QString &path)
{
    const QString name = connectionName(path);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString SqliteStore::writerLockPath(const QString &path)
{
    return path + u".writer-lock"_qs;
}

SqliteStore::Readiness SqliteStore::prepare(const QString &path)
{
    Readiness r;
    const QFileInfo info(path);
    if (const QString e = checkLocation(path); !e.isEmpty()) {
        r.error = e;
        return r;
    }
    const QString name = u"quorum:prepare:"_qs + info.absoluteFilePath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            r.error = tr("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QString error;
            r.fromVersion = Schema::version(db, &error);
            if (r.fromVersion < 0) {
                r.error = tr("%1: %2").arg(path, error);
            } else if (r.fromVersion > Schema::kCurrentVersion) {
                r.error = tr("%1 was written by a newer Quorum (database version %2; this Quorum knows up to %3). "
                             "It was left untouched: open it with a newer Quorum, or choose another database.")
                              .arg(path).arg(r.fromVersion).arg(Schema::kCurrentVersion);
            } else if (r.fromVersion == Schema::kCurrentVersion) {
                r.ok = true;
            } else {
                if (r.fromVersion > 0) {
                    const QString backup = QStringLiteral("%1.v%2-backup-%3").arg(path).arg(r.fromVersion)
                                               .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"));
                    QSqlQuery q(db);
                    q.prepare(u"VACUUM INTO ?"_qs);
                    q.addBindValue(backup);
                    if (!q.exec())
                        error = tr("cannot back up %1 before upgrading it: %2").arg(path, q.lastError().text());
                    else
                        r.backupPath = backup;
                }
                if (error.isEmpty())
                    error = Schema::migrate(db, r.fromVersion);
                if (!error.isEmpty())
                    r.error = tr("%1 could not be upgraded from version %2 and is unchanged: %3").arg(path).arg(r.fromVersion).arg(error);
                r.ok = error.isEmpty();
            }
            if (r.ok)
                r.error = Schema::configureConnection(db, true); // switch the file to WAL once
            if (r.ok && r.error.isEmpty()) {
                // A writer killed mid-run may have left sums to apply; a live writer does that itself.
                QLockFile writerLock(writerLockPath(path));
                writerLock.setStaleLockTime(0);
                if (writerLock.tryLock(0))
                    r.error = Schema::settlePendingRollups(db);
            }
            r.ok = r.ok && r.error.isEmpty();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

namespace {
class SqliteReads final : public ReadBackend
{
public:
    QSqlDatabase connection(const QString &location, QString *error) const override { return SqliteStore::connection(location, error); }
    void closeConnection(const QString &location) const override { SqliteStore::closeConnection(location); }
    bool streams() const override { return true; }
    SqlText::Placeholder placeholder() const override
    {
        return [](int) -> QString { return u"?"_qs; }; // numbered by their order
    }
    ReadRows select(const QString &location, const SqlText &sql, QString *error) const override
    {
        return SqliteStore::select(location, sql.text(), sql.params(), error); // stepped as they are read
    }
    QString extraScoresJoin() const override { return QStringLiteral(", json_each(v.extra_scores) j"); }
    bool searchesVocabularies() const override { return true; }
};
} // namespace

const ReadBackend &sqliteReads()
{
    static const SqliteReads reads;
    return reads;
}

} // namespace Quorum
