#pragma once

// A run's figures as stored, read once: everything the leaderboard, the breakdowns and the jury's
// agreement with people are computed from. The analytics are pure functions of a RunReadout;
// this header is all of core/storage they see (check_layering.cmake).
#include "../domain/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Quorum {

class Store;
class StoreReader;

// Histogram bins of the metric_histogram rollup: each bin spans 0.1 % of its value (a bin's
// stored mean is within 0.1 % of every value in it, and exactly the value when they are all
// equal); zero, negative and non-finite values share one bin.
namespace HistogramBins {
enum Metric { Ttft = 0, Ttlb = 1, DecodeSpeed = 2, OutputTokens = 3, JuryScore = 4, MetricCount };
inline constexpr qint64 kNonPositive = -1'000'000;
qint64 binOf(double value);
} // namespace HistogramBins


// One answer of a variant, as paired claims line items up (docs/METRICS.md, "Items and pairs"):
// its place in the run and its verdict as it counts (a person's override where there is one,
// unless read jury-only); no verdict where the judges failed or there is no answer.
struct ItemOutcome
{
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    int experiment = 0;
    int invocationIndex = 0;
    qint64 temperatureMilli = 0;
    std::optional<bool> passed;
    std::optional<double> score;
};

// One heatmap cell: a model variant on one task type.
struct TaskCell
{
    qint64 variantId = 0;
    QString taskType;
    qint64 scored = 0;
    qint64 passed = 0;
};

// A model variant (or judge) of a run, with the label screens and reports show for it:
// "display name or model id@region#tier" (no region or default tier: left out).
struct VariantInfo
{
    qint64 id = 0;
    QString modelId;
    QString region;
    QString tier;
    QString label;
    bool scorer = false;                // a deterministic scorer listed among the judges
};

// One row of a sum rollup (per scenario, per temperature or per scenario × experiment).
struct RollupRow
{
    qint64 variantId = 0;
    qint64 key = 0;                     // scenario id, or temperature × 1000
    int experiment = 0;
    qint64 invocations = 0, errors = 0, scored = 0, passed = 0, disputed = 0;
    double scoreSum = 0, ttftSum = 0;
    qint64 ttftN = 0;
    double ttlbSum = 0;
    qint64 ttlbN = 0;
    double costUsd = 0, judgeCostUsd = 0;
    qint64 inputTokens = 0, outputTokens = 0;

    // Adds another row's sums (its keys are left as they are).
    RollupRow &operator+=(const RollupRow &o)
    {
        invocations += o.invocations;
        errors += o.errors;
        scored += o.scored;
        passed += o.passed;
        disputed += o.disputed;
        scoreSum += o.scoreSum;
        ttftSum += o.ttftSum;
        ttftN += o.ttftN;
        ttlbSum += o.ttlbSum;
        ttlbN += o.ttlbN;
        costUsd += o.costUsd;
        judgeCostUsd += o.judgeCostUsd;
        inputTokens += o.inputTokens;
        outputTokens += o.outputTokens;
        return *this;
    }
};

// The jury's scores of one variant on one scenario in one experiment (repeated-experiment
// consistency reads only these of the experiment rollup).
struct ExperimentScore
{
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    int experiment = 0;
    qint64 scored = 0;
    double scoreSum = 0;
};

// How a scenario is named on screen: its key, and its prompt's first characters on one line.
struct ScenarioName
{
    QString key;
    QString promptStart;
};

// One histogram bin of one metric of one variant (metric numbers: HistogramBins::Metric).
struct HistogramRow
{
    qint64 variantId = 0;
    int metric = 0;
    qint64 bin = 0;
    double count = 0;
    double sum = 0;
};

// One judge's valid verdicts on one variant's answers, and the panel's mean on the same answers.
struct JudgeRollupRow
{
    qint64 judgeId = 0;
    qint64 variantId = 0;
    qint64 verdicts = 0;
    double scoreSum = 0;
    double panelSum = 0;
    qint64 passes = 0;
    double dimensionSums[6] = {};
};

// The jury's agreement sums: Krippendorff coincidences per dimension, Fleiss sums per panel size.
struct AgreementSums
{
    struct Coincidence { int dimension, c, k; double weight; };
    struct Fleiss { int raters; double units, agreementSum, passes; };
    QList<Coincidence> coincidences;
    QList<Fleiss> fleiss;
};

// Latency of one region's successful calls in one UTC hour (hours since the epoch).
struct RegionHourRow
{
    QString region;
    qint64 hourUtc = 0;
    qint64 calls = 0;
    double ttftSum = 0;
    qint64 ttftCount = 0;
    double ttlbSum = 0;
    double ttlbMax = 0;
    qint64 retries = 0;
    double throttleWaitMs = 0;
};

// The jury's mean on one user-defined dimension (a user metric or a weighted criterion) of one
// variant's answers, over the verdicts that scored it.
struct ExtraDimensionMean
{
    qint64 variantId = 0;
    QString dimension;
    double mean = 0;
    qint64 verdicts = 0;
};

// Failures of one kind of one variant's calls (category "api") or of one judge on one variant's
// answers ("judge"), from the errors table.
struct ErrorCount
{
    QString category;                   // api | judge | processing
    qint64 variantId = -1;              // -1: none recorded
    qint64 judgeId = -1;
    QString errorClass;
    qint64 count = 0;
};

// On an item a person's override counts for: one judge's valid pass/fail (judgeId -1: the jury's
// verdict) beside the person's.
struct RaterPair
{
    qint64 judgeId = -1;
    bool raterPassed = false;
    bool personPassed = false;
};

struct RunReadout
{
    qint64 runId = -1;
    bool juryOnly = false;               // the jury's figures alone, people's overrides left out
    QString planJson;                    // the plan as the run stored it
    QList<VariantInfo> variants;         // the models under test, in plan order
    QList<VariantInfo> judges;           // the jury (and any deterministic scorer)
    QList<RollupRow> scenarios;          // by variant, scenario
    QList<RollupRow> temperatures;       // by variant, temperature
    QList<ExperimentScore> experimentScores;
    QList<JudgeRollupRow> judgeRollup;
    AgreementSums agreement;
    QList<TaskCell> taskMatrix;
    QList<HistogramRow> histograms;      // by variant, metric, bin
    QHash<qint64, QString> taskTypes;    // scenario id → task type ("(none)" where none)
    QHash<qint64, ScenarioName> scenarioNames; // scenario id → its key and its prompt's first characters
    QList<RegionHourRow> regionHours;
    QList<ErrorCount> errors;
    QList<ExtraDimensionMean> extraDimensionMeans; // read only where the plan has such dimensions
    QList<RaterPair> humanPairs;
    qint64 overrides = 0;                // people's overrides that count in the run
    // Every answer's verdict in work-item order, for the paired claims: read only when asked
    // (a large run's items are the biggest read of all; the window reads them after the rest).
    std::optional<QList<ItemOutcome>> items;
    QString error;                       // why something could not be read ("" when all was)

    // Reads run `runId` of `store`, its biggest reads on threads of their own (each with its own
    // connection) while the rest is read on the calling thread's. Counts every read (reads()).
    // With `withItems`, every answer's verdict too (items), on a thread of its own.
    static RunReadout read(const Store &store, qint64 runId, bool juryOnly = false, bool withItems = false);
    // The same for the store at `location`; through a reader's store, jury-only as it is set.
    static RunReadout read(const QString &location, qint64 runId, bool juryOnly = false, bool withItems = false);
    static RunReadout read(const StoreReader &reader, qint64 runId, bool withItems = false);
    // Only the items (what `withItems` adds): for a screen that has the rest already.
    static QList<ItemOutcome> readItems(const QString &location, qint64 runId, bool juryOnly, QString *error);
    // How many readouts this process has read: a test's proof that a run's figures are read once.
    static quint64 reads();

    QHash<qint64, QString> variantLabels() const;
    QHash<qint64, QString> judgeLabels() const;
};

} // namespace Quorum
