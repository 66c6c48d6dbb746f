#pragma once

#include "analytics/breakdowns.h"
#include "analytics/claims.h"
#include "analytics/leaderboard.h"

#include <QJsonArray>
#include <QLocale>
#include <QString>
#include <QStringList>

// The sentences that sum figures up, written once for the window, quorum-cli and the reports.
namespace Quorum::Summaries {

// How far the jury agreed: Krippendorff's alpha per dimension, Fleiss' kappa on pass/fail, each
// judge's leniency; or why there is nothing to say (no results, no judge models, one judge, or
// every judge call failed: how many and of which classes, from the run's `errors`).
QString juryHealth(const Leaderboard &board, const QList<Breakdowns::Errors> &errors, qint64 runId, const QLocale &locale);

// The answer to "which model should we use?", a sentence each: the best overall (composite), the
// most accurate (by the paired claim: whom it cannot be told apart from, or that it is better than
// each other; "comparing…" while `paired` is not there yet), the fastest, the cheapest per
// correct answer, and the best value (the cost × quality frontier). Empty without a judged answer.
QStringList verdicts(const Leaderboard &board, const Claims *paired, const QLocale &locale);
// The same sentences, each with what it is about (the screen puts each beside its chart).
struct Verdict
{
    enum Kind { Overall, Accuracy, Speed, Cost, Value };
    Kind kind;
    QString text;
};
QList<Verdict> verdictList(const Leaderboard &board, const Claims *paired, const QLocale &locale);

// The same five claims within each task type, from the variants' standings on that type's
// scenarios (the composite weighted as `weights` and normalised within the type; latency as the
// mean over its answers, and said so). Task types in name order; one without a judged answer is
// left out.
struct TaskVerdicts
{
    QString taskType;
    QList<Verdict> verdicts;
};
QList<TaskVerdicts> taskVerdicts(const QList<TaskStanding> &standings, const CompositeWeights &weights, const Claims *paired,
                                 const QLocale &locale);

// The paired claims for scripts (quorum-cli leaderboard --json): per comparison of the best with
// another variant, the claim ("most_accurate", or "most_accurate:TASK" within a task type), its
// sentence, the deciding test, its p and Holm-adjusted p, and whether the other is in the group
// the best cannot be told apart from. Empty without `paired`.
QJsonArray claimsJson(const Leaderboard &board, const Breakdowns &breakdowns, const Claims *paired);

} // namespace Quorum::Summaries
