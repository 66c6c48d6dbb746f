#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Quorum::Pg {

// Is `location` a team store on a PostgreSQL server (postgresql://… or postgres://…)?
bool isUrl(const QString &location);
// The URL as people may see it: any password in it is replaced by "***".
QString displayed(const QString &url);

// The oldest server the team store runs on (PostgreSQL 13: what the schema and the writer use).
inline constexpr int kOldestServer = 130000;

struct ResultDeleter { void operator()(pg_result *r) const; };
using Result = std::unique_ptr<pg_result, ResultDeleter>;
// How a query's result values come back: as text, or in each type's binary form.
enum class Format { Text, Binary };

// One result row's columns, read from their text (the text protocol).
class Row final
{
public:
    Row(const pg_result *r, int row) : m_r(r), m_row(row) {}
    bool isNull(int c) const;
    qint64 int64(int c) const;
    int integer(int c) const { return int(int64(c)); }
    double real(int c) const;
    bool boolean(int c) const { return int64(c) != 0; }
    QString text(int c) const;
    std::optional<double> optionalReal(int c) const { return isNull(c) ? std::nullopt : std::optional(real(c)); }
    std::optional<bool> optionalBool(int c) const { return isNull(c) ? std::nullopt : std::optional(boolean(c)); }

private:
    const pg_result *m_r;
    int m_row;
};

// One libpq connection. The password comes from the URL, PGPASSWORD or ~/.pgpass, as libpq
// reads them: Quorum never writes it anywhere.
class Connection final
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Connects; "" on success, else a message for people that says which of host unreachable,
    // authentication failed, database missing or server too old it was.
    QString open(const QString &url);
    void close();
    pg_conn *handle() const { return m_conn; }

    // Runs SQL without parameters; "" or the server's message.
    QString exec(const char *sql);
    // Runs SQL with text parameters (nullopt is NULL); the result, or null with `error` set.
    Result query(const char *sql, const std::vector<std::optional<QByteArray>> &params, QString *error,
                 Format results = Format::Text);
    QString lastError() const;
    // Sends rows in binary COPY format (`sql` is the COPY … FROM STDIN statement).
    QString copyIn(const char *sql, const QByteArray &data);

private:
    pg_conn *m_conn = nullptr;
};

} // namespace Quorum::Pg
