#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

// A team store: the same runs as a local SQLite store, on a PostgreSQL server
// (postgresql://user@host:port/dbname?sslmode=…). Readers use Qt's QPSQL driver, one connection
// per thread; the writer talks libpq directly (PgWriter), for binary COPY.
class PgStore final
{
public:
    struct Readiness
    {
        bool ok = false;
        QString error;
        int fromVersion = 0;
    };
    // Connects, then creates or checks the schema (a newer one is refused).
    static Readiness prepare(const QString &url);
    // This thread's read connection.
    static QSqlDatabase connection(const QString &url, QString *error);
    static void closeConnection(const QString &url);
};

} // namespace Quorum
