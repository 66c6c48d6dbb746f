#pragma once

#include "../domain/records.h"
#include "../domain/scenario.h"

#include <QCoroTask>
#include <QList>

namespace Quorum {

// What the jury made of one answer: each judge's verdict (valid or not) and the combined
// outcome (METRICS.md, "The jury").
struct JuryResult
{
    QList<VerdictRecord> verdicts;      // ids, run and invocation are filled in by the engine
    QList<ErrorRecord> failures;        // judge calls that failed or could not be parsed
    std::optional<double> score;        // mean over valid verdicts of their weighted score
    std::optional<bool> passed;
    int judgesUsed = 0;
    bool disputed = false;
    double costUsd = 0;
};

// Scores answers. The engine calls it for every successful answer (unless the run is
// latency-only), from the worker thread that made the call.
class Jury
{
public:
    virtual ~Jury() = default;
    virtual QCoro::Task<JuryResult> judge(const Scenario &scenario, QString answer) = 0;
};

} // namespace Quorum
