#pragma once

#include "storage/store.h"

#include "config/configimport.h"
#include "domain/records.h"
#include "providers/credentials.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QTabWidget;
class QDockWidget;

namespace Quorum {

class ProblemsPanel;
class RunController;
class RunSession;
class RunPanel;
class FiguresLoader;
class RunsPage;
class ComparePage;
class ReviewPage;
class CatalogPage;
class SetupPage;
struct KeyAccess;

// The application window: the workspace (plan being prepared), the runs in the database and
// the problems found in imported files. File and database work runs off the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    static QString demoPlanPath();

    // Each finishes later, announcing itself with a signal below.
    void openDatabase(const QString &path);
    void openPlan(const QString &path);
    // Reads a file of the given kind into the current plan; with an error, changes nothing.
    void importInto(InputKind kind, const QString &path);
    // Opens the plan a stored run was made from in the workspace (unsaved: Save asks where).
    void reopenPlan(qint64 runId);
    void validateFiles(const QStringList &paths);
    void savePlanAs(const QString &path);
    // Runs the workspace's plan (or resumes a stored run) against the open database.
    // With a run in progress, queues it: it starts when the runs before it are done.
    void startRun(qint64 resumeRunId = 0);
    // Scores a stored run's answers again with the judges of a file: a new run, no model calls.
    void rejudgeRun(qint64 runId, const QString &judgesPath);
    void setKeychain(KeychainLookup keychain) { m_keychain = std::move(keychain); }
    // The keychain and environment the setup forms use (Set Key…, Test Connection, key status).
    void setKeyAccess(const KeyAccess &access);
    // New Plan, with the unsaved-changes question first when there are changes.
    void newPlan();
    // Save: to the plan's file, or Save As… when it has none (or is the built-in demo).
    void save();

    SetupPage *workspace() const { return m_workspace; }
    RunsPage *runs() const { return m_runs; }
    ComparePage *comparePage() const { return m_compare; }
    ReviewPage *reviewPage() const { return m_review; }
    CatalogPage *catalogPage() const { return m_catalog; }
    ProblemsPanel *problems() const { return m_problems; }
    QString databasePath() const { return m_databasePath; }

Q_SIGNALS:
    void databaseOpened(bool ok, const QString &message);
    void importFinished(bool applied);
    void validationFinished(int errors);
    void planSaved(bool ok);
    void runFinished(Quorum::RunStatus status);
    void accessChecked(int problems);

protected:
    // With a run in progress, asks (without blocking): stop it first (its calls in flight finish
    // and are stored; the default), or close when it is done, or stay open.
    void closeEvent(QCloseEvent *event) override;
    void decideClose(QCloseEvent *event);

private:
    void createMenus(); // mainwindowmenus.cpp
    static QString fileFilter(InputKind kind);
    void showProblems(const QString &what, const Diagnostics &diagnostics);
    void chooseAndImport(InputKind kind);
    // Reads with `read` off the GUI thread, then puts what it read into the plan (`path`: where
    // the plan now lives, for a plan; `name`: what messages call it).
    void importWith(InputKind kind, const QString &path, const QString &name, std::function<ImportedFile(Diagnostics &)> read);
    void warn(const QString &title, const QString &text);
    // Runs `then` once the plan's unsaved changes are saved or discarded (asked without blocking);
    // not at all when the user cancels.
    void whenChangesSettled(std::function<void()> then);
    void rememberRecent(const QString &path);
    void showPlanState();
    // The window's run session: its preparation's dialogs, and what the screens do as runs start and end.
    void setUpRunSession();
    // A plan to the session: prepared (one small call per model and judge, what cannot be reached
    // offered to be left out), then run, or queued behind the run in progress.
    void submitPlan(const RunPlan &plan);
    // The session's next request goes to the store open now, with the window's keychain.
    void useStore();

    SetupPage *m_workspace;
    RunsPage *m_runs;
    ComparePage *m_compare;
    ReviewPage *m_review;
    CatalogPage *m_catalog;
    ProblemsPanel *m_problems;
    QDockWidget *m_problemsDock;
    QTabWidget *m_tabs;
    QLabel *m_databaseLabel;
    // What the status bar says of the open store: a local file or a team store (no password shown).
    QString storeLabel() const;
    QString m_databasePath;
    std::shared_ptr<const Store> m_store;   // the store open now (readers for the pages come from it)
    KeychainLookup m_keychain;
    RunSession *m_session = nullptr;        // the runs: the one in progress and those queued
    RunPanel *m_runPanel;
    FiguresLoader *m_figuresLoader = nullptr; // every screen's runs' figures, read once per change
    QDockWidget *m_runDock;
    QAction *m_runAction = nullptr;
    class WelcomePanel *m_welcome = nullptr;
    // Closing with a run in progress: not asked, stopping it first, waiting for it, or closing now.
    enum class Closing { No, Stopping, WhenDone, Now };
    Closing m_closing = Closing::No;
    bool m_changesSettled = false;   // the user saved or discarded the plan's changes for this close
    QMenu *m_recent = nullptr;
};

} // namespace Quorum
