#pragma once

#include "../providers/chattypes.h"
#include "../storage/store.h"
#include "../storage/storedanswers.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>


namespace Quorum {

// An answer that exists already, with what was measured when it was produced.
struct StoredAnswer
{
    ChatResult result;
    int attempts = 1;
    qint64 firstStartAt = 0;
    double wallMs = 0;
    double throttleWaitMs = 0;
};

// Where a run takes its answers from instead of calling the models: a stored run (to judge it
// again with another jury or template) or a file of answers produced elsewhere. The engine
// then only calls the judges. Thread-safe: every worker asks it.
class AnswerSource
{
public:
    virtual ~AnswerSource() = default;
    // The answer for a work item of the plan; nullopt when there is none.
    virtual std::optional<StoredAnswer> answer(qint64 workItem) = 0;
};

// A stored run's answers, found by work item: the new run must have the same plan shape
// (scenarios, models, temperatures, invocations, experiments), as a re-judge does.
class StoredRunAnswers final : public AnswerSource
{
public:
    StoredRunAnswers(const Store &store, qint64 runId);
    // "" when the run's answers can be read.
    QString open();
    std::optional<StoredAnswer> answer(qint64 workItem) override;

private:
    std::unique_ptr<StoredAnswerReader> m_reader;
    qint64 m_runId;
};

// Answers held in memory, by work item (answers read from a file).
class MemoryAnswers final : public AnswerSource
{
public:
    explicit MemoryAnswers(QHash<qint64, StoredAnswer> answers) : m_answers(std::move(answers)) {}
    std::optional<StoredAnswer> answer(qint64 workItem) override;

private:
    const QHash<qint64, StoredAnswer> m_answers;
};

struct ExternalAnswer;
struct RunPlan;
// The answers of a file keyed by the work items of the plan read from it; token counts the
// file does not give are estimated (and flagged so).
QHash<qint64, StoredAnswer> answersByWorkItem(const RunPlan &plan, const QList<ExternalAnswer> &answers);

} // namespace Quorum
