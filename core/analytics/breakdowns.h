#pragma once

#include "histograms.h"
#include "regional.h"
#include "statistics.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The run's figures beyond the leaderboard (METRICS.md): distributions, temperature analysis,
// repeated experiments, per-region latency, and paired comparisons. All from the rollups.
namespace Quorum {

// A metric's distribution for one variant (or, for TTFT and TTLB, one region over all its
// variants): equal-width bins between the smallest and largest value, with percentile markers.
// Works for any number of records.
struct Distribution
{
    QString variant;                    // empty: the whole region
    QString region;
    QString metric;                     // ttft_ms, ttlb_ms, decode_tokens_per_s, output_tokens, jury_score
    qint64 count = 0;
    double min = 0;
    double max = 0;
    struct Bin
    {
        double low = 0;
        double high = 0;
        qint64 count = 0;
    };
    QList<Bin> bins;
    std::optional<double> percentiles[4]; // p50, p90, p95, p99
};
QList<Distribution> distributions(const VariantHistograms &histogram, const QList<VariantInfo> &variants, int binCount = 20);

// Every metric grouped by temperature, per variant.
struct TemperatureStanding
{
    QString variant;
    double temperature = 0;
    qint64 invocations = 0;
    qint64 errors = 0;
    qint64 scored = 0;
    qint64 passed = 0;
    std::optional<double> successRate;
    std::optional<double> meanScore;
    std::optional<double> meanTtftMs;
    std::optional<double> meanTtlbMs;
    double costPerAnswerUsd = 0;
    double meanOutputTokens = 0;
    qint64 disputed = 0;
};
QList<TemperatureStanding> byTemperature(const QList<RollupRow> &temperatureRows, const QList<VariantInfo> &variants);

// The leaderboard per task type: each variant on the scenarios of one task type.
struct TaskStanding
{
    QString variant;
    QString taskType;
    qint64 invocations = 0;
    qint64 errors = 0;
    qint64 scored = 0;
    qint64 passed = 0;
    std::optional<double> successRate;
    std::optional<Stats::Interval> successCi; // 95 %, bootstrap over the task's scenarios
    std::optional<double> meanScore;
    std::optional<double> meanTtftMs;
    std::optional<double> meanTtlbMs;
    double costPerAnswerUsd = 0;
};
QList<TaskStanding> byTaskType(const QList<RollupRow> &scenarioRows, const QHash<qint64, QString> &taskTypes,
                               const QList<VariantInfo> &variants);

// Repeated experiments: per variant × scenario, the median across experiments of the
// experiment's mean jury score; disputed when the spread (highest − lowest) exceeds the run's
// dispute threshold.
struct ExperimentCell
{
    QString variant;
    qint64 scenarioId = 0;
    ScenarioName scenario;              // its key and its prompt's first characters
    QList<double> scores;               // one mean score per experiment that was scored
    double median = 0;
    double spread = 0;
    bool disputed = false;
};
struct ExperimentSummary
{
    int experiments = 0;                // the most experiments any cell has
    double disputeThreshold = 0;        // the run's: a spread past it is disputed
    QList<ExperimentCell> cells;        // only when experiments > 1
    QHash<QString, qint64> disputedCells; // per variant
};
ExperimentSummary repeatedExperiments(const QList<ExperimentScore> &scores, const QList<VariantInfo> &variants,
                                      const QHash<qint64, ScenarioName> &scenarios,
                                      double disputeThreshold);

// Latency per region (variant empty) and per model × region × tier, with retries and throttling.
struct RegionLatency
{
    QString region;
    QString variant;
    qint64 calls = 0;
    std::optional<double> ttftMs[4];
    std::optional<double> ttlbMs[4];
    // Box plots: p5, p25 (the box's low edge), p50, p75 (its high edge), p95 (the whiskers' ends).
    std::optional<double> ttftBox[5];
    std::optional<double> ttlbBox[5];
    qint64 retries = 0;
    double throttleWaitMs = 0;
};
QList<RegionLatency> regionalLatency(const VariantHistograms &histogram, const QList<VariantInfo> &variants,
                                     const QList<RegionHourRow> &hours);

struct Breakdowns
{
    QList<Distribution> distributions;
    QList<TemperatureStanding> temperatures;
    QList<TaskStanding> taskTypes;
    ExperimentSummary experiments;
    QList<RegionLatency> regions;
    QList<RegionLocalHour> localHours;  // latency by hour of each region's own day
    // Failures by class: the variants' calls (labelled as the leaderboard does) and the judges'.
    struct Errors
    {
        QString category;               // api | judge | processing
        QString variant;                // the variant whose call (or answer, for a judge) it was
        QString judge;                  // the judge that failed, for category judge
        QString errorClass;
        qint64 count = 0;
    };
    QList<Errors> errors;
    // The jury's mean per user-defined dimension (user metrics, weighted criteria) per variant
    // label, where the plan has such dimensions.
    QHash<QString, QMap<QString, double>> extraDimensions;
    QJsonObject toJson() const;
};
// Reads a stored run and computes all of the above. Call off the GUI thread.
Breakdowns computeBreakdowns(const RunReadout &run);

} // namespace Quorum
