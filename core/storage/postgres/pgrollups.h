#pragma once

#include "../rollups.h"
#include "pgconnection.h"
#include "pgcopy.h"

#include <array>

namespace Quorum {

// Writes a RollupAccumulator's sums into a team store's rollup tables: each table's sums by
// binary COPY into a temporary table, then added with one upsert, inside the caller's transaction.
class PgRollups final
{
public:
    explicit PgRollups(Pg::Connection &db) : m_db(db) {}
    // Creates the connection's temporary tables (once per connection).
    QString prepare();
    // Writes and clears the sums. "" or the server's message.
    QString apply(RollupAccumulator &sums);

private:
    Pg::Connection &m_db;
    std::array<Pg::CopyRows, kRollupTableCount> m_sums;
};

// Computes every rollup table afresh from the stored rows (a migration; inside its transaction).
QString rebuildRollups(Pg::Connection &db);

} // namespace Quorum
