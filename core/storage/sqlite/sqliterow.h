#pragma once

#include <QString>

#include <optional>

#include <sqlite3.h>

namespace Quorum {

// The current result row of a raw SQLite statement (the writer's and the answer readers'
// own connections), read column by column; NULL reads as nullopt where that matters.
class SqliteRow final
{
public:
    explicit SqliteRow(sqlite3_stmt *statement) : m_statement(statement) {}

    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool boolean(int column) const { return integer(column) != 0; }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::optional<double> optionalReal(int column) const { return isNull(column) ? std::nullopt : std::optional(real(column)); }
    std::optional<bool> optionalBool(int column) const { return isNull(column) ? std::nullopt : std::optional(boolean(column)); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
};

} // namespace Quorum
