// MainWindow, its runs: starting one (after the access check), queuing those asked for while one
// goes, resuming, re-judging, and closing the window while one is in progress.
#include "mainwindow.h"

#include "catalog/catalogpage.h"
#include "storage/runsreader.h"
#include "present/catalogtext.h"

#include "present/background.h"
#include "present/runfigures.h"
#include "present/progresstext.h"
#include "present/diagnosticsformat.h"
#include "engine/runpreparation.h"
#include "engine/runcontroller.h"
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
    if (!m_run || m_closing == Closing::Now) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing != Closing::No)
        return; // already stopping, or waiting for the run to end
    // Asked without blocking (the run goes on meanwhile); stopping first stays the default.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Run %1 is in progress").arg(m_run->runId()),
                                tr("Close Quorum while run %1 is in progress?").arg(m_run->runId()), QMessageBox::NoButton, this);
    box->setObjectName(u"closeWhileRunning"_qs);
    box->setInformativeText(tr("Stop and Close finishes the calls in flight, stores them and closes; the run can be resumed "
                               "later from the Runs page. Close When Done lets the run finish first%1.")
                                .arg(m_queue.isEmpty() ? QString() : tr(" (the queued runs are not started)")));
    QPushButton *stop = box->addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
    QPushButton *wait = box->addButton(tr("Close When Done"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop, wait] {
        const bool closing = box->clickedButton() == stop || box->clickedButton() == wait;
        if (!m_run) {
            // The run ended while the question was open: nothing to stop or wait for.
            if (closing) {
                m_queue.clear();
                m_closing = Closing::Now;
                close();
            }
            return;
        }
        if (box->clickedButton() == stop) {
            m_closing = Closing::Stopping;
            m_queue.clear();
            statusBar()->showMessage(tr("Stopping run %1: finishing the calls in flight…").arg(m_run->runId()));
            m_run->cancel();
        } else if (box->clickedButton() == wait) {
            m_closing = Closing::WhenDone;
            m_queue.clear();
            statusBar()->showMessage(tr("Quorum closes when run %1 is done.").arg(m_run->runId()));
        }
    });
    box->open();
}

void MainWindow::startRun(qint64 resumeRunId)
{
    if (m_run) {
        // Queued: it starts (with its access check) when the runs before it are done.
        if (resumeRunId <= 0) {
            if (const QString why = m_workspace->document()->whyNot(); !why.isEmpty()) {
                warn(tr("Nothing to run"), tr("The plan cannot run: %1.").arg(why));
                return;
            }
        }
        m_queue.append({resumeRunId > 0 ? RunPlan() : m_workspace->plan(), resumeRunId});
        m_runPanel->setQueued(int(m_queue.size()));
        statusBar()->showMessage(tr("Queued: it starts when run %1 is done (%n waiting).", nullptr, int(m_queue.size()))
                                     .arg(m_run->runId()), 8000);
        return;
    }
    if (m_databasePath.isEmpty()) {
        warn(tr("No database"), tr("Open a database first (File › Open Database…)."));
        return;
    }
    const RunPlan plan = m_workspace->plan();
    if (resumeRunId > 0) {
        launchRun(RunPlan(), resumeRunId);
        return;
    }
    if (const QString why = m_workspace->document()->whyNot(); !why.isEmpty()) {
        warn(tr("Nothing to run"), tr("The plan cannot run: %1. Open a plan, or add scenarios, models and judges in the "
                                      "Setup tabs, or set the plan to latency only.").arg(why));
        return;
    }
    checkAndLaunch(plan);
}

void MainWindow::checkAndLaunch(const RunPlan &plan)
{
    // The engine's preparation: a test call to each model and judge (a missing key shows now, not
    // in every row), the user asked before anything that fails is dropped, prompts optimized.
    RunPreparation preparation;
    preparation.keychain = m_keychain;
    // The list prices the run keeps come from the catalog the Catalog page shows (refreshes and
    // overrides included) once it has been read, else from the shipped one.
    if (!m_catalog->catalog().models().isEmpty())
        preparation.catalog = std::make_shared<const ModelCatalog>(m_catalog->catalog());
    preparation.staleAfterDays = CatalogText::staleDays();
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
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *without = box->addButton(MainWindow::tr("Run Without Them"), QMessageBox::AcceptRole);
        bool drop = false;
        connect(without, &QPushButton::clicked, box, [&drop] { drop = true; });
        window->statusBar()->showMessage(MainWindow::tr("%n model(s) or judge(s) cannot be reached: run without them?", nullptr,
                                                        int(problems.size())));
        Q_EMIT window->accessChecked(int(problems.size()));
        box->open();
        co_await qCoro(box.data(), &QMessageBox::finished);
        co_return drop && self; // closed meanwhile: nothing to run for
    };
    m_runAction->setEnabled(false);
    QCoro::connect(preparation.prepare(plan), this, [this, plan](const RunPreparation::Outcome &prepared) {
        m_runAction->setEnabled(true);
        statusBar()->clearMessage();
        if (!prepared.plan && !prepared.problems.isEmpty()
            && whyNotRunnable(withoutFailing(plan, prepared.problems)).isEmpty())
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
        launchRun(*prepared.plan, 0, &prepared.notes);
    });
}

void MainWindow::rejudgeRun(qint64 runId, const QString &judgesPath)
{
    if (m_run) {
        warn(tr("A run is in progress"), tr("Wait for run %1 to finish, or stop it, before starting another.").arg(m_run->runId()));
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
        RunsReader queries(*store);
        const QString json = queries.planJson(runId);
        p.plan = rejudgePlan(json, runId, p.diagnostics);
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
        checkAndLaunch(*p.plan);
    });
}

void MainWindow::launchRun(const RunPlan &plan, qint64 resumeRunId, const QStringList *notes)
{
    RunOptions options;
    options.store = m_store;
    options.resumeRunId = resumeRunId;
    options.keychain = m_keychain;
    if (notes)
        options.notes = *notes;
    m_run = new RunController(plan, options, this);
    m_figuresLoader->follow(m_run); // before the screens hear of the run's end: its figures change then
    m_runAction->setEnabled(false);
    const QString preparing = resumeRunId > 0 ? tr("Preparing to resume run %1…").arg(resumeRunId) : tr("Recording the run…");
    statusBar()->showMessage(preparing);
    // The panel appears now, while the run is recorded: its first paint (the whole window's layout
    // changes) is done before the workers take the CPU.
    m_runPanel->preparing(preparing);
    m_runDock->show();
    connect(m_run, &RunController::finished, this, [this](RunStatus status) {
        m_runAction->setEnabled(true);
        m_runs->refresh();
        m_compare->refresh();
        m_review->refresh();
        m_runs->showLeaderboard(m_run->runId());
        m_tabs->setCurrentWidget(m_runs);
        m_run->deleteLater();
        m_run = nullptr;
        Q_EMIT runFinished(status);
        if (m_closing != Closing::No) {
            m_closing = Closing::Now;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        } else if (!m_queue.isEmpty()) {
            const Queued next = m_queue.takeFirst();
            m_runPanel->setQueued(int(m_queue.size()));
            if (next.resumeRunId > 0)
                launchRun(RunPlan(), next.resumeRunId);
            else
                checkAndLaunch(next.plan);
        }
    });
    // The store work (a big run's resume reads every stored item) happens off this thread.
    QCoro::connect(m_run->startInBackground(), this, [this](const QString &error) {
        statusBar()->clearMessage();
        if (!error.isEmpty()) {
            m_run->deleteLater();
            m_run = nullptr;
            m_runAction->setEnabled(true);
            m_runDock->hide(); // it said "Recording the run…": no run is, and the dialog says why
            warn(tr("The run cannot start"), error);
            return;
        }
        m_runPanel->follow(m_run);
        m_runDock->show();
        m_runs->refresh();
        m_compare->refresh();
        m_review->refresh();
    });
}

} // namespace Quorum
