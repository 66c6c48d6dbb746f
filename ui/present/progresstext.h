#pragma once

#include "engine/runstate.h"

#include <QLocale>
#include <QString>

// How a run's progress reads, the same in the run panel and in quorum-cli's progress line.
namespace Quorum::ProgressText {

// "3 in flight · 23.4 calls/s · 2,790 judge calls · $3.5148 spent · 48 s left" ("— left" while
// no estimate can be made).
QString figures(const ProgressSnapshot &s, const QLocale &locale);
// "48 s", or "—" while there is no estimate.
QString timeLeft(double etaSeconds, const QLocale &locale);

} // namespace Quorum::ProgressText
