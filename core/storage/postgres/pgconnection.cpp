#include "pgconnection.h"

#include <QCoreApplication>
#include <QUrl>

#include <vector>

#include <libpq-fe.h>

namespace Quorum::Pg {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PgConnection", text); }
} // namespace

bool isUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

QString displayed(const QString &url)
{
    QUrl u(url);
    if (!u.password().isEmpty())
        u.setPassword(u"***"_qs);
    return u.toString();
}

bool Row::isNull(int c) const
{
    return PQgetisnull(m_r, m_row, c);
}

qint64 Row::int64(int c) const
{
    return QByteArray(PQgetvalue(m_r, m_row, c)).toLongLong();
}

double Row::real(int c) const
{
    return QByteArray(PQgetvalue(m_r, m_row, c)).toDouble();
}

QString Row::text(int c) const
{
    return QString::fromUtf8(PQgetvalue(m_r, m_row, c), PQgetlength(m_r, m_row, c));
}

void ResultDeleter::operator()(pg_result *r) const
{
    PQclear(r);
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

QString Connection::open(const QString &url)
{
    close();
    // The URL goes to libpq as it is (it reads sslmode, host, port, user and dbname from it);
    // a short connect timeout, so an unreachable host is reported, not waited on.
    const char *keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const QByteArray dsn = url.toUtf8();
    const char *values[] = {dsn.constData(), "10", "quorum", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    const QString where = displayed(url);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        close();
        if (why.contains(u"password authentication failed") || why.contains(u"no password supplied")
            || why.contains(u"authentication failed"))
            return tr("%1: authentication failed; give the password in PGPASSWORD or ~/.pgpass (%2)").arg(where, why);
        if (why.contains(u"does not exist") && why.contains(u"database"))
            return tr("%1: the database does not exist on that server; create it (createdb) or name another (%2)").arg(where, why);
        if (why.contains(u"Connection refused") || why.contains(u"could not connect") || why.contains(u"timeout")
            || why.contains(u"could not translate host name"))
            return tr("%1: the server cannot be reached; check the host and port, and that PostgreSQL runs there (%2)").arg(where, why);
        return tr("%1: cannot connect: %2").arg(where, why);
    }
    if (PQserverVersion(m_conn) < kOldestServer) {
        const int v = PQserverVersion(m_conn);
        close();
        // PQserverVersion: major × 10,000 + minor since 10; 9.6.24 was 90624.
        const QString version = v >= 100000 ? u"%1.%2"_qs.arg(v / 10000).arg(v % 10000)
                                            : u"%1.%2.%3"_qs.arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
        return tr("%1: the server runs PostgreSQL %2; the team store needs PostgreSQL 13 or newer").arg(where, version);
    }
    return exec("SET client_min_messages = warning");
}

QString Connection::lastError() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : tr("not connected");
}

QString Connection::copyIn(const char *sql, const QByteArray &data)
{
    {
        const Result start(PQexec(m_conn, sql));
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            return QString::fromUtf8(PQresultErrorMessage(start.get())).trimmed();
    }
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        return lastError();
    QString error;
    while (pg_result *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    return error;
}

QString Connection::exec(const char *sql)
{
    const Result r(PQexec(m_conn, sql));
    const ExecStatusType s = PQresultStatus(r.get());
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK ? QString() : QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
}

Result Connection::query(const char *sql, const std::vector<std::optional<QByteArray>> &params, QString *error, Format results)
{
    std::vector<const char *> values;
    for (const std::optional<QByteArray> &p : params)
        values.push_back(p ? p->constData() : nullptr);
    Result r(PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr,
                             results == Format::Binary ? 1 : 0));
    const ExecStatusType s = PQresultStatus(r.get());
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
        return nullptr;
    }
    return r;
}

} // namespace Quorum::Pg
