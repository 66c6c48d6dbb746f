#include "sqliterollups.h"

#include "sqliterow.h"
#include "../storedrows.h"

#include <QtEndian>

#include <cmath>

namespace Quorum {

namespace {
std::string upsertSql(const RollupTableSpec &t)
{
    std::string sql = std::string("INSERT INTO ") + t.name + " VALUES (";
    for (size_t i = 0; i < t.keys.size() + t.values.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ") ON CONFLICT (";
    for (size_t i = 0; i < t.keys.size(); ++i)
        sql += std::string(i ? "," : "") + t.keys[i];
    sql += ") DO UPDATE SET ";
    for (size_t i = 0; i < t.values.size(); ++i) {
        const std::string c = t.values[i];
        sql += (i ? ", " : "") + c + " = "
               + (t.maxColumn && c == t.maxColumn ? "max(" + c + ", excluded." + c + ")" : c + " + excluded." + c);
    }
    return sql;
}
} // namespace

SqliteRollups::~SqliteRollups()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

QString SqliteRollups::apply(RollupAccumulator &sums)
{
    return sums.drain([this](RollupTable table, const RollupAccumulator::Key &key, const double *values) {
        return upsertRow(table, key, values);
    });
}

// Adds one row's values to its table. "" or SQLite's message.
QString SqliteRollups::upsertRow(RollupTable table, const RollupAccumulator::Key &key, const double *values)
{
    const RollupTableSpec &spec = rollupTableSpec(table);
    sqlite3_stmt *&statement = m_statements[size_t(table)];
    if (!statement && sqlite3_prepare_v3(m_db, upsertSql(spec).c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    int c = 1;
    for (size_t k = 0; k < spec.keys.size(); ++k)
        sqlite3_bind_int64(statement, c++, key[k]);
    for (size_t i = 0; i < spec.values.size(); ++i) {
        // Whole numbers go in as integers: counts stay INTEGER in the table.
        const double v = values[i];
        if (v == std::trunc(v) && std::abs(v) < 9e15)
            sqlite3_bind_int64(statement, c++, qint64(v));
        else
            sqlite3_bind_double(statement, c++, v);
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
}

namespace {
// Adds stored invocations (all, or those still waiting in rollup_pending) and their verdicts
// to the rollups.
QString addStoredRows(sqlite3 *db, bool pendingOnly)
{
    // Invocations in id order, each followed by its verdicts (a merge of two ordered scans).
    const std::string invocationSql = std::string(StoredRows::kRollupInvocationColumns)
                                      + (pendingOnly ? "WHERE id IN (SELECT id FROM temp.pending_ids) " : "") + "ORDER BY id";
    const std::string verdictSql = std::string(StoredRows::kRollupVerdictColumns)
                                   + (pendingOnly ? "WHERE invocation_id IN (SELECT id FROM temp.pending_ids) " : "")
                                   + "ORDER BY invocation_id, id";
    sqlite3_stmt *inv = nullptr, *ver = nullptr;
    QString error;
    if (sqlite3_prepare_v2(db, invocationSql.c_str(), -1, &inv, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, verdictSql.c_str(), -1, &ver, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    RollupAccumulator sums;
    SqliteRollups writer(db);
    bool verdictPending = error.isEmpty() && sqlite3_step(ver) == SQLITE_ROW;
    qint64 rows = 0;
    while (error.isEmpty() && sqlite3_step(inv) == SQLITE_ROW) {
        const InvocationRecord i = StoredRows::rollupInvocation(SqliteRow(inv));
        sums.addInvocation(i);
        const SqliteRow verdict(ver);
        while (verdictPending && verdict.int64(0) <= i.id) {
            if (verdict.int64(0) == i.id) {
                const VerdictRecord v = StoredRows::rollupVerdict(verdict);
                sums.addVerdict(v);
            }
            verdictPending = sqlite3_step(ver) == SQLITE_ROW;
        }
        if (++rows % 50'000 == 0)
            error = writer.apply(sums);
    }
    if (error.isEmpty())
        error = writer.apply(sums);
    sqlite3_finalize(inv);
    sqlite3_finalize(ver);
    return error;
}

} // namespace

QString rebuildRollups(sqlite3 *db)
{
    for (int t = 0; t < kRollupTableCount; ++t)
        if (sqlite3_exec(db, (std::string("DELETE FROM ") + rollupTableSpec(RollupTable(t)).name).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
    QString error = addStoredRows(db, false);
    if (error.isEmpty() && sqlite3_exec(db, "DELETE FROM rollup_pending", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    return error;
}

QString rollUpPending(sqlite3 *db)
{
    auto fail = [db] { return QString::fromUtf8(sqlite3_errmsg(db)); };
    // Each pending batch lists its invocation ids as packed 64-bit integers.
    sqlite3_stmt *list = nullptr, *insert = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT invocation_ids FROM rollup_pending", -1, &list, nullptr) != SQLITE_OK)
        return fail();
    std::vector<qint64> ids;
    while (sqlite3_step(list) == SQLITE_ROW) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(list, 0));
        const int bytes = sqlite3_column_bytes(list, 0);
        for (int at = 0; at + 8 <= bytes; at += 8)
            ids.push_back(qFromLittleEndian<qint64>(data + at));
    }
    sqlite3_finalize(list);
    if (ids.empty())
        return {};
    QString error;
    if (sqlite3_exec(db, "CREATE TEMP TABLE pending_ids (id INTEGER PRIMARY KEY)", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO temp.pending_ids VALUES (?)", -1, &insert, nullptr) != SQLITE_OK)
        error = fail();
    for (size_t i = 0; i < ids.size() && error.isEmpty(); ++i) {
        sqlite3_bind_int64(insert, 1, ids[i]);
        if (sqlite3_step(insert) != SQLITE_DONE)
            error = fail();
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (error.isEmpty())
        error = addStoredRows(db, true);
    if (error.isEmpty() && sqlite3_exec(db, "DELETE FROM rollup_pending", nullptr, nullptr, nullptr) != SQLITE_OK)
        error = fail();
    sqlite3_exec(db, "DROP TABLE IF EXISTS temp.pending_ids", nullptr, nullptr, nullptr);
    return error;
}

} // namespace Quorum
