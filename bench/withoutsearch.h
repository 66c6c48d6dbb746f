#pragma once
// A local store made without its full-text search indexes: the same rows written into it show what
// feeding the indexes costs the writer (bench_storage --without-search, bench_search).

#include "storage/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Quorum::Bench {

// Creates the store at `path` (no writer may have it yet) and drops its search indexes; "" or why not.
inline QString makeStoreWithoutSearch(const QString &path)
{
    if (const Store::Opened made = Store::open(path); !made.store)
        return made.error;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"without-search"_qs);
        db.setDatabaseName(path);
        QSqlQuery q(db.open() ? db : QSqlDatabase());
        for (const char *index : {"answer", "scenario", "rationale"})
            for (const char *table : {"vocab", "fts"})
                if (error.isEmpty() && !q.exec(QStringLiteral("DROP TABLE %1_%2").arg(QLatin1String(index), QLatin1String(table))))
                    error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"without-search"_qs);
    return error;
}

} // namespace Quorum::Bench
