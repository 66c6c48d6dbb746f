#pragma once

#include <QString>

#include <optional>

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

// Reads one run's stored answers by work item (re-judging a run). Thread-safe: every worker
// asks it. Store::answers() makes one for its store.
class StoredAnswerReader
{
public:
    virtual ~StoredAnswerReader() = default;
    virtual QString open() = 0; // "" when the run's answers can be read, else why not
    virtual std::optional<StoredInvocation> invocation(qint64 workItem) = 0;
};

} // namespace Quorum
