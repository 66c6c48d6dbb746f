#pragma once

#include "engine/accesscheck.h"
#include "engine/runstate.h"
#include "engine/workplan.h"

#include <QLocale>
#include <QString>

// How a run reads from its preparation to its end, the same in the window and in quorum-cli: the
// plan's estimate, the models that fail the access check, the progress figures.
namespace Quorum::ProgressText {

// "3 in flight · 23.4 calls/s · 2,790 judge calls · $3.5148 spent · 48 s left" ("— left" while
// no estimate can be made).
QString figures(const ProgressSnapshot &s, const QLocale &locale);
// "48 s", or "—" while there is no estimate.
QString timeLeft(double etaSeconds, const QLocale &locale);

// A model or judge that failed the access check: "Model Flash Mini@us-east-1: the key was refused
// (auth)".
QString accessProblem(const AccessProblem &problem);

// The plan's estimate before a run, the same in the run settings and quorum-cli run. `figure`
// wraps each figure ("%1" as it is, "<b>%1</b>" in the window's rich text).
// "at most $3.51, if every answer is as long as its output-token cap" (and "(some models have no
// price)" when some have none): the cost is an upper bound.
QString costEstimate(const RunPlan &plan, const WorkPlan &work, const QLocale &locale, const QString &figure = u"%1"_qs);
// "at least 48 s at the target rates" (the target rates cap the pace; slow providers make it longer),
// "(models without a target RPM not counted)" when some have none; or, with no target RPM at all,
// that the duration is unknown and what decides it.
QString durationEstimate(const RunPlan &plan, const WorkPlan &work, const QLocale &locale, const QString &figure = u"%1"_qs);

} // namespace Quorum::ProgressText
