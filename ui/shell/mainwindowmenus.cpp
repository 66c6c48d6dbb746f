// MainWindow, its menus: File, Edit, Plan, Run, View (appearance, language) and Help, and the
// welcome band's buttons, which ask the same actions.
#include "mainwindow.h"
#include "welcomepanel.h"
#include "catalog/catalogpage.h"
#include "present/background.h"
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

} // namespace Quorum
