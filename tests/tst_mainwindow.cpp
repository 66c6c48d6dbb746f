#include "widgets/chartview.h"
#include "shell/mainwindow.h"
#include "mainwindow_data.h"
#include "problems/problemsmodel.h"
#include "problems/problemspanel.h"
#include "results/runspage.h"
#include "present/breakdowntables.h"
#include "present/leaderboardmodel.h"
#include "present/runtablemodel.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"
#include "storesupport.h"
#include "setup/setuppage.h"
#include "simulator/simulator.h"
#include "monitor/runpanel.h"
#include "present/reviewqueuemodel.h"
#include "present/runfigures.h"
#include "review/reviewpage.h"
#include "review/verdictbar.h"
#include "engine/runcontroller.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QMessageBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include "config/planfile.h"
#include <QProgressBar>
#include <QPushButton>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QTest>

using namespace Quorum;

namespace {
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
}

class TstMainWindow final : public QObject
{
    Q_OBJECT

    // A plan of two scenarios, two models and one judge, three invocations each (12 answers), all
    // at the simulator on `baseUrl`; its path.
    static QString writeTwoModelPlan(const QTemporaryDir &dir, const QString &baseUrl)
    {
        QFile planFile(dir.filePath(u"plan.json"_qs));
        if (!planFile.open(QIODevice::WriteOnly))
            return {};
        planFile.write(QStringLiteral(R"({"quorum_plan": 1, "name": "GUI run",
            "scenarios": [{"text_prompt": "Summarize: 'One. Two. Three.'", "golden_answer": "One two three"},
                          {"text_prompt": "Say hi", "golden_answer": "hi"}],
            "models": [{"model_id": "openai/m1", "base_url": "%1", "input_token_cost": 0.001, "output_token_cost": 0.002},
                       {"model_id": "openai/m2", "base_url": "%1", "input_token_cost": 0.001, "output_token_cost": 0.002}],
            "judges": [{"model_id": "openai/judge-a", "base_url": "%1", "input_cost_per_1k": 0.001, "output_cost_per_1k": 0.002}],
            "settings": {"invocations": 3}})").arg(baseUrl).toUtf8());
        planFile.close();
        return planFile.fileName();
    }

    // Opens `plan` and a fresh store, starts the run, and returns the dialog that reports the one
    // model that cannot be reached (null, after a failed check, when there is none).
    QMessageBox *askedAboutUnreachable(MainWindow &window, const QTemporaryDir &dir, const QByteArray &plan)
    {
        QFile planFile(dir.filePath(u"plan.json"_qs));
        if (!planFile.open(QIODevice::WriteOnly))
            return nullptr;
        planFile.write(plan);
        planFile.close();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy checked(&window, &MainWindow::accessChecked);
        window.openPlan(planFile.fileName());
        window.openDatabase(dir.filePath(u"x.sqlite"_qs));
        if (!imported.wait(10000) || (opened.isEmpty() && !opened.wait(10000)))
            return nullptr;
        window.startRun();
        if (!checked.wait(20000) || checked.first().first().toInt() != 1)
            return nullptr;
        QMessageBox *box = window.findChild<QMessageBox *>();
        return box && box->informativeText().contains(u"local"_qs) ? box : nullptr;
    }

    // Opens `plan` (it must import without problems) and a store at `db` in `window`.
    static bool opensPlanAndStore(MainWindow &window, const QString &plan, const QString &db)
    {
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openPlan(plan);
        window.openDatabase(db);
        if (!imported.wait(10000) || !imported.first().first().toBool())
            return false;
        return !opened.isEmpty() || opened.wait(10000);
    }

private Q_SLOTS:
    // A first start shows the welcome band with its ways in; once dismissed, a later start does
    // not; File › Welcome brings it back.
    void welcomeOnFirstStart()
    {
        QSettings().remove(u"welcome/dismissed"_qs);
        {
            MainWindow window;
            window.show();
            auto *welcome = window.findChild<QFrame *>(u"welcome"_qs);
            QVERIFY(welcome && welcome->isVisible());
            QVERIFY(window.findChild<QLabel *>(u"welcomeKeys"_qs)->text().contains(u"OPENAI_API_KEY"_qs));
            // Its store button says what it opens: the team store's dialog.
            auto *openStore = window.findChild<QPushButton *>(u"welcomeOpenStore"_qs);
            QCOMPARE(openStore->text(), u"Open a &Team Store…"_qs);
            openStore->click();
            QInputDialog *asked = nullptr;
            QTRY_VERIFY((asked = window.findChild<QInputDialog *>()) != nullptr);
            QCOMPARE(asked->windowTitle(), u"Open Team Store"_qs);
            asked->reject();
            QSignalSpy imported(&window, &MainWindow::importFinished);
            window.findChild<QPushButton *>(u"welcomeDemo"_qs)->click();
            QVERIFY(imported.wait(10000));
            QCOMPARE(window.workspace()->plan().scenarios.size(), 37);
            window.findChild<QToolButton *>(u"dismissWelcome"_qs)->click();
            QVERIFY(!welcome->isVisible());
        }
        MainWindow later;
        later.show();
        auto *welcome = later.findChild<QFrame *>(u"welcome"_qs);
        QVERIFY(!welcome->isVisible());
        later.findChild<QAction *>(u"showWelcome"_qs)->trigger();
        QVERIFY(welcome->isVisible());
        QSettings().remove(u"welcome/dismissed"_qs);
    }

    void demoWorkspaceLoads()
    {
        MainWindow window;
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        QCOMPARE(window.workspace()->plan().scenarios.size(), 37);
        auto *table = window.findChild<QTableView *>(u"scenarioTable"_qs);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 37);
        QAbstractItemModelTester scenarioTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *models = window.findChild<QTableView *>(u"modelTable"_qs);
        QCOMPARE(models->model()->rowCount(), 5);
        QAbstractItemModelTester modelTester(models->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // An import with an error changes nothing: the plan and the store are the same bytes after
    // it as before, whatever kind of file it was; the problems are shown with their lines.
    void brokenImportChangesNothingAndShowsProblems()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_qs);
        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        window.openDatabase(db);
        QVERIFY(opened.wait(10000));
        auto planBytes = [&] { return QJsonDocument(planToJson(window.workspace()->plan())).toJson(QJsonDocument::Compact); };
        auto storeBytes = [&] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray planBefore = planBytes(), storeBefore = storeBytes();
        QVERIFY(!storeBefore.isEmpty());
        const QList<std::pair<InputKind, QString>> broken = {
            {InputKind::ModelProfiles, u"/broken/models-broken.jsonl"_qs}, {InputKind::Scenarios, u"/broken/scenarios-broken.jsonl"_qs},
            {InputKind::Scenarios, u"/broken/scenarios-broken.csv"_qs}, {InputKind::JudgeProfiles, u"/broken/judge_profiles-broken.jsonl"_qs},
            {InputKind::JudgeQuestions, u"/broken/judge-questions-broken.json"_qs}, {InputKind::Plan, u"/broken/plan-broken.json"_qs}};
        for (const auto &[kind, file] : broken) {
            window.importInto(kind, kData + file);
            QVERIFY(imported.wait(10000));
            QCOMPARE(imported.last().first().toBool(), false);
            QVERIFY2(planBytes() == planBefore, qPrintable(file));
            QVERIFY2(storeBytes() == storeBefore, qPrintable(file));
        }
        window.importInto(InputKind::ModelProfiles, kData + u"/broken/models-broken.jsonl"_qs);
        QVERIFY(imported.wait(10000));
        ProblemsModel *problems = window.problems()->model();
        QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(problems->rowCount() >= 12);
        QCOMPARE(problems->diagnostic(0).line, 2);
        QCOMPARE(problems->index(0, ProblemsModel::LineColumn).data().toInt(), 2);

        window.importInto(InputKind::Scenarios, kData + u"/good/siqa-items.jsonl"_qs);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.last().first().toBool(), true);
        QCOMPARE(window.workspace()->plan().scenarios.size(), 2);
        QCOMPARE(window.workspace()->plan().models.size(), 5);
        QVERIFY(planBytes() != planBefore);
    }

    void databaseRunsAreListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gui.sqlite"_qs);
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy loaded(window.runs(), &RunsPage::loaded);
        window.openDatabase(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), true);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.runs()->model()->rowCount(), 0);
        {
            const auto writer = Store::writerFor(path);
            QCOMPARE(writer->start(), QString());
            writer->submit(RunRecord{writer->allocateId(StoreWriter::Table::Runs), u"nightly"_qs, u"{}"_qs, {}, {}, {},
                                    RunStatus::Completed, 0});
            QVERIFY(writer->flush(5000));
        }
        window.runs()->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.runs()->model()->rowCount(), 1);
        QAbstractItemModelTester tester(window.runs()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.runs()->model()->index(0, RunTableModel::NameColumn).data().toString(), u"nightly"_qs);
        SqliteStore::closeConnection(path);
    }

    // A team store opens like a file; the status bar says it is one, and the runs page lists its runs.
    void teamStoreIsNamedInTheStatusBar()
    {
        QTemporaryDir dir;
        const QString url = TestSupport::testStore(dir.filePath(u"gui"_qs), true);
        {
            const auto writer = Store::writerFor(url);
            QCOMPARE(writer->start(), QString());
            writer->submit(RunRecord{writer->allocateId(StoreWriter::Table::Runs), u"shared"_qs, u"{}"_qs, {}, {}, {},
                                    RunStatus::Completed, 0});
            QVERIFY(writer->flush(5000));
        }
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy loaded(window.runs(), &RunsPage::loaded);
        window.openDatabase(url);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
        const auto *label = window.findChild<QLabel *>(u"storeLabel"_qs);
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(u"Team store: postgresql://quorum@127.0.0.1:"_qs), qPrintable(label->text()));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.runs()->model()->rowCount(), 1);
        QCOMPARE(window.runs()->model()->index(0, RunTableModel::NameColumn).data().toString(), u"shared"_qs);
    }

    void unusableDatabaseKeepsTheAppRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY(window.databasePath().isEmpty());
        QVERIFY(window.isEnabled());
    }

    void planRoundTripThroughTheWindow()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy saved(&window, &MainWindow::planSaved);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        const QString path = dir.filePath(u"saved.json"_qs);
        window.savePlanAs(path);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);
        window.openPlan(path);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.last().first().toBool(), true);
        QCOMPARE(window.workspace()->plan().judges.size(), 3);
    }

    // The Run action runs the workspace's plan off the GUI thread, shows its progress, and the
    // finished run appears on the Runs page.
    void runFromTheWindow()
    {
        QString error;
        auto profile = Sim::SimProfile::fromJson(QJsonDocument::fromJson(R"({"time_scale": 0})").object(), &error);
        Sim::Simulator simulator(*profile);
        QCOMPARE(simulator.listen(), QString());
        qputenv("OPENAI_API_KEY", "gui-test");
        QTemporaryDir dir;
        const QString plan = writeTwoModelPlan(dir, simulator.baseUrl());

        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(opensPlanAndStore(window, plan, dir.filePath(u"gui-run.sqlite"_qs)));
        QSignalSpy checked(&window, &MainWindow::accessChecked);
        window.startRun();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().toInt(), 0);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            QFAIL(qPrintable(box->text()));
        auto *dock = window.findChild<QDockWidget *>(u"runDock"_qs);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible()); // once the run is recorded, off the GUI thread
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
        auto *bar = dock->findChild<QProgressBar *>();
        QCOMPARE(bar->value(), 12);
        QCOMPARE(bar->maximum(), 12);
        // Each variant's bar, full; the live leaderboard holds the final standings.
        const QList<QProgressBar *> variantBars = dock->findChildren<QProgressBar *>(u"variantProgress"_qs);
        QCOMPARE(variantBars.size(), 2);
        for (const QProgressBar *b : variantBars)
            QCOMPARE(b->value(), 6);
        auto *panel = dock->findChild<RunPanel *>();
        QTRY_COMPARE(panel->leaderboard()->rowCount(), 2);
        QAbstractItemModelTester live(panel->leaderboard(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->ttftChart()->sizeHint().height() >= 200);
        QSignalSpy loaded(window.runs(), &RunsPage::loaded);
        QVERIFY(loaded.wait(10000) || window.runs()->model()->rowCount() == 1);
        QTRY_COMPARE(window.runs()->model()->rowCount(), 1);
        QCOMPARE(window.runs()->model()->item(0).invocations, 12);

        // Re-judging it with another judge calls only that judge: a second run, same answers.
        QFile judgesFile(dir.filePath(u"judges.jsonl"_qs));
        QVERIFY(judgesFile.open(QIODevice::WriteOnly));
        judgesFile.write(QStringLiteral(R"({"model_id": "openai/judge-b", "base_url": "%1", "input_cost_per_1k": 0, "output_cost_per_1k": 0})")
                             .arg(simulator.baseUrl()).toUtf8() + '\n');
        judgesFile.close();
        QSignalSpy rejudged(&window, &MainWindow::runFinished);
        const int before = simulator.requestCount();
        window.rejudgeRun(window.runs()->model()->item(0).id, judgesFile.fileName());
        QVERIFY(rejudged.wait(30000));
        QCOMPARE(rejudged.first().first().value<RunStatus>(), RunStatus::Completed);
        QCOMPARE(simulator.requestCount() - before, 1 + 12); // the access check, then one verdict per answer
        QTRY_COMPARE(window.runs()->model()->rowCount(), 2);
        QVERIFY(window.runs()->model()->item(0).name.startsWith(u"Re-judge of"_qs));

        // The first run's plan reopened from the store (read back as a resume and a re-judge read
        // it): the workspace holds what ran. A run that is not there is said in the problems.
        QSignalSpy reopened(&window, &MainWindow::importFinished);
        window.reopenPlan(window.runs()->model()->item(1).id);
        QVERIFY(reopened.wait(10000));
        QCOMPARE(reopened.last().first().toBool(), true);
        QCOMPARE(window.workspace()->plan().models.size(), 2);
        QCOMPARE(window.workspace()->plan().judges.size(), 1);
        window.reopenPlan(987);
        QVERIFY(reopened.wait(10000));
        QCOMPARE(reopened.last().first().toBool(), false);
        bool said = false;
        for (int row = 0; row < window.problems()->model()->rowCount(); ++row)
            said = said || window.problems()->model()->diagnostic(row).message == u"there is no run 987"_qs;
        QVERIFY(said);

        // Closing the window during a run stops it cleanly first.
        QSignalSpy second(&window, &MainWindow::runFinished);
        simulator.setProfile(*Sim::SimProfile::fromJson(QJsonDocument::fromJson(kSlowAnswers).object(), &error));
        checked.clear();
        window.startRun();
        QVERIFY(checked.wait(10000));
        QVERIFY(window.findChild<RunController *>() != nullptr);
        // The Run panel's parallel box steers the run as it goes.
        auto *parallel = dock->findChild<QSpinBox *>(u"parallelBox"_qs);
        QVERIFY(parallel);
        QTRY_VERIFY(parallel->isEnabled() && parallel->value() == 4);
        parallel->setValue(2);
        QCOMPARE(window.findChild<RunController *>()->parallel(), 2);
        // A second run asked for meanwhile waits in the queue.
        window.startRun();
        QVERIFY(dock->findChild<QLabel *>()->text().contains(u"1 more queued"_qs));
        // Closing asks first, without blocking; Stop and Close (the default) stops the run, then closes.
        QVERIFY(!window.close());
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = window.findChild<QMessageBox *>(u"closeWhileRunning"_qs)) != nullptr);
        QVERIFY(window.findChild<RunController *>() != nullptr); // still running while asked
        QCOMPARE(ask->defaultButton()->text(), u"Stop and Close"_qs);
        ask->defaultButton()->click();
        QVERIFY(second.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
        // The finished run's leaderboard is shown.
        QSignalSpy board(window.runs(), &RunsPage::leaderboardLoaded);
        window.runs()->showLeaderboard(window.runs()->model()->item(0).id);
        QVERIFY(board.wait(10000));
        QCOMPARE(window.runs()->leaderboard()->rowCount(), 2);
        QAbstractItemModelTester tester(window.runs()->leaderboard(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A rate where answers were judged; "—" where none was (the run was stopped early), never "0.0%".
        const LeaderboardModel *shown = window.runs()->leaderboard();
        const QString success = shown->index(0, LeaderboardModel::SuccessColumn).data().toString();
        QVERIFY2(shown->item(0).scored > 0 ? success.contains(u'%') : success == u"—"_qs, qPrintable(success));
        // Under it, the run's breakdowns: two models × two task types "(none)"… and one temperature each.
        QSignalSpy details(window.runs(), &RunsPage::breakdownsLoaded);
        if (window.runs()->breakdown(1)->rowCount() == 0)
            QVERIFY(details.wait(10000));
        QCOMPARE(window.runs()->breakdown(1)->rowCount(), 2);       // temperatures: one per variant
        QCOMPARE(window.runs()->breakdown(0)->rowCount(), 2);       // task types: one (none) per variant
        QVERIFY(window.runs()->breakdown(2)->rowCount() >= 3);      // the region, then each variant
        QAbstractItemModelTester regions(window.runs()->breakdown(2), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The Charts tab draws the same run: a row per variant, a heatmap row per variant.
        auto *successChart = window.runs()->findChild<ChartView *>(u"successChart"_qs);
        auto *heatmap = window.runs()->findChild<ChartView *>(u"taskHeatmap"_qs);
        QVERIFY(successChart && heatmap);
        QTRY_VERIFY(heatmap->sizeHint().height() > 100); // past "Computing…"
        QVERIFY(successChart->sizeHint().height() > 100);
        QVERIFY(!successChart->image().isNull());
        SqliteStore::closeConnection(dir.filePath(u"gui-run.sqlite"_qs));
    }

    // Resuming a run the store does not have: a dialog says why, and no run panel is left saying
    // "Recording the run…".
    void runThatCannotStartHidesItsPanel()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(dir.filePath(u"empty.sqlite"_qs));
        QVERIFY(opened.wait(10000));
        auto *dock = window.findChild<QDockWidget *>(u"runDock"_qs);
        window.startRun(987);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) != nullptr, 10000);
        QVERIFY2(box->text().contains(u"there is no run 987"_qs), qPrintable(box->text()));
        QVERIFY(!dock->isVisible());
    }

    // A run's figures have one home: after a run in the window, the run panel, the Runs page and
    // the Review page all show them from one read of the store and one computation; after a
    // person's verdict, again one of each.
    void figuresAreReadOncePerChange()
    {
        QString error;
        auto profile = Sim::SimProfile::fromJson(QJsonDocument::fromJson(R"({"time_scale": 0})").object(), &error);
        Sim::Simulator simulator(*profile);
        QCOMPARE(simulator.listen(), QString());
        qputenv("OPENAI_API_KEY", "gui-test");
        QTemporaryDir dir;
        const QString plan = writeTwoModelPlan(dir, simulator.baseUrl());
        MainWindow window;
        window.show();
        QVERIFY(opensPlanAndStore(window, plan, dir.filePath(u"once.sqlite"_qs)));
        auto *panel = window.findChild<RunPanel *>();
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QSignalSpy board(window.runs(), &RunsPage::leaderboardLoaded);
        QSignalSpy breakdowns(window.runs(), &RunsPage::breakdownsLoaded);
        QSignalSpy live(panel, &RunPanel::leaderboardUpdated);
        QSignalSpy agreement(window.reviewPage(), &ReviewPage::agreementLoaded);
        // Counted from the run's end on: the loader hears of it first, before any screen.
        quint64 reads = 0, computed = 0;
        connect(window.findChild<FiguresLoader *>(), &FiguresLoader::changed, this, [&] {
            reads = RunReadout::reads();
            computed = RunFigures::computations();
        });
        QSignalSpy checked(&window, &MainWindow::accessChecked);
        window.startRun();
        QVERIFY(checked.wait(10000));
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            QFAIL(qPrintable(box->text() + box->informativeText()));
        // The live leaderboard's refresh every few seconds reads while the run goes; this run is
        // over before it would, but a slow machine must not make it count here.
        auto *liveTimer = panel->findChild<QTimer *>(u"liveLeaderboardTimer"_qs);
        QTRY_VERIFY(liveTimer->isActive() || !finished.isEmpty());
        liveTimer->stop();
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
        QTRY_VERIFY_WITH_TIMEOUT(!board.isEmpty() && !breakdowns.isEmpty() && !live.isEmpty() && !agreement.isEmpty(), 10000);
        QCOMPARE(panel->leaderboard()->rowCount(), 2);
        QCOMPARE(window.runs()->leaderboard()->rowCount(), 2);
        // The final figures everywhere: every answer judged (2 models x 2 scenarios x 3 invocations).
        for (const LeaderboardModel *shown : {window.runs()->leaderboard(), panel->leaderboard()})
            QCOMPARE(shown->item(0).scored + shown->item(1).scored, 12);
        QTest::qWait(500); // anything late would be counted too
        QCOMPARE(RunReadout::reads() - reads, 1u);
        QCOMPARE(RunFigures::computations() - computed, 1u);

        // A person's verdict on the Review page: every screen's figures follow, from one read.
        ReviewPage *review = window.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->shownRun() > 0 && review->queue()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(review->verdictBar()->findChild<QPushButton *>(u"overridePass"_qs)->isEnabled(), 10000);
        board.clear();
        agreement.clear();
        const quint64 readsBefore = RunReadout::reads(), computedBefore = RunFigures::computations();
        QSignalSpy saved(review->verdictBar(), &VerdictBar::saved);
        const bool juryPassed = review->queue()->item(0).row.juryPass.value_or(false);
        review->verdictBar()->choose(!juryPassed);
        review->verdictBar()->reason()->setText(u"checked by hand"_qs);
        review->verdictBar()->save();
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!board.isEmpty() && !agreement.isEmpty(), 10000);
        QTest::qWait(500);
        QCOMPARE(RunReadout::reads() - readsBefore, 1u);
        QCOMPARE(RunFigures::computations() - computedBefore, 1u);
        QVERIFY2(review->health()->text().contains(u"1 override"_qs), qPrintable(review->health()->text()));
        SqliteStore::closeConnection(dir.filePath(u"once.sqlite"_qs));
    }

    // The run ends (stopped from its panel) while the close question is open: Stop and Close
    // then simply closes.
    void runEndsWhileAskedToClose()
    {
        QString error;
        Sim::Simulator simulator(*Sim::SimProfile::fromJson(QJsonDocument::fromJson(kSlowAnswers).object(), &error));
        QCOMPARE(simulator.listen(), QString());
        qputenv("OPENAI_API_KEY", "gui-test");
        QTemporaryDir dir;
        QFile planFile(dir.filePath(u"plan.json"_qs));
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(QStringLiteral(R"({"quorum_plan": 1, "name": "asked",
            "scenarios": [{"text_prompt": "Say hi", "golden_answer": "hi"}],
            "models": [{"model_id": "openai/m1", "base_url": "%1", "input_token_cost": 0, "output_token_cost": 0}],
            "settings": {"invocations": 50, "latency_only": true, "parallel": 1}})").arg(simulator.baseUrl()).toUtf8());
        planFile.close();
        MainWindow window;
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.openPlan(planFile.fileName());
        window.openDatabase(dir.filePath(u"asked.sqlite"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() && !opened.isEmpty(), 10000);
        window.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<RunController *>() != nullptr, 10000);
        QVERIFY(!window.close());
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = window.findChild<QMessageBox *>(u"closeWhileRunning"_qs)) != nullptr);
        window.findChild<QDockWidget *>(u"runDock"_qs)->findChild<QPushButton *>(u"stopButton"_qs)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(window.isVisible());
        ask->defaultButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
        SqliteStore::closeConnection(dir.filePath(u"asked.sqlite"_qs));
    }

    // A model that cannot be reached is reported before the run, with the choice to go without it.
    void unreachableModelsAreReportedFirst()
    {
        QTemporaryDir dir;
        MainWindow window;
        QMessageBox *box = askedAboutUnreachable(window, dir, kUnreachablePlan);
        QVERIFY(box);
        QCOMPARE(box->buttons().size(), 1); // nothing would be left to run: Cancel only
        // Which model, why, and the class of the failure, as quorum-cli run lists it.
        QVERIFY2(box->informativeText() == u"Model local: Connection refused (network)"_qs,
                 qPrintable(box->informativeText()));
        QVERIFY(!window.findChild<QDockWidget *>(u"runDock"_qs)->isVisible());
        // Nothing runs: Run Plan is there again for the user's next try.
        QTRY_VERIFY(window.findChild<QAction *>(u"runPlan"_qs)->isEnabled());
    }

    // Asked whether to run without what cannot be reached, the user cancels: nothing runs, and
    // Run Plan is there again.
    void declinedRunLeavesRunPlanEnabled()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QMessageBox *box = askedAboutUnreachable(window, dir, kPartlyReachablePlan);
        QVERIFY(box);
        QVERIFY(!window.findChild<QAction *>(u"runPlan"_qs)->isEnabled()); // while asked
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(window.findChild<QAction *>(u"runPlan"_qs)->isEnabled());
        QVERIFY(!window.findChild<QDockWidget *>(u"runDock"_qs)->isVisible());
        QVERIFY(!finished.wait(300));
    }

    // Some models cannot be reached but the rest can run: the window asks (the preparation is
    // still running then), and "Run Without Them" runs the rest to the end.
    void runWithoutWhatCannotBeReached()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QMessageBox *box = askedAboutUnreachable(window, dir, kPartlyReachablePlan);
        QVERIFY(box);
        QPushButton *without = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->text() == u"Run Without Them"_qs)
                without = qobject_cast<QPushButton *>(b);
        QVERIFY(without);
        without->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
    }

    void validationListsProblemsOfManyFiles()
    {
        MainWindow window;
        QSignalSpy validated(&window, &MainWindow::validationFinished);
        window.validateFiles({kData + u"/broken/plan-syntax.json"_qs, kData + u"/broken/scenarios-encoding.jsonl"_qs,
                              kData + u"/good/mc.csv"_qs});
        QVERIFY(validated.wait(10000));
        QCOMPARE(validated.first().first().toInt(), 2);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
