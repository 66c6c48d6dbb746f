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
