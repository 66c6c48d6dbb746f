#pragma once

#include "pgconnection.h"

#include <QString>

namespace Quorum::PgSchemaHistory {

// The team store's own versions 1 to 7, frozen as released, and the renames that make version 7
// the shared ladder's version 10 (schemaladder.h): the steps from `fromVersion` up to `target`
// (a `target` past 7 means onto the ladder), inside the caller's transaction. "" on success.
inline constexpr int kLastVersion = 7;
QString upgrade(Pg::Connection &db, int fromVersion, int target);

} // namespace Quorum::PgSchemaHistory
