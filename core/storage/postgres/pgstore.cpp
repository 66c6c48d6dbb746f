#include "pgstore.h"
#include "../readbackend.h"

#include "pgconnection.h"
#include "pgschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <QtEndian>

#include <bit>
#include <cmath>

#include <libpq-fe.h>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PgStore", text); }

// A result's rows in libpq's binary format: the server sends the values as they are stored
// (network byte order) and neither side formats or parses a number (bench_storage: the
// histogram read of a 1M-invocation run went from 150 to 117 ms).
// Types are those the read queries produce: BIGINT, INTEGER, DOUBLE PRECISION, BOOLEAN, TEXT,
// and NUMERIC for a sum of BIGINTs.
class PgRows final : public ReadRows::Source
{
public:
    explicit PgRows(Pg::Result result) : m_result(std::move(result)), m_rows(PQntuples(m_result.get()))
    {
        for (int c = 0; c < PQnfields(m_result.get()); ++c)
            m_types.push_back(PQftype(m_result.get(), c));
    }
    bool next() override { return ++m_row < m_rows; }
    bool isNull(int c) const override { return PQgetisnull(m_result.get(), m_row, c) != 0; }
    qint64 int64(int c) const override
    {
        switch (m_types[size_t(c)]) {
        case kInt8: return qint64(be<quint64>(c));
        case kInt4: return qint32(be<quint32>(c));
        case kInt2: return qint16(be<quint16>(c));
        case kBool: return bytes(c)[0] != 0;
        default: return isNull(c) ? 0 : qint64(std::llround(real(c)));
        }
    }
    double real(int c) const override
    {
        if (isNull(c))
            return 0;
        switch (m_types[size_t(c)]) {
        case kFloat8: return std::bit_cast<double>(be<quint64>(c));
        case kFloat4: return std::bit_cast<float>(be<quint32>(c));
        case kNumeric: return numeric(c);
        case kInt8: case kInt4: case kInt2: case kBool: return double(int64(c));
        default: return text(c).toDouble();
        }
    }
    bool boolean(int c) const override { return !isNull(c) && int64(c) != 0; }
    QString text(int c) const override
    {
        if (isNull(c))
            return {};
        switch (m_types[size_t(c)]) {
        case kInt8: case kInt4: case kInt2: return QString::number(int64(c));
        case kBool: return int64(c) ? u"t"_qs : u"f"_qs;
        case kFloat8: case kFloat4: case kNumeric: return QString::number(real(c), 'g', QLocale::FloatingPointShortest);
        default: return QString::fromUtf8(bytes(c), PQgetlength(m_result.get(), m_row, c)); // TEXT: its UTF-8 bytes
        }
    }

private:
    // PostgreSQL's type OIDs (pg_type.dat), fixed since 7.x.
    static constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

    const char *bytes(int c) const { return PQgetvalue(m_result.get(), m_row, c); }
    template<typename T>
    T be(int c) const
    {
        if (isNull(c) || PQgetlength(m_result.get(), m_row, c) < int(sizeof(T)))
            return 0;
        return qFromBigEndian<T>(bytes(c));
    }
    // NUMERIC's binary form: digit count, weight of the first digit (in powers of 10,000),
    // sign, display scale, then the base-10,000 digits (numeric.c, numeric_send).
    double numeric(int c) const
    {
        const char *p = bytes(c);
        if (PQgetlength(m_result.get(), m_row, c) < 8)
            return 0;
        const int digits = qFromBigEndian<qint16>(p), weight = qFromBigEndian<qint16>(p + 2);
        const quint16 sign = qFromBigEndian<quint16>(p + 4);
        if (sign == 0xC000) // NaN
            return std::nan("");
        double value = 0;
        for (int i = 0; i < digits && 8 + 2 * i + 2 <= PQgetlength(m_result.get(), m_row, c); ++i)
            value += qFromBigEndian<qint16>(p + 8 + 2 * i) * std::pow(10000.0, weight - i);
        return sign == 0x4000 ? -value : value;
    }

    Pg::Result m_result;
    std::vector<Oid> m_types;
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

ReadRows PgStore::select(const QString &url, const QString &sql, const QVariantList &values, QString *error)
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
    for (const QVariant &v : values) {
        if (v.isNull())
            params.emplace_back(std::nullopt);
        else if (v.typeId() == QMetaType::Double)
            params.emplace_back(QByteArray::number(v.toDouble(), 'g', 17));
        else
            params.emplace_back(v.toString().toUtf8());
    }
    Pg::Result r = db->query(sql.toUtf8().constData(), params, &failure, Pg::Format::Binary);
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

namespace {
class PostgresReads final : public ReadBackend
{
public:
    QSqlDatabase connection(const QString &location, QString *error) const override { return PgStore::connection(location, error); }
    void closeConnection(const QString &location) const override { PgStore::closeConnection(location); }
    bool streams() const override { return false; }
    SqlText::Placeholder placeholder() const override
    {
        return [](int number) -> QString { return u'$' + QString::number(number); }; // libpq numbers its parameters
    }
    ReadRows select(const QString &location, const SqlText &sql, QString *error) const override
    {
        return PgStore::select(location, sql.text(), sql.params(), error);
    }
    QString extraScoresJoin() const override { return QStringLiteral(" CROSS JOIN LATERAL jsonb_each_text(v.extra_scores::jsonb) j"); }
    bool searchesVocabularies() const override { return false; }
};
} // namespace

const ReadBackend &postgresReads()
{
    static const PostgresReads reads;
    return reads;
}

} // namespace Quorum
