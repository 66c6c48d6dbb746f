#include "pgstore.h"

#include "pgconnection.h"
#include "pgschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

#include <libpq-fe.h>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PgStore", text); }

// A result's rows, read from libpq's text.
class PgRows final : public ReadRows::Source
{
public:
    explicit PgRows(Pg::Result result) : m_result(std::move(result)), m_rows(PQntuples(m_result.get())) {}
    bool next() override { return ++m_row < m_rows; }
    bool isNull(int c) const override { return PQgetisnull(m_result.get(), m_row, c) != 0; }
    qint64 int64(int c) const override
    {
        // A sum of BIGINTs comes back as NUMERIC ("12" or "12.0"); a count as BIGINT.
        const QByteArray v = QByteArray::fromRawData(PQgetvalue(m_result.get(), m_row, c), PQgetlength(m_result.get(), m_row, c));
        bool whole = false;
        const qint64 n = v.toLongLong(&whole);
        return whole ? n : qint64(std::llround(v.toDouble()));
    }
    double real(int c) const override
    {
        return QByteArray::fromRawData(PQgetvalue(m_result.get(), m_row, c), PQgetlength(m_result.get(), m_row, c)).toDouble();
    }
    bool boolean(int c) const override
    {
        const char first = PQgetvalue(m_result.get(), m_row, c)[0];
        return first == 't' || (first >= '1' && first <= '9');
    }
    QString text(int c) const override
    {
        if (isNull(c))
            return {};
        return QString::fromUtf8(PQgetvalue(m_result.get(), m_row, c), PQgetlength(m_result.get(), m_row, c));
    }

private:
    Pg::Result m_result;
    int m_row = -1, m_rows = 0;
};

// This thread's libpq read connections, by store.
thread_local QHash<QString, std::shared_ptr<Pg::Connection>> tReaders;

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

ReadRows PgStore::select(const QString &url, const QString &sql, qint64 runId, QString *error)
{
    std::shared_ptr<Pg::Connection> &db = tReaders[url];
    if (!db || !db->handle()) {
        db = std::make_shared<Pg::Connection>();
        if (const QString e = db->open(url); !e.isEmpty()) {
            *error = e;
            db.reset();
            return {};
        }
    }
    QString failure;
    std::vector<std::optional<QByteArray>> params;
    if (runId >= 0)
        params.emplace_back(QByteArray::number(runId));
    Pg::Result r = db->query(sql.toUtf8().constData(), params, &failure);
    if (!r) {
        *error = failure;
        return {};
    }
    return ReadRows(std::make_unique<PgRows>(std::move(r)));
}

void PgStore::closeConnection(const QString &url)
{
    tReaders.remove(url);
    const QString name = connectionName(url);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

} // namespace Quorum
