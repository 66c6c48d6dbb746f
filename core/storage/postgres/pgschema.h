#pragma once

#include "pgconnection.h"

#include <QString>

namespace Quorum::PgSchema {

// The version this build writes on a team store (the SQLite store's version 3, in PostgreSQL's types).
inline constexpr int kCurrentVersion = 7;

struct Readiness
{
    bool ok = false;
    QString error;        // for people
    int fromVersion = 0;  // 0: created now
};

// Creates the schema in an empty database, or checks it: a newer one is refused and left
// untouched. In one transaction, one process at a time (an advisory lock).
Readiness prepare(Pg::Connection &db);

// The sequence a writer's ids of `table` (an IdTable) come from.
QString sequenceName(int table);

} // namespace Quorum::PgSchema
