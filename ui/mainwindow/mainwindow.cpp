#include "mainwindow.h"
#include "welcomepanel.h"

#include "catalog/catalogpage.h"

#include "common/background.h"
#include "present/diagnosticsformat.h"
#include "config/planfile.h"
#include "problems/problemspanel.h"
#include "engine/runpreparation.h"
#include "engine/runcontroller.h"
#include "monitor/runpanel.h"
#include "runs/runspage.h"
#include "compare/comparepage.h"
#include "review/reviewpage.h"
#include "common/appearance.h"
#include "common/language.h"
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

QString fileFilter(InputKind kind)
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
} // namespace

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
    connect(m_review, &ReviewPage::overridden, m_runs, &RunsPage::overridesChanged);
    connect(m_runs, &RunsPage::overridden, this, [this](qint64 runId) {
        if (runId == m_review->shownRun())
            m_review->review(runId);
    });
    // The welcome band above the tabs on a first start (ui/mainwindow/welcomepanel.h).
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Welcome"), this, [this] { m_welcome->show(); })->setObjectName(u"showWelcome"_qs);
    file->addSeparator();
    file->addAction(tr("&New Plan"), QKeySequence::New, this, &MainWindow::newPlan);
    QAction *openPlanAction = file->addAction(tr("&Open Plan…"), QKeySequence::Open, this, [this] {
        whenChangesSettled([this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), QFileInfo(m_workspace->document()->path()).absolutePath(),
                                                              fileFilter(InputKind::Plan));
            if (!path.isEmpty())
                openPlan(path);
        });
    });
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, [this] {
        m_recent->clear();
        const QStringList recent = QSettings().value(u"recentPlans"_qs).toStringList();
        for (const QString &path : recent)
            m_recent->addAction(QFileInfo(path).fileName() + u"  —  "_qs + QFileInfo(path).absolutePath(), this,
                                [this, path] { whenChangesSettled([this, path] { openPlan(path); }); });
        if (recent.isEmpty())
            m_recent->addAction(tr("No recent plans"))->setEnabled(false);
    });
    file->addAction(tr("Open &Demo Workspace"), this, [this] { whenChangesSettled([this] { openPlan(demoPlanPath()); }); });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save Plan"), QKeySequence::Save, this, &MainWindow::save);
    saveAction->setObjectName(u"savePlan"_qs);
    QAction *saveAs = file->addAction(tr("Save Plan &As…"), QKeySequence::SaveAs, this, [this] {
        const QString suggested = m_workspace->document()->path().isEmpty() || m_workspace->document()->path().startsWith(u':')
                                      ? m_workspace->plan().name + u".quorum.json"
                                      : m_workspace->document()->path();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Plan"), suggested, fileFilter(InputKind::Plan));
        if (!path.isEmpty())
            savePlanAs(path);
        else
            Q_EMIT planSaved(false); // cancelled: whoever waits for the save stops waiting
    });
    saveAs->setObjectName(u"savePlanAs"_qs);
    QMenu *import = file->addMenu(tr("&Import"));
    import->addAction(tr("&Scenarios…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenarios"), QString(), fileFilter(InputKind::Scenarios));
        if (!path.isEmpty()) {
            m_tabs->setCurrentWidget(m_workspace);
            m_workspace->importFiles({path});
        }
    });
    for (const auto &[text, kind] : {std::pair{tr("&Models…"), InputKind::ModelProfiles}, {tr("&Judges…"), InputKind::JudgeProfiles},
                                     {tr("Judge &Questions…"), InputKind::JudgeQuestions}})
        import->addAction(text, this, [this, kind = kind] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(), fileFilter(kind));
            if (path.isEmpty())
                return;
            m_tabs->setCurrentWidget(m_workspace);
            if (kind == InputKind::ModelProfiles)
                m_workspace->models()->importFile(path);
            else if (kind == InputKind::JudgeProfiles)
                m_workspace->jury()->judges()->importFile(path);
            else
                m_workspace->jury()->importCriteria(path);
        });
    file->addAction(tr("&Validate Files…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Validate Files"), QString(), fileFilter(InputKind::Unknown));
        if (!paths.isEmpty())
            validateFiles(paths);
    });
    file->addSeparator();
    file->addAction(tr("Open &Database…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create Database"), m_databasePath,
                                                          tr("Quorum database (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            openDatabase(path);
    });
    QAction *openStoreAction = file->addAction(tr("Open &Team Store…"), this, [this] {
        // A PostgreSQL server the team shares. The password is asked of the keychain, PGPASSWORD
        // or ~/.pgpass, never typed into the URL here.
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Open Team Store"));
        dialog->setLabelText(tr("The team store's URL (its password comes from the keychain, PGPASSWORD or ~/.pgpass):"));
        dialog->setTextValue(Store::keychainAccount(m_databasePath).isEmpty() ? u"postgresql://user@host:5432/quorum"_qs
                                                                               : Store::keychainAccount(m_databasePath));
        dialog->resize(560, dialog->sizeHint().height());
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &url) {
            if (!url.trimmed().isEmpty())
                openDatabase(url.trimmed());
        });
        dialog->open();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] { whenChangesSettled([this] { openPlan(demoPlanPath()); }); });
    connect(m_welcome, &WelcomePanel::newPlanRequested, this, &MainWindow::newPlan);
    connect(m_welcome, &WelcomePanel::openPlanRequested, openPlanAction, &QAction::trigger);
    connect(m_welcome, &WelcomePanel::openStoreRequested, openStoreAction, &QAction::trigger);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->document()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    // Every action of the setup pages, in a menu too: reachable by keyboard from anywhere, and it
    // shows the page it acts on.
    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    const QList<std::tuple<QString, QWidget *, QStringList>> pages = {
        {tr("&Scenarios"), m_workspace->scenarios(), {u"importScenarios"_qs, u"addScenario"_qs, u"deleteScenarios"_qs}},
        {tr("&Models"), m_workspace->models(),
         {u"add"_qs, u"duplicate"_qs, u"remove"_qs, u"moveUp"_qs, u"moveDown"_qs, u"import"_qs, u"export"_qs, u"probe"_qs}},
        {tr("&Jury"), m_workspace->jury()->judges(),
         {u"add"_qs, u"duplicate"_qs, u"remove"_qs, u"moveUp"_qs, u"moveDown"_qs, u"import"_qs, u"export"_qs}}};
    for (int tab = 0; tab < pages.size(); ++tab) {
        const auto &[title, page, names] = pages.at(tab);
        QMenu *menu = planMenu->addMenu(title);
        for (const QString &name : names)
            if (QAction *a = page->findChild<QAction *>(name)) {
                menu->addAction(a);
                connect(a, &QAction::triggered, this, [this, tab] {
                    m_tabs->setCurrentWidget(m_workspace);
                    m_workspace->tabs()->setCurrentIndex(tab);
                });
            }
    }
    planMenu->addAction(tr("Add Model from &Catalog…"), QKeySequence(tr("Ctrl+Shift+K")), this, [this] {
        m_tabs->setCurrentWidget(m_catalog);
        m_catalog->search()->setFocus();
    });
    planMenu->addAction(tr("Run &Settings"), this, [this] {
        m_tabs->setCurrentWidget(m_workspace);
        m_workspace->tabs()->setCurrentIndex(3);
    });

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    m_runAction = runMenu->addAction(tr("&Run Plan"), QKeySequence(tr("Ctrl+R")), this, [this] { startRun(); });
    m_runAction->setObjectName(u"runPlan"_qs);
    runMenu->addAction(tr("&Compare Runs"), QKeySequence(tr("Ctrl+Shift+C")), this, [this] {
        m_compare->refresh();
        m_tabs->setCurrentWidget(m_compare);
    });
    runMenu->addAction(tr("Re&view the Jury"), QKeySequence(tr("Ctrl+Shift+V")), this, [this] {
        if (m_runs->shownRun() > 0)
            m_review->review(m_runs->shownRun());
        else
            m_review->refresh();
        m_tabs->setCurrentWidget(m_review);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_problemsDock->toggleViewAction());
    // Light, dark or the system's palette: charts follow it; remembered for the next start.
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *modes = new QActionGroup(this);
    for (const auto &[text, mode] : {std::pair{tr("&System"), Appearance::Mode::System}, {tr("&Light"), Appearance::Mode::Light},
                                     {tr("&Dark"), Appearance::Mode::Dark}}) {
        QAction *a = appearance->addAction(text, this, [mode] {
            Appearance::apply(mode);
            Appearance::save(mode);
        });
        a->setCheckable(true);
        a->setChecked(Appearance::saved() == mode);
        modes->addAction(a);
    }

    // The language of the window and its reports from the next start (the system's by default).
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_qs);
    auto *languages = new QActionGroup(this);
    QStringList codes{QString()};
    codes << Language::available();
    for (const QString &code : std::as_const(codes)) {
        QAction *a = language->addAction(code.isEmpty() ? tr("&System Language") : Language::nativeName(code), this, [this, code] {
            Language::save(code);
            statusBar()->showMessage(tr("Quorum uses %1 from its next start.")
                                         .arg(code.isEmpty() ? tr("the system's language") : Language::nativeName(code)), 10000);
        });
        a->setObjectName(u"language-"_qs + (code.isEmpty() ? u"system"_qs : code));
        a->setCheckable(true);
        a->setChecked(Language::saved() == code);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quorum"), this, [this] {
        QMessageBox::about(this, tr("About Quorum"),
                           tr("<b>Quorum %1</b><p>A workbench for choosing a large language model: run scenarios "
                              "against models, have a jury score every answer, compare latency, cost and quality.</p>")
                               .arg(QApplication::applicationVersion()));
    });
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
    importWith(InputKind::Plan, QString(), name, [store, runId, name](Diagnostics &diagnostics) {
        return importBytes(name, store->reader().planJson(runId).toUtf8(), diagnostics, InputKind::Plan);
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
