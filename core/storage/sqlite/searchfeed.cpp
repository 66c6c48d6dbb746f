#include "searchfeed.h"

#include "schema.h"

#include <cstring>

#include <sqlite3.h>

namespace Quorum {

SearchFeed::~SearchFeed()
{
    for (Index &x : m_indexes)
        for (sqlite3_stmt *s : {x.fill, x.fillRange, x.byInvocation, x.byRun})
            sqlite3_finalize(s);
}

QString SearchFeed::prepare()
{
    for (const StoreSchema::TextSearch &spec : StoreSchema::textSearches()) {
        // A store without this index (bench_storage --without-search measures the writer so) is not fed.
        const QByteArray fts = Schema::ftsTable(spec).toUtf8();
        if (sqlite3_table_column_metadata(m_db, "main", fts.constData(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr) != SQLITE_OK)
            continue;
        if (const QString e = setPageSize(fts); !e.isEmpty())
            return e;
        Index x;
        x.table = spec.table;
        const bool invocations = std::strcmp(spec.table, "invocations") == 0;
        const bool verdicts = std::strcmp(spec.table, "verdicts") == 0;
        auto compile = [&](const QByteArray &sql, sqlite3_stmt **out) {
            return sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, out, nullptr) == SQLITE_OK;
        };
        bool ok = compile(Schema::fillSql(spec), &x.fill) && compile(Schema::fillRangeSql(spec), &x.fillRange)
                  && compile(Schema::removeSql(spec, "run_id = ?"), &x.byRun);
        if (ok && (invocations || verdicts)) // scenarios outlive their invocations
            ok = compile(Schema::removeSql(spec, invocations ? "id = ?" : "invocation_id = ?"), &x.byInvocation);
        m_indexes.push_back(x);
        if (!ok)
            return lastError();
    }
    return {};
}

QString SearchFeed::setPageSize(const QByteArray &fts)
{
    // The index's leaves are written 16,000 bytes at a time, not FTS5's 4,050 (a store's page is
    // 16 KB): fewer, larger leaves to write and merge. bench_storage at 1M x 3, four pairs in one
    // sitting: 7 % faster on average (1.4 to 13.8 %). A stored setting of the index, written once.
    constexpr int kLeafBytes = 16000;
    sqlite3_stmt *q = nullptr;
    const QByteArray read = "SELECT v FROM " + fts + "_config WHERE k = 'pgsz'";
    int current = 0;
    if (sqlite3_prepare_v2(m_db, read.constData(), int(read.size()), &q, nullptr) != SQLITE_OK)
        return lastError();
    if (sqlite3_step(q) == SQLITE_ROW)
        current = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    if (current == kLeafBytes)
        return {};
    const QByteArray set = "INSERT INTO " + fts + "(" + fts + ", rank) VALUES ('pgsz', " + QByteArray::number(kLeafBytes) + ")";
    return sqlite3_exec(m_db, set.constData(), nullptr, nullptr, nullptr) == SQLITE_OK ? QString() : lastError();
}

void SearchFeed::written(const char *table, qint64 id)
{
    for (Index &x : m_indexes)
        if (x.table == table || std::strcmp(x.table, table) == 0) {
            x.unindexed.push_back(id);
            return;
        }
}

QString SearchFeed::flush()
{
    for (Index &x : m_indexes) {
        if (x.unindexed.empty())
            continue;
        // Rows numbered one after another (as a batch's mostly are): their first and last id.
        bool consecutive = true;
        for (size_t i = 1; i < x.unindexed.size() && consecutive; ++i)
            consecutive = x.unindexed[i] == x.unindexed[i - 1] + 1;
        if (consecutive) {
            sqlite3_bind_int64(x.fillRange, 1, x.unindexed.front());
            sqlite3_bind_int64(x.fillRange, 2, x.unindexed.back());
            x.unindexed.clear();
            const int rc = sqlite3_step(x.fillRange);
            sqlite3_reset(x.fillRange);
            if (rc != SQLITE_DONE)
                return lastError();
            continue;
        }
        m_ids.clear();
        m_ids.reserve(qsizetype(x.unindexed.size() * 12 + 2));
        m_ids += '[';
        for (size_t i = 0; i < x.unindexed.size(); ++i) {
            if (i)
                m_ids += ',';
            m_ids += QByteArray::number(x.unindexed[i]);
        }
        m_ids += ']';
        x.unindexed.clear();
        sqlite3_bind_text64(x.fill, 1, m_ids.constData(), sqlite3_uint64(m_ids.size()), SQLITE_STATIC, SQLITE_UTF8);
        const int rc = sqlite3_step(x.fill);
        sqlite3_reset(x.fill);
        sqlite3_clear_bindings(x.fill);
        if (rc != SQLITE_DONE)
            return lastError();
    }
    return {};
}

void SearchFeed::discard()
{
    for (Index &x : m_indexes)
        x.unindexed.clear();
}

QString SearchFeed::removeInvocation(qint64 invocationId)
{
    return remove(&Index::byInvocation, invocationId);
}

QString SearchFeed::removeRun(qint64 runId)
{
    return remove(&Index::byRun, runId);
}

QString SearchFeed::remove(sqlite3_stmt *Index::*statement, qint64 id)
{
    // Rows of this transaction are indexed first: taking out a row the index lacks would corrupt it.
    if (const QString e = flush(); !e.isEmpty())
        return e;
    for (Index &x : m_indexes) {
        sqlite3_stmt *q = x.*statement;
        if (!q)
            continue;
        sqlite3_bind_int64(q, 1, id);
        const int rc = sqlite3_step(q);
        sqlite3_reset(q);
        if (rc != SQLITE_DONE)
            return lastError();
    }
    return {};
}

QString SearchFeed::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace Quorum
