#pragma once

#include "analytics/leaderboard.h"
#include "analytics/review.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

// The words for people's reviews, written once for the window, quorum-cli and the reports.
namespace Quorum::Summaries {

// What a run's figures count of people's overrides: "" when there are none; else that they are
// included, or (jury-only) left out.
QString overrideNote(const Leaderboard &board);

// Agreement with people, per judge and for the jury: one line each ("jury: 42 items, agree 88.1 %,
// κ 0.71; judge pass/people fail 3, judge fail/people pass 2"), or why there is nothing to say.
QStringList agreementLines(const QList<Review::Agreement> &agreement, const QLocale &locale);

// The same as a table (Rater, Items, Agreement, Cohen's κ, and the confusion matrix's four
// cells), for a CellTableModel: one row per judge with reviewed items, the jury first.
QStringList agreementHeaders();
QList<QList<QVariant>> agreementRows(const QList<Review::Agreement> &agreement, const QLocale &locale);

// An override edit in one line: "2026-12-03 20:15 · ada · pass (score 4.5) · the golden answer allows it".
QString overrideEditLine(const OverrideRecord &edit, const QLocale &locale);

} // namespace Quorum::Summaries
