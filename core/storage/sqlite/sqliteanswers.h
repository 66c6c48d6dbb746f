#pragma once

#include "../storedanswers.h"

#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace Quorum {

// A run's stored answers in a local SQLite store, through a read-only connection of its own.
class SqliteAnswers final : public StoredAnswerReader
{
public:
    SqliteAnswers(QString path, qint64 runId);
    ~SqliteAnswers() override;
    SqliteAnswers(const SqliteAnswers &) = delete;
    SqliteAnswers &operator=(const SqliteAnswers &) = delete;

    QString open() override;
    std::optional<StoredInvocation> invocation(qint64 workItem) override;

private:
    QString m_path;
    qint64 m_runId;
    std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
};

} // namespace Quorum
