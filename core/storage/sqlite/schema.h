#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum::Schema {

// The version this build writes. Bump it and add a step in schema.cpp to change the schema.
constexpr int kCurrentVersion = 8;

// Version of an open database: 0 = empty (no tables at all), -1 = not a Quorum database.
int version(QSqlDatabase &db, QString *error);

// Runs the steps from the database's version up to `target`, all in one transaction.
// Returns "" on success, else what went wrong (the database is then unchanged).
QString migrate(QSqlDatabase &db, int fromVersion, int target = kCurrentVersion);
// Adds to the rollups what a killed writer had summed but not applied (sqliterollups.h). Call only
// while no writer has the database.
QString settlePendingRollups(QSqlDatabase &db);

// Per-connection settings: WAL, foreign keys, a busy timeout so readers and the writer share.
QStringList connectionPragmas(bool writer);
QString configureConnection(QSqlDatabase &db, bool writer);

} // namespace Quorum::Schema
