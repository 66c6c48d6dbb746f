#pragma once

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace Quorum::StoreSchema {

// Both stores' schema, written once: tables, columns in logical types, indexes and full-text
// searches, version by version (the ladder), rendered by each database's dialect (SqliteDialect in
// sqlite/schema.cpp, PgDialect in postgres/pgschema.cpp). The local and the team store share one
// version number from version 10 on; what came before (SQLite 1–9, PostgreSQL 1–7) is kept as
// each store's own frozen history (sqlite/schemahistory.cpp, postgres/pgschemahistory.cpp), whose
// last version is version 10 here.
inline constexpr int kFirstSharedVersion = 10;
inline constexpr int kCurrentVersion = 11;

// What a column holds, whatever the database calls it.
enum class Type {
    Integer, // ids, counts, flags (0/1) and times (ms since the epoch): SQLite INTEGER, PostgreSQL BIGINT
    Real,    // measures: REAL, DOUBLE PRECISION
    Text,    // TEXT
    Bytes,   // BLOB, BYTEA
};

// How a table's `id` column is numbered.
enum class Ids {
    None,     // no `id` column of its own (a key of several columns)
    Writer,   // by the writer before the row is written (IdTable; on the team store from a sequence)
    Database, // by the database as the row is inserted
};

struct Column
{
    const char *name;
    Type type;
    bool notNull = false;
    const char *defaultValue = nullptr; // an SQL literal, the same on every database
    const char *references = nullptr;   // a table, whose `id` this column holds
    bool cascade = false;               // rows go when the row they reference goes
};

struct Table
{
    const char *name;
    Ids ids;
    std::vector<Column> columns;             // after `id`, when the table has one
    std::vector<const char *> key;           // the primary key, when not `id`
    std::vector<std::vector<const char *>> unique;
    // Written by the million: references are not declared where the database would check each
    // row (the team store); the writer numbers the parents itself.
    bool bulk = false;
    // The local writer's own journal (sums kept across batches); the team store's writer applies
    // its sums in every batch and has none.
    bool localOnly = false;
};

struct Index
{
    const char *name, *table;
    std::vector<const char *> columns;
    const char *where = nullptr; // a partial index: only the rows this condition selects
};

// A full-text search over some text columns of a table, whose rows it finds by `id`. The local store
// keeps it as an FTS5 index `<name>_fts` with its vocabulary `<name>_vocab`, fed by the writer
// (searchfeed.h); the team store as a generated tsvector column `<name>_tsv` with a GIN index.
struct TextSearch
{
    const char *name, *table;
    QStringList columns;
};

struct AddColumn
{
    const char *table;
    Column column;
};
using Change = std::variant<Table, Index, TextSearch, AddColumn>;

struct Step
{
    int version;
    const char *what;
    std::vector<Change> changes;
};

// The steps from kFirstSharedVersion to kCurrentVersion, in order; the first makes an empty store.
const std::vector<Step> &ladder();
// The searches the ladder makes, for the writer that feeds them and the readers that ask them.
std::vector<TextSearch> textSearches();

// How one database writes the ladder's changes as SQL. What both write alike (a table's columns,
// keys and references, an index, an added column) is here; a dialect names its types, numbers ids
// and keeps its searches.
class Dialect
{
public:
    virtual ~Dialect() = default;
    QStringList render(const Change &change) const;

protected:
    virtual QString typeName(Type type) const = 0;
    // The `id` column's definition, for a table that has one.
    virtual QString idColumn(Ids ids) const = 0;
    // Whether the table's references are declared (each then checked as a row is written).
    virtual bool declaresReferences(const Table &t) const = 0;
    virtual QStringList table(const Table &t) const;
    virtual QStringList search(const TextSearch &s) const = 0;

    // CREATE TABLE of `t`, closed by `suffix`.
    QString createTable(const Table &t, const QString &suffix = {}) const;
    static QString names(const std::vector<const char *> &columns);

private:
    QString column(const Column &c, bool key, bool reference) const;
    QStringList index(const Index &x) const;
    QStringList addColumn(const AddColumn &c) const;
};

// The SQL that takes a store of version `from` (0 for an empty one) to `to`.
QStringList statements(const Dialect &dialect, int from, int to = kCurrentVersion);

} // namespace Quorum::StoreSchema
