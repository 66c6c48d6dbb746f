// History (docs/METRICS.md, "History"): runs made through the simulator with scripted answers and
// the "contains" scorer (a right answer scores 5 and passes, a wrong one 1 and fails), so every
// point of the trend is known by construction.
#include "analytics/leaderboard.h"
#include "analytics/trend.h"
#include "present/chartdata.h"
#include "runtestsupport.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

#include <cmath>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
const QString kModel0 = u"openai/model-0@us-east-1"_qs;


// Per scenario (one answer each): passes and score sums of a variant that gets `wrong` wrong of `n`.
std::pair<std::vector<double>, std::vector<double>> perScenario(int n, const QList<int> &wrong)
{
    std::vector<double> passes, scores;
    for (int i = 0; i < n; ++i) {
        passes.push_back(wrong.contains(i) ? 0 : 1);
        scores.push_back(wrong.contains(i) ? 1 : 5);
    }
    return {passes, scores};
}
} // namespace

class TstTrend : public RunTest
{
    Q_OBJECT

    QString m_db;

    qint64 runWith(const QList<int> &wrong, int scenarios = 30)
    {
        RunPlan p = plan(scenarios, 2);
        p.models[1].region = u"eu-west-1"_qs;
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"contains"_qs};
        m_sim->setProfile(profileFromJson(scriptedProfile(wrong)));
        RunController controller(p, options(m_db));
        if (runToEnd(controller) != RunStatus::Completed)
            qFatal("the run did not complete");
        QTest::qWait(5); // each run starts at a later millisecond: the order is the runs'
        return controller.runId();
    }

    static CliResult cli(const QStringList &arguments) { return runCli(arguments); }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_db = testStore(m_dir.filePath(QStringLiteral("trend_%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }
    void cleanup() { stopSimulator(); }

    // Run A all right, B with model-0 wrong on ten scenarios, C wrong on scenario 0 only, D on other
    // scenarios. A is pinned as "main"; B and C are checked against it. model-0's success is
    // 30/30, 20/30, 29/30 and its mean score 5, (20·5 + 10·1)/30, (29·5 + 1)/30; each interval is
    // the bootstrap over its scenarios of those per-scenario values.
    void theLineageAndTheScenarioSetByConstruction()
    {
        const QList<int> broken = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27};
        const qint64 a = runWith({}), b = runWith(broken), c = runWith({0}), d = runWith({}, 20);
        const Store::Opened opened = Store::open(m_db);
        QVERIFY(opened.store);
        QCOMPARE(opened.store->write({BaselinePin{u"main"_qs, a, 1, u"ada"_qs}, BaselineCheckRecord{b, a, u"main"_qs, 2, 1, u"{}"_qs},
                                      BaselineCheckRecord{c, a, u"main"_qs, 3, 0, u"{}"_qs}}),
                 QString());
        RunsReader q(*opened.store);
        const Trend lineage = lineageTrend(q.path(), a, u"main"_qs);
        QVERIFY2(lineage.error.isEmpty(), qPrintable(lineage.error));
        QCOMPARE(lineage.runs.size(), 3);
        QCOMPARE(lineage.runs.at(0).id, a);
        QCOMPARE(lineage.runs.at(1).id, b);
        QCOMPARE(lineage.runs.at(2).id, c);
        QCOMPARE(lineage.series.size(), 2);
        const TrendSeries &m0 = lineage.series.at(0);
        QCOMPARE(m0.variant, kModel0);
        QCOMPARE(m0.points.size(), 3);
        const QList<QList<int>> wrong = {{}, broken, {0}};
        const double success[] = {1.0, 20.0 / 30, 29.0 / 30}, score[] = {5.0, 110.0 / 30, 146.0 / 30};
        for (int i = 0; i < 3; ++i) {
            const TrendPoint &p = m0.points.at(i);
            QCOMPARE(p.scored, 30);
            QCOMPARE(p.successRate, success[i]);
            QCOMPARE(*p.meanScore, score[i]);
            const auto [passes, scores] = perScenario(30, wrong.at(i));
            const std::vector<double> ones(30, 1.0);
            const auto successCi = Stats::bootstrapRatio(passes, ones), scoreCi = Stats::bootstrapRatio(scores, ones);
            QCOMPARE(p.successCi->low, successCi->low);
            QCOMPARE(p.successCi->high, successCi->high);
            QCOMPARE(p.scoreCi->low, scoreCi->low);
            QCOMPARE(p.scoreCi->high, scoreCi->high);
            QVERIFY(p.ttftP50Ms.has_value());
            QVERIFY(p.costPerAnswerUsd > 0);
        }
        QCOMPARE(lineage.series.at(1).points.at(1).successRate, 1.0); // model-1 never changed

        // The same scenarios: A, B and C, whichever run asks; D's twenty scenarios are another set.
        const Trend set = scenarioSetTrend(q.path(), c);
        QCOMPARE(set.runs.size(), 3);
        QCOMPARE(scenarioSetTrend(q.path(), d).runs.size(), 1);

        // The chart: a point per run, left to right, its whisker the interval in percent.
        const ChartData::Lines chart = ChartData::trend(lineage, ChartData::TrendMetric::Success, QLocale::c());
        QCOMPARE(chart.series.size(), 2);
        QCOMPARE(chart.xTickTexts, (QStringList{u"run %1"_qs.arg(a), u"run %1"_qs.arg(b), u"run %1"_qs.arg(c)}));
        const ChartData::Lines::Series &line = chart.series.at(0);
        QCOMPARE(line.points.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(line.points.at(i).x() - i) < 0.5); // beside its run's tick
            QCOMPARE(line.points.at(i).y(), success[i] * 100);
            QCOMPARE(line.lows.at(i), m0.points.at(i).successCi->low * 100);
            QCOMPARE(line.highs.at(i), m0.points.at(i).successCi->high * 100);
        }
        QVERIFY(line.points.at(0).x() < chart.series.at(1).points.at(0).x()); // side by side, not on top
        QVERIFY(line.tooltips.at(1).contains(u"success 66.7%"_qs));
        QVERIFY(ChartData::trend(lineage, ChartData::TrendMetric::TtftP50, QLocale::c()).series.at(0).lows.isEmpty());
        QCOMPARE(ChartData::trend(lineage, ChartData::TrendMetric::Score, QLocale::c()).series.at(0).points.at(1).y(), score[1]);
        // Beside a run's leaderboard, each variant has its colour there: its place on it (which
        // the composite's latency and cost decide, so read from the board).
        const Leaderboard board = computeLeaderboard(RunReadout::read(*opened.store, c));
        const ChartData::Lines coloured = ChartData::trend(lineage, ChartData::TrendMetric::Success, QLocale::c(), &board);
        QCOMPARE(coloured.series.size(), 2);
        QSet<int> colours;
        for (const ChartData::Lines::Series &line : coloured.series) {
            qsizetype place = -1;
            for (qsizetype i = 0; i < board.rows.size(); ++i)
                if (board.rows.at(i).label == line.label)
                    place = i;
            QCOMPARE(line.color, int(place));
            colours.insert(line.color);
        }
        QCOMPARE(colours, (QSet<int>{0, 1}));

        // quorum-cli history says the same.
        const CliResult json = cli({u"history"_qs, u"--baseline"_qs, u"main"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(json.code == 0, json.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value(u"kind"_qs).toString(), u"lineage"_qs);
        QCOMPARE(doc.value(u"runs"_qs).toArray().size(), 3);
        const QJsonArray points = doc.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray();
        QCOMPARE(points.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(points.at(i).toObject().value(u"success_rate"_qs).toDouble(), success[i]);
        const CliResult text = cli({u"history"_qs, u"--run"_qs, QString::number(a), u"--db"_qs, m_db});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("3 runs"), text.out.constData());
        QVERIFY2(text.out.contains("66.7%"), text.out.constData());
        QCOMPARE(cli({u"history"_qs, u"--db"_qs, m_db}).code, 64);
        const CliResult typo = cli({u"history"_qs, u"--baseline"_qs, u"mian"_qs, u"--db"_qs, m_db});
        QCOMPARE(typo.code, 1);
        QVERIFY2(typo.err.contains("pinned: main"), typo.err.constData());
    }
};

QTEST_MAIN(TstTrend)
#include "tst_trend.moc"
