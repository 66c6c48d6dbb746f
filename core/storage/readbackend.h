#pragma once

#include "readrows.h"
#include "sqltext.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Quorum {

// What the readers need of the database a store is on, beside the writer's WriterBackend: this
// thread's connection, rows straight from the database's own API, and the few places where the
// two dialects differ. Neutral code asks ReadBackend::of(location), never which database it is.
class ReadBackend
{
public:
    virtual ~ReadBackend() = default;
    // The local store's (a file) or the team store's (a postgresql:// URL).
    static const ReadBackend &of(const QString &location);

    // This thread's read connection to the store, opened on first use; closed by closeConnection().
    virtual QSqlDatabase connection(const QString &location, QString *error) const = 0;
    virtual void closeConnection(const QString &location) const = 0;
    // Whether a QSqlQuery on connection() may stream its rows (QPSQL loses a streaming result
    // when the connection runs another query, so it must read whole).
    virtual bool streams() const = 0;
    // How this database writes the placeholder of a query's n-th parameter (SqlText asks it).
    virtual SqlText::Placeholder placeholder() const = 0;
    // The rows of `sql` (written by an SqlText of this backend) on this thread's connection.
    virtual ReadRows select(const QString &location, const SqlText &sql, QString *error) const = 0;

    // The verdicts `v`' extra scores (a JSON object each) as rows `j` of (key, value): what
    // follows "FROM verdicts v JOIN invocations i ON i.id = v.invocation_id".
    virtual QString extraScoresJoin() const = 0;
    // Whether a search asks full-text indexes with vocabularies (the local store's FTS5) rather
    // than text-search vectors (the team store's tsvector columns).
    virtual bool searchesVocabularies() const = 0;
};

// The two kinds, each beside its store (sqlite/sqlitestore.cpp, postgres/pgstore.cpp).
const ReadBackend &sqliteReads();
const ReadBackend &postgresReads();

} // namespace Quorum
