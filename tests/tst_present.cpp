// ui/present: how figures read, and the leaderboard model the window shows and quorum-cli
// prints, cell for cell the same.
#include "analytics/leaderboard.h"
#include "present/breakdowntables.h"
#include "present/figures.h"
#include "present/leaderboardmodel.h"
#include "present/progresstext.h"
#include "present/runfigures.h"
#include "present/summaries.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "storesupport.h"

using namespace Quorum;
using Quorum::TestSupport::storeAt;

class TstPresent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The breakdown tables put figures to the right and words to the left, cell by cell.
    void cellsAlignAsTheyRead()
    {
        CellTableModel model({u"Model variant"_qs, u"Scenario"_qs, u"Scores"_qs, u"Median"_qs, u"Count"_qs, u"Disputed"_qs, u"Cost"_qs});
        model.setItems({{u"Flash Mini@us-east-1"_qs, u"Summarize the following text…"_qs, u"5.00  4.32"_qs, u"—"_qs, 3, u"DISPUTED"_qs, u"$0.01"_qs}});
        const auto aligned = [&](int column) { return model.data(model.index(0, column), Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask; };
        QCOMPARE(aligned(0), int(Qt::AlignLeft));
        QCOMPARE(aligned(1), int(Qt::AlignLeft));
        QCOMPARE(aligned(2), int(Qt::AlignRight));
        QCOMPARE(aligned(3), int(Qt::AlignRight));
        QCOMPARE(aligned(4), int(Qt::AlignRight));
        QCOMPARE(aligned(5), int(Qt::AlignLeft));
        QCOMPARE(aligned(6), int(Qt::AlignRight));
    }
    // The run's progress line: while it goes, the time left; once every item is stored, no time
    // left to guess at ("— left" said nothing).
    void progressLine()
    {
        const QLocale c = QLocale::c();
        ProgressSnapshot s;
        s.total = 1110;
        s.done = 78;
        s.inFlight = 50;
        s.callsPerSecond = 19.3;
        s.judgeCalls = 234;
        s.spendUsd = 0.31286;
        s.etaSeconds = 46;
        QCOMPARE(ProgressText::figures(s, c), u"50 in flight · 19.3 calls/s · 234 judge calls · $0.3129 spent · 46 s left"_qs);
        s.done = 1110;
        s.inFlight = 0;
        s.etaSeconds = 0;
        QCOMPARE(ProgressText::figures(s, c), u"19.3 calls/s · 234 judge calls · $0.3129 spent · all 1110 done"_qs);
    }

    void figures()
    {
        const QLocale c = QLocale::c(), de(QLocale::German);
        using namespace Figures;
        QCOMPARE(percent(0.90625, c), u"90.6%"_qs);
        QCOMPARE(percent(0.90625, de), u"90,6%"_qs);
        QCOMPARE(percentWithInterval(0.5, Stats::Interval{0.3125, 0.6875}, c), u"50.0% (31.3–68.8)"_qs);
        QCOMPARE(percentWithInterval(0.5, std::nullopt, c), u"50.0%"_qs);
        QCOMPARE(score(3.9765625, c), u"3.98"_qs);
        QCOMPARE(score(std::nullopt, c), u"—"_qs);
        QCOMPARE(millisecondsPair(719.145, 1281.542, c), u"719 / 1282"_qs);
        QCOMPARE(millisecondsPair(std::nullopt, 1281.542, c), u"—"_qs);
        QCOMPARE(usd(0.000123, c), u"$0.00012"_qs);
        QCOMPARE(usd(0.0000031, c), u"$0.0000031"_qs);   // two significant digits, never "$0.00000"
        QCOMPARE(usd(0.0000146, c), u"$0.000015"_qs);
        QCOMPARE(usd(0, c), u"$0.00000"_qs);
        QCOMPARE(usd(3.51429, c, 4), u"$3.5143"_qs);
        QCOMPARE(usdTick(1e-6, c), u"$0.000001"_qs);
        QCOMPARE(usdTick(0.01, c), u"$0.01"_qs);
        QCOMPARE(usdTick(10, c), u"$10"_qs);
        QCOMPARE(countWithShare(8, 8.0 / 72, c), u"8 (11.1%)"_qs);
        QCOMPARE(rating(1164.97, c), u"1165"_qs);
        QCOMPARE(composite(0.84249, c), u"0.842"_qs);
        QCOMPARE(tokensPerSecond(210.22, de), u"210"_qs);
        QCOMPARE(percentInterval(Stats::Interval{0.8234, 0.9841}, c), u"82.3–98.4%"_qs);
        QCOMPARE(percentInterval(std::nullopt, c), u"—"_qs);
        QCOMPARE(ratingInterval(Stats::Interval{1119.6, 1210.4}, c), u"1120–1210"_qs);
        QCOMPARE(decimal(0.8251, de, 2), u"0,83"_qs);
        QCOMPARE(count(12400, c), u"12400"_qs);  // the C locale (quorum-cli) does not group
        QCOMPARE(count(12400, de), u"12.400"_qs);
        QCOMPARE(duration(47.2, c), u"48 s"_qs);
        QCOMPARE(duration(185, c), u"3 min 05 s"_qs);
        QCOMPARE(duration(7620, c), u"2 h 07 min"_qs);
        QCOMPARE(duration(-1, c), u"—"_qs);
        // One time style per purpose, in local time.
        const qint64 at = QDateTime(QDate(2026, 12, 7), QTime(14, 5, 9, 42)).toMSecsSinceEpoch();
        QCOMPARE(moment(at), u"2026-12-07 14:05"_qs);
        QCOMPARE(instant(at), u"2026-12-07 14:05:09.042"_qs);
        QCOMPARE(day(QDate(2026, 3, 1)), u"2026-03-01"_qs);
        QCOMPARE(moment(0), u"—"_qs);
        QCOMPARE(day(QDate()), u"—"_qs);
        // A scenario by its prompt's first words, cut at a word; its key where there is no prompt.
        QCOMPARE(scenario(u"Summarize the  report\nin two lines."_qs, u"a1b2c3d4e5f60718"_qs), u"Summarize the report in two lines."_qs);
        QCOMPARE(scenario(u"Extract the recipient, the sender, the date and the subject from the following email."_qs, u"k"_qs),
                 u"Extract the recipient, the sender, the date and…"_qs);
        QCOMPARE(scenario(QString(u'x').repeated(60), u"k"_qs), QString(u'x').repeated(48) + u'…');
        QCOMPARE(scenario(QString(), u"a1b2c3d4e5f60718"_qs), u"a1b2c3d4e5f60718"_qs);
        QCOMPARE(scenarioTooltip(u"Name a bird."_qs, u"k7"_qs), u"Scenario k7: Name a bird."_qs);
        QCOMPARE(signedDecimal(0.0835, c, 2), u"+0.08"_qs);
        QCOMPARE(signedDecimal(-0.0915, c, 2), u"-0.09"_qs);
        QCOMPARE(signedDecimal(-0.0004, c, 2), u"0.00"_qs); // never "-0.00"
        QCOMPARE(decimal(-0.0004, c, 2), u"0.00"_qs);        // nor the plain decimal
    }

    // The answer to "which model?": each sentence from the figures, "no detectable difference"
    // where the two best success intervals overlap.
    void verdictsAnswerTheQuestion()
    {
        const QLocale c = QLocale::c();
        LeaderboardRow cheap, balanced, strong;
        cheap.label = u"Cheap"_qs;
        cheap.scored = 100;
        cheap.passed = 63;
        cheap.successRate = 0.63;
        cheap.successCi = Stats::Interval{0.50, 0.76};
        cheap.ttftMs[0] = 170;
        cheap.ttlbMs[0] = 250;
        cheap.costPerAnswerUsd = 0.00001;
        cheap.totalCostUsd = 0.001;           // $0.001 / 63 passed = $0.000016 per passed answer
        cheap.composite = 1.52;
        balanced = cheap;
        balanced.label = u"Balanced"_qs;
        balanced.passed = 84;
        balanced.successRate = 0.84;
        balanced.successCi = Stats::Interval{0.75, 0.91};
        balanced.ttftMs[0] = 430;
        balanced.ttlbMs[0] = 620;
        balanced.costPerAnswerUsd = 0.00011;
        balanced.totalCostUsd = 0.011;
        balanced.composite = 1.44;
        strong = balanced;
        strong.label = u"Strong"_qs;
        strong.passed = 96;
        strong.successRate = 0.96;
        strong.successCi = Stats::Interval{0.92, 0.995};
        strong.ttftMs[0] = 850;
        strong.ttlbMs[0] = 1170;
        strong.costPerAnswerUsd = 0.00047;
        strong.totalCostUsd = 0.047;
        strong.composite = 0.96;
        Leaderboard board;
        board.rows = {cheap, balanced, strong};
        // The paired claim as tst_claims has it computed: Strong against the two others.
        const auto paired = [](double pBalanced, double pCheap, bool tie = false) {
            Claims claims;
            AccuracyClaim a;
            a.best = {3, u"Strong"_qs, 100, 0.96};
            if (tie)
                a.tied = {{2, u"Balanced"_qs, 100, 0.96}};
            for (const auto &[id, label, p] : {std::tuple{2, u"Balanced"_qs, pBalanced}, std::tuple{1, u"Cheap"_qs, pCheap}}) {
                PairedClaim x;
                x.variantId = id;
                x.label = label;
                x.comparison.pairs = 100;
                x.test = u"mcnemar"_qs;
                x.p = x.pHolm = p;
                x.apart = p < 0.05;
                a.others << x;
            }
            a.tests = 2;
            claims.run = a;
            return claims;
        };
        Claims claims = paired(0.001, 0.0001);
        QStringList v = Summaries::verdicts(board, &claims, c);
        QCOMPARE(v.size(), 5);
        QCOMPARE(v.at(0), u"Best overall: Cheap (composite 1.520, success 63.0%, TTLB p50 250 ms, $0.000010 per answer)."_qs);
        QCOMPARE(v.at(1), u"Most accurate: Strong, 96.0% (92.0–99.5), better than each other variant on the same items (paired tests, "
                          u"Holm–Bonferroni across 2 comparisons)."_qs);
        QCOMPARE(v.at(2), u"Fastest: Cheap (TTFT p50 170 ms, TTLB p50 250 ms)."_qs);
        QCOMPARE(v.at(3), u"Cheapest per correct answer: Cheap ($0.000016 per passed answer, 63.0% of answers passed)."_qs);
        QCOMPARE(v.at(4), u"Best value, from cheapest to most successful (no other variant is both cheaper and more successful): "
                          u"Cheap → Balanced → Strong."_qs);
        // One the best cannot be told apart from: named, with its adjusted p; the rest said better.
        claims = paired(0.21, 0.0001);
        QCOMPARE(Summaries::verdicts(board, &claims, c).at(1),
                 u"Most accurate: Strong, 96.0% (92.0–99.5), but on the same items it cannot be told apart from Balanced, 84.0% "
                 u"(75.0–91.0), adjusted p 0.21 (paired tests, Holm–Bonferroni across 2 comparisons); it is better than the remaining "
                 u"one."_qs);
        // Neither: the group is both, and nothing is said better.
        claims = paired(0.21, 0.3);
        QCOMPARE(Summaries::verdicts(board, &claims, c).at(1),
                 u"Most accurate: Strong, 96.0% (92.0–99.5), but on the same items it cannot be told apart from Balanced, 84.0% "
                 u"(75.0–91.0), adjusted p 0.21; Cheap, 63.0% (50.0–76.0), adjusted p 0.3 (paired tests, Holm–Bonferroni across 2 "
                 u"comparisons)."_qs);
        // Two at the same success rate: a tie, said so.
        claims = paired(1, 0.0001, true);
        QCOMPARE(Summaries::verdicts(board, &claims, c).at(1),
                 u"Most accurate: Strong and Balanced tie at 96.0%. On the same items Strong cannot be told apart from Balanced "
                 u"(adjusted p 1) (paired tests, Holm–Bonferroni across 2 comparisons); it is better than the remaining one."_qs);
        // Before the items are compared (the window reads them after the rest): said so.
        QCOMPARE(Summaries::verdicts(board, nullptr, c).at(1),
                 u"Most accurate: Strong, 96.0% (92.0–99.5); comparing it with the others item by item…"_qs);
        QVERIFY(Summaries::verdicts(Leaderboard{}, nullptr, c).isEmpty());
    }


    // The same claims within each task type: the composite normalised inside the type (so the
    // best overall on a type need not be the run's), latency named as the mean it is, a type
    // nobody was judged on left out.
    void verdictsPerTaskType()
    {
        const QLocale c = QLocale::c();
        auto standing = [](const char *variant, const char *task, qint64 invocations, qint64 scored, qint64 passed,
                           std::optional<Stats::Interval> ci, double ttft, double ttlb, double costPerAnswer) {
            TaskStanding t;
            t.variant = QString::fromLatin1(variant);
            t.taskType = QString::fromLatin1(task);
            t.invocations = invocations;
            t.scored = scored;
            t.passed = passed;
            if (scored)
                t.successRate = double(passed) / double(scored);
            t.successCi = ci;
            t.meanTtftMs = ttft;
            t.meanTtlbMs = ttlb;
            t.costPerAnswerUsd = costPerAnswer;
            return t;
        };
        const QList<TaskStanding> standings = {
            standing("A", "math", 10, 10, 9, Stats::Interval{0.7, 1.0}, 100, 400, 0.001),
            standing("B", "math", 10, 10, 5, Stats::Interval{0.2, 0.8}, 50, 200, 0.0001),
            standing("A", "qa", 4, 4, 3, Stats::Interval{0.5, 1.0}, 120, 300, 0.002),
            standing("B", "qa", 4, 0, 0, std::nullopt, 60, 150, 0.0002), // answered, not judged
            standing("A", "chat", 2, 0, 0, std::nullopt, 10, 20, 0.001),
        };
        // Within math, A against B on math's items (tst_claims computes such claims from items).
        Claims claims;
        AccuracyClaim math;
        math.taskType = u"math"_qs;
        math.best = {1, u"A"_qs, 10, 0.9};
        PairedClaim b;
        b.variantId = 2;
        b.label = u"B"_qs;
        b.comparison.pairs = 10;
        b.p = b.pHolm = 0.125;
        math.others << b;
        math.tests = 1;
        claims.taskTypes << math;
        const QList<Summaries::TaskVerdicts> tasks = Summaries::taskVerdicts(standings, {}, &claims, c);
        QCOMPARE(tasks.size(), 2); // "chat" had no judged answer
        QCOMPARE(tasks.at(0).taskType, u"math"_qs);
        QStringList v;
        for (const Summaries::Verdict &x : tasks.at(0).verdicts)
            v << x.text;
        QCOMPARE(v.size(), 5);
        // Composite by hand: A 0.9 + 0.5·(1 − 400/400) + 0.5·(1 − 0.001/0.001) = 0.9;
        // B 0.5 + 0.5·(1 − 200/400) + 0.5·(1 − 0.0001/0.001) = 1.2.
        QCOMPARE(v.at(0), u"Best overall: B (composite 1.200, success 50.0%, mean TTLB 200 ms, $0.00010 per answer)."_qs);
        QCOMPARE(v.at(1), u"Most accurate: A, 90.0% (70.0–100.0), but on the same items it cannot be told apart from B, 50.0% "
                          u"(20.0–80.0), adjusted p 0.125 (paired tests)."_qs);
        QCOMPARE(v.at(2), u"Fastest: B (mean TTFT 50 ms, mean TTLB 200 ms)."_qs);
        // A: $0.01 / 9 = $0.0011; B: $0.001 / 5 = $0.00020 per passed answer.
        QCOMPARE(v.at(3), u"Cheapest per correct answer: B ($0.00020 per passed answer, 50.0% of answers passed)."_qs);
        QCOMPARE(v.at(4), u"Best value, from cheapest to most successful (no other variant is both cheaper and more successful): "
                          u"B → A."_qs);
        QCOMPARE(tasks.at(1).taskType, u"qa"_qs);
        QCOMPARE(tasks.at(1).verdicts.at(1).text, u"Most accurate: A, the only variant judged (75.0% (50.0–100.0))."_qs);
        QCOMPARE(tasks.at(1).verdicts.at(0).text.left(16), u"Best overall: A "_qs);
    }
    void leaderboardModel()
    {
        LeaderboardRow judged;
        judged.label = u"bedrock/us.amazon.nova-pro-v1:0@us-west-2#priority"_qs;
        judged.invocations = 72;
        judged.errors = 8;
        judged.errorRate = 8.0 / 72;
        judged.scored = 64;
        judged.passed = 58;
        judged.successRate = 58.0 / 64;
        judged.successCi = Stats::Interval{0.8225806, 0.9836066};
        judged.meanScore = 3.9765625;
        judged.ttftMs[0] = 719.145;
        judged.ttftMs[1] = 1281.542;
        judged.costPerAnswerUsd = 0.000123;
        judged.rating = 1164.97;
        judged.composite = 1.5;
        LeaderboardRow unjudged;
        unjudged.label = u"openai/gpt-x"_qs;
        LeaderboardModel model;
        model.setLocale(QLocale::c());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({judged, unjudged});
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, LeaderboardModel::RankColumn), u"1"_qs);
        QCOMPARE(text(0, LeaderboardModel::VariantColumn), judged.label);
        QCOMPARE(text(0, LeaderboardModel::SuccessColumn), u"90.6% (82.3–98.4)"_qs);
        QCOMPARE(text(0, LeaderboardModel::ScoreColumn), u"3.98"_qs);
        QCOMPARE(text(0, LeaderboardModel::ErrorsColumn), u"8 (11.1%)"_qs);
        QCOMPARE(text(0, LeaderboardModel::TtftColumn), u"719 / 1282"_qs);
        QCOMPARE(text(0, LeaderboardModel::TtlbColumn), u"—"_qs);
        QCOMPARE(text(0, LeaderboardModel::CostColumn), u"$0.00012"_qs);
        QCOMPARE(text(0, LeaderboardModel::RatingColumn), u"1165"_qs);
        QCOMPARE(text(1, LeaderboardModel::SuccessColumn), u"—"_qs); // nothing was judged: no rate, not "0.0%"
        QCOMPARE(text(1, LeaderboardModel::RatingColumn), u"—"_qs);
    }

    // quorum-cli leaderboard prints the window's model: every header and cell, in order, on its line.
    void cliPrintsTheScreensText()
    {
        QTemporaryDir dir;
        QFile models(dir.filePath(u"m.jsonl"_qs));
        QVERIFY(models.open(QIODevice::WriteOnly));
        models.write(R"({"model_id": "simulator/swift-lite", "region": "us-east-1", "input_token_cost": 0.001, "output_token_cost": 0.002})" "\n"
                     R"({"model_id": "simulator/balanced-pro", "region": "eu-west-1", "input_token_cost": 0.003, "output_token_cost": 0.004})" "\n");
        models.close();
        const QString db = dir.filePath(u"r.sqlite"_qs);
        QProcess run;
        run.start(QStringLiteral(QUORUM_CLI), {u"run"_qs, u"--scenarios"_qs, QStringLiteral(QUORUM_TEST_DATA) + u"/good/siqa-items.jsonl"_qs,
                                                u"--models"_qs, models.fileName(), u"--scorer"_qs, u"multiple_choice"_qs, u"--invocations"_qs,
                                                u"3"_qs, u"--db"_qs, db});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
        QProcess board;
        board.start(QStringLiteral(QUORUM_CLI), {u"leaderboard"_qs, u"--run"_qs, u"1"_qs, u"--db"_qs, db});
        QVERIFY(board.waitForFinished(60000));
        QCOMPARE(board.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(board.readAllStandardOutput()).split(u'\n');

        const Leaderboard computed = computeLeaderboard(RunReadout::read(storeAt(db), 1));
        LeaderboardModel model;
        model.setLocale(QLocale::c());
        model.setItems(computed.rows);
        // The jury-health sentence too: the window's, word for word (a scorer only: no judge model).
        const QString health = Summaries::juryHealth(computed, {}, 1, QLocale::c());
        QVERIFY(health.contains(u"no verdicts of judge models"_qs));
        QVERIFY(lines.contains(health));
        // And the answer the window opens on, sentence for sentence.
        const RunFigures figures = RunFigures::compute(RunReadout::read(storeAt(db), 1, false, true));
        QVERIFY(figures.claims && figures.claims->run); // three variants: a paired claim
        const QStringList verdicts = Summaries::verdicts(computed, &*figures.claims, QLocale::c());
        QVERIFY(verdicts.size() >= 4);
        for (const QString &v : verdicts)
            QVERIFY2(lines.contains(v), qPrintable(v));
        QCOMPARE(model.rowCount(), 2);
        for (int r = -1; r < model.rowCount(); ++r) {
            const QString &line = lines.value(r + 1);
            qsizetype at = 0;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QString cell = r < 0 ? model.headerData(c, Qt::Horizontal).toString() : model.index(r, c).data().toString();
                const qsizetype found = line.indexOf(cell, at);
                QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(cell, line)));
                at = found + cell.size();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstPresent)
#include "tst_present.moc"
