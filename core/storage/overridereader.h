#pragma once

#include "../domain/records.h"
#include "runreadout.h"
#include "storereader.h"

#include <QList>

#include <optional>

namespace Quorum {

// A person's override as it counts in the figures (the newest edit of an item, when it is not a
// withdrawal), beside what the jury said of the item: the readers below take the jury's share out
// of the rollups and put the override's in.
struct OverrideEffect
{
    qint64 invocationId = 0;
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    int experiment = 0;
    qint64 temperatureMilli = 0;
    QString taskType;
    std::optional<bool> juryPass;
    std::optional<double> juryScore;
    bool juryDisputed = false;
    bool passed = false;
    double score = 0;               // the override's, else the jury's
};

// People's overrides of a run's verdicts.
class OverrideReader final : public StoreReader
{
public:
    using StoreReader::StoreReader;

    // Those that count in run `runId`; every edit of one item, oldest first; how many count.
    QList<OverrideEffect> overrideEffects(qint64 runId);
    QList<OverrideRecord> overrideHistory(qint64 invocationId);
    qint64 overrideCount(qint64 runId);
    // On the items an override counts for: each judge's valid pass/fail (judgeId -1: the jury's
    // verdict) beside the person's.
    QList<RaterPair> humanPairs(qint64 runId);
};

} // namespace Quorum
