// Smoke test of every screen: the demo workspace runs from the Run Plan action, in the window,
// to completion; then every tab of the workspace and of the finished run, every chart, the
// drill-down with one answer open and the run monitor are shown and saved as images (in
// $QUORUM_SCREENS, else ./screens), each checked to be drawn (not blank) and sized for its data.
#include "widgets/chartview.h"
#include "results/drilldownpanel.h"
#include "shell/mainwindow.h"
#include "present/invocationmodel.h"
#include "present/leaderboardmodel.h"
#include "present/runtablemodel.h"
#include "setup/setuppage.h"
#include "results/runcharts.h"
#include "results/runspage.h"
#include "results/runsummary.h"
#include "storage/sqlite/sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Quorum;

namespace {
// Distinct colours on a sparse grid: a blank or one-colour image has one or two.
int coloursIn(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}
} // namespace

class TstScreens final : public QObject
{
    Q_OBJECT

    QDir m_out;
    int m_saved = 0;

    void save(const QImage &image, const QString &name, int minColours = 6)
    {
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(coloursIn(image) >= minColours, qPrintable(name + u": blank, "_qs + QString::number(coloursIn(image)) + u" colours"_qs));
        QVERIFY2(image.save(m_out.filePath(name + u".png"_qs)), qPrintable(m_out.filePath(name)));
        ++m_saved;
    }
    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString where = qEnvironmentVariableIsSet("QUORUM_SCREENS") ? qEnvironmentVariable("QUORUM_SCREENS")
                                                                          : QDir::current().filePath(u"screens"_qs);
        QVERIFY(QDir().mkpath(where));
        m_out = QDir(where);
    }

    void demoFromTheRunButtonThenEveryScreen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.sqlite"_qs);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.openPlan(MainWindow::demoPlanPath());
        window.openDatabase(db);
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty() && !opened.isEmpty(), 20000);
        QVERIFY(imported.first().first().toBool() && opened.first().first().toBool());
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        // The workspace, tab by tab.
        auto *workspaceTabs = window.workspace()->findChild<QTabWidget *>();
        QVERIFY(workspaceTabs);
        for (int i = 0; i < workspaceTabs->count(); ++i) {
            workspaceTabs->setCurrentIndex(i);
            settle();
            save(window.grab().toImage(), u"workspace-%1"_qs.arg(i));
        }

        // The Run Plan action, as a user starts it.
        QAction *run = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == u"&Run Plan")
                run = a;
        QVERIFY(run && run->isEnabled());
        run->trigger();
        auto *dock = window.findChild<QDockWidget *>(u"runDock"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 30000);
        QTest::qWait(3000); // the monitor mid-run: bars, live chart and leaderboard filling in
        save(dock->grab().toImage(), u"monitor-running"_qs);
        QVERIFY2(finished.wait(240000) || !finished.isEmpty(), "the demo run did not finish");
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            QVERIFY2(!box->isVisible(), qPrintable(box->text()));
        save(dock->grab().toImage(), u"monitor-done"_qs);

        // The finished run: every tab of its page.
        RunsPage *runs = window.runs();
        QSignalSpy board(runs, &RunsPage::leaderboardLoaded);
        QSignalSpy breakdowns(runs, &RunsPage::breakdownsLoaded);
        tabs->setCurrentWidget(runs);
        runs->showLeaderboard(runs->model()->item(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(!board.isEmpty() && !breakdowns.isEmpty(), 30000);
        QCOMPARE(runs->leaderboard()->rowCount(), 5);
        auto *details = runs->findChild<QTabWidget *>(u"runDetails"_qs);
        QSignalSpy listed(runs->drillDown(), &DrillDownPanel::listed);
        for (int i = 0; i < details->count(); ++i) {
            details->setCurrentIndex(i);
            settle();
            save(window.grab().toImage(), u"run-tab-%1"_qs.arg(i));
        }
        // Every chart on its own, at its size in the window, each drawn from the run's data.
        details->setCurrentWidget(runs->findChild<QWidget *>(u"runCharts"_qs));
        settle();
        int charts = 0;
        for (ChartView *chart : runs->charts()->charts()) {
            if (chart->isHidden())
                continue;
            QVERIFY2(chart->height() > 100, qPrintable(chart->objectName()));
            save(chart->image(), u"chart-"_qs + chart->objectName());
            ++charts;
        }
        QCOMPARE(charts, 15); // the demo has repeated experiments: every chart shows
        // The summary: each verdict beside its chart.
        details->setCurrentIndex(0);
        settle();
        QVERIFY(runs->summary()->charts().size() >= 4);
        for (ChartView *chart : runs->summary()->charts())
            save(chart->image(), u"summary-chart-%1"_qs.arg(runs->summary()->charts().indexOf(chart)));
        // The drill-down: all 1,110 answers listed, one open whole.
        QSignalSpy detail(runs->drillDown(), &DrillDownPanel::detailShown);
        runs->showInvocations({});
        QTRY_VERIFY_WITH_TIMEOUT(runs->drillDown()->model()->rowCount() == 1110, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail.isEmpty(), 20000);
        QVERIFY(runs->drillDown()->detail()->toPlainText().contains(u"Golden answer"_qs));
        settle();
        save(window.grab().toImage(), u"run-answers-open"_qs);
        qInfo("%d screens and charts saved in %s", m_saved, qPrintable(m_out.path()));
        SqliteStore::closeConnection(db);
    }
};

QTEST_MAIN(TstScreens)
#include "tst_screens.moc"
