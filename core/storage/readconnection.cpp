#include "readconnection.h"

#include "postgres/pgconnection.h"
#include "postgres/pgstore.h"
#include "sqlite/sqlitestore.h"

namespace Quorum {

QSqlDatabase readConnection(const QString &location, QString *error)
{
    return Pg::isUrl(location) ? PgStore::connection(location, error) : SqliteStore::connection(location, error);
}

void closeReadConnection(const QString &location)
{
    if (Pg::isUrl(location))
        PgStore::closeConnection(location);
    else
        SqliteStore::closeConnection(location);
}

bool readsStream(const QString &location)
{
    return !Pg::isUrl(location);
}

} // namespace Quorum
