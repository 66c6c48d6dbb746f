#pragma once

#include "../rollups.h"

#include <QString>

#include <array>

#include <sqlite3.h>

namespace Quorum {

// Writes a RollupAccumulator's sums into an SQLite store's rollup tables (schema.cpp, versions 2
// and 3): one upsert per touched key, inside the caller's transaction.
class SqliteRollups final
{
public:
    explicit SqliteRollups(sqlite3 *db) : m_db(db) {}
    ~SqliteRollups();
    SqliteRollups(const SqliteRollups &) = delete;
    SqliteRollups &operator=(const SqliteRollups &) = delete;

    // Writes and clears the sums. "" on success, else SQLite's message.
    QString apply(RollupAccumulator &sums);

private:
    QString upsertRow(RollupTable table, const RollupAccumulator::Key &key, const double *values);
    sqlite3 *m_db;
    std::array<sqlite3_stmt *, kRollupTableCount> m_statements = {};
};

// Computes every rollup table afresh from the stored rows (a migration; inside its transaction).
QString rebuildRollups(sqlite3 *db);
// Adds the invocations listed in rollup_pending (committed, but their sums were still in the
// memory of a writer that was killed) to the rollups, and empties the list. In a transaction.
QString rollUpPending(sqlite3 *db);

} // namespace Quorum
