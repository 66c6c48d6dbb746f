#include "runpreparation.h"

#include "pricecheck.h"

#include "../config/configimport.h"
#include "../storage/runsreader.h"
#include "promptoptimizer.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RunPreparation", text, nullptr, n);
}
} // namespace

QString whyNotRunnable(const RunPlan &plan)
{
    if (plan.scenarios.isEmpty())
        return tr("the plan has no scenarios");
    if (plan.models.isEmpty())
        return tr("the plan has no models");
    if (plan.judges.isEmpty() && !plan.settings.latencyOnly && plan.settings.scorers.isEmpty())
        return tr("the plan has no jury: add judges or a scorer, or measure latency only");
    return {};
}

ImportedFile storedPlan(const Store &store, qint64 runId, Diagnostics &diagnostics)
{
    RunsReader runs(store);
    const QString json = runs.planJson(runId);
    if (json.isEmpty()) {
        diagnostics.error(store.displayedLocation(), 0, runs.error().isEmpty() ? tr("there is no run %1").arg(runId) : runs.error());
        return {};
    }
    return importBytes(tr("run %1's plan").arg(runId), json.toUtf8(), diagnostics, InputKind::Plan);
}

std::optional<RunPlan> rejudgePlan(const Store &store, qint64 runId, Diagnostics &diagnostics)
{
    std::optional<RunPlan> plan = storedPlan(store, runId, diagnostics).plan;
    if (!plan)
        return std::nullopt;
    plan->name = tr("Re-judge of %1").arg(plan->name);
    plan->settings.answersFromRun = runId;
    plan->settings.latencyOnly = false;
    return plan;
}

QCoro::Task<RunPreparation::Outcome> RunPreparation::run(RunPreparation how, RunPlan plan)
{
    Outcome out;
    if (const QString why = whyNotRunnable(plan); !why.isEmpty()) {
        out.error = why;
        co_return out;
    }
    // Judging answers that exist already: only the judges are called, and the prompts stay.
    const bool judgesOnly = plan.settings.answersFromRun != 0;
    if (how.checkAccess) {
        RunPlan checked = plan;
        if (judgesOnly)
            checked.models.clear();
        if (how.progress)
            how.progress(tr("checking access to %n model(s) and judge(s)…", int(checked.models.size() + checked.judges.size())));
        out.problems = co_await Quorum::checkAccess(checked, how.environment, how.keychain);
        if (!out.problems.isEmpty()) {
            const RunPlan rest = withoutFailing(plan, out.problems);
            const bool runnable = whyNotRunnable(rest).isEmpty();
            const bool asked = runnable && how.dropFailing;
            if (!asked || !(co_await how.dropFailing(out.problems, rest))) {
                out.declined = asked;
                out.error = runnable ? tr("%n model(s) or judge(s) cannot be reached", int(out.problems.size()))
                                     : tr("nothing is left to run without what failed the access check");
                co_return out;
            }
            plan = rest;
        }
    }
    if (!judgesOnly && plan.settings.promptOptimization != PromptOptimization::None) {
        if (how.progress)
            how.progress(tr("optimizing the prompts for the Bedrock models (%1)…").arg(promptOptimizationName(plan.settings.promptOptimization)));
        plan = co_await optimizePrompts(plan, how.environment, how.keychain, &out.notes);
    }
    // Each variant's list price, whole, kept with the run (never looked up again for it).
    out.notes += attachListPrices(plan, how.catalog ? *how.catalog : ModelCatalog::builtIn(), QDate::currentDate(), how.staleAfterDays);
    out.plan = std::move(plan);
    co_return out;
}

} // namespace Quorum
