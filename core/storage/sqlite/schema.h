#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Schema {

// The version this build writes. Bump it and add a step in schema.cpp to change the schema.
constexpr int kCurrentVersion = 9;

// Version of an open database: 0 = empty (no tables at all), -1 = not a Quorum database.
int version(QSqlDatabase &db, QString *error);

// Runs the steps from the database's version up to `target`, all in one transaction.
// Returns "" on success, else what went wrong (the database is then unchanged).
QString migrate(QSqlDatabase &db, int fromVersion, int target = kCurrentVersion);
// Adds to the rollups what a killed writer had summed but not applied (sqliterollups.h). Call only
// while no writer has the database.
QString settlePendingRollups(QSqlDatabase &db);

// A full-text index (FTS5, external content: the rows' own text) and the table whose rows it
// indexes by id. The writer feeds it (searchfeed.h): rows written in a batch are added in one
// statement at its commit, and rows are taken out, with the text they were indexed with, before
// they are deleted. The texts are never updated.
struct SearchIndex
{
    const char *name, *table;
    QStringList columns;
    // Adds the rows whose ids are in the statement's one parameter, a JSON array.
    QByteArray fillSql() const;
    // Takes out the rows `where` selects (an SQL condition over the table, with `?` parameters).
    QByteArray removeSql(const char *where) const;
};
const std::vector<SearchIndex> &searchIndexes();

// Per-connection settings: WAL, foreign keys, a busy timeout so readers and the writer share.
QStringList connectionPragmas(bool writer);
QString configureConnection(QSqlDatabase &db, bool writer);

} // namespace Quorum::Schema
