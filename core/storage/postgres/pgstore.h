#pragma once

#include "../readrows.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Quorum {

// A team store: the same runs as a local SQLite store, on a PostgreSQL server
// (postgresql://user@host:port/dbname?sslmode=…). The readers (StoreReader) read through select(), one libpq
// connection per thread; one-off reads (push and pull, tests) may use a QPSQL connection; the
// writer talks libpq directly (PgWriter), for binary COPY.
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
    // A read on this thread's libpq connection to the store (the readers' bulk path): `sql` with
    // $1, $2… for `params` (sent as text; a null QVariant is SQL NULL). Empty rows with `error`
    // set when it fails.
    static ReadRows select(const QString &url, const QString &sql, const QVariantList &params, QString *error);
};

} // namespace Quorum
