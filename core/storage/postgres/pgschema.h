#pragma once

#include "../schemaladder.h"
#include "pgconnection.h"

#include <QString>

namespace Quorum::PgSchema {

// The version this build writes on a team store: the shared ladder's (schemaladder.h), whose steps
// are rendered here in PostgreSQL's words; a store of the team store's own older versions (1–7) is
// brought up its frozen history (pgschemahistory.h) first.
inline constexpr int kCurrentVersion = StoreSchema::kCurrentVersion;

struct Readiness
{
    bool ok = false;
    QString error;        // for people
    int fromVersion = 0;  // 0: created now
};

// Creates the schema in an empty database, or checks it: a newer one is refused and left
// untouched. In one transaction, one process at a time (an advisory lock).
// `target` other than the current version makes an older store, for the tests of its upgrade.
Readiness prepare(Pg::Connection &db, int target = kCurrentVersion);

// The sequence a writer's ids of `table` (an IdTable) come from.
QString sequenceName(int table);
QString sequenceName(const char *table);

} // namespace Quorum::PgSchema
