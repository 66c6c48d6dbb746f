#pragma once

#include "runcontroller.h"
#include "runpreparation.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Quorum {

// A front-end's runs, one at a time, whatever asked for them: a plan to run (prepared first:
// access check, prompts, list prices), a stored run to resume, a stored run to judge again. Asked
// while a run goes, a request waits in the queue and starts when the runs before it are done.
// The window and quorum-cli both run through it; they keep only their dialogs and their lines.
// A re-judge is a new run of rejudgePlan() (runpreparation.h), which reads the stored plan the one
// way every front-end and a resume read it (storedPlan()).
class RunSession final : public QObject
{
    Q_OBJECT

public:
    // `options` are every run's (the store, keychain, threads …); each request sets the rest.
    // `preparation` is how a plan is prepared: the front-end's callbacks (dropFailing, progress)
    // and catalog. Without its callbacks nothing that fails the access check is dropped.
    RunSession(RunOptions options, RunPreparation preparation, QObject *parent = nullptr);
    ~RunSession() override;

    struct Request
    {
        RunPlan plan;               // a new run (prepared before it starts); empty for a resume
        qint64 resumeRunId = 0;     // > 0: resume this stored run (its stored plan, nothing prepared)
        bool retryErrors = false;   // on resume: run the failed work items again
        bool prepare = true;        // a new run: prepare it first (off: run the plan as it is)
    };
    // Starts `request` now, or queues it behind the runs in progress (queued() says how many wait).
    void submit(const Request &request);
    void run(const RunPlan &plan) { submit({plan, 0, false, true}); }
    void resume(qint64 runId, bool retryErrors = false) { submit({RunPlan(), runId, retryErrors, false}); }

    // The run in progress (preparing to start, or started), else null. Owned by the session.
    RunController *current() const { return m_run; }
    // True from a request's start (its preparation included) until its run has finished.
    bool busy() const { return m_busy; }
    int queued() const { return int(m_queue.size()); }
    // Drops the requests waiting (the one in progress goes on).
    void clearQueue();
    // What the next request runs with: the window changes its store, keychain and catalog.
    RunOptions &options() { return m_options; }
    RunPreparation &preparation() { return m_preparation; }

Q_SIGNALS:
    // A plan's preparation has ended: `outcome.plan` set when it runs; else its error and problems
    // (`outcome.declined`: the user chose not to run without what failed, already told).
    void prepared(const Quorum::RunPreparation::Outcome &outcome);
    // The run exists and its store work begins (a resume reads its stored items): follow it now.
    void created(Quorum::RunController *run);
    // The workers go.
    void started(Quorum::RunController *run);
    // The run could not start: its store refused it (why, for people).
    void notStarted(const QString &error);
    // The run has finished; `run` is deleted after this signal's receivers return.
    void finished(Quorum::RunController *run, Quorum::RunStatus status, const QString &message);
    void queueChanged(int waiting);

private:
    void next();
    void launch(const RunPlan &plan, qint64 resumeRunId, bool retryErrors, const QStringList &notes);

    RunOptions m_options;
    RunPreparation m_preparation;
    QList<Request> m_queue;
    RunController *m_run = nullptr;
    bool m_busy = false;
};

} // namespace Quorum
