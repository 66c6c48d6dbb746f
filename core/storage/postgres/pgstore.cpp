#include "pgstore.h"

#include "pgconnection.h"
#include "pgschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PgStore", text); }

QString connectionName(const QString &url)
{
    return QStringLiteral("quorum-pg:%1:%2").arg(quintptr(QThread::currentThreadId())).arg(url);
}
} // namespace

PgStore::Readiness PgStore::prepare(const QString &url)
{
    Readiness r;
    Pg::Connection db;
    if (const QString e = db.open(url); !e.isEmpty()) {
        r.error = e;
        return r;
    }
    const PgSchema::Readiness ready = PgSchema::prepare(db);
    r.ok = ready.ok;
    r.fromVersion = ready.fromVersion;
    if (!ready.ok)
        r.error = tr("%1: %2").arg(Pg::displayed(url), ready.error);
    return r;
}

QSqlDatabase PgStore::connection(const QString &url, QString *error)
{
    const QString name = connectionName(url);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    // QPSQL takes the URL's parts; what the URL does not say (a password, most often) libpq
    // finds itself in PGPASSWORD or ~/.pgpass.
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
    if (!db.isValid()) {
        *error = tr("cannot read %1: Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed")
                     .arg(Pg::displayed(url));
        return db;
    }
    db.setHostName(u.host());
    if (u.port() > 0)
        db.setPort(u.port());
    db.setUserName(u.userName());
    if (!u.password().isEmpty())
        db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    QStringList options{u"connect_timeout=10"_qs};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems())
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        *error = tr("cannot read %1: %2").arg(Pg::displayed(url), db.lastError().text());
    return db;
}

void PgStore::closeConnection(const QString &url)
{
    const QString name = connectionName(url);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

} // namespace Quorum
