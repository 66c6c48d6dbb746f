// Comparing runs item by item, and baselines: runs made through the simulator with scripted
// answers and the deterministic "contains" scorer, so which items pass is known by construction.
#include "storage/runsreader.h"
#include "analytics/flakiness.h"
#include "analytics/runcomparison.h"
#include "runtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
bool close(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// Scenarios 0, 3, 6, … 27: the ones model-0 gets wrong in the "worse" runs.
const QList<int> kBroken = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27};

InvocationRow row(const QString &scenario, int invocation, std::optional<bool> pass, std::optional<double> score = {})
{
    InvocationRow r;
    r.scenarioKey = scenario;
    r.invocationIndex = invocation;
    r.temperature = 0.7;
    r.ok = pass.has_value();
    r.juryPass = pass;
    r.juryScore = score;
    return r;
}
} // namespace

class TstCompare : public RunTest
{
    Q_OBJECT

    QString m_db;

    RunPlan scoredPlan(const QString &secondModel = u"openai/model-1"_qs)
    {
        RunPlan p = plan(30, 2);
        p.models[1] = variant(secondModel, m_sim->baseUrl());
        p.models[1].region = u"eu-west-1"_qs;
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"contains"_qs};
        return p;
    }
    qint64 runWith(const QList<int> &wrong, const RunPlan &p)
    {
        m_sim->setProfile(profileFromJson(scriptedProfile(wrong)));
        RunController controller(p, options(m_db));
        if (runToEnd(controller) != RunStatus::Completed)
            qFatal("the run did not complete");
        return controller.runId();
    }
    static CliResult cli(const QStringList &arguments) { return runCli(arguments); }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_db = testStore(m_dir.filePath(QStringLiteral("compare_%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }
    void cleanup() { stopSimulator(); }

    // Figures worked out by hand on rows made here. Scenario x: A passes both invocations, B
    // neither (difference −1); scenario y: each passes one of two (0). With two scenarios of equal
    // weight a resample's difference is −1, −½ or 0, so the 2.5th and 97.5th percentiles of 1,000
    // are −1 and 0.
    void pairedStatisticsByHand()
    {
        const QList<InvocationRow> a = {row(u"x"_qs, 0, true, 5), row(u"x"_qs, 1, true, 4), row(u"y"_qs, 0, true, 4),
                                        row(u"y"_qs, 1, false, 2), row(u"z"_qs, 0, true, 5), row(u"only-a"_qs, 0, true, 5)};
        const QList<InvocationRow> b = {row(u"x"_qs, 0, false, 1), row(u"x"_qs, 1, false, 2), row(u"y"_qs, 0, false, 2),
                                        row(u"y"_qs, 1, true, 4), row(u"z"_qs, 0, std::nullopt), row(u"only-b"_qs, 0, true, 5)};
        const ItemComparison c = compareItems(a, b);
        QCOMPARE(c.scenariosA, 4);
        QCOMPARE(c.scenariosB, 4);
        QCOMPARE(c.commonScenarios, 3);   // x, y, z
        QCOMPARE(c.items, 5);             // z's item lines up, but B has no verdict on it
        QCOMPARE(c.pairs, 4);
        QCOMPARE(c.broke, 3);             // x#0, x#1 and y#0; y#1 went the other way
        QCOMPARE(c.fixed, 1);
        QCOMPARE(c.broke + c.fixed + c.bothPassed + c.bothFailed, c.pairs);
        QVERIFY(close(c.successA, 3.0 / 4));
        QVERIFY(close(c.successB, 1.0 / 4));
        QVERIFY(close(c.successDifference, -0.5));
        // Per scenario: x −1 (0 − 2 of 2), y −½ + ½ = 0: resamples give −1, −½ or 0.
        QVERIFY(close(c.successCi->low, -1));
        QVERIFY(close(c.successCi->high, 0));
        QVERIFY(close(c.mcnemarP, 2.0 * (1 + 4) / 16)); // n = 4, min(b, c) = 1: 2 · (C(4,0) + C(4,1)) / 2⁴
        QVERIFY(close(*c.scoreDifference, (1 + 2 + 2 + 4 - 5 - 4 - 4 - 2) / 4.0));
        QCOMPARE(c.verdict, ItemComparison::Verdict::NoDifference);

        // Two discordant pairs, both one way: p = 2 · 1 / 4.
        const ItemComparison two = compareItems({row(u"x"_qs, 0, true, 5), row(u"y"_qs, 0, true, 5)},
                                                {row(u"x"_qs, 0, false, 1), row(u"y"_qs, 0, false, 1)});
        QVERIFY(close(two.mcnemarP, 0.5));
        QCOMPARE(two.broke, 2);
    }

    // Run B breaks model-0 on ten scenarios and leaves model-1 alone: model-0 is worse with
    // exactly those items listed; model-1 shows no difference.
    void aVariantMadeWorseIsFoundWithItsItems()
    {
        const RunPlan p = scoredPlan();
        const qint64 a = runWith({}, p);
        const qint64 b = runWith(kBroken, p);
        RunsReader queries(m_db);
        QString error;
        const auto runs = compareRuns(queries.path(), a, b, {}, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->variants.size(), 2);
        QVERIFY(runs->onlyInA.isEmpty() && runs->onlyInB.isEmpty());
        const ItemComparison &worse = runs->variants.at(0).items;
        QCOMPARE(runs->variants.at(0).b.modelId, u"openai/model-0"_qs);
        QCOMPARE(worse.commonScenarios, 30);
        QCOMPARE(worse.pairs, 30);
        QCOMPARE(worse.broke, 10);
        QCOMPARE(worse.fixed, 0);
        QSet<QString> broken;
        for (const ComparedItem &i : worse.lined)
            if (i.change == ComparedItem::Change::Broke)
                broken.insert(i.a.scenarioKey);
        QSet<QString> expected;
        for (int n : kBroken)
            expected.insert(QString::number(n));
        QCOMPARE(broken, expected);
        QVERIFY(close(worse.successDifference, -10.0 / 30));
        QVERIFY(close(*worse.scoreDifference, -10.0 / 30 * 4)); // a pass scores 5, a failure 1
        QVERIFY(close(worse.mcnemarP, 2.0 / 1024));               // 2 · C(10,0) / 2¹⁰
        QVERIFY(worse.successCi->high < 0);
        QCOMPARE(worse.verdict, ItemComparison::Verdict::Worse);
        QVERIFY(!worse.verdictByScore);

        const ItemComparison &same = runs->variants.at(1).items;
        QCOMPARE(same.broke + same.fixed, 0);
        QCOMPARE(same.mcnemarP, 1.0);
        QCOMPARE(same.verdict, ItemComparison::Verdict::NoDifference);

        // Holm over four tests: model-0's p-values 2/1024 (McNemar) and 2/1001 (every resampled score
        // difference below zero), model-1's 1 and 1. Sorted: 2/1024, 2/1001, 1, 1 →
        // adjusted 4 · 2/1024, max(that, 3 · 2/1001), 1, 1.
        const BaselineCheck check = checkAgainstBaseline(*runs, {});
        QCOMPARE(check.tests.size(), 4);
        QVERIFY(close(check.tests.at(0).p, 2.0 / 1024));
        QVERIFY(close(check.tests.at(1).p, 2.0 / 1001));
        QVERIFY(close(check.tests.at(0).adjustedP, 8.0 / 1024));
        QVERIFY(close(check.tests.at(1).adjustedP, 8.0 / 1024));
        QVERIFY(check.tests.at(0).regression && check.tests.at(1).regression);
        QVERIFY(!check.tests.at(2).regression && !check.tests.at(3).regression);
        QVERIFY(check.regressed());
        // A minimum effect larger than the drop turns the success-rate test into no regression.
        BaselineRules lenient;
        lenient.minSuccessDrop = 0.4;
        lenient.minScoreDrop = 2;
        QVERIFY(!checkAgainstBaseline(*runs, lenient).regressed());
    }

    // The same plan answered the same way twice: nothing differs, nothing is flagged.
    void identicalRunsShowNoDifference()
    {
        const RunPlan p = scoredPlan();
        const qint64 a = runWith(kBroken, p);
        const qint64 b = runWith(kBroken, p);
        RunsReader queries(m_db);
        QString error;
        const auto runs = compareRuns(queries.path(), a, b, {}, &error);
        QVERIFY2(runs, qPrintable(error));
        for (const RunComparison::Variant &v : runs->variants) {
            QCOMPARE(v.items.pairs, 30);
            QCOMPARE(v.items.broke + v.items.fixed, 0);
            QCOMPARE(v.items.successDifference, 0.0);
            QCOMPARE(v.items.successCi->low, 0.0);
            QCOMPARE(v.items.successCi->high, 0.0);
            QCOMPARE(v.items.verdict, ItemComparison::Verdict::NoDifference);
        }
        QVERIFY(!checkAgainstBaseline(*runs, {}).regressed());
    }

    // A model id changed between runs: unmatched without a mapping, matched with --map's pairs.
    void renamedVariantsAreMatchedByAMapping()
    {
        const qint64 a = runWith({}, scoredPlan());
        const qint64 b = runWith({}, scoredPlan(u"openai/model-1-renamed"_qs));
        RunsReader queries(m_db);
        QString error;
        const auto unmapped = compareRuns(queries.path(), a, b, {}, &error);
        QVERIFY2(unmapped, qPrintable(error));
        QCOMPARE(unmapped->variants.size(), 1);
        QCOMPARE(unmapped->onlyInA, QStringList{u"openai/model-1@eu-west-1"_qs});
        QCOMPARE(unmapped->onlyInB, QStringList{u"openai/model-1-renamed@eu-west-1"_qs});
        const auto mapped = compareRuns(queries.path(), a, b, {{u"openai/model-1@eu-west-1"_qs, u"openai/model-1-renamed"_qs}}, &error);
        QVERIFY2(mapped, qPrintable(error));
        QCOMPARE(mapped->variants.size(), 2);
        QCOMPARE(mapped->variants.at(1).items.pairs, 30);
        QVERIFY(!compareRuns(queries.path(), a, b, {{u"openai/nothing"_qs, u"openai/model-1-renamed"_qs}}, &error));
        QVERIFY2(error.contains(u"has no variant \"openai/nothing\""), qPrintable(error));
    }

    // Three invocations per scenario; model-0's first answer to scenario 5 is wrong, its other two
    // right: scenario 5 is flaky (2 of 3), pass@1 = (29 + 2/3) / 30, pass^k = 29 / 30; model-1 never flips.
    void repeatsGivePassAtOneBesidePassAllK()
    {
        RunPlan p = scoredPlan();
        p.settings.invocations = 3;
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [
            {"model": "model-0", "prompt": "scenario 5:", "times": 1, "reply": {"text": "Not sure."}},
            {"reply": {"text": "Alpha beta gamma."}}]})"));
        RunController controller(p, options(m_db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        RunsReader queries(m_db);
        QString error;
        const QList<VariantFlakiness> f = flakiness(queries.path(), controller.runId(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).summary->scenarios, 30);
        QVERIFY(close(f.at(0).summary->passAt1, (29 + 2.0 / 3) / 30));
        QVERIFY(close(f.at(0).summary->passAllK, 29.0 / 30));
        QCOMPARE(f.at(0).summary->flaky, 1);
        QCOMPARE(f.at(0).flaky.size(), 1);
        QCOMPARE(f.at(0).flaky.at(0).scenarioKey, u"5"_qs);
        QCOMPARE(f.at(0).flaky.at(0).passed, 2);
        QCOMPARE(f.at(0).flaky.at(0).repeats, 3);
        QCOMPARE(f.at(1).summary->passAllK, 1.0);
        QVERIFY(f.at(1).flaky.isEmpty());
        const CliResult text = cli({u"flaky"_qs, u"--run"_qs, QString::number(controller.runId()), u"--db"_qs, m_db});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("flaky: openai/model-0@us-east-1 on 5 (qa, temperature 0.70): passed 2 of 3"), text.out.constData());
        QVERIFY2(text.out.contains("96.7%"), text.out.constData()); // pass^k 29/30
    }

    // What CI runs: pin a run, run again with --baseline; exit 3 on the broken run (its items listed),
    // 0 on an unchanged one, and the checks form the baseline's history.
    void baselineExitCodeFollowsTheRegression()
    {
        QFile scenarios(m_dir.filePath(u"scenarios.jsonl"_qs)), models(m_dir.filePath(u"models.jsonl"_qs));
        QVERIFY(scenarios.open(QIODevice::WriteOnly) && models.open(QIODevice::WriteOnly));
        const QList<QString> modelIds = {u"openai/model-0"_qs, u"openai/model-1"_qs};
        for (int i = 0; i < 30; ++i)
            scenarios.write(QJsonDocument(QJsonObject{{u"id"_qs, QString::number(i)},
                                                      {u"prompt"_qs, QStringLiteral("scenario %1: 'Alpha beta gamma.'").arg(i)},
                                                      {u"golden_answer"_qs, u"Alpha beta gamma"_qs}, {u"task_type"_qs, u"qa"_qs}})
                                .toJson(QJsonDocument::Compact) + '\n');
        for (const QString &model : modelIds)
            models.write(QJsonDocument(QJsonObject{{u"model_id"_qs, model}, {u"base_url"_qs, m_sim->baseUrl()},
                                                   {u"input_token_cost"_qs, 0.001}, {u"output_token_cost"_qs, 0.002}})
                             .toJson(QJsonDocument::Compact) + '\n');
        scenarios.close();
        models.close();
        const QStringList run = {u"run"_qs, u"--scenarios"_qs, scenarios.fileName(), u"--models"_qs, models.fileName(),
                                 u"--scorer"_qs, u"contains"_qs, u"--db"_qs, m_db, u"--no-access-check"_qs};
        m_sim->setProfile(profileFromJson(scriptedProfile({})));
        const CliResult first = cli(run + QStringList{u"--json"_qs});
        QVERIFY2(first.code == 0, first.err.constData());
        const qint64 baselineRun = QJsonDocument::fromJson(first.out).object().value(u"run_id"_qs).toInteger();
        QVERIFY(baselineRun > 0);
        const CliResult pinned = cli({u"baseline"_qs, u"pin"_qs, QString::number(baselineRun), u"--name"_qs, u"main"_qs, u"--db"_qs, m_db});
        QVERIFY2(pinned.code == 0, pinned.err.constData());

        // A typo in the baseline costs nothing: no call is made.
        const int before = m_sim->requestCount();
        const CliResult typo = cli(run + QStringList{u"--baseline"_qs, u"mian"_qs});
        QCOMPARE(typo.code, 1);
        QVERIFY2(typo.err.contains("no baseline is named \"mian\"; pinned: main"), typo.err.constData());
        QCOMPARE(m_sim->requestCount(), before);

        m_sim->setProfile(profileFromJson(scriptedProfile(kBroken)));
        const CliResult broken = cli(run + QStringList{u"--baseline"_qs, u"main"_qs});
        QVERIFY2(broken.code == 3, QByteArray(broken.out + broken.err).constData());
        const auto started = QRegularExpression(u"run (\\d+) started"_qs).match(QString::fromUtf8(broken.err));
        QVERIFY(started.hasMatch());
        const qint64 brokenRun = started.captured(1).toLongLong();
        QVERIFY2(broken.out.contains("regressions of openai/model-0: passed in the baseline, failed now (10):"), broken.out.constData());
        for (int n : kBroken)
            QVERIFY2(broken.out.contains(QStringLiteral("  %1 (qa, experiment 1").arg(n).toUtf8()), broken.out.constData());
        QVERIFY2(broken.out.contains("B: I could not say."), broken.out.constData());
        QVERIFY2(broken.out.contains("2 regression(s) against baseline run"), broken.out.constData());

        m_sim->setProfile(profileFromJson(scriptedProfile({})));
        const CliResult same = cli(run + QStringList{u"--baseline"_qs, u"main"_qs, u"--json"_qs});
        QVERIFY2(same.code == 0, QByteArray(same.out + same.err).constData());
        const QJsonObject sameJson = QJsonDocument::fromJson(same.out).object();
        QCOMPARE(sameJson.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(sameJson.value(u"baseline_check"_qs).toObject().value(u"regressed"_qs).toBool(true), false);
        const qint64 sameRun = sameJson.value(u"run_id"_qs).toInteger();

        const CliResult history = cli({u"baseline"_qs, u"history"_qs, u"main"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(history.code == 0, history.err.constData());
        const QJsonArray checks = QJsonDocument::fromJson(history.out).object().value(u"checks"_qs).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(u"regressions"_qs).toInt(), 2);
        QCOMPARE(checks.at(1).toObject().value(u"run_id"_qs).toInteger(), sameRun);
        QCOMPARE(checks.at(1).toObject().value(u"regressions"_qs).toInt(), 0);

        // compare across runs, for scripts.
        const CliResult compared = cli({u"compare"_qs, u"--run"_qs, QString::number(brokenRun), u"--against"_qs, QString::number(baselineRun),
                                  u"--db"_qs, m_db, u"--json"_qs, u"--items"_qs});
        QVERIFY2(compared.code == 0, compared.err.constData());
        const QJsonArray variants = QJsonDocument::fromJson(compared.out).object().value(u"variants"_qs).toArray();
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).toObject().value(u"verdict"_qs).toString(), u"worse"_qs);
        QCOMPARE(variants.at(0).toObject().value(u"changed_items"_qs).toArray().size(), 10);
        QCOMPARE(variants.at(1).toObject().value(u"verdict"_qs).toString(), u"no_detectable_difference"_qs);

        const CliResult unpinned = cli({u"baseline"_qs, u"unpin"_qs, u"main"_qs, u"--db"_qs, m_db});
        QVERIFY2(unpinned.code == 0, unpinned.err.constData());
        const CliResult list = cli({u"baseline"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCompare)
#include "tst_compare.moc"
