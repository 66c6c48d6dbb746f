#pragma once

#include "runreadout.h"
#include "storereader.h"

#include <QList>

namespace Quorum {

struct OverrideEffect;

// Per model variant of one run: the raw aggregates the leaderboard is built from.
struct VariantAggregate
{
    qint64 variantId = 0;
    QString modelId;
    QString region;
    QString tier;
    QString displayName;
    qint64 invocations = 0;
    qint64 errors = 0;
    qint64 scored = 0;      // invocations with a jury outcome
    qint64 passed = 0;
    qint64 disputed = 0;
    double meanScore = 0;
    double meanTtftMs = 0;
    double meanTtlbMs = 0;
    double costUsd = 0;
    double judgeCostUsd = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

// Latency of one region in one hour of the day (UTC).
struct RegionHour
{
    QString region;
    int hour = 0;
    qint64 calls = 0;
    double meanTtftMs = 0;
    double meanTtlbMs = 0;
    double maxTtlbMs = 0;
};

// The rollups, histograms and sums a run's readout is filled from (RunReadout::read), each with
// people's overrides put in unless jury-only.
class ReadoutReader final : public StoreReader
{
public:
    using StoreReader::StoreReader;

    QList<VariantAggregate> variantAggregates(qint64 runId);
    QList<TaskCell> taskMatrix(qint64 runId);
    QList<RegionHour> regionalByHour(qint64 runId);
    QList<RegionHourRow> regionHours(qint64 runId);
    QList<ErrorCount> errorCounts(qint64 runId);                // by category, variant, judge, class
    // Reads every verdict's extra scores: ask only for a run whose plan has such dimensions.
    QList<ExtraDimensionMean> extraDimensionMeans(qint64 runId); // by variant, dimension
    enum class Rollup { Scenario, Temperature };
    QList<RollupRow> rollup(qint64 runId, Rollup which);        // by variant, key
    QList<ExperimentScore> experimentScores(qint64 runId);      // by variant, scenario, experiment
    QList<HistogramRow> histogram(qint64 runId);                // by variant, metric, bin
    QList<JudgeRollupRow> judgeRollup(qint64 runId);
    AgreementSums agreement(qint64 runId);
    QList<ItemOutcome> itemOutcomes(qint64 runId);              // by work item

private:
    QList<OverrideEffect> overridesOf(qint64 runId); // the overrides that count, read by an OverrideReader
    // The overrides' share put into what was read from the rollups (nothing when jury-only).
    void applyOverrides(qint64 runId, QList<RollupRow> &rows, Rollup which);
    void applyOverrides(qint64 runId, QList<VariantAggregate> &rows);
    void applyOverrides(qint64 runId, QList<TaskCell> &rows);
    void applyOverrides(qint64 runId, QList<ExperimentScore> &rows);
    void applyOverrides(qint64 runId, QList<HistogramRow> &rows);
};

} // namespace Quorum
