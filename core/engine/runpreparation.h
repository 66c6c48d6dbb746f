#pragma once

#include "../domain/diagnostics.h"
#include "../domain/runplan.h"
#include "accesscheck.h"
#include "../catalog/modelcatalog.h"
#include "../config/configimport.h"
#include "../storage/store.h"

#include <memory>

#include <QCoroTask>

#include <functional>

namespace Quorum {

// Why a plan cannot run as it is (no scenarios, no models, no jury), "" when it can.
QString whyNotRunnable(const RunPlan &plan);

// Run `runId`'s plan as it was stored when it started: the one way a stored plan is read back (a
// resume, a re-judge, reopening it in the window). Problems go to diagnostics ("there is no run").
ImportedFile storedPlan(const Store &store, qint64 runId, Diagnostics &diagnostics);
// A stored run's plan made into a re-judge of its answers: the new judges (the caller may change
// more), the answers of run `runId`, no model called. Problems go to diagnostics.
std::optional<RunPlan> rejudgePlan(const Store &store, qint64 runId, Diagnostics &diagnostics);

// The one way every front-end prepares a run: is the plan runnable; one call to each model and
// judge (only the judges when the answers exist already), dropping what fails if the front-end
// agrees; then the prompts rewritten when the plan asks for prompt optimization. The front-end
// only asks and shows: the CLI answers from its flags, the window with a dialog.
struct RunPreparation
{
    bool checkAccess = true;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeychainLookup keychain;
    // Some models or judges failed their test call, and `rest` could run without them: run it?
    std::function<QCoro::Task<bool>(const QList<AccessProblem> &problems, const RunPlan &rest)> dropFailing;
    // What the preparation is doing now, for a status line ("checking access to 5 models…").
    std::function<void(const QString &step)> progress;
    // The catalog whose list prices the run keeps (the user's: snapshot, refreshes, overrides);
    // empty: the shipped snapshot. A price read longer ago than staleAfterDays is noted.
    std::shared_ptr<const ModelCatalog> catalog;
    int staleAfterDays = 90;

    struct Outcome
    {
        std::optional<RunPlan> plan;        // ready for RunController; empty when it cannot run
        QString error;                      // why not, for people
        QList<AccessProblem> problems;      // what failed the access check (dropped, or the cause)
        bool declined = false;              // dropFailing was asked, and said no (the user knows)
        QStringList notes;                  // what to keep with the run (prompts not optimized, …)
    };
    // Takes the preparation by value: its callbacks live in the coroutine for as long as it runs
    // (a front-end's own RunPreparation may be gone before the access check answers).
    static QCoro::Task<Outcome> run(RunPreparation preparation, RunPlan plan);
    QCoro::Task<Outcome> prepare(RunPlan plan) const { return run(*this, std::move(plan)); }
};

} // namespace Quorum
