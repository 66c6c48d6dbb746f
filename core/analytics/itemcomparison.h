#pragma once

#include "statistics.h"
#include "../storage/invocations.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Two sides — two runs, or two variants of one run — lined up item by item (docs/METRICS.md,
// "Items and pairs"): which items changed verdict, the paired differences with their 95 %
// bootstrap intervals, McNemar's exact test, and the plain verdict.
namespace Quorum {

// One item both sides have: the same scenario, experiment, invocation and temperature.
struct ComparedItem
{
    enum class Change {
        Same,       // the same verdict on both sides
        Broke,      // passed in A, failed in B
        Fixed,      // failed in A, passed in B
        Unpaired,   // a side has no verdict (an error, or judges that failed)
    };
    InvocationRow a, b;
    Change change = Change::Same;
    std::optional<double> scoreChange() const;  // B − A, when both were scored
    double latencyChangeMs() const { return b.ttlbMs - a.ttlbMs; }
    // The verdict went one way or the other (a score that moved within the same verdict is not a change).
    bool changed() const { return change == Change::Broke || change == Change::Fixed; }
};

struct ComparisonOptions
{
    double level = 0.05;            // a difference is detectable below it
    int resamples = 1000;
    quint32 seed = 20241122;
};

struct ItemComparison
{
    enum class Verdict { NoDifference, Better, Worse };
    QString a, b;                   // the sides as people know them ("run 12 · label")
    qint64 scenariosA = 0, scenariosB = 0, commonScenarios = 0;
    qint64 items = 0;               // lined up
    qint64 pairs = 0;               // with a verdict on both sides
    qint64 bothPassed = 0, bothFailed = 0;
    qint64 broke = 0, fixed = 0;    // McNemar's b and c
    double successA = 0, successB = 0, successDifference = 0; // over the pairs
    std::optional<Stats::Interval> successCi;
    double mcnemarP = 1;
    qint64 scoredPairs = 0;         // scored on both sides
    std::optional<double> meanScoreA, meanScoreB, scoreDifference;
    std::optional<Stats::Interval> scoreCi;
    double scoreP = 1;              // the paired bootstrap's two-sided p-value
    double meanLatencyChangeMs = 0; // B − A over the items both answered
    Verdict verdict = Verdict::NoDifference;
    bool verdictByScore = false;    // the success rates did not differ detectably; the mean scores did
    QList<ComparedItem> lined;      // in A's work-item order

    bool successDetectable(double level) const;
    bool scoreDetectable(double level) const;
    QJsonObject toJson(bool withItems) const;
};

QString verdictName(ItemComparison::Verdict verdict); // better | worse | no_detectable_difference
QString changeName(ComparedItem::Change change);       // same | broke | fixed | unpaired

// One pair with a verdict on both sides, for the paired figures: its cluster (the scenario, numbered
// in the order A's items first reach it), both verdicts, and both scores where both were scored.
struct PairedOutcome
{
    size_t cluster = 0;
    bool passA = false, passB = false;
    std::optional<double> scoreA, scoreB;
};
// The paired figures of `pairs` (in A's item order) into `c`: the counts, success rates and mean
// scores, their bootstrap intervals, McNemar's test and the verdict (docs/METRICS.md).
void comparePairs(ItemComparison &c, const std::vector<PairedOutcome> &pairs, const ComparisonOptions &options = {});

// Lines up the invocations of side A and side B (each one variant's, as InvocationReader::invocations
// lists them) and compares them. Every figure is B − A.
ItemComparison compareItems(const QList<InvocationRow> &a, const QList<InvocationRow> &b, const ComparisonOptions &options = {});

} // namespace Quorum
