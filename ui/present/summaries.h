#pragma once

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"

#include <QLocale>
#include <QString>
#include <QStringList>

// The sentences that sum figures up, written once for the window, quorum-cli and the reports.
namespace Quorum::Summaries {

// How far the jury agreed: Krippendorff's alpha per dimension, Fleiss' kappa on pass/fail, each
// judge's leniency; or why there is nothing to say (no results, no judge models, one judge).
QString juryHealth(const Leaderboard &board, qint64 runId, const QLocale &locale);

// The answer to "which model should we use?", a sentence each, from the figures alone:
// the best overall (composite), the most accurate (or "no detectable difference" when its 95 %
// interval overlaps the runner-up's), the fastest, the cheapest per correct answer, and the
// best value (the cost × quality frontier). Empty without a judged answer.
QStringList verdicts(const Leaderboard &board, const QLocale &locale);
// The same sentences, each with what it is about (the screen puts each beside its chart).
struct Verdict
{
    enum Kind { Overall, Accuracy, Speed, Cost, Value };
    Kind kind;
    QString text;
};
QList<Verdict> verdictList(const Leaderboard &board, const QLocale &locale);

// The same five claims within each task type, from the variants' standings on that type's
// scenarios (the composite weighted as `weights` and normalised within the type; latency as the
// mean over its answers, and said so). Task types in name order; one without a judged answer is
// left out.
struct TaskVerdicts
{
    QString taskType;
    QList<Verdict> verdicts;
};
QList<TaskVerdicts> taskVerdicts(const QList<TaskStanding> &standings, const CompositeWeights &weights, const QLocale &locale);

} // namespace Quorum::Summaries
