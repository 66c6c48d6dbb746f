// The Runs page on a store with known runs: the history's search, status filter and sorting;
// deleting a run with everything stored with it; the drill-down from the leaderboard and from a
// heatmap cell to the invocations behind them, one invocation read whole (hostile text shown as
// text), and the export of what is listed. Expected counts come from the rows this test writes.
#include "charts/heatmap.h"
#include "widgets/chartview.h"
#include "results/drilldownpanel.h"
#include "present/breakdowntables.h"
#include "present/chartdata.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "storage/runexport.h"
#include "present/invocationmodel.h"
#include "present/leaderboardmodel.h"
#include "present/runfigures.h"
#include "present/runtablemodel.h"
#include "present/summaries.h"
#include "results/runcharts.h"
#include "results/runspage.h"
#include "runs/runhistory.h"
#include "results/runsummary.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Quorum;

namespace {
const QString kHostile = u"<script>alert(1)</script> <img src=x onerror=alert(2)>"_qs;

struct Seeded
{
    qint64 run = 0;
    QList<qint64> variants;       // "Alpha", "Beta"
    // per variant: invocations, passes, fails, errors; per variant × task type: invocations
    QHash<qint64, int> invocations, passes, fails, errors;
    QHash<QPair<qint64, QString>, int> byTask;
};

// A run of 2 variants × 6 scenarios (task types "code" and "qa") × 2 temperatures: Alpha passes
// 5 of 6 scenarios, Beta 2; Beta's call on scenario 5 fails at 0.7; one answer is hostile HTML.
// `repeated`: each scenario's two calls are two experiments (0 at temperature 0.2, 1 at 0.7).
Seeded seed(StoreWriter &w, const QString &name, RunStatus status, bool repeated = false)
{
    Seeded s;
    s.run = w.allocateId(StoreWriter::Table::Runs);
    w.submit(RunRecord{s.run, name, uR"({"quorum_plan": 1, "name": "%1", "scenarios": [{"text_prompt": "p", "golden_answer": "g"}],
                       "models": [{"model_id": "simulator/x"}]})"_qs.arg(name), u"fp-%1"_qs.arg(name), {}, {}, status, 1'700'000'000'000});
    for (const QString &label : {u"Alpha"_qs, u"Beta"_qs}) {
        VariantRecord v;
        v.id = w.allocateId(StoreWriter::Table::Variants);
        v.runId = s.run;
        v.modelId = u"simulator/"_qs + label.toLower();
        v.provider = u"simulator"_qs;
        v.model = label.toLower();
        v.tierRequested = u"default"_qs;
        v.displayName = label;
        w.submit(v);
        s.variants << v.id;
    }
    VariantRecord judge;
    judge.id = w.allocateId(StoreWriter::Table::Judges);
    judge.runId = s.run;
    judge.isJudge = true;
    judge.modelId = u"simulator/judge"_qs;
    judge.provider = u"simulator"_qs;
    judge.model = u"judge"_qs;
    judge.displayName = u"Judge"_qs;
    w.submit(judge);
    QList<qint64> scenarios;
    for (int i = 0; i < 6; ++i) {
        scenarios << w.allocateId(StoreWriter::Table::Scenarios);
        w.submit(ScenarioRecord{scenarios.last(), s.run, u"s%1"_qs.arg(i), u"Prompt %1"_qs.arg(i), u"Golden %1"_qs.arg(i),
                                i % 2 ? u"qa"_qs : u"code"_qs, {}, 10, {}, {}, {}, {}});
    }
    qint64 item = 0;
    for (int v = 0; v < 2; ++v)
        for (int i = 0; i < 6; ++i)
            for (const double t : {0.2, 0.7}) {
                InvocationRecord r;
                r.id = w.allocateId(StoreWriter::Table::Invocations);
                r.runId = s.run;
                r.variantId = s.variants.at(v);
                r.scenarioId = scenarios.at(i);
                r.workItem = item++;
                r.temperature = t;
                r.experiment = repeated && t > 0.5 ? 1 : 0;
                r.ok = !(v == 1 && i == 5 && t > 0.5);
                r.errorClass = r.ok ? QString() : u"server_error"_qs;
                r.t0 = 1'700'000'000'000 + r.workItem;
                r.ttftMs = 100 + 10.0 * i;
                r.ttlbMs = 400 + 10.0 * i;
                r.outputTokens = 20;
                r.costUsd = 0.001;
                r.responseText = v == 1 && i == 0 ? kHostile : u"Answer of %1 to %2"_qs.arg(v).arg(i);
                const QString task = i % 2 ? u"qa"_qs : u"code"_qs;
                ++s.invocations[r.variantId];
                ++s.byTask[{r.variantId, task}];
                std::vector<WriteOp> ops;
                if (r.ok) {
                    const bool pass = v == 0 ? i != 3 : i < 2;
                    ++(pass ? s.passes : s.fails)[r.variantId];
                    r.juryScore = pass ? 4.5 : 1.5;
                    r.juryPass = pass;
                    r.judgesUsed = 1;
                    VerdictRecord d;
                    d.id = w.allocateId(StoreWriter::Table::Verdicts);
                    d.runId = s.run;
                    d.invocationId = r.id;
                    d.judgeId = judge.id;
                    d.correctness = d.completeness = d.relevance = d.format = d.coherence = d.followingInstructions = pass ? 5 : 1;
                    d.overall = d.weighted = pass ? 5 : 1;
                    d.passed = pass;
                    d.rationaleJson = QString::fromUtf8(QJsonDocument(QJsonObject{{u"correctness"_qs, QString(u"because </b>"_qs + kHostile)}}).toJson());
                    ops.emplace_back(std::move(d));
                } else {
                    ++s.errors[r.variantId];
                    // As the engine records every failed call (the error classes to filter by come from these).
                    ops.emplace_back(ErrorRecord{s.run, r.id, r.variantId, {}, r.scenarioId, ErrorCategory::Api, r.errorClass,
                                                 u"HTTP 500"_qs, {}, r.t0});
                }
                ops.insert(ops.begin(), WriteOp(std::move(r)));
                w.submit(std::move(ops));
            }
    return s;
}

template<typename Spy>
void waitFor(Spy &spy, int count = 1)
{
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= count, 10000);
}
} // namespace

// A store at `path` with one completed seeded run (as seed writes it); run -1 when it failed.
Seeded seededStore(const QString &path, bool repeated = false)
{
    const auto w = Store::writerFor(path);
    if (!w->start().isEmpty())
        return {};
    Seeded s = seed(*w, u"seeded"_qs, RunStatus::Completed, repeated);
    return w->flush(10000) ? s : Seeded{};
}

class TstRunsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Seeded m_first, m_second;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"runs.sqlite"_qs);
        const auto w = Store::writerFor(m_path);
        QCOMPARE(w->start(), QString());
        m_first = seed(*w, u"nightly prompt v1"_qs, RunStatus::Completed);
        m_second = seed(*w, u"weekly regression"_qs, RunStatus::Cancelled);
        QVERIFY(w->flush(10000));
        QCOMPARE(w->lastError(), QString());
    }
    void cleanupTestCase() { SqliteStore::closeConnection(m_path); }

    // Search and status narrow the history; columns sort by value, not by their text.
    void historyFindsAndSorts()
    {
        const auto opened = Store::open(m_path);
        QVERIFY(opened.store);
        RunsPage page;
        QSignalSpy loaded(&page, &RunsPage::loaded);
        page.setStore(opened.store);
        waitFor(loaded);
        QSortFilterProxyModel *history = page.history();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester source(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->rowCount(), 2);
        auto *search = page.findChild<QLineEdit *>(u"runSearch"_qs);
        QTest::keyClicks(search, u"WEEKLY"_qs);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, RunTableModel::NameColumn).data().toString(), u"weekly regression"_qs);
        search->clear();
        QTest::keyClicks(search, u"fp-nightly"_qs); // a fingerprint's start
        QCOMPARE(history->rowCount(), 1);
        search->clear();
        auto *status = page.findChild<QComboBox *>(u"runStatusFilter"_qs);
        status->setCurrentIndex(status->findData(u"cancelled"_qs));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, RunTableModel::IdColumn).data().toLongLong(), m_second.run);
        status->setCurrentIndex(0);
        history->sort(RunTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(history->index(0, RunTableModel::IdColumn).data().toLongLong(), m_first.run);
        QCOMPARE(history->index(0, RunTableModel::InvocationsColumn).data(Qt::UserRole).toLongLong(), 24);
    }

    // A leaderboard row, then a heatmap cell, list exactly the invocations behind them; the
    // selected one is shown whole, its hostile text as text; Export writes them all.
    void drillDownFromTheLeaderboardAndAHeatmapCell()
    {
        const auto opened = Store::open(m_path);
        RunsPage page;
        page.resize(1200, 900);
        page.show();
        QSignalSpy board(&page, &RunsPage::leaderboardLoaded);
        QSignalSpy breakdowns(&page, &RunsPage::breakdownsLoaded);
        DrillDownPanel *drill = page.drillDown();
        QSignalSpy listed(drill, &DrillDownPanel::listed);
        QSignalSpy detail(drill, &DrillDownPanel::detailShown);
        page.setStore(opened.store);
        page.showLeaderboard(m_first.run);
        waitFor(board);
        waitFor(breakdowns);
        QAbstractItemModelTester tester(drill->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Beta's row on the leaderboard (Alpha is first: it passes more).
        const LeaderboardModel *lb = page.leaderboard();
        QCOMPARE(lb->rowCount(), 2);
        QCOMPARE(lb->item(1).label, u"Beta"_qs);
        const qint64 beta = m_first.variants.at(1);
        auto *boardView = page.findChild<QTableView *>(u"leaderboardTable"_qs);
        listed.clear();
        Q_EMIT boardView->activated(boardView->model()->index(1, LeaderboardModel::VariantColumn)); // the view's row 2: rank 2
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && drill->filter().variantId == beta, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(drill->model()->rowCount(), m_first.invocations.value(beta), 10000);
        QCOMPARE(page.findChild<QTabWidget *>(u"runDetails"_qs)->currentWidget(), drill);
        for (const InvocationRow &r : drill->model()->items())
            QCOMPARE(r.variantId, beta);
        // Only its failures: the verdict box.
        auto *verdict = drill->findChild<QComboBox *>(u"drillVerdict"_qs);
        listed.clear();
        verdict->setCurrentIndex(verdict->findData(int(InvocationFilter::Verdict::Failed)));
        waitFor(listed);
        QCOMPARE(drill->model()->rowCount(), m_first.fails.value(beta));
        verdict->setCurrentIndex(verdict->findData(int(InvocationFilter::Verdict::Error)));
        listed.clear();
        waitFor(listed);
        QCOMPARE(drill->model()->rowCount(), m_first.errors.value(beta));
        QCOMPARE(drill->model()->index(0, InvocationTableModel::VerdictColumn).data().toString(), u"error: server_error"_qs);
        // The hostile answer, found by its words, read whole: shown as text, never as markup. Every
        // judged answer's rationale quotes the same text, so the search finds all of Beta's answered items.
        listed.clear();
        verdict->setCurrentIndex(0);
        waitFor(listed);
        listed.clear();
        detail.clear();
        drill->findChild<QLineEdit *>(u"drillText"_qs)->setText(u"<script>"_qs);
        waitFor(listed);
        QCOMPARE(drill->model()->rowCount(), m_first.invocations.value(beta) - m_first.errors.value(beta));
        QCOMPARE(drill->filter().search, u"<script>"_qs);
        // The detail of the new list's first row (one of the earlier list's may still arrive first).
        QTRY_VERIFY_WITH_TIMEOUT(drill->detail()->toPlainText().contains(kHostile), 10000);
        const QString shown = drill->detail()->toPlainText();
        QVERIFY(shown.contains(u"Prompt 0"_qs) && shown.contains(u"Golden 0"_qs));
        QVERIFY(shown.contains(u"because </b>"_qs + kHostile)); // the rationale, escaped too
        QVERIFY(shown.contains(u"Judge"_qs));
        QVERIFY(!drill->detail()->toHtml().contains(u"<script>"_qs));

        // A click on the heatmap's Alpha × qa cell lists Alpha's qa invocations.
        auto *heatmap = page.findChild<ChartView *>(u"taskHeatmap"_qs);
        page.findChild<QTabWidget *>(u"runDetails"_qs)->setCurrentWidget(page.findChild<QWidget *>(u"runCharts"_qs));
        QTRY_VERIFY(heatmap->isVisible() && heatmap->height() > 100);
        const Leaderboard lbData = computeLeaderboard(RunReadout::read(*opened.store, m_first.run));
        const Breakdowns bd = computeBreakdowns(RunReadout::read(*opened.store, m_first.run));
        const ChartData::Heatmap data = ChartData::taskSuccess(lbData, bd, QLocale());
        const qsizetype row = data.rows.indexOf(u"Alpha"_qs), column = data.columns.indexOf(u"qa"_qs);
        QVERIFY(row >= 0 && column >= 0);
        const Charts::HeatmapLayout layout = Charts::layoutHeatmap(QRectF(heatmap->rect()), data, heatmap->style());
        const QPointF centre = layout.cellRect(row, column).center();
        listed.clear();
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, centre.toPoint());
        waitFor(listed);
        const InvocationFilter f = drill->filter();
        QCOMPARE(f.variantId, m_first.variants.at(0));
        QCOMPARE(f.taskType, u"qa"_qs);
        QCOMPARE(f.text, QString());
        QCOMPARE(drill->model()->rowCount(), m_first.byTask.value({m_first.variants.at(0), u"qa"_qs}));

        // The radar's variants: both listed; leaving one off redraws the radar without it.
        QMenu *radarMenu = page.charts()->radarVariants();
        QCOMPARE(radarMenu->actions().size(), 2);
        auto *radar = page.findChild<ChartView *>(u"dimensionRadar"_qs);
        const QImage both = radar->image();
        radarMenu->actions().at(1)->setChecked(false);
        QVERIFY(radar->image() != both);
        radarMenu->actions().at(1)->setChecked(true);
        QCOMPARE(radar->image(), both);

        // Export writes every matching invocation, a header first.
        QSignalSpy exported(drill, &DrillDownPanel::exported);
        const QString csv = m_dir.filePath(u"alpha-qa.csv"_qs);
        drill->exportTo(csv);
        waitFor(exported);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + m_first.byTask.value({m_first.variants.at(0), u"qa"_qs}));
        QVERIFY(QString::fromUtf8(lines.first()).startsWith(RunExport::invocationColumns().join(u',')));
        QVERIFY(lines.at(1).contains(",Alpha,"));
        QVERIFY(!lines.join('\n').contains(",Beta,")); // the filter's variant only
        QVERIFY(lines.first().endsWith("Judge:status,Judge:correctness,Judge:completeness,Judge:relevance,Judge:format,"
                                       "Judge:coherence,Judge:following_instructions,Judge:overall,Judge:passed"));
        QVERIFY2(lines.at(1).endsWith(",ok,5,5,5,5,5,5,5,1"), lines.at(1).constData()); // Alpha passes s1: its judge's verdict
    }

    // The Summary opens on each verdict beside its chart; the composite's weights re-rank live;
    // the leaderboard sorts by a column's figure.
    void summaryWeightsAndSorting()
    {
        const auto opened = Store::open(m_path);
        RunsPage page;
        QSignalSpy board(&page, &RunsPage::leaderboardLoaded);
        page.setStore(opened.store);
        page.showLeaderboard(m_first.run);
        waitFor(board);
        auto *details = page.findChild<QTabWidget *>(u"runDetails"_qs);
        QCOMPARE(details->tabText(0), u"&Summary"_qs);
        RunSummaryView *summary = page.summary();
        QCOMPARE(summary->sentences().size(), summary->charts().size());
        QVERIFY(summary->sentences().size() >= 4);
        QVERIFY(summary->sentences().at(0)->text().startsWith(u"Best overall: Alpha"_qs));
        // Alpha passes 10 of 12, Beta 4 of its 11 answers (its 0.7 call on s5 failed); with the
        // latency and cost weights at 0 the composite is the success rate × its weight alone.
        const double alpha = 10.0 / 12, beta = 4.0 / 11;
        QCOMPARE(page.leaderboard()->item(0).successRate, alpha);
        QCOMPARE(page.leaderboard()->item(1).successRate, beta);
        auto *success = page.findChild<QDoubleSpinBox *>(u"weight_success"_qs);
        QVERIFY(success);
        page.findChild<QDoubleSpinBox *>(u"weight_latency"_qs)->setValue(0);
        page.findChild<QDoubleSpinBox *>(u"weight_cost"_qs)->setValue(0);
        success->setValue(2);
        QCOMPARE(page.leaderboard()->item(0).composite, 2 * alpha);
        QCOMPARE(page.leaderboard()->index(1, LeaderboardModel::CompositeColumn).data().toString(), QLocale().toString(2 * beta, 'f', 3));
        QVERIFY(summary->sentences().at(0)->text().contains(QLocale().toString(2 * alpha, 'f', 3)));
        // Sorted by success, lowest first: Beta heads the view; its rank stays 2.
        auto *view = page.findChild<QTableView *>(u"leaderboardTable"_qs);
        view->sortByColumn(LeaderboardModel::SuccessColumn, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, LeaderboardModel::VariantColumn).data().toString(), u"Beta"_qs);
        QCOMPARE(view->model()->index(0, LeaderboardModel::RankColumn).data().toInt(), 2);
        QAbstractItemModelTester sorted(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The task types tab: one task type's leaderboard at a time.
        auto *task = page.findChild<QComboBox *>(u"taskTypeFilter"_qs);
        QTRY_COMPARE(task->count(), 3); // all, code, qa
        QCOMPARE(page.breakdown(0)->rowCount(), 4);
        task->setCurrentIndex(task->findData(u"qa"_qs));
        auto *taskView = qobject_cast<QTableView *>(task->parentWidget()->findChild<QTableView *>());
        QVERIFY(taskView);
        QCOMPARE(taskView->model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(taskView->model()->index(r, 1).data().toString(), u"qa"_qs);
        task->setCurrentIndex(0);
        QCOMPARE(taskView->model()->rowCount(), 4);
    }

    // The experiments tab of a run with repeated experiments, filled off the GUI thread once the
    // figures are in: a row per variant and scenario (2 × 6), each scenario by its prompt's first words.
    void experimentsTabIsFilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"experiments.sqlite"_qs);
        const Seeded s = seededStore(path, true);
        QVERIFY(s.run > 0);
        RunsPage page;
        QSignalSpy loaded(&page, &RunsPage::breakdownsLoaded);
        page.setStore(Store::open(path).store);
        page.showLeaderboard(s.run);
        waitFor(loaded);
        CellTableModel *experiments = page.breakdown(3);
        QTRY_COMPARE_WITH_TIMEOUT(experiments->rowCount(), 12, 10000);
        QSet<QString> pairs;
        for (int r = 0; r < experiments->rowCount(); ++r)
            pairs << experiments->index(r, 0).data().toString() + u" / "_qs + experiments->index(r, 1).data().toString();
        QCOMPARE(pairs.size(), 12);
        QVERIFY2(pairs.contains(u"Alpha / Prompt 0"_qs) && pairs.contains(u"Beta / Prompt 5"_qs),
                 qPrintable(QStringList(pairs.values()).join(u", "_qs)));
        page.setStore(nullptr);
        SqliteStore::closeConnection(path);
    }

    // The summary's "most accurate" by paired tests: "comparing…" until the items are read (after
    // the summary is painted), then the same sentence the CLI and the reports print.
    void summarySaysTheComparedClaim()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"claims.sqlite"_qs);
        const Seeded s = seededStore(path);
        QVERIFY(s.run > 0);
        RunsPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy breakdowns(&page, &RunsPage::breakdownsLoaded), claims(&page, &RunsPage::claimsLoaded);
        page.setStore(Store::open(path).store);
        page.showLeaderboard(s.run);
        waitFor(breakdowns);
        const auto accuracy = [&] {
            for (QLabel *l : page.summary()->sentences())
                if (l->text().startsWith(u"Most accurate"_qs))
                    return l->text();
            return QString();
        };
        if (claims.isEmpty())
            QCOMPARE(accuracy(), u"Most accurate: Alpha, 83.3% (58.3–100.0); comparing it with the others item by item…"_qs);
        if (claims.isEmpty())
            QVERIFY(claims.wait(10000));
        // Alpha passes 10 of 12, Beta 4 of its 11 judged; on their 11 common items every one that
        // differs favours Alpha (b = 5, c = 0: McNemar p 0.0625), and the scores (4.5 against 1.5 on
        // those five, in three of six scenarios) tell them apart.
        const RunFigures figures = RunFigures::load(*Store::open(path).store, s.run);
        QVERIFY(figures.claims);
        const QStringList cli = Summaries::verdicts(figures.board, &*figures.claims, QLocale());
        QVERIFY(cli.contains(accuracy()));
        QVERIFY2(accuracy().startsWith(u"Most accurate: Alpha, 83.3% ("_qs)
                     && accuracy().endsWith(u"), better than each other variant on the same items (paired tests)."_qs),
                 qPrintable(accuracy()));
        QCOMPARE(figures.claims->run->others.first().comparison.mcnemarP, 0.0625);
        QCOMPARE(figures.claims->run->others.first().test, u"paired_bootstrap"_qs);
        // The run changes (new verdicts, an override): its figures are read again, and so are its
        // claims; the sentence shown meanwhile stays.
        page.figuresLoader()->invalidate(s.run);
        QVERIFY(claims.wait(10000));
        QCOMPARE(claims.size(), 2);
        QVERIFY(cli.contains(accuracy()));
        page.setStore(nullptr);
        SqliteStore::closeConnection(path);
    }

    // Another run's failures (as the monitor's failure links ask): that run is shown, then listed.
    void invocationsOfAnotherRun()
    {
        const auto opened = Store::open(m_path);
        RunsPage page;
        page.show();
        QSignalSpy board(&page, &RunsPage::leaderboardLoaded);
        page.setStore(opened.store);
        page.showLeaderboard(m_first.run);
        waitFor(board);
        DrillDownPanel *drill = page.drillDown();
        QSignalSpy listed(drill, &DrillDownPanel::listed);
        InvocationFilter f;
        f.verdict = InvocationFilter::Verdict::Error;
        f.errorClass = u"server_error"_qs;
        page.showInvocations(m_second.run, f);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownRun() == m_second.run && !listed.isEmpty() && drill->filter().errorClass == u"server_error", 10000);
        QTRY_COMPARE(drill->model()->rowCount(), m_second.errors.value(m_second.variants.at(1)));
        for (const InvocationRow &r : drill->model()->items())
            QCOMPARE(r.variantId, m_second.variants.at(1)); // of the second run
        // The error classes to choose from are the run's own.
        auto *classes = drill->findChild<QComboBox *>(u"drillErrorClass"_qs);
        QTRY_COMPARE(classes->count(), 2);
        QCOMPARE(classes->itemData(1).toString(), u"server_error"_qs);
    }

    // Export Report… writes the run's report (off the GUI thread), its name in the file.
    void exportReportFromThePage()
    {
        const auto opened = Store::open(m_path);
        RunsPage page;
        QSignalSpy loaded(&page, &RunsPage::loaded);
        QSignalSpy exported(&page, &RunsPage::reportExported);
        page.setStore(opened.store);
        waitFor(loaded);
        const QString path = m_dir.filePath(u"first.html"_qs);
        page.exportReport(m_first.run, path);
        waitFor(exported);
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.contains("nightly prompt v1"));
        QVERIFY(html.contains("<section id=\"appendix\">"));
        QVERIFY(!html.contains(kHostile.toUtf8())); // the hostile answer only escaped

        // The PDF the same way: a whole file, named as asked.
        const QString pdf = m_dir.filePath(u"first.pdf"_qs);
        exported.clear();
        page.exportReport(m_first.run, pdf);
        waitFor(exported);
        QCOMPARE(exported.first().at(0).toString(), pdf);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    // Deleting a run (after its confirmation) removes it and every row stored with it.
    void deleteRemovesTheRunAndItsRows()
    {
        const QString path = m_dir.filePath(u"delete.sqlite"_qs);
        Seeded keep, gone;
        {
            const auto w = Store::writerFor(path);
            QCOMPARE(w->start(), QString());
            keep = seed(*w, u"keep"_qs, RunStatus::Completed);
            gone = seed(*w, u"gone"_qs, RunStatus::Completed);
            QVERIFY(w->flush(10000));
        }
        const auto opened = Store::open(path);
        RunsPage page;
        QSignalSpy loaded(&page, &RunsPage::loaded);
        QSignalSpy deleted(&page, &RunsPage::deleted);
        page.setStore(opened.store);
        waitFor(loaded);
        page.deleteRun(gone.run);
        waitFor(deleted);
        QCOMPARE(deleted.first().at(1).toString(), QString());
        waitFor(loaded, 2);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->item(0).id, keep.run);
        RunsReader q(*opened.store);
        QCOMPARE(q.count(u"invocations"_qs, gone.run), 0);
        QCOMPARE(q.count(u"verdicts"_qs, gone.run), 0);
        QCOMPARE(q.count(u"scenarios"_qs, gone.run), 0);
        QCOMPARE(q.count(u"invocations"_qs, keep.run), 24);
        QCOMPARE(InvocationReader(*opened.store).invocationCount(gone.run, {}), 0);
        SqliteStore::closeConnection(path);
    }

    // Pin as Baseline: the name is stored with the run and the OS user; pinning the name again
    // moves it; deleting the run takes its baseline with it.
    void pinAsBaselineStoresTheName()
    {
        const QString path = m_dir.filePath(u"pin.sqlite"_qs);
        Seeded first, second;
        {
            const auto w = Store::writerFor(path);
            QCOMPARE(w->start(), QString());
            first = seed(*w, u"first"_qs, RunStatus::Completed);
            second = seed(*w, u"second"_qs, RunStatus::Completed);
            QVERIFY(w->flush(10000));
        }
        const auto opened = Store::open(path);
        RunHistory history;
        QSignalSpy loaded(&history, &RunHistory::loaded);
        QSignalSpy pinned(&history, &RunHistory::baselinePinned);
        QSignalSpy deleted(&history, &RunHistory::deleted);
        history.setStore(opened.store);
        waitFor(loaded);
        history.pinBaseline(first.run, u"main"_qs);
        waitFor(pinned);
        QCOMPARE(pinned.last().at(2).toString(), QString());
        RunsReader q(*opened.store);
        QList<BaselineInfo> baselines = q.baselines();
        QCOMPARE(baselines.size(), 1);
        QCOMPARE(baselines.first().name, u"main"_qs);
        QCOMPARE(baselines.first().runId, first.run);
        QCOMPARE(baselines.first().pinnedBy, osUserName());
        history.pinBaseline(second.run, u"main"_qs);
        waitFor(pinned, 2);
        baselines = q.baselines();
        QCOMPARE(baselines.size(), 1);
        QCOMPARE(baselines.first().runId, second.run);
        history.deleteRun(second.run);
        waitFor(deleted);
        QCOMPARE(deleted.first().at(1).toString(), QString());
        QVERIFY(q.baselines().isEmpty());
        SqliteStore::closeConnection(path);
    }
};

QTEST_MAIN(TstRunsPage)
#include "tst_runspage.moc"
