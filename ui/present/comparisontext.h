#pragma once

#include "analytics/itemcomparison.h"
#include "analytics/runcomparison.h"
#include "present/worddiff.h"
#include "storage/invocations.h"

#include <QHash>

#include <QLocale>
#include <QString>
#include <QStringList>

// How a comparison of two sides reads (docs/METRICS.md), written once for the compare view,
// quorum-cli compare and the baseline check.
namespace Quorum::Summaries {

// "Worse", "Better", "No detectable difference".
QString verdictWord(ItemComparison::Verdict verdict);
// The plain verdict and why, in one sentence.
QString comparisonVerdict(const ItemComparison &c, const QLocale &locale);
// The figures, one line each: what was lined up, success rate, mean score, latency.
QStringList comparisonLines(const ItemComparison &c, const QLocale &locale);
// An item as a list shows it: "scenario-key (task type, experiment 2, invocation 1, temperature 0.70): the
// prompt's first words…".
QString itemName(const ComparedItem &item, const QLocale &locale);
// One line per test of a baseline check, and the outcome ("2 regressions" / "no regression").
QStringList baselineLines(const BaselineCheck &check, const QLocale &locale);

// One side of an item shown beside the other, as HTML (everything from a model or a user
// escaped): the side's name and verdict, the answer with what only this side has marked
// (`mark`, a CSS colour; struck through on side A, underlined on side B), and each judge's
// verdict and rationale.
QString comparedAnswerHtml(const InvocationDetail &d, const QList<DiffSegment> &diff, bool sideA, const QString &sideName,
                           const QHash<qint64, QString> &judges, const QString &mark, const QLocale &locale);

} // namespace Quorum::Summaries
