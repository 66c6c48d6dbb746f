#include "mainwindow.h"
#include "welcomepanel.h"

#include "catalog/catalogpage.h"
#include "engine/runpreparation.h"

#include "present/background.h"
#include "present/runfigures.h"
#include "present/diagnosticsformat.h"
#include "config/planfile.h"
#include "problems/problemspanel.h"
#include "engine/runpreparation.h"
#include "engine/runcontroller.h"
#include "monitor/runpanel.h"
#include "results/runspage.h"
#include "compare/comparepage.h"
#include "review/reviewpage.h"
#include "widgets/appearance.h"
#include "widgets/language.h"
#include "config/configimport.h"
#include "storage/store.h"
#include "setup/judges/jurypage.h"
#include "setup/models/profilespage.h"
#include "setup/plandocument.h"
#include "setup/scenarios/scenariospage.h"
#include "setup/setuppage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoroSignal>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QUndoStack>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Imported
{
    ImportedFile file;
    Diagnostics diagnostics;
};

} // namespace

QString MainWindow::fileFilter(InputKind kind)
{
    switch (kind) {
    case InputKind::Scenarios:
        return QApplication::translate("MainWindow", "Scenarios (*.jsonl *.csv);;All files (*)");
    case InputKind::ModelProfiles:
    case InputKind::JudgeProfiles:
        return QApplication::translate("MainWindow", "Profiles (*.jsonl);;All files (*)");
    case InputKind::JudgeQuestions:
        return QApplication::translate("MainWindow", "JSON (*.json);;All files (*)");
    case InputKind::Plan: // NAME.quorum.json: the name a desktop knows as a Quorum plan (application/x-quorum-plan)
        return QApplication::translate("MainWindow", "Quorum plans (*.quorum.json *.json);;All files (*)");
    case InputKind::Unknown:
        break;
    }
    return QApplication::translate("MainWindow", "Quorum inputs (*.jsonl *.csv *.json);;All files (*)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new SetupPage(this)), m_runs(new RunsPage(this)),
      m_compare(new ComparePage(this)), m_review(new ReviewPage(this)), m_catalog(new CatalogPage(this)), m_problems(new ProblemsPanel(this)), m_problemsDock(new QDockWidget(tr("Problems"), this)),
      m_tabs(new QTabWidget(this)), m_databaseLabel(new QLabel(this)), m_runPanel(new RunPanel(this)),
      m_runDock(new QDockWidget(tr("Run"), this))
{
    setWindowTitle(tr("Quorum"));
    setWindowIcon(QIcon(u":/icons/quorum.svg"_qs));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_workspace, tr("Setup"));
    m_tabs->addTab(m_runs, tr("Runs"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_catalog, tr("Catalog"));
    // Add to Plan: the model becomes a variant of the plan, shown in its form.
    connect(m_catalog, &CatalogPage::addToPlan, this, [this](const CatalogModel &model) {
        m_tabs->setCurrentWidget(m_workspace);
        m_workspace->tabs()->setCurrentIndex(1);
        m_workspace->models()->addFromCatalog(model, m_catalog->catalog().bedrockGeo());
        statusBar()->showMessage(tr("Added %1 to the plan's models").arg(model.displayName), 8000);
    });
    // A person's verdict stored on one page: the figures read it on the others.
    // One loader of runs' figures for every screen: a run's figures are read once per change.
    auto *figures = new FiguresLoader(this);
    m_figuresLoader = figures;
    m_runs->setFiguresLoader(figures);
    m_review->setFiguresLoader(figures);
    m_runPanel->setFiguresLoader(figures);
    connect(m_review, &ReviewPage::overridden, m_runs, &RunsPage::overridesChanged);
    connect(m_runs, &RunsPage::overridden, this, [this](qint64 runId) {
        if (runId == m_review->shownRun())
            m_review->review(runId);
    });
    // The welcome band above the tabs on a first start (ui/shell/welcomepanel.h).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_welcome = new WelcomePanel(central);
    m_welcome->setVisible(WelcomePanel::wanted());
    centralLayout->addWidget(m_welcome);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_problemsDock->setObjectName(u"problemsDock"_qs);
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_runDock->setObjectName(u"runDock"_qs);
    m_runDock->setWidget(m_runPanel);
    m_runDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    addDockWidget(Qt::TopDockWidgetArea, m_runDock);
    m_runDock->hide();
    connect(m_runPanel, &RunPanel::closed, m_runDock, &QWidget::hide);
    setUpRunSession();
    connect(m_runPanel, &RunPanel::failuresRequested, this, [this](qint64 runId, const QString &errorClass) {
        InvocationFilter f;
        f.verdict = InvocationFilter::Verdict::Error;
        f.errorClass = errorClass;
        m_tabs->setCurrentWidget(m_runs);
        m_runs->showInvocations(runId, f);
    });
    connect(m_runs, &RunsPage::resumeRequested, this, [this](qint64 runId) { startRun(runId); });
    connect(m_runs, &RunsPage::planRequested, this, &MainWindow::reopenPlan);
    connect(m_runs, &RunsPage::rejudgeRequested, this, [this](qint64 runId) {
        const QString judges = QFileDialog::getOpenFileName(this, tr("Re-judge run %1 with the judges of…").arg(runId),
                                                            QFileInfo(m_workspace->document()->path()).absolutePath(), fileFilter(InputKind::JudgeProfiles));
        if (!judges.isEmpty())
            rejudgeRun(runId, judges);
    });

    m_databaseLabel->setObjectName(u"storeLabel"_qs);

    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(m_workspace, &SetupPage::problemsFound, this, &MainWindow::showProblems);
    connect(m_workspace, &SetupPage::status, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_workspace, &SetupPage::planDropped, this, [this](const QString &path) { whenChangesSettled([this, path] { openPlan(path); }); });
    PlanDocument *document = m_workspace->document();
    connect(document, &PlanDocument::changed, this, &MainWindow::showPlanState);
    connect(document, &PlanDocument::changed, this, [this] { m_changesSettled = false; }); // changed again: ask again
    connect(document, &PlanDocument::modifiedChanged, this, &MainWindow::showPlanState);
    connect(document, &PlanDocument::pathChanged, this, &MainWindow::showPlanState);
    setAcceptDrops(false); // the setup page takes drops (it knows where each file belongs)
    createMenus();
    showPlanState();
    // Most of the screen it opens on (a leaderboard has many columns), centred; 1200 × 760 where none is known.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(std::max(960, available.width() * 9 / 10), std::max(640, available.height() * 9 / 10));
        move(available.center() - rect().center());
    } else {
        resize(1200, 760);
    }
    // As it was left, where that is known (size, place, docks), with the appearance it had.
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    restoreState(settings.value(u"window/state"_qs).toByteArray());
}

QString MainWindow::demoPlanPath()
{
    return u":/demo/demo-plan.json"_qs;
}

void MainWindow::warn(const QString &title, const QString &text)
{
    // Window-modal and asynchronous: the event loop keeps running behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showProblems(const QString &what, const Diagnostics &diagnostics)
{
    m_problems->show(what, diagnostics);
    if (!diagnostics.items().isEmpty())
        m_problemsDock->show();
}

QString MainWindow::storeLabel() const
{
    if (!m_store)
        return tr("No database open");
    return Store::keychainAccount(m_store->location()).isEmpty() ? tr("Database: %1").arg(m_store->displayedLocation())
                                                                  : tr("Team store: %1").arg(m_store->displayedLocation());
}

void MainWindow::openDatabase(const QString &path)
{
    const Store::Keychain keychain = [lookup = m_keychain](const QString &account) { return lookup ? lookup(account).secret : QString(); };
    const QString shown = Store::keychainAccount(path).isEmpty() ? path : Store::keychainAccount(path);
    m_databaseLabel->setText(tr("Opening %1…").arg(shown));
    runInBackground(this, [path, keychain] { return Store::open(path, keychain); }, [this, path](Store::Opened opened) {
        if (!opened.store) {
            // The store open before (if any) stays open.
            m_databaseLabel->setText(storeLabel());
            warn(tr("Cannot open the database"), opened.error);
            Q_EMIT databaseOpened(false, opened.error);
            return;
        }
        m_store = opened.store;
        m_databasePath = path;
        m_databaseLabel->setText(storeLabel());
        m_databaseLabel->setToolTip(m_store->displayedLocation());
        QString message = tr("Opened %1").arg(m_store->displayedLocation());
        if (!opened.backupPath.isEmpty())
            message = tr("Upgraded %1 from version %2; the old file is kept as %3").arg(path).arg(opened.fromVersion).arg(opened.backupPath);
        statusBar()->showMessage(message, 8000);
        m_figuresLoader->setStore(m_store);
        m_runs->setStore(m_store);
        m_compare->setStore(m_store);
        m_review->setStore(m_store);
        Q_EMIT databaseOpened(true, message);
    });
}

void MainWindow::openPlan(const QString &path)
{
    importInto(InputKind::Plan, path);
}

void MainWindow::chooseAndImport(InputKind kind)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(m_workspace->document()->path()).absolutePath(), fileFilter(kind));
    if (!path.isEmpty())
        importInto(kind, path);
}

void MainWindow::importInto(InputKind kind, const QString &path)
{
    const QString name = path.startsWith(u':') ? tr("demo workspace") : QFileInfo(path).fileName();
    importWith(kind, path, name, [kind, path](Diagnostics &diagnostics) { return importFile(path, diagnostics, kind); });
}

void MainWindow::reopenPlan(qint64 runId)
{
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    const QString name = tr("the plan of run %1").arg(runId);
    // Unsaved until the user names a file: Save asks where.
    importWith(InputKind::Plan, QString(), name, [store, runId](Diagnostics &diagnostics) {
        return storedPlan(*store, runId, diagnostics);
    });
}

void MainWindow::importWith(InputKind kind, const QString &path, const QString &name,
                            std::function<ImportedFile(Diagnostics &)> read)
{
    statusBar()->showMessage(tr("Reading %1…").arg(name));
    runInBackground(this, [read = std::move(read)] {
        Imported result;
        result.file = read(result.diagnostics);
        return result;
    }, [this, kind, path, name](Imported result) {
        showProblems(name, result.diagnostics);
        if (result.diagnostics.hasErrors()) {
            statusBar()->showMessage(tr("%1 was not imported: %2").arg(name, summarizeDiagnostics(result.diagnostics)));
            Q_EMIT importFinished(false);
            return;
        }
        if (kind == InputKind::Plan) {
            m_workspace->setPlan(*result.file.plan, path);
            if (!path.isEmpty() && !path.startsWith(u':'))
                rememberRecent(path);
        } else {
            // One undoable step that replaces that part of the plan.
            PlanDocument::State next = m_workspace->document()->state();
            switch (kind) {
            case InputKind::Scenarios: next.plan.scenarios = result.file.scenarios; break;
            case InputKind::ModelProfiles:
                next.models.clear();
                for (const ModelVariant &m : std::as_const(result.file.models))
                    next.models.append(profileToJson(m));
                break;
            case InputKind::JudgeProfiles:
                next.judges.clear();
                for (const JudgeProfile &j : std::as_const(result.file.judges))
                    next.judges.append(profileToJson(j));
                break;
            case InputKind::JudgeQuestions: next.plan.criteria = result.file.criteria; break;
            case InputKind::Plan:
            case InputKind::Unknown: break;
            }
            m_workspace->document()->edit(next, tr("Import %1").arg(name));
        }
        m_tabs->setCurrentWidget(m_workspace);
        statusBar()->showMessage(tr("Imported %1 (%2)").arg(name, summarizeDiagnostics(result.diagnostics)), 8000);
        Q_EMIT importFinished(true);
    });
}

void MainWindow::validateFiles(const QStringList &paths)
{
    statusBar()->showMessage(tr("Checking %n file(s)…", nullptr, int(paths.size())));
    runInBackground(this, [paths] {
        Diagnostics all;
        for (const QString &path : paths) {
            Diagnostics one;
            importFile(path, one);
            all.append(one);
        }
        return all;
    }, [this, paths](Diagnostics all) {
        showProblems(tr("%n file(s) checked", nullptr, int(paths.size())), all);
        m_problemsDock->show();
        statusBar()->showMessage(tr("Checked %n file(s): ", nullptr, int(paths.size())) + summarizeDiagnostics(all), 8000);
        Q_EMIT validationFinished(all.errorCount());
    });
}

} // namespace Quorum
