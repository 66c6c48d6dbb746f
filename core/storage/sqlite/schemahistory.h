#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum::SchemaHistory {

// The local store's own versions 1 to 9, frozen as released: the steps that bring an older store
// up to version 9, which is the shared ladder's version 10 (schemaladder.h). Runs inside the
// caller's transaction; "" on success, else what went wrong.
inline constexpr int kLastVersion = 9;
QString upgrade(QSqlDatabase &db, int fromVersion, int target = kLastVersion);

} // namespace Quorum::SchemaHistory
