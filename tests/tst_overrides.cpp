// People overruling the jury: runs made through the simulator with scripted answers and the
// deterministic "contains" scorer (a right answer scores 5 and passes, a wrong one 1 and fails),
// so every figure with and without the overrides is worked out by hand below.
#include "analytics/leaderboard.h"
#include "analytics/review.h"
#include "analytics/statistics.h"
#include "runtestsupport.h"
#include "storage/invocationreader.h"
#include "storage/reportread.h"
#include "storage/runsreader.h"
#include "storage/overridereader.h"
#include "storage/overridetransfer.h"
#include "storage/runtransfer.h"
#include "storage/storewriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cmath>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) < tolerance;
}

// Scenarios model-0 answers wrongly.
const QList<int> kWrong = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27};
const QString kModel0 = u"openai/model-0@us-east-1"_qs;


const LeaderboardRow *rowOf(const Leaderboard &board, const QString &label)
{
    for (const LeaderboardRow &r : board.rows)
        if (r.label == label)
            return &r;
    return nullptr;
}

Review::Agreement table(qint64 a, qint64 b, qint64 c, qint64 d)
{
    return {-1, u"rater"_qs, a, b, c, d};
}
} // namespace

class TstOverrides : public RunTest
{
    Q_OBJECT

    QString m_db;

    qint64 runWith(const QList<int> &wrong, const QString &wrongText = u"I could not say."_qs)
    {
        RunPlan p = plan(30, 2);
        p.models[1].region = u"eu-west-1"_qs;
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"contains"_qs};
        m_sim->setProfile(profileFromJson(scriptedProfile(wrong, wrongText)));
        RunController controller(p, options(m_db));
        if (runToEnd(controller) != RunStatus::Completed)
            qFatal("the run did not complete");
        return controller.runId();
    }

    // The items of one variant of a run, by scenario key.
    QHash<QString, InvocationRow> items(qint64 runId, const QString &label)
    {
        InvocationReader q(m_db);
        qint64 variant = -1;
        for (const VariantInfo &v : RunsReader(m_db).variantInfo(runId, false))
            if (v.label == label)
                variant = v.id;
        InvocationFilter f;
        f.variantId = variant;
        QHash<QString, InvocationRow> out;
        for (const InvocationRow &r : q.invocations(runId, f))
            out.insert(r.scenarioKey, r);
        return out;
    }

    // Stores overrides through the writer, each made as the window and quorum-cli make them.
    void overrule(qint64 runId, const QList<std::tuple<QString, std::optional<bool>, std::array<std::optional<int>, 6>>> &edits,
                  const QString &label = kModel0)
    {
        const Store::Opened opened = Store::open(m_db);
        QVERIFY2(opened.store, qPrintable(opened.error));
        auto writer = opened.store->writer();
        QCOMPARE(writer->start(), QString());
        for (const auto &[scenario, passed, scores] : edits) {
            const InvocationRow item = items(runId, label).value(scenario);
            OverrideRecord r;
            QCOMPARE(Review::makeOverride(runId, item, passed, scores, u"checked against the golden answer"_qs, &r), QString());
            writer->submit(r);
        }
        QVERIFY(writer->flush());
    }

    static CliResult cli(const QStringList &arguments) { return runCli(arguments); }

    static constexpr std::array<std::optional<int>, 6> kNoScores = {};
    static constexpr std::array<std::optional<int>, 6> kFours = {4, 4, 4, 4, 4, 4};

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_db = testStore(m_dir.filePath(QStringLiteral("overrides_%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }
    void cleanup() { stopSimulator(); }

    // model-0 fails scenarios 0, 3, …, 27: 20 of 30 pass, score sum 20·5 + 10·1 = 110. People pass
    // scenarios 0 and 3 with every dimension 4 (score 4 each), fail scenario 1 (the jury's 5 stands),
    // pass scenario 6 and then withdraw it. Counted: 21 of 30 pass, score sum 110 − 1 − 1 + 4 + 4 = 116.
    // A run copied to another store (quorum-cli push and pull) takes its reviews along: every edit,
    // in order, so the copy's leaderboard counts the same 21 of 30.
    void aCopiedRunKeepsItsReviews()
    {
        const qint64 run = runWith(kWrong);
        overrule(run, {{u"0"_qs, true, kFours}, {u"3"_qs, true, kFours}, {u"1"_qs, false, kNoScores}, {u"6"_qs, true, kNoScores},
                       {u"6"_qs, std::nullopt, kNoScores}});
        const QString otherPath = testStore(m_dir.filePath(u"copy.sqlite"_qs));
        const Store::Opened from = Store::open(m_db), to = Store::open(otherPath);
        QVERIFY(from.store && to.store);
        const RunTransfer copy = copyRun(*from.store, run, *to.store);
        QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
        QCOMPARE(copy.overrides, 5);
        const Leaderboard board = computeLeaderboard(RunReadout::read(*to.store, copy.targetRunId));
        QCOMPARE(board.overrides, 3);
        QCOMPARE(rowOf(board, kModel0)->passed, 21);
        QVERIFY(close(*rowOf(board, kModel0)->meanScore, 116.0 / 30));
        InvocationReader q(*to.store);
        InvocationFilter f;
        f.overriddenOnly = true;
        QCOMPARE(q.invocationCount(copy.targetRunId, f), 3);
        qint64 six = -1;
        for (const InvocationRow &r : q.invocations(copy.targetRunId, {}))
            if (r.scenarioKey == u"6" && r.variantId == rowOf(board, kModel0)->variantId)
                six = r.id;
        const QList<OverrideRecord> history = OverrideReader(*to.store).overrideHistory(six);
        QCOMPARE(history.size(), 2);
        QVERIFY(*history.at(0).passed && !history.at(1).passed);
        QCOMPARE(history.at(0).reason, u"checked against the golden answer"_qs);
    }

    void overridesChangeTheLeaderboardByHand()
    {
        const qint64 run = runWith(kWrong);
        overrule(run, {{u"0"_qs, true, kFours}, {u"3"_qs, true, kFours}, {u"1"_qs, false, kNoScores}, {u"6"_qs, true, kNoScores},
                       {u"6"_qs, std::nullopt, kNoScores}});

        // Re-opened from scratch: what is stored is what counts.
        const Store::Opened opened = Store::open(m_db);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QString error;
        const RunReadout readout = RunReadout::read(*opened.store, run);
        error = readout.error;
        const Leaderboard board = computeLeaderboard(readout);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const LeaderboardRow *r = rowOf(board, kModel0);
        QVERIFY(r);
        QCOMPARE(board.overrides, 3);
        QCOMPARE(r->scored, 30);
        QCOMPARE(r->passed, 21);
        QVERIFY(close(r->successRate, 21.0 / 30));
        QVERIFY(close(*r->meanScore, 116.0 / 30));
        // The interval resamples scenarios: their pass counts as the people left them.
        std::vector<double> passes(30, 1), scored(30, 1);
        for (int s : kWrong)
            passes[size_t(s)] = 0;
        passes[0] = passes[3] = 1;
        passes[1] = 0;
        const auto ci = Stats::bootstrapRatio(passes, scored);
        QVERIFY(close(r->successCi->low, ci->low) && close(r->successCi->high, ci->high));
        // The heatmap: summary (even scenarios) 10 → 11 of 15, qa (odd) 10 → 10 (3 passed, 1 failed).
        for (const TaskSuccess &t : board.taskSuccess)
            if (t.variant == kModel0)
                QCOMPARE(t.passed, t.taskType == u"summary" ? 11 : 10);
        // The other variant is untouched.
        QCOMPARE(rowOf(board, u"openai/model-1@eu-west-1"_qs)->passed, 30);

        // Jury only: the jury's figures.
        RunsReader juryOnly(*opened.store);
        juryOnly.setJuryOnly(true);
        const Leaderboard jury = computeLeaderboard(RunReadout::read(juryOnly, run));
        QCOMPARE(rowOf(jury, kModel0)->passed, 20);
        QVERIFY(close(*rowOf(jury, kModel0)->meanScore, 110.0 / 30));
        QVERIFY(jury.juryOnly);
        QCOMPARE(jury.overrides, 3);

        // The drill-down lists the items as the people left them; the jury's own verdict beside.
        const QHash<QString, InvocationRow> listed = items(run, kModel0);
        QVERIFY(listed.value(u"0"_qs).overridden && *listed.value(u"0"_qs).juryPass && !*listed.value(u"0"_qs).juryOwnPass);
        QCOMPARE(*listed.value(u"0"_qs).juryScore, 4.0);
        QVERIFY(listed.value(u"1"_qs).overridden && !*listed.value(u"1"_qs).juryPass);
        QCOMPARE(*listed.value(u"1"_qs).juryScore, 5.0);
        QVERIFY(!listed.value(u"6"_qs).overridden && !*listed.value(u"6"_qs).juryPass); // withdrawn: the jury's fail
        InvocationReader q(m_db);
        InvocationFilter passedFilter;
        passedFilter.variantId = listed.value(u"0"_qs).variantId;
        passedFilter.verdict = InvocationFilter::Verdict::Passed;
        QCOMPARE(q.invocationCount(run, passedFilter), 21);
        passedFilter.overriddenOnly = true;
        QCOMPARE(q.invocationCount(run, passedFilter), 2);
        // Every edit is kept, oldest first.
        const QList<OverrideRecord> history = OverrideReader(m_db).overrideHistory(listed.value(u"6"_qs).id);
        QCOMPARE(history.size(), 2);
        QVERIFY(*history.at(0).passed && !history.at(1).passed);
        QCOMPARE(history.at(0).author, osUserName());

        // quorum-cli's leaderboard, export and report say the same, and how many overrides they count.
        const CliResult board1 = cli({u"leaderboard"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(board1.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(board1.out).object();
        QCOMPARE(json.value(u"overrides"_qs).toInt(), 3);
        for (const QJsonValue &v : json.value(u"leaderboard"_qs).toArray())
            if (v[u"variant"_qs].toString() == kModel0)
                QVERIFY(close(v[u"success_rate"_qs].toDouble(), 21.0 / 30));
        const CliResult text = cli({u"leaderboard"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db});
        QVERIFY2(text.out.contains("include 3 override"), text.out.constData());
        const CliResult juryText = cli({u"leaderboard"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db, u"--jury-only"_qs, u"--json"_qs});
        for (const QJsonValue &v : QJsonDocument::fromJson(juryText.out).object().value(u"leaderboard"_qs).toArray())
            if (v[u"variant"_qs].toString() == kModel0)
                QVERIFY(close(v[u"success_rate"_qs].toDouble(), 20.0 / 30));

        const CliResult exported = cli({u"export"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db, u"--format"_qs, u"jsonl"_qs});
        QCOMPARE(exported.code, 0);
        int passedRows = 0, juryPassedRows = 0, overriddenRows = 0;
        for (const QByteArray &line : exported.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"variant"_qs).toString() != kModel0)
                continue;
            passedRows += o.value(u"passed"_qs).toBool() ? 1 : 0;
            juryPassedRows += o.value(u"jury_pass"_qs).toBool() ? 1 : 0;
            overriddenRows += o.value(u"override_pass"_qs).isBool() ? 1 : 0;
        }
        QCOMPARE(passedRows, 21);
        QCOMPARE(juryPassedRows, 20);
        QCOMPARE(overriddenRows, 3);

        const QString html = m_dir.filePath(u"report.html"_qs);
        const CliResult report = cli({u"report"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db, u"--html"_qs, html,
                                u"--sections"_qs, u"leaderboard"_qs});
        QVERIFY2(report.code == 0, report.err.constData());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray body = page.readAll();
        QVERIFY(body.contains("70.0%"));   // 21 of 30
        QVERIFY(!body.contains("66.7%"));  // the jury's 20 of 30
        QVERIFY(body.contains("include 3 override"));
    }

    // What cannot be stored is said, and nothing is stored.
    void makeOverrideRefusesWhatCannotCount()
    {
        InvocationRow failed;
        failed.ok = false;
        OverrideRecord r;
        QVERIFY(Review::makeOverride(1, failed, true, kNoScores, u"x"_qs, &r).contains(u"no answer"));
        InvocationRow unscored;
        unscored.ok = true;
        QVERIFY(Review::makeOverride(1, unscored, true, kNoScores, u"x"_qs, &r).contains(u"six dimension scores"));
        QCOMPARE(Review::makeOverride(1, unscored, false, kFours, u"x"_qs, &r), QString());
        QCOMPARE(*r.score, 4.0);
        InvocationRow scored = unscored;
        scored.juryOwnScore = 5;
        QVERIFY(Review::makeOverride(1, scored, true, {4, 4, 4, std::nullopt, std::nullopt, std::nullopt}, u"x"_qs, &r)
                    .contains(u"all six"));
        QVERIFY(Review::makeOverride(1, scored, true, {4, 4, 4, 4, 4, 6}, u"x"_qs, &r).contains(u"1 to 5"));
        QVERIFY(Review::makeOverride(1, scored, true, kNoScores, u"  "_qs, &r).contains(u"reason"));
        QCOMPARE(Review::makeOverride(1, scored, std::nullopt, kNoScores, QString(), &r), QString()); // a withdrawal needs no reason
        QVERIFY(!r.passed);
    }

    // Cohen's κ against published worked examples (Wikipedia, "Cohen's kappa"): 20 both yes, 5 and
    // 10 disagreeing, 15 both no → 0.4; "same agreement, different κ": (45, 15, 25, 15) → 0.1304 and
    // (25, 35, 5, 35) → 0.2593.
    void kappaMatchesPublishedExamples()
    {
        QCOMPARE(QString::number(*table(20, 5, 10, 15).kappa(), 'f', 3), u"0.400"_qs);
        QCOMPARE(*table(20, 5, 10, 15).rate(), 0.7);
        QCOMPARE(QString::number(*table(45, 15, 25, 15).kappa(), 'f', 3), u"0.130"_qs);
        QCOMPARE(QString::number(*table(25, 35, 5, 35).kappa(), 'f', 3), u"0.259"_qs);
        QVERIFY(!table(10, 0, 0, 0).kappa()); // one verdict only: chance agreement is 1
    }

    // People review ten of model-0's items: confirm 4 passes (2, 4, 5, 7), fail 2 the jury passed
    // (8, 10), pass 1 it failed (0), confirm 3 fails (3, 6, 9): a = 4, b = 2, c = 1, d = 3, the
    // table of the published example scaled by 1/5 → agreement 0.7, κ 0.4, for the scorer and the jury.
    void judgeHumanAgreementFromOverrides()
    {
        const qint64 run = runWith(kWrong);
        QList<std::tuple<QString, std::optional<bool>, std::array<std::optional<int>, 6>>> edits;
        for (const char *s : {"2", "4", "5", "7", "0"})
            edits.append({QString::fromLatin1(s), true, kNoScores});
        for (const char *s : {"8", "10", "3", "6", "9"})
            edits.append({QString::fromLatin1(s), false, kNoScores});
        overrule(run, edits);
        RunsReader q(m_db);
        QString error;
        const RunReadout readout = RunReadout::read(q, run);
        error = readout.error;
        const QList<Review::Agreement> agreement = Review::humanAgreement(readout);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(agreement.size(), 2); // the jury, and its one judge (the scorer)
        for (const Review::Agreement &a : agreement) {
            QCOMPARE(a.bothPass, 4);
            QCOMPARE(a.judgeOnlyPass, 2);
            QCOMPARE(a.peopleOnlyPass, 1);
            QCOMPARE(a.bothFail, 3);
            QCOMPARE(QString::number(*a.kappa(), 'f', 3), u"0.400"_qs);
        }
        const CliResult text = cli({u"agreement"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, m_db});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("jury: 10 items, agree 70.0%, κ 0.400"), text.out.constData());
    }

    // The queue: disputed first, then items without a jury outcome, then a fixed calibration
    // sample; what people have overridden leaves it (and is no longer disputed).
    void reviewQueueOrdersDisputedThenFailuresThenASample()
    {
        const qint64 run = runWith({});
        const QHash<QString, InvocationRow> model1 = items(run, u"openai/model-1@eu-west-1"_qs);
        {
            const Store::Opened opened = Store::open(m_db);
            auto writer = opened.store->writer();
            QCOMPARE(writer->start(), QString());
            writer->submit(JuryOutcome{model1.value(u"2"_qs).id, 5.0, true, 1, true, 0});      // disputed
            writer->submit(JuryOutcome{model1.value(u"4"_qs).id, std::nullopt, std::nullopt, 0, false, 0}); // no outcome
            QVERIFY(writer->flush());
        }
        InvocationReader q(m_db);
        const QList<Review::QueueItem> queue = Review::reviewQueue(q, run, -1, 5);
        QCOMPARE(queue.size(), 7);
        QCOMPARE(queue.at(0).row.id, model1.value(u"2"_qs).id);
        QCOMPARE(queue.at(0).why, Review::QueueItem::Why::Disputed);
        QCOMPARE(queue.at(1).row.id, model1.value(u"4"_qs).id);
        QCOMPARE(queue.at(1).why, Review::QueueItem::Why::JudgeFailed);
        QList<qint64> sample, workItems;
        for (qsizetype i = 2; i < queue.size(); ++i) {
            QCOMPARE(queue.at(i).why, Review::QueueItem::Why::Sample);
            sample << queue.at(i).row.id;
            workItems << queue.at(i).row.workItem;
        }
        QVERIFY(std::is_sorted(workItems.cbegin(), workItems.cend())); // in the run's order
        QList<qint64> again;
        for (const Review::QueueItem &i : Review::reviewQueue(q, run, -1, 5))
            again << i.row.id;
        QCOMPARE(again.mid(2), sample);
        QCOMPARE(rowOf(computeLeaderboard(RunReadout::read(q, run)), u"openai/model-1@eu-west-1"_qs)->disputed, 1);

        overrule(run, {{u"2"_qs, true, kNoScores}, {u"4"_qs, false, kFours}}, u"openai/model-1@eu-west-1"_qs);
        const QList<Review::QueueItem> after = Review::reviewQueue(q, run, -1, 5);
        QCOMPARE(after.size(), 5);
        for (const Review::QueueItem &i : after)
            QCOMPARE(i.why, Review::QueueItem::Why::Sample);
        const Leaderboard board = computeLeaderboard(RunReadout::read(q, run)); // kept: r points into it
        const LeaderboardRow *r = rowOf(board, u"openai/model-1@eu-west-1"_qs);
        QCOMPARE(r->disputed, 0);
        // A report's counts (from the rollups) are the drill-down's (from the rows), overrides counted.
        const Store::Opened opened = Store::open(m_db);
        InvocationFilter disputedOnly;
        disputedOnly.disputedOnly = true;
        InvocationFilter failed;
        failed.verdict = InvocationFilter::Verdict::Error;
        for (const bool juryOnly : {false, true}) {
            ReportRead::Request request;
            request.juryOnly = juryOnly;
            const ReportRead read = ReportRead::read(*opened.store, run, request);
            InvocationReader rows(m_db);
            rows.setJuryOnly(juryOnly);
            QCOMPARE(read.disputedCount, rows.invocationCount(run, disputedOnly));
            QCOMPARE(read.disputedCount, juryOnly ? 1 : 0);
            QCOMPARE(read.failureCount, rows.invocationCount(run, failed));
        }
        QCOMPARE(r->scored, 30); // the item without a jury outcome now counts, as people judged it
        QCOMPARE(r->passed, 29);
    }

    // Overrides travel as JSON Lines to another run of the same answers; an answer that changed
    // is left out with a warning; a bad line is `file:line: what is wrong` and nothing is applied.
    void overridesTravelToARunOfTheSameAnswers()
    {
        const qint64 a = runWith(kWrong);
        overrule(a, {{u"0"_qs, true, kFours}, {u"3"_qs, true, kNoScores}, {u"1"_qs, false, kNoScores}});
        const QString file = m_dir.filePath(u"reviewed.jsonl"_qs);
        const CliResult out = cli({u"override"_qs, u"export"_qs, u"--run"_qs, QString::number(a), u"--db"_qs, m_db, u"--output"_qs, file});
        QVERIFY2(out.code == 0, out.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(u"scenario"_qs).toString(), u"0"_qs);
        QCOMPARE(first.value(u"score"_qs).toDouble(), 4.0);
        QCOMPARE(first.value(u"scores"_qs).toObject().value(u"coherence"_qs).toInt(), 4);
        f.close();

        // The same answers again: all three apply, and the figures agree with run A's.
        const qint64 b = runWith(kWrong);
        const CliResult in = cli({u"override"_qs, u"import"_qs, file, u"--run"_qs, QString::number(b), u"--db"_qs, m_db});
        QVERIFY2(in.code == 0, in.err.constData());
        QVERIFY2(in.err.contains("3 overrides applied"), in.err.constData());
        OverrideReader q(m_db);
        QCOMPARE(rowOf(computeLeaderboard(RunReadout::read(q, b)), kModel0)->passed, rowOf(computeLeaderboard(RunReadout::read(q, a)), kModel0)->passed);
        QCOMPARE(rowOf(computeLeaderboard(RunReadout::read(q, b)), kModel0)->passed, 21);

        // Scenario 3 answered differently: its override is left out, the others apply.
        const qint64 c = runWith(kWrong, u"Something else entirely."_qs);
        Diagnostics diagnostics;
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<OverrideRecord> records = OverrideTransfer::read(q, c, f, file, &diagnostics);
        f.close();
        QCOMPARE(records.size(), 1); // scenario 1's answer is the same; 0 and 3 changed
        QCOMPARE(diagnostics.warningCount(), 2);
        QVERIFY(diagnostics.items().first().message.contains(u"not the one reviewed"));

        // A bad line: the line is named, nothing is applied.
        QByteArray broken = lines.at(0) + '\n' + lines.at(1);
        broken.replace("\"passed\":true", "\"passed\":\"yes\"");
        QBuffer bad(&broken);
        bad.open(QIODevice::ReadOnly);
        Diagnostics badDiagnostics;
        QVERIFY(OverrideTransfer::read(q, b, bad, u"bad.jsonl"_qs, &badDiagnostics).isEmpty());
        QVERIFY(badDiagnostics.hasErrors());
        QVERIFY2(badDiagnostics.sorted().first().toString().startsWith(u"bad.jsonl:1:"), qPrintable(badDiagnostics.sorted().first().toString()));
        QFile badFile(m_dir.filePath(u"bad.jsonl"_qs));
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(broken);
        badFile.close();
        const qint64 before = q.overrideHistory(items(c, kModel0).value(u"1"_qs).id).size();
        const CliResult refused = cli({u"override"_qs, u"import"_qs, badFile.fileName(), u"--run"_qs, QString::number(c), u"--db"_qs, m_db});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("nothing was imported"));
        QCOMPARE(q.overrideHistory(items(c, kModel0).value(u"1"_qs).id).size(), before);
    }
};

QTEST_GUILESS_MAIN(TstOverrides)
#include "tst_overrides.moc"
