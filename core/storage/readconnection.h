#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

// This thread's read connection to the store at `location`, whichever kind it is (storage's
// own readers use it; nothing outside core/storage does).
QSqlDatabase readConnection(const QString &location, QString *error);
void closeReadConnection(const QString &location);
// Whether a read query may stream (SQLite) or must be read whole (QPSQL loses a streaming
// result when the connection runs another query).
bool readsStream(const QString &location);

} // namespace Quorum
