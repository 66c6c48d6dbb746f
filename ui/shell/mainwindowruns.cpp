// MainWindow, its runs: what it asks of its RunSession (a plan, a resume, a re-judge), the dialogs
// the session's preparation and ends need, and closing the window while a run is in progress.
#include "mainwindow.h"

#include "catalog/catalogpage.h"
#include "present/catalogtext.h"

#include "present/background.h"
#include "present/runfigures.h"
#include "present/progresstext.h"
#include "present/diagnosticsformat.h"
#include "engine/runpreparation.h"
#include "engine/runcontroller.h"
#include "engine/runsession.h"
#include "monitor/runpanel.h"
#include "results/runspage.h"
#include "compare/comparepage.h"
#include "review/reviewpage.h"
#include "config/configimport.h"
#include "setup/plandocument.h"
#include "setup/setuppage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoroSignal>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace Quorum {

void MainWindow::closeEvent(QCloseEvent *event)
{
    decideClose(event);
    if (event->isAccepted()) { // the window's size, place and docks, for the next start
        QSettings settings;
        settings.setValue(u"window/geometry"_qs, saveGeometry());
        settings.setValue(u"window/state"_qs, saveState());
    }
}

void MainWindow::decideClose(QCloseEvent *event)
{
    if (!m_changesSettled && m_closing == Closing::No && m_workspace->document()->isModified()) {
        event->ignore();
        whenChangesSettled([this] {
            m_changesSettled = true;
            close();
        });
        return;
    }
    RunController *const run = m_session->current();
    if (!run || m_closing == Closing::Now) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing != Closing::No)
        return; // already stopping, or waiting for the run to end
    // Asked without blocking (the run goes on meanwhile); stopping first stays the default.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Run %1 is in progress").arg(run->runId()),
                                tr("Close Quorum while run %1 is in progress?").arg(run->runId()), QMessageBox::NoButton, this);
    box->setObjectName(u"closeWhileRunning"_qs);
    box->setInformativeText(tr("Stop and Close finishes the calls in flight, stores them and closes; the run can be resumed "
                               "later from the Runs page. Close When Done lets the run finish first%1.")
                                .arg(m_session->queued() == 0 ? QString() : tr(" (the queued runs are not started)")));
    QPushButton *stop = box->addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
    QPushButton *wait = box->addButton(tr("Close When Done"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop, wait] {
        const bool closing = box->clickedButton() == stop || box->clickedButton() == wait;
        RunController *const run = m_session->current();
        if (!run) {
            // The run ended while the question was open: nothing to stop or wait for.
            if (closing) {
                m_session->clearQueue();
                m_closing = Closing::Now;
                close();
            }
            return;
        }
        if (box->clickedButton() == stop) {
            m_closing = Closing::Stopping;
            m_session->clearQueue();
            statusBar()->showMessage(tr("Stopping run %1: finishing the calls in flight…").arg(run->runId()));
            run->cancel();
        } else if (box->clickedButton() == wait) {
            m_closing = Closing::WhenDone;
            m_session->clearQueue();
            statusBar()->showMessage(tr("Quorum closes when run %1 is done.").arg(run->runId()));
        }
    });
    box->open();
}

void MainWindow::startRun(qint64 resumeRunId)
{
    if (m_databasePath.isEmpty() && !m_session->busy()) {
        warn(tr("No database"), tr("Open a database first (File › Open Database…)."));
        return;
    }
    if (resumeRunId <= 0) {
        if (const QString why = m_workspace->document()->whyNot(); !why.isEmpty()) {
            warn(tr("Nothing to run"), tr("The plan cannot run: %1. Open a plan, or add scenarios, models and judges in the "
                                          "Setup tabs, or set the plan to latency only.").arg(why));
            return;
        }
    }
    const bool queued = m_session->busy();
    if (resumeRunId > 0) {
        useStore();
        m_session->resume(resumeRunId);
    } else {
        submitPlan(m_workspace->plan());
    }
    if (queued) // it starts (with its access check) when the runs before it are done
        statusBar()->showMessage(m_session->current()
                                     ? tr("Queued: it starts when run %1 is done (%n waiting).", nullptr, m_session->queued()).arg(m_session->current()->runId())
                                     : tr("Queued: it starts when the run being prepared is done (%n waiting).", nullptr, m_session->queued()),
                                 8000);
}

void MainWindow::submitPlan(const RunPlan &plan)
{
    // The engine's preparation: a test call to each model and judge (a missing key shows now, not
    // in every row), the user asked before anything that fails is dropped, prompts optimized.
    RunPreparation &preparation = m_session->preparation();
    preparation.keychain = m_keychain;
    // The list prices the run keeps come from the catalog the Catalog page shows (refreshes and
    // overrides included) once it has been read, else from the shipped one.
    preparation.catalog = m_catalog->catalog().models().isEmpty() ? nullptr : std::make_shared<const ModelCatalog>(m_catalog->catalog());
    preparation.staleAfterDays = CatalogText::staleDays();
    useStore();
    if (!m_session->busy())
        m_runAction->setEnabled(false);
    m_session->run(plan);
}

void MainWindow::useStore()
{
    RunOptions &options = m_session->options();
    options.store = m_store; // the store open now: the next request runs there
    options.keychain = m_keychain;
}

void MainWindow::setUpRunSession()
{
    RunPreparation preparation;
    // The preparation may outlive the window (closed during the access check): its callbacks check.
    const QPointer<MainWindow> self(this);
    preparation.progress = [self](const QString &step) {
        if (self)
            self->statusBar()->showMessage(step);
    };
    preparation.dropFailing = [self](const QList<AccessProblem> &problems, const RunPlan &) -> QCoro::Task<bool> {
        if (!self)
            co_return false;
        MainWindow *const window = self.data();
        QStringList lines;
        for (const AccessProblem &p : problems)
            lines << ProgressText::accessProblem(p);
        QPointer<QMessageBox> box = new QMessageBox(QMessageBox::Warning, MainWindow::tr("Some models cannot be reached"),
                                                    MainWindow::tr("These did not answer a one-line test call:"), QMessageBox::Cancel, window);
        box->setInformativeText(lines.join(u'\n'));
        QPushButton *without = box->addButton(MainWindow::tr("Run Without Them"), QMessageBox::AcceptRole);
        bool drop = false;
        connect(without, &QPushButton::clicked, box, [&drop] { drop = true; });
        window->statusBar()->showMessage(MainWindow::tr("%n model(s) or judge(s) cannot be reached: run without them?", nullptr,
                                                        int(problems.size())));
        Q_EMIT window->accessChecked(int(problems.size()));
        box->open();
        // Deleted after the answer, not on close: a box deleted on close is gone before the queued
        // resumption reaches it, and a Cancel left the preparation (and Run Plan) waiting forever.
        co_await qCoro(box.data(), &QMessageBox::finished);
        if (box)
            box->deleteLater();
        co_return drop && self; // closed meanwhile: nothing to run for
    };
    m_session = new RunSession(RunOptions(), std::move(preparation), this);
    connect(m_session, &RunSession::queueChanged, m_runPanel, &RunPanel::setQueued);
    connect(m_session, &RunSession::prepared, this, [this](const RunPreparation::Outcome &prepared) {
        m_runAction->setEnabled(!m_session->busy());
        statusBar()->clearMessage();
        if (prepared.declined)
            return; // the user was asked, and chose not to run without them
        if (!prepared.plan && !prepared.problems.isEmpty()) {
            // Nothing would be left to run without them: say which, with Cancel only.
            QStringList lines;
            for (const AccessProblem &p : prepared.problems)
                lines << ProgressText::accessProblem(p);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Some models cannot be reached"),
                                        tr("These did not answer a one-line test call, and nothing is left to run without them:"),
                                        QMessageBox::Cancel, this);
            box->setInformativeText(lines.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            Q_EMIT accessChecked(int(prepared.problems.size()));
            return;
        }
        if (prepared.problems.isEmpty())
            Q_EMIT accessChecked(0);
        if (!prepared.plan) {
            warn(tr("The run cannot start"), prepared.error);
            return;
        }
        if (!prepared.notes.isEmpty())
            statusBar()->showMessage(tr("%n prompt(s) could not be optimized: the originals are used (see the run's events)",
                                        nullptr, int(prepared.notes.size())), 10'000);
    });
    connect(m_session, &RunSession::created, this, [this](RunController *run) {
        m_figuresLoader->follow(run); // before the screens hear of the run's end: its figures change then
        m_runAction->setEnabled(false);
        const QString preparing = run->resumeRunId() > 0 ? tr("Preparing to resume run %1…").arg(run->resumeRunId()) : tr("Recording the run…");
        statusBar()->showMessage(preparing);
        // The panel appears now, while the run is recorded: its first paint (the whole window's
        // layout changes) is done before the workers take the CPU.
        m_runPanel->preparing(preparing);
        m_runDock->show();
    });
    connect(m_session, &RunSession::notStarted, this, [this](const QString &error) {
        statusBar()->clearMessage();
        m_runAction->setEnabled(!m_session->busy());
        m_runDock->hide(); // it said "Recording the run…": no run is, and the dialog says why
        warn(tr("The run cannot start"), error);
    });
    connect(m_session, &RunSession::started, this, [this](RunController *run) {
        statusBar()->clearMessage();
        m_runPanel->follow(run);
        m_runDock->show();
        m_runs->refresh();
        m_compare->refresh();
        m_review->refresh();
    });
    connect(m_session, &RunSession::finished, this, [this](RunController *run, RunStatus status) {
        m_runAction->setEnabled(true);
        m_runs->refresh();
        m_compare->refresh();
        m_review->refresh();
        m_runs->showLeaderboard(run->runId());
        m_tabs->setCurrentWidget(m_runs);
        Q_EMIT runFinished(status);
        if (m_closing != Closing::No) {
            m_session->clearQueue();
            m_closing = Closing::Now;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        }
    });
}

void MainWindow::rejudgeRun(qint64 runId, const QString &judgesPath)
{
    if (m_session->current()) {
        warn(tr("A run is in progress"), tr("Wait for run %1 to finish, or stop it, before starting another.").arg(m_session->current()->runId()));
        return;
    }
    struct Prepared
    {
        std::optional<RunPlan> plan;
        Diagnostics diagnostics;
    };
    const std::shared_ptr<const Store> store = m_store;
    statusBar()->showMessage(tr("Reading run %1 and the judges…").arg(runId));
    runInBackground(this, [store, runId, judgesPath] {
        Prepared p;
        p.plan = rejudgePlan(*store, runId, p.diagnostics);
        const QList<JudgeProfile> judges = importFile(judgesPath, p.diagnostics, InputKind::JudgeProfiles).judges;
        if (p.plan)
            p.plan->judges = judges;
        return p;
    }, [this, runId](Prepared p) {
        statusBar()->clearMessage();
        showProblems(tr("re-judge of run %1").arg(runId), p.diagnostics);
        if (!p.plan || p.diagnostics.hasErrors() || p.plan->judges.isEmpty()) {
            warn(tr("Run %1 cannot be re-judged").arg(runId),
                 p.diagnostics.hasErrors() ? summarizeDiagnostics(p.diagnostics) : tr("The judges file names no judge."));
            return;
        }
        submitPlan(*p.plan);
    });
}

} // namespace Quorum
