#include "mainwindow/mainwindow.h"
#include "problems/problemsmodel.h"
#include "problems/problemspanel.h"
#include "runs/runspage.h"
#include "runs/runtablemodel.h"
#include "storage/runstore.h"
#include "storage/storewriter.h"
#include "workspace/workspacepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

namespace {
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
}

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWorkspaceLoads()
    {
        MainWindow window;
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        QCOMPARE(window.workspace()->plan().scenarios.size(), 6);
        auto *table = window.findChild<QTableView *>(u"scenarioTable"_qs);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 6);
        QAbstractItemModelTester scenarioTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *models = window.findChild<QTableView *>(u"modelTable"_qs);
        QCOMPARE(models->model()->rowCount(), 5);
        QAbstractItemModelTester modelTester(models->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void brokenImportChangesNothingAndShowsProblems()
    {
        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        window.importInto(InputKind::ModelProfiles, kData + u"/broken/models-broken.jsonl"_qs);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.last().first().toBool(), false);
        QCOMPARE(window.workspace()->plan().models.size(), 5); // unchanged
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
            StoreWriter writer(path);
            QCOMPARE(writer.start(), QString());
            writer.submit(RunRecord{writer.allocateId(StoreWriter::Table::Runs), u"nightly"_qs, u"{}"_qs, {}, {}, {},
                                    RunStatus::Completed, 0});
            QVERIFY(writer.flush(5000));
        }
        window.runs()->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.runs()->model()->rowCount(), 1);
        QAbstractItemModelTester tester(window.runs()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.runs()->model()->index(0, RunTableModel::NameColumn).data().toString(), u"nightly"_qs);
        RunStore::closeConnection(path);
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
