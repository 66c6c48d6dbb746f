#pragma once

#include "analytics/leaderboard.h"

#include <QLocale>
#include <QString>

// The sentences that sum figures up, written once for the window, quorum-cli and the reports.
namespace Quorum::Summaries {

// How far the jury agreed: Krippendorff's alpha per dimension, Fleiss' kappa on pass/fail, each
// judge's leniency; or why there is nothing to say (no results, no judge models, one judge).
QString juryHealth(const Leaderboard &board, qint64 runId, const QLocale &locale);

} // namespace Quorum::Summaries
