#pragma once

#include "answersource.h"
#include "runstate.h"
#include "../storage/store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QCoroTask>

#include <memory>

class QThread;

namespace Quorum {

class RunWorker;
class StoreWriter;

struct RunOptions
{
    // The store the run goes to, as the front-end opened it.
    std::shared_ptr<const Store> store;
    qint64 resumeRunId = 0;     // 0 = a new run
    // On resume, a work item that ended in an error counts as done (its failure is a result: the
    // model was asked and failed). With this set, such items run again: their failure is kept as a
    // run event and their rows are replaced by the new try.
    bool retryErrors = false;
    int workerThreads = 2;
    int maxConcurrency = 256;   // over all variants
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeychainLookup keychain;
    Timeouts timeouts;
    RetryPolicy retry;
    JuryFactory juryFactory;
    // Answers to judge instead of calling the models (set for answers from a file; a plan with
    // answers_from_run gets its stored run's answers without it).
    std::shared_ptr<AnswerSource> answers;
    // What was noticed while preparing the plan (prompts that could not be optimized, …):
    // stored with the run as events.
    QStringList notes;
    int progressIntervalMs = 50; // snapshots at most 20 times a second
};

// Runs a plan (or resumes a stored run) on worker threads, off the calling thread, storing
// every result as it completes. Lives in, and signals to, the thread that creates it.
class RunController final : public QObject
{
    Q_OBJECT

public:
    RunController(RunPlan plan, RunOptions options, QObject *parent = nullptr);
    ~RunController() override;

    // Prepares the store (a new run, or the stored one to resume) and starts the workers.
    // Returns "" or why the run cannot start; nothing has been called then.
    QString start();
    // The same, with the store work on a helper thread (the GUI's way: it never waits).
    QCoro::Task<QString> startInBackground();
    void pause();
    void resume();
    // Lets in-flight calls finish (and stores them), starts nothing new, then finishes.
    void cancel();
    // Concurrent calls per model variant, changeable while the run goes on.
    void setParallel(int perVariant);
    int parallel() const;

    qint64 runId() const { return m_state.runId; }
    qint64 resumeRunId() const { return m_options.resumeRunId; } // 0: a new run
    // The variants' labels in plan order (the snapshot's perVariant order).
    QStringList variantLabels() const;
    const std::shared_ptr<const Store> &store() const { return m_options.store; }
    qint64 retriedErrors() const { return m_retried; }
    qint64 alreadyStored() const { return m_alreadyStored; }
    ProgressSnapshot snapshot() const;

Q_SIGNALS:
    void progress(const Quorum::ProgressSnapshot &snapshot);
    void finished(Quorum::RunStatus status, const QString &message);

private:
    QString prepare();  // everything start() does before the workers run; "" or why not
    void launch();
    QString createRun();
    QString loadRun();
    void workerFinished();
    // The end's store work, on a helper thread: the last batch committed, the response
    // fingerprint, the final status. What finished() says.
    std::pair<RunStatus, QString> finishInStore(const ProgressSnapshot &last);

    RunOptions m_options;
    mutable RunState m_state;
    std::unique_ptr<StoreWriter> m_writer;
    std::vector<QThread *> m_threads;
    std::vector<RunWorker *> m_workers;
    int m_runningWorkers = 0;
    qint64 m_alreadyStored = 0;
    double m_plannedSeconds = 0;   // the plan's estimate of the work left at the start (target rates)
    qint64 m_retried = 0;               // failed work items set to run again (retryErrors)
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    int m_lanes = 0;                    // over all workers
    QThread *m_endHelper = nullptr;     // finishInStore()'s, while it runs
};

} // namespace Quorum
