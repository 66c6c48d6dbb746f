#pragma once

#include <QString>

#include <mutex>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Quorum {

// One stored invocation's answer and what was measured when it was produced, as stored.
struct StoredInvocation
{
    bool ok = false;
    QString errorClass;
    qint64 t0 = 0;
    std::optional<double> ttftMs, ttfrMs;
    double ttlbMs = 0;
    double wallMs = 0;
    double throttleWaitMs = 0;
    qint64 inputTokens = 0, outputTokens = 0, reasoningTokens = 0;
    bool tokensEstimated = false;
    int attempts = 1;
    QString tierServed;
    int httpStatus = 0;
    QString responseText;
    qint64 firstStartAt = 0;
};

// Reads one run's stored answers by work item (re-judging a run). A read-only connection of its
// own; thread-safe: every worker asks it.
class StoredAnswerReader final
{
public:
    StoredAnswerReader(QString location, qint64 runId);
    ~StoredAnswerReader();
    StoredAnswerReader(const StoredAnswerReader &) = delete;
    StoredAnswerReader &operator=(const StoredAnswerReader &) = delete;

    QString open(); // "" when the run's answers can be read, else why not
    std::optional<StoredInvocation> invocation(qint64 workItem);

private:
    QString m_location;
    qint64 m_runId;
    std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
};

} // namespace Quorum
