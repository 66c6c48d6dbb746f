#pragma once

#include "../schemaladder.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace Quorum::Schema {

// The version this build writes: the shared ladder's (schemaladder.h), whose steps are rendered
// here in SQLite's words; a store of the local store's own older versions (1–9) is brought up its
// frozen history (schemahistory.h) first.
constexpr int kCurrentVersion = StoreSchema::kCurrentVersion;

// Version of an open database: 0 = empty (no tables at all), -1 = not a Quorum database.
int version(QSqlDatabase &db, QString *error);

// Runs the steps from the database's version up to `target`, all in one transaction.
// Returns "" on success, else what went wrong (the database is then unchanged).
QString migrate(QSqlDatabase &db, int fromVersion, int target = kCurrentVersion);
// Adds to the rollups what a killed writer had summed but not applied (sqliterollups.h). Call only
// while no writer has the database.
QString settlePendingRollups(QSqlDatabase &db);

// The statements of the shared ladder's steps after `fromVersion` up to `target`, in SQLite's words.
QStringList ladderStatements(int fromVersion, int target = kCurrentVersion);

// A full-text search (StoreSchema::TextSearch) as the local store keeps it: an FTS5 index with
// external content (the rows' own text), fed by the writer (searchfeed.h): rows written in a batch
// are added in one statement at its commit, and rows are taken out, with the text they were
// indexed with, before they are deleted. The texts are never updated.
QString ftsTable(const StoreSchema::TextSearch &search);
// Adds the rows whose ids are in the statement's one parameter, a JSON array.
QByteArray fillSql(const StoreSchema::TextSearch &search);
// Adds the rows whose ids run from the statement's first parameter to its second.
QByteArray fillRangeSql(const StoreSchema::TextSearch &search);
// Takes out the rows `where` selects (an SQL condition over the table, with `?` parameters).
QByteArray removeSql(const StoreSchema::TextSearch &search, const char *where);

// Runs each statement; "" on success, else the first failure and where.
QString runAll(QSqlDatabase &db, const QStringList &statements);
sqlite3 *sqliteHandle(QSqlDatabase &db);

// Per-connection settings: WAL, foreign keys, a busy timeout so readers and the writer share.
QStringList connectionPragmas(bool writer);
QString configureConnection(QSqlDatabase &db, bool writer);

} // namespace Quorum::Schema
