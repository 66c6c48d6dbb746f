#pragma once

// "Most accurate", decided by paired tests (docs/METRICS.md, "Claims"): the variant with the
// highest success rate against each other variant on the items both answered, McNemar's exact
// test on pass/fail and the scenario-clustered paired bootstrap on scores, exactly as a paired
// comparison of the two (quorum-cli compare) decides; Holm–Bonferroni across the k − 1
// comparisons. Never overlapping marginal intervals.
#include "itemcomparison.h"
#include "../storage/runreadout.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quorum {

// A variant's standing in the claim: what ranks it (its success rate over everything judged).
struct ClaimStanding
{
    qint64 variantId = 0;
    QString label;
    qint64 scored = 0;
    double successRate = 0;
};

// The best against one other variant.
struct PairedClaim
{
    qint64 variantId = 0;
    QString label;
    ItemComparison comparison;  // A = the best, B = this variant (its items not kept)
    QString test;               // mcnemar | paired_bootstrap: the test with the smaller p that counts
    double p = 1;               // that test's p; 1 when neither test's interval leaves out zero
    double pHolm = 1;           // adjusted across the claim's comparisons
    bool apart = false;         // pHolm below the level: told apart from the best
};

struct AccuracyClaim
{
    QString taskType;           // empty: the whole run
    ClaimStanding best;
    QList<ClaimStanding> tied;  // others with exactly the best's success rate
    QList<PairedClaim> others;  // every other judged variant, by success rate
    int tests = 0;              // the comparisons Holm adjusts across: those with an item in common
};

struct Claims
{
    std::optional<AccuracyClaim> run;   // none without two judged variants
    QList<AccuracyClaim> taskTypes;     // in task-type name order, those with two judged variants
};

// The claim among `standings` (judged variants), on `items` (a task type's claim: that type's).
AccuracyClaim accuracyClaim(const QList<ItemOutcome> &items, QList<ClaimStanding> standings, const ComparisonOptions &options = {});

// The run's claim and each task type's (`taskTypeOf`: scenario id → task type), from the run's items.
Claims pairedClaims(const QList<ItemOutcome> &items, const QHash<qint64, QString> &taskTypeOf, const QList<ClaimStanding> &run,
                    const QList<std::pair<QString, QList<ClaimStanding>>> &taskTypes, const ComparisonOptions &options = {});

} // namespace Quorum
