#include "store.h"

#include "postgres/pganswers.h"
#include "postgres/pgconnection.h"
#include "postgres/pgstore.h"
#include "postgres/pgwriter.h"
#include "sqlite/sqliteanswers.h"
#include "sqlite/sqlitestore.h"
#include "sqlite/sqlitewriter.h"

#include <QCoreApplication>
#include <QUrl>

namespace Quorum {

QString Store::keychainAccount(const QString &location)
{
    if (!Pg::isUrl(location))
        return {};
    QUrl u(location);
    u.setPassword({});
    u.setQuery(QString());
    return u.toString();
}

Store::Opened Store::open(const QString &location, const Keychain &keychain)
{
    Opened out;
    if (Pg::isUrl(location)) {
        // libpq reads PGPASSWORD itself; the keychain's secret goes there, for this process only.
        if (keychain && QUrl(location).password().isEmpty() && !qEnvironmentVariableIsSet("PGPASSWORD"))
            if (const QString secret = keychain(keychainAccount(location)); !secret.isEmpty())
                qputenv("PGPASSWORD", secret.toUtf8());
        const PgStore::Readiness ready = PgStore::prepare(location);
        out.fromVersion = ready.fromVersion;
        if (!ready.ok)
            out.error = ready.error;
        else
            out.store = std::shared_ptr<const Store>(new Store(location));
        return out;
    }
    const SqliteStore::Readiness ready = SqliteStore::prepare(location);
    out.fromVersion = ready.fromVersion;
    out.backupPath = ready.backupPath;
    if (!ready.ok) {
        out.error = ready.error;
        return out;
    }
    out.store = std::shared_ptr<const Store>(new Store(location));
    return out;
}

QString Store::displayedLocation() const
{
    return Pg::isUrl(m_location) ? Pg::displayed(m_location) : m_location;
}

QString Store::defaultLocation()
{
    return SqliteStore::defaultPath();
}

std::unique_ptr<StoredAnswerReader> Store::answers(qint64 runId) const
{
    if (Pg::isUrl(m_location))
        return std::make_unique<PgAnswers>(m_location, runId);
    return std::make_unique<SqliteAnswers>(m_location, runId);
}

QString Store::write(const QList<WriteOp> &ops) const
{
    // A run of this process writing to the store already: its writer takes the rows too.
    QString viaRunning;
    const bool running = StoreWriter::withRunning(m_location, [&](StoreWriter &w) {
        for (const WriteOp &op : ops)
            w.submit(op);
        if (!w.flush(600000))
            viaRunning = w.lastError().isEmpty() ? QCoreApplication::translate("Store", "the store did not finish in time") : w.lastError();
    });
    if (running)
        return viaRunning;
    const std::unique_ptr<StoreWriter> w = writer();
    if (QString e = w->start(); !e.isEmpty())
        return e;
    for (const WriteOp &op : ops)
        w->submit(op);
    if (!w->flush(600000))
        return w->lastError().isEmpty() ? QCoreApplication::translate("Store", "the store did not finish in time") : w->lastError();
    return w->lastError();
}

std::unique_ptr<StoreWriter> Store::writerFor(const QString &location, int maxBatch, int maxQueued)
{
    if (Pg::isUrl(location))
        return std::make_unique<StoreWriter>(std::make_unique<PgWriter>(location), maxBatch > 0 ? maxBatch : 200'000, maxQueued);
    return std::make_unique<StoreWriter>(std::make_unique<SqliteWriter>(location), maxBatch > 0 ? maxBatch : 20'000, maxQueued);
}

} // namespace Quorum
