#include "schema.h"

#include "schemahistory.h"
#include "sqliterollups.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

namespace Quorum::Schema {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Schema", text); }

using namespace StoreSchema;

// The ladder in SQLite's words: every id an INTEGER PRIMARY KEY (the row id), a key of several
// columns a table WITHOUT ROWID, every reference declared (the writer turns their checks off), and
// each full-text search an FTS5 index of the rows' own text with its vocabulary.
class SqliteDialect final : public Dialect
{
protected:
    QString typeName(Type type) const override
    {
        switch (type) {
        case Type::Integer: return u"INTEGER"_qs;
        case Type::Real: return u"REAL"_qs;
        case Type::Text: return u"TEXT"_qs;
        case Type::Bytes: return u"BLOB"_qs;
        }
        return {};
    }
    QString idColumn(Ids) const override { return u"id INTEGER PRIMARY KEY"_qs; }
    bool declaresReferences(const Table &) const override { return true; }
    QStringList table(const Table &t) const override { return {createTable(t, t.key.size() > 1 ? u" WITHOUT ROWID"_qs : QString())}; }
    QStringList search(const TextSearch &s) const override
    {
        // Without the length of each row's text (columnsize=0): only a ranking by relevance (bm25)
        // would read it, and Quorum ranks no search.
        const QString fts = ftsTable(s), vocab = QLatin1String(s.name) + u"_vocab"_qs;
        return {QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', detail='none', columnsize=0)")
                    .arg(fts, s.columns.join(u", "_qs), QLatin1String(s.table)),
                QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts), // the rows already there
                QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(%2, 'row')").arg(vocab, fts)};
    }
};
} // namespace

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

QString runAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return q.lastError().text() + u" — in: " + sql.simplified().left(80);
    return {};
}

QStringList ladderStatements(int fromVersion, int target)
{
    return StoreSchema::statements(SqliteDialect(), fromVersion, target);
}

QString ftsTable(const TextSearch &search)
{
    return QLatin1String(search.name) + u"_fts"_qs;
}

QByteArray fillSql(const TextSearch &search)
{
    const QString columns = search.columns.join(u", "_qs);
    return QStringLiteral("INSERT INTO %1(rowid, %2) SELECT id, %2 FROM %3 WHERE id IN (SELECT value FROM json_each(?))")
        .arg(ftsTable(search), columns, QLatin1String(search.table)).toUtf8();
}

QByteArray fillRangeSql(const TextSearch &search)
{
    const QString columns = search.columns.join(u", "_qs);
    return QStringLiteral("INSERT INTO %1(rowid, %2) SELECT id, %2 FROM %3 WHERE id BETWEEN ? AND ?")
        .arg(ftsTable(search), columns, QLatin1String(search.table)).toUtf8();
}

QByteArray removeSql(const TextSearch &search, const char *where)
{
    const QString columns = search.columns.join(u", "_qs);
    return QStringLiteral("INSERT INTO %1(%1, rowid, %2) SELECT 'delete', id, %2 FROM %3 WHERE %4")
        .arg(ftsTable(search), columns, QLatin1String(search.table), QLatin1String(where)).toUtf8();
}

int version(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_qs) || !q.next()) {
        *error = tr("not an SQLite database: %1").arg(q.lastError().text());
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_qs) || !q.next()) {
        *error = tr("this SQLite file is not a Quorum database");
        return -1;
    }
    return q.value(0).toInt();
}

QString migrate(QSqlDatabase &db, int fromVersion, int target)
{
    QSqlQuery pageSize(db);
    if (fromVersion == 0 && !pageSize.exec(u"PRAGMA page_size = 16384"_qs)) // only takes effect on an empty file
        return pageSize.lastError().text();
    if (!db.transaction())
        return db.lastError().text();
    QString error;
    if (target < kFirstSharedVersion) {
        error = SchemaHistory::upgrade(db, fromVersion, target); // an older store, as a test makes one
    } else {
        int from = fromVersion;
        if (from > 0 && from < kFirstSharedVersion) { // the local store's own versions first
            error = SchemaHistory::upgrade(db, from);
            from = kFirstSharedVersion;
        }
        if (error.isEmpty())
            error = runAll(db, ladderStatements(from, target));
    }
    if (error.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"_qs);
        q.addBindValue(QString::number(target));
        if (!q.exec())
            error = q.lastError().text();
    }
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QString settlePendingRollups(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM rollup_pending"_qs) || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() == 0)
        return {};
    q.finish();
    if (!db.transaction())
        return db.lastError().text();
    const QString error = rollUpPending(sqliteHandle(db));
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    return db.commit() ? QString() : db.lastError().text();
}

QStringList connectionPragmas(bool writer)
{
    // The writer checks no foreign keys: it is the only writer, ids come from its own allocator,
    // and the checks were about a fifth of the ingest cost (bench_storage). Deleting a run cascades
    // through a reader-side connection, where they are on.
    QStringList pragmas = {writer ? u"PRAGMA foreign_keys = OFF"_qs : u"PRAGMA foreign_keys = ON"_qs,
                           u"PRAGMA busy_timeout = 10000"_qs};
    if (writer) {
        // WAL: readers never block the writer; NORMAL sync is durable across a process
        // kill (only an OS crash may lose the last commits).
        pragmas << u"PRAGMA journal_mode = WAL"_qs << u"PRAGMA synchronous = NORMAL"_qs
                << u"PRAGMA cache_size = -65536"_qs << u"PRAGMA temp_store = MEMORY"_qs
                << u"PRAGMA wal_autocheckpoint = 8192"_qs // the raw writer replaces it with its own (sqlitewriter.cpp)
                << u"PRAGMA journal_size_limit = 67108864"_qs; // a WAL started over is cut back to 64 MB
    }
    return pragmas;
}

QString configureConnection(QSqlDatabase &db, bool writer)
{
    QSqlQuery q(db);
    for (const QString &pragma : connectionPragmas(writer))
        if (!q.exec(pragma))
            return q.lastError().text();
    return {};
}

} // namespace Quorum::Schema
