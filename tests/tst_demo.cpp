// The demo workspace answers its own question. Its plan runs end to end as a user runs it
// (quorum-cli run --plan resources/demo/demo-plan.json: the engine, the in-process simulator with
// its built-in profile, the jury and the store), and the stored results tell the story the demo
// promises. Nothing is scripted per scenario: the figures come out of the simulated models'
// skills, latency and throttling. Each claim is checked from the stored rows by this test's own
// SQL and arithmetic as well as through the analytics the screens show.
#include "analytics/breakdowns.h"
#include "analytics/runcomparison.h"
#include "analytics/leaderboard.h"
#include "storage/runsreader.h"
#include "storage/store.h"
#include "runtestsupport.h"
#include "storesupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
const QString kPlan = QStringLiteral(QUORUM_SOURCE_DIR) + u"/resources/demo/demo-plan.json"_qs;

// Values of one column, from this test's own query.
QList<double> column(const QString &db, const QString &sql)
{
    QString error;
    QSqlQuery q(testSql(db, &error));
    QList<double> out;
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toDouble();
    return out;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The variant's id by its leaderboard label's parts.
QString variantWhere(const QString &model, const QString &region, const QString &tier)
{
    return QStringLiteral("(SELECT id FROM variants WHERE model_id = '%1' AND region = '%2' AND tier_requested = '%3')")
        .arg(model, region, tier);
}
} // namespace

class TstDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoTellsItsStory()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.sqlite"_qs);
        QProcess run;
        run.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        run.start(quorumCli(), {u"run"_qs, u"--plan"_qs, kPlan, u"--db"_qs, db});
        QVERIFY(run.waitForFinished(180'000));
        const double seconds = double(clock.elapsed()) / 1000;
        const QString progress = QString::fromUtf8(run.readAllStandardError());
        QVERIFY2(run.exitCode() == 0, qPrintable(progress.right(2000)));
        qInfo("the demo ran in %.1f s", seconds);
        QVERIFY2(seconds < 120, qPrintable(QString::number(seconds))); // on two cores, beside the other tests

        // The first ETA is the plan's estimate, of the order of the real run, not a tenfold one.
        static const QRegularExpression eta(u"· (\\d+) s left"_qs);
        const auto first = eta.match(progress);
        QVERIFY2(first.hasMatch(), qPrintable(progress.left(500)));
        const double firstEta = first.captured(1).toDouble();
        QVERIFY2(firstEta > 0.25 * seconds && firstEta < 2.5 * seconds,
                 qPrintable(QStringLiteral("first ETA %1 s for a %2 s run").arg(firstEta).arg(seconds)));

        // Every work item stored, every one answered (a throttled call was retried, not lost).
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM invocations"_qs), 37 * 5 * 3 * 2); // scenarios × variants × temperatures × experiments
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM invocations WHERE status <> 'ok'"_qs), 0);
        QCOMPARE(scalarIn(db, u"SELECT count(DISTINCT temperature) FROM invocations"_qs), 3);
        QCOMPARE(scalarIn(db, u"SELECT count(DISTINCT experiment) FROM invocations"_qs), 2);

        const QString flash = variantWhere(u"simulator/flash-mini"_qs, u"us-east-1"_qs, u"default"_qs);
        const QString flashEu = variantWhere(u"simulator/flash-mini"_qs, u"eu-west-1"_qs, u"default"_qs);
        const QString sage = variantWhere(u"simulator/sage-pro"_qs, u"us-east-1"_qs, u"default"_qs);
        const QString sagePriority = variantWhere(u"simulator/sage-pro"_qs, u"us-east-1"_qs, u"priority"_qs);
        const QString oracle = variantWhere(u"simulator/oracle-max"_qs, u"us-west-2"_qs, u"default"_qs);
        auto passRate = [&](const QString &variant, const QString &tasks) {
            return column(db, QStringLiteral("SELECT avg(i.jury_pass) FROM invocations i JOIN scenarios s ON s.id = i.scenario_id "
                                             "WHERE i.variant_id = %1 AND s.task_type IN (%2)").arg(variant, tasks)).value(0, -1);
        };
        // The cheap model: good at easy tasks, poor at reasoning; the expensive one wins on reasoning.
        const QString easy = u"'summarization', 'classification', 'translation'"_qs;
        QVERIFY2(passRate(flash, easy) >= 0.85, qPrintable(QString::number(passRate(flash, easy))));
        QVERIFY2(passRate(flash, u"'reasoning'"_qs) <= 0.3, qPrintable(QString::number(passRate(flash, u"'reasoning'"_qs))));
        QVERIFY2(passRate(oracle, u"'reasoning'"_qs) >= 0.8, qPrintable(QString::number(passRate(oracle, u"'reasoning'"_qs))));
        QVERIFY(passRate(sage, u"'reasoning'"_qs) > passRate(flash, u"'reasoning'"_qs));
        QVERIFY(passRate(oracle, u"'reasoning'"_qs) > passRate(sage, u"'reasoning'"_qs));

        const Store::Opened opened = Store::open(db);
        QVERIFY2(opened.store, qPrintable(opened.error));
        RunsReader reader(*opened.store);
        // The run list counts its jury of three judge models, not the multiple-choice scorer beside them.
        QCOMPARE(reader.runs().constFirst().judges, 3);
        QString error;
        // Oracle Max against Flash Mini (side A) on the reasoning scenarios: B − A.
        const auto reasoning = compareVariantItems(reader.path(), 1, u"Flash Mini@us-east-1"_qs, 1, u"Oracle Max@us-west-2"_qs, &error,
                                                   u"reasoning"_qs);
        QVERIFY2(reasoning, qPrintable(error));
        QCOMPARE(reasoning->commonScenarios, 7);
        QVERIFY2(reasoning->successCi && reasoning->successCi->low > 0, // the 95 % CI of the paired difference leaves out zero
                 qPrintable(QStringLiteral("%1 (%2 to %3)").arg(reasoning->successDifference)
                                .arg(reasoning->successCi ? reasoning->successCi->low : -1).arg(reasoning->successCi ? reasoning->successCi->high : -1)));
        QCOMPARE(reasoning->verdict, ItemComparison::Verdict::Better);
        // Its point estimate is the difference of the two pass rates on those scenarios.
        QVERIFY(std::abs(reasoning->successDifference - (passRate(oracle, u"'reasoning'"_qs) - passRate(flash, u"'reasoning'"_qs))) < 1e-9);

        const RunReadout readout = RunReadout::read(reader, 1);
        error = readout.error;
        const Leaderboard board = computeLeaderboard(readout);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto row = [&](const QString &label) {
            for (const LeaderboardRow &r : board.rows)
                if (r.label == label)
                    return r;
            return LeaderboardRow{};
        };
        const LeaderboardRow oracleRow = row(u"Oracle Max@us-west-2"_qs), flashRow = row(u"Flash Mini@us-east-1"_qs);
        const LeaderboardRow sageRow = row(u"Sage Pro@us-east-1"_qs), priorityRow = row(u"Sage Pro@us-east-1#priority"_qs);
        const LeaderboardRow flashEuRow = row(u"Flash Mini@eu-west-1"_qs);
        QCOMPARE(board.rows.size(), 5);
        // Intervals narrow enough to separate what truly differs: overall success too.
        QVERIFY(oracleRow.successCi && flashRow.successCi && oracleRow.successCi->low > flashRow.successCi->high);
        // Cost follows the price list: the expensive model costs the most per answer, priority more than default.
        QVERIFY(oracleRow.costPerAnswerUsd > priorityRow.costPerAnswerUsd);
        QVERIFY(priorityRow.costPerAnswerUsd > sageRow.costPerAnswerUsd);
        QVERIFY(sageRow.costPerAnswerUsd > flashRow.costPerAnswerUsd);

        // The priority tier answers sooner than the default one of the same model.
        const double priorityTtft = median(column(db, u"SELECT ttft_ms FROM invocations WHERE variant_id = "_qs + sagePriority));
        const double defaultTtft = median(column(db, u"SELECT ttft_ms FROM invocations WHERE variant_id = "_qs + sage));
        QVERIFY2(priorityTtft < 0.8 * defaultTtft, qPrintable(QStringLiteral("%1 vs %2 ms").arg(priorityTtft).arg(defaultTtft)));
        QVERIFY(priorityRow.ttftMs[0] && sageRow.ttftMs[0] && *priorityRow.ttftMs[0] < *sageRow.ttftMs[0]);
        QVERIFY(std::abs(*priorityRow.ttftMs[0] - priorityTtft) < 0.02 * priorityTtft); // the histograms' p50 is the median
        // The same model in two regions: visibly different latency.
        const double usTtft = median(column(db, u"SELECT ttft_ms FROM invocations WHERE variant_id = "_qs + flash));
        const double euTtft = median(column(db, u"SELECT ttft_ms FROM invocations WHERE variant_id = "_qs + flashEu));
        QVERIFY2(euTtft > 1.5 * usTtft, qPrintable(QStringLiteral("%1 vs %2 ms").arg(euTtft).arg(usTtft)));
        QVERIFY(flashEuRow.ttftMs[0] && flashRow.ttftMs[0] && *flashEuRow.ttftMs[0] > *flashRow.ttftMs[0]);
        // The expensive model is the slow one.
        QVERIFY(oracleRow.ttlbMs[0] && *oracleRow.ttlbMs[0] > *sageRow.ttlbMs[0]);

        // One variant is throttled now and then: 429s, retried, in its region's figures.
        QVERIFY(scalarIn(db, QStringLiteral("SELECT count(*) FROM attempts WHERE http_status = 429 AND invocation_id IN "
                                            "(SELECT id FROM invocations WHERE variant_id = %1)").arg(flashEu)) > 0);
        QCOMPARE(scalarIn(db, QStringLiteral("SELECT count(*) FROM attempts WHERE http_status = 429 AND invocation_id NOT IN "
                                             "(SELECT id FROM invocations WHERE variant_id = %1)").arg(flashEu)), 0);
        const Breakdowns breakdowns = computeBreakdowns(readout); // the readout read above
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qint64 euRetries = 0, otherRetries = 0;
        for (const RegionLatency &r : breakdowns.regions)
            if (r.variant.isEmpty())
                (r.region == u"eu-west-1" ? euRetries : otherRetries) += r.retries;
        QVERIFY(euRetries > 0);
        QCOMPARE(otherRetries, 0);

        // The judges agree on clear cases and dispute a few borderline ones.
        const qint64 disputed = scalarIn(db, u"SELECT count(*) FROM invocations WHERE disputed = 1"_qs);
        QVERIFY2(disputed >= 1 && disputed <= 60, qPrintable(QString::number(disputed)));
        qint64 boardDisputed = 0;
        for (const LeaderboardRow &r : board.rows)
            boardDisputed += r.disputed;
        QCOMPARE(boardDisputed, disputed);
        QVERIFY(board.health.alpha[0].value_or(0) > 0.6);

        // The multiple-choice set is scored exactly by its scorer, never by the jury.
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM verdicts v JOIN judges j ON j.id = v.judge_id JOIN invocations i ON i.id = v.invocation_id "
                               u"JOIN scenarios s ON s.id = i.scenario_id WHERE s.task_type = 'multiple_choice' AND j.provider <> 'scorer'"_qs), 0);
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM verdicts v JOIN judges j ON j.id = v.judge_id JOIN invocations i ON i.id = v.invocation_id "
                               u"JOIN scenarios s ON s.id = i.scenario_id WHERE s.task_type = 'multiple_choice' AND j.provider = 'scorer'"_qs),
                 6 * 5 * 3 * 2);
        closeTestSql(db);
    }
};

QTEST_GUILESS_MAIN(TstDemo)
#include "tst_demo.moc"
