#include "store.h"

#include "sqlite/sqliteanswers.h"
#include "sqlite/sqlitestore.h"
#include "sqlite/sqlitewriter.h"

namespace Quorum {

Store::Opened Store::open(const QString &location)
{
    Opened out;
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

QString Store::defaultLocation()
{
    return SqliteStore::defaultPath();
}

std::unique_ptr<StoredAnswerReader> Store::answers(qint64 runId) const
{
    return std::make_unique<SqliteAnswers>(m_location, runId);
}

std::unique_ptr<StoreWriter> Store::writerFor(const QString &location, int maxBatch, int maxQueued)
{
    return std::make_unique<StoreWriter>(std::make_unique<SqliteWriter>(location), maxBatch, maxQueued);
}

} // namespace Quorum
