#pragma once

// Tests open each store once, as a front-end does, and read through it. The storage, analytics
// and resume tests run twice under ctest: against a local SQLite file, and (QUORUM_TEST_STORE=
// postgres, the *_pg tests) against a team store on the throwaway PostgreSQL server that
// scripts/pgserver starts for them (ctest's postgres_server fixture).
#include "storage/postgres/pgstore.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtGlobal>

namespace Quorum::TestSupport {

inline bool onTeamStore()
{
    return qgetenv("QUORUM_TEST_STORE") == "postgres";
}

// The test server's URL (of its "postgres" database), or "" with `why` set.
inline QString testServerUrl(QString *why)
{
    QFile file(QStringLiteral(QUORUM_PG_DIR "/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the test PostgreSQL server is not running (%1 is missing): ctest starts it in its "
                              "postgres_server fixture, or run scripts/pgserver start " QUORUM_PG_DIR).arg(file.fileName());
        return {};
    }
    qputenv("PGPASSWORD", "quorum-test");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Where a test's store lives: `sqlitePath` itself, or on the team-store run a fresh database
// named after it on the test server. A missing server is a fatal error, never a skip.
inline QString testStore(const QString &sqlitePath, bool teamStore = onTeamStore())
{
    if (!teamStore)
        return sqlitePath;
    QString why;
    const QString server = testServerUrl(&why);
    if (server.isEmpty())
        qFatal("%s", qPrintable(why));
    static int made = 0;
    const QString name = QStringLiteral("quorum_%1_%2_%3").arg(QCoreApplication::applicationName())
                             .arg(QFileInfo(sqlitePath).completeBaseName().toLower()).arg(++made);
    {
        QString error;
        QSqlDatabase admin = PgStore::connection(server, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        QSqlQuery q(admin);
        if (!q.exec(u"DROP DATABASE IF EXISTS "_qs + name) || !q.exec(u"CREATE DATABASE "_qs + name))
            qFatal("cannot make the test database %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
    PgStore::closeConnection(server);
    return server.left(server.lastIndexOf(u'/') + 1) + name;
}

// A connection for the test's own SQL checks, to either kind of store.
inline QSqlDatabase testSql(const QString &location, QString *error)
{
    return location.startsWith(u"postgresql://") ? PgStore::connection(location, error) : SqliteStore::connection(location, error);
}
inline void closeTestSql(const QString &location)
{
    if (location.startsWith(u"postgresql://"))
        PgStore::closeConnection(location);
    else
        SqliteStore::closeConnection(location);
}

// The first column of the first row of `sql` in the store at `location` (-1 when it fails).
inline QVariant valueIn(const QString &location, const QString &sql)
{
    QString error;
    QVariant v = -1;
    {
        QSqlQuery q(testSql(location, &error));
        if (q.exec(sql) && q.next())
            v = q.value(0);
    }
    closeTestSql(location);
    return v;
}
inline qint64 scalarIn(const QString &location, const QString &sql)
{
    return valueIn(location, sql).toLongLong();
}

// A model variant (or judge) of run `run`, named "provider/model", in us-east-1 at the default tier.
inline VariantRecord testVariant(qint64 id, qint64 run, bool judge, const QString &modelId)
{
    VariantRecord v;
    v.id = id;
    v.runId = run;
    v.isJudge = judge;
    v.modelId = modelId;
    v.provider = modelId.section(u'/', 0, 0);
    v.model = modelId.section(u'/', 1);
    v.region = u"us-east-1"_qs;
    v.tierRequested = u"default"_qs;
    return v;
}

// "" when each full-text index of a local store holds exactly the texts of its table's rows: its
// vocabulary (each word and the number of rows that have it) is compared with that of an index
// made afresh from the rows. A row deleted but left in the index, or written but never indexed,
// shows. Else the differing words, e.g. "answer_fts: 'stein' in 1 row(s), its rows have it in 0".
// The team store's indexes are generated columns of the rows themselves: always "".
inline QString searchIndexDrift(const QString &location)
{
    if (location.startsWith(u"postgresql://"))
        return {};
    struct Index
    {
        QString name, table, columns;
    };
    const QList<Index> indexes = {{u"answer_fts"_qs, u"invocations"_qs, u"response_text"_qs},
                                  {u"scenario_fts"_qs, u"scenarios"_qs, u"prompt, golden_answer"_qs},
                                  {u"rationale_fts"_qs, u"verdicts"_qs, u"rationale"_qs}};
    QStringList drift;
    QString error;
    {
        QSqlQuery q(testSql(location, &error));
        for (const Index &x : indexes) {
            const QStringList setup = {
                u"DROP TABLE IF EXISTS temp.fresh"_qs, u"DROP TABLE IF EXISTS temp.fresh_vocab"_qs, u"DROP TABLE IF EXISTS temp.kept_vocab"_qs,
                QStringLiteral("CREATE VIRTUAL TABLE temp.fresh USING fts5(%1, detail='none')").arg(x.columns),
                QStringLiteral("INSERT INTO temp.fresh(rowid, %1) SELECT id, %1 FROM main.%2").arg(x.columns, x.table),
                u"CREATE VIRTUAL TABLE temp.fresh_vocab USING fts5vocab(temp, fresh, row)"_qs,
                QStringLiteral("CREATE VIRTUAL TABLE temp.kept_vocab USING fts5vocab(main, %1, row)").arg(x.name)};
            for (const QString &sql : setup)
                if (!q.exec(sql))
                    drift << x.name + u": "_qs + q.lastError().text();
            if (!q.exec(u"SELECT k.term, k.doc, coalesce(f.doc, 0) FROM temp.kept_vocab k LEFT JOIN temp.fresh_vocab f USING (term) "
                        "WHERE f.doc IS NOT k.doc UNION ALL SELECT f.term, 0, f.doc FROM temp.fresh_vocab f "
                        "WHERE f.term NOT IN (SELECT term FROM temp.kept_vocab) LIMIT 5"_qs))
                drift << x.name + u": "_qs + q.lastError().text();
            while (q.next())
                drift << QStringLiteral("%1: '%2' in %3 row(s), its rows have it in %4")
                             .arg(x.name, q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong());
        }
        q.exec(u"DROP TABLE IF EXISTS temp.fresh_vocab"_qs);
        q.exec(u"DROP TABLE IF EXISTS temp.kept_vocab"_qs);
        q.exec(u"DROP TABLE IF EXISTS temp.fresh"_qs);
    }
    closeTestSql(location);
    return error.isEmpty() ? drift.join(u"; "_qs) : error;
}

// Every table, column (type, null, default, key, identity, generation), reference, index and sequence
// of a store, one line each, in a fixed order: two stores of the same schema give the same lines.
// The generated search vectors' expressions are left out (the team store's version 6 wrote the
// prompt's without a coalesce around the prompt, which is never null).
inline QStringList schemaShape(const QString &location)
{
    QStringList shape;
    QString error;
    {
        QSqlQuery q(testSql(location, &error));
        const auto rows = [&](const QString &sql) {
            if (!q.exec(sql))
                shape << u"cannot read the schema: "_qs + q.lastError().text();
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << q.value(c).toString();
                shape << cells.join(u" | "_qs);
            }
        };
        if (location.startsWith(u"postgresql://")) {
            rows(u"SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), is_identity, is_generated "
                 "FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2"_qs);
            rows(u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"_qs);
            rows(u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                 "WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2"_qs);
            rows(u"SELECT relname FROM pg_class WHERE relkind = 'S' AND relnamespace = current_schema()::regnamespace ORDER BY 1"_qs);
        } else {
            rows(u"SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_qs);
            rows(u"SELECT name, type, ncol, wr FROM pragma_table_list WHERE schema = 'main' ORDER BY name"_qs);
            rows(u"SELECT m.name, c.cid, c.name, c.type, c.\"notnull\", coalesce(c.dflt_value, ''), c.pk, c.hidden "
                 "FROM sqlite_master m, pragma_table_xinfo(m.name) c WHERE m.type = 'table' ORDER BY 1, 2"_qs);
            rows(u"SELECT m.name, f.\"table\", f.\"from\", coalesce(f.\"to\", ''), f.on_delete "
                 "FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 3"_qs);
            rows(u"SELECT m.name, x.name, x.\"unique\", x.origin, x.partial, (SELECT group_concat(name) FROM pragma_index_info(x.name)) "
                 "FROM sqlite_master m, pragma_index_list(m.name) x WHERE m.type = 'table' ORDER BY 1, 2"_qs);
            rows(u"SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"_qs);
        }
    }
    closeTestSql(location);
    if (!error.isEmpty())
        shape << error;
    return shape;
}

inline const Store &storeAt(const QString &path)
{
    static QHash<QString, std::shared_ptr<const Store>> stores;
    std::shared_ptr<const Store> &store = stores[path];
    if (!store) {
        const Store::Opened opened = Store::open(path);
        if (!opened.store)
            qFatal("cannot open the store %s: %s", qPrintable(path), qPrintable(opened.error));
        store = opened.store;
    }
    return *store;
}

} // namespace Quorum::TestSupport
