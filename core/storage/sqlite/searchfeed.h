#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Quorum {

// Feeds the local store's full-text indexes (StoreSchema::textSearches(), as Schema::ftsTable names them) from the writer's
// connection: the rows a batch writes are noted by id and added in one statement per index when
// the batch commits, so FTS5 writes one segment per batch, not one per row; rows are taken out,
// with the text they were indexed with, before they are deleted. A search therefore sees every
// row committed, and only those.
class SearchFeed final
{
public:
    explicit SearchFeed(sqlite3 *db) : m_db(db) {}
    ~SearchFeed();
    SearchFeed(const SearchFeed &) = delete;
    SearchFeed &operator=(const SearchFeed &) = delete;

    QString prepare();
    // A row of `table` written in the open transaction ("invocations", "scenarios", "verdicts";
    // rows of other tables are not indexed).
    void written(const char *table, qint64 id);
    // Adds the rows noted since the last call; call inside the transaction, before it commits.
    QString flush();
    // The transaction was rolled back: its rows are gone, and so is what it added.
    void discard();
    // Call before deleting an invocation (with its verdicts), or a whole run.
    QString removeInvocation(qint64 invocationId);
    QString removeRun(qint64 runId);

private:
    struct Index
    {
        const char *table = nullptr;
        sqlite3_stmt *fill = nullptr, *fillRange = nullptr, *byInvocation = nullptr, *byRun = nullptr;
        std::vector<qint64> unindexed;
    };
    QString remove(sqlite3_stmt *Index::*statement, qint64 id);
    QString setPageSize(const QByteArray &fts);
    QString lastError() const;

    sqlite3 *m_db;
    std::vector<Index> m_indexes;
    QByteArray m_ids; // the JSON array bound to a fill statement
};

} // namespace Quorum
