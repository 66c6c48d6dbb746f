#pragma once

#include "statistics.h"
#include "../storage/runreadout.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Quorum {

// One model variant's standing in a run (METRICS.md, "Aggregates").
struct LeaderboardRow
{
    qint64 variantId = 0;
    QString label;
    qint64 invocations = 0;
    qint64 errors = 0;
    qint64 scored = 0;
    qint64 passed = 0;
    double successRate = 0;             // passes / scored
    std::optional<Stats::Interval> successCi; // 95 %, bootstrap over scenarios
    double errorRate = 0;               // errors / invocations
    std::optional<double> meanScore;
    std::optional<Stats::Interval> scoreCi;   // 95 %, bootstrap over scenarios (as successCi)
    double dimensionMeans[6] = {};      // over valid verdicts
    qint64 verdictsUsed = 0;            // valid verdicts of LLM judges
    std::optional<double> ttftMs[4];    // p50, p90, p95, p99
    std::optional<double> ttlbMs[4];
    std::optional<double> decodeTokensPerSecond; // median
    double costPerAnswerUsd = 0;
    double totalCostUsd = 0;
    double judgeCostUsd = 0;
    qint64 disputed = 0;
    double composite = 0;
    // Bradley–Terry rating from head-to-head jury scores on the same scenarios (1000 = average).
    std::optional<double> rating;
    std::optional<Stats::Interval> ratingCi;
};

struct JudgeStanding
{
    qint64 judgeId = 0;
    QString label;
    qint64 verdicts = 0;
    double meanScore = 0;
    double leniency = 0;                // its mean minus the panel's on the same answers
    // How much more lenient it is with its own family's models (same vendor) than with the
    // others; nullopt when the run has no answers of one kind or the other.
    std::optional<double> selfPreference;
};

// A model's vendor family: "anthropic" for anthropic/…, bedrock/us.anthropic.… and the like.
QString modelFamily(const QString &modelId);

// Whether the jury agrees: Krippendorff's alpha (ordinal) per dimension, Fleiss' kappa on
// each judge's pass/fail, and each judge's leniency.
struct JuryHealth
{
    std::optional<double> alpha[6];
    std::optional<double> fleissKappa;
    QList<JudgeStanding> judges;
};

// Composite score weights; the defaults reproduce 360-eval's
// success + 0.5·(1 − latency/max latency) + 0.5·(1 − cost/max cost).
struct CompositeWeights
{
    double success = 1;
    double latency = 0.5;
    double cost = 0.5;
    double throughput = 0;
    // "success=1,latency=0.5,cost=0.5,throughput=0" (any subset; the rest keep their defaults).
    static std::optional<CompositeWeights> fromText(const QString &text, QString *error);
};

// One heatmap cell: a variant's success rate on one task type.
struct TaskSuccess
{
    QString variant;
    QString taskType;
    qint64 scored = 0;
    qint64 passed = 0;
};

struct Leaderboard
{
    QList<LeaderboardRow> rows;         // best composite first
    JuryHealth health;
    QList<TaskSuccess> taskSuccess;     // model × task type (the heatmap)
    // People's overrides the figures count (none when read jury-only): pass/fail, success rates
    // and their intervals, mean scores, ratings and disputed counts; never jury health.
    qint64 overrides = 0;
    bool juryOnly = false;
    QJsonObject toJson() const;
};

// Scores every row's composite with `weights` and puts the rows in that order (best first, ties
// in their present order): what computeLeaderboard does last, for a screen that re-weights live.
void rankByComposite(QList<LeaderboardRow> &rows, const CompositeWeights &weights);

// The cost × quality frontier: the rows no other row beats on both, cheaper (or as cheap) per
// answer and at least as successful, one of them strictly. Indices into `rows`, cheapest first.
QList<qsizetype> paretoFrontier(const QList<LeaderboardRow> &rows);

// Ranks a run's variants from its readout (nothing is read: run.error says what could not be).
Leaderboard computeLeaderboard(const RunReadout &run, const CompositeWeights &weights = {});

} // namespace Quorum
