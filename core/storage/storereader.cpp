#include "storereader.h"

#include "postgres/pgconnection.h"
#include "postgres/pgstore.h"
#include "readconnection.h"
#include "sqlite/sqlitestore.h"
#include "store.h"

namespace Quorum {

namespace {
// Readers alive on this thread, per store: the connection closes with the last one (thread-pool
// threads come and go, and must keep no connection behind).
thread_local QHash<QString, int> tReaders;
} // namespace

StoreReader::StoreReader(QString path) : m_path(std::move(path))
{
    ++tReaders[m_path];
}

StoreReader::StoreReader(const Store &store) : StoreReader(store.location())
{
}

bool StoreReader::teamStore() const
{
    return Pg::isUrl(m_path);
}

StoreReader::~StoreReader()
{
    if (--tReaders[m_path] <= 0) {
        tReaders.remove(m_path);
        closeReadConnection(m_path);
    }
}

ReadRows StoreReader::exec(const QString &sql, qint64 runId, bool *ok)
{
    return exec(sql, runId >= 0 ? QVariantList{runId} : QVariantList{}, ok);
}

ReadRows StoreReader::exec(const QString &sql, const QVariantList &params, bool *ok)
{
    m_error.clear();
    *ok = false;
    if (Pg::isUrl(m_path)) {
        // The team store's rows straight from libpq; its parameters are $1, $2… in order.
        QString pgSql;
        pgSql.reserve(sql.size() + 8);
        int n = 0;
        for (const QChar c : sql) {
            if (c == u'?')
                pgSql += u'$' + QString::number(++n);
            else
                pgSql += c;
        }
        ReadRows rows = PgStore::select(m_path, pgSql, params, &m_error);
        *ok = m_error.isEmpty();
        return rows;
    }
    // The local store's rows straight from SQLite, stepped as they are read.
    ReadRows rows = SqliteStore::select(m_path, sql, params, &m_error);
    *ok = m_error.isEmpty();
    return rows;
}

} // namespace Quorum
