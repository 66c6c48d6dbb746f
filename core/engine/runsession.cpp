#include "runsession.h"

#include <QCoroTask>

namespace Quorum {

RunSession::RunSession(RunOptions options, RunPreparation preparation, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_preparation(std::move(preparation))
{
}

RunSession::~RunSession() = default; // a run still going is a child: deleted with the session

void RunSession::submit(const Request &request)
{
    m_queue.append(request);
    if (m_busy) {
        Q_EMIT queueChanged(queued());
        return;
    }
    next();
}

void RunSession::clearQueue()
{
    if (m_queue.isEmpty())
        return;
    m_queue.clear();
    Q_EMIT queueChanged(0);
}

void RunSession::next()
{
    if (m_queue.isEmpty())
        return;
    const Request request = m_queue.takeFirst();
    Q_EMIT queueChanged(queued());
    m_busy = true;
    if (request.resumeRunId > 0 || !request.prepare) {
        launch(request.plan, request.resumeRunId, request.retryErrors, {});
        return;
    }
    // The preparation's callbacks may ask the user (a dialog): the session may be gone by the
    // time it answers, so the continuation checks.
    QCoro::connect(m_preparation.prepare(request.plan), this, [this](const RunPreparation::Outcome &outcome) {
        if (!outcome.plan)
            m_busy = false; // said before the signal: its receivers may start another at once
        Q_EMIT prepared(outcome);
        if (!outcome.plan) {
            next();
            return;
        }
        launch(*outcome.plan, 0, false, outcome.notes);
    });
}

void RunSession::launch(const RunPlan &plan, qint64 resumeRunId, bool retryErrors, const QStringList &notes)
{
    RunOptions options = m_options;
    options.resumeRunId = resumeRunId;
    options.retryErrors = retryErrors;
    options.notes += notes;
    m_run = new RunController(plan, options, this);
    Q_EMIT created(m_run); // first: what follows the run hears of its end before the session's own say
    connect(m_run, &RunController::finished, this, [this](RunStatus status, const QString &message) {
        RunController *const run = m_run;
        Q_EMIT finished(run, status, message);
        m_run = nullptr;
        m_busy = false;
        run->deleteLater();
        next();
    });
    // The store work (a big run's resume reads every stored item) happens off this thread.
    QCoro::connect(m_run->startInBackground(), this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_run->deleteLater();
            m_run = nullptr;
            m_busy = false;
            Q_EMIT notStarted(error);
            next();
            return;
        }
        Q_EMIT started(m_run);
    });
}

} // namespace Quorum
