// Runs through the engine against the simulator: what is stored, the jury, scorers, access checks,
// experiments, parallelism, probes, prompt optimization, budgets and re-judging.
#include "engine/runcontroller.h"
#include "jury/judgetemplate.h"
#include "jury/llmjury.h"
#include "jury/verdictparser.h"
#include "runcontroller_data.h"
#include "runtestsupport.h"
#include "simtestsupport.h"
#include "wirereplay.h"
#include "storage/runsreader.h"
#include "storage/sqlite/sqlitestore.h"

#include "analytics/leaderboard.h"
#include "engine/accesscheck.h"
#include "engine/probe.h"
#include "engine/promptoptimizer.h"
#include "engine/runpreparation.h"
#include "config/configimport.h"
#include "config/planfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storesupport.h"

#include <cmath>
#include <csignal>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstRunController final : public RunTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    void latencyOnlyRunStoresEveryItem()
    {
        const QString db = m_dir.filePath(u"a.sqlite"_qs);
        RunPlan p = plan(5, 3);
        p.settings.invocations = 2;
        p.settings.temperatureVariations = 1;
        RunController controller(p, options(db));
        QSignalSpy progress(&controller, &RunController::progress);
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QVERIFY(progress.count() >= 1);
        const ProgressSnapshot last = progress.last().first().value<ProgressSnapshot>();
        QCOMPARE(last.total, 5 * 3 * 2 * 3);
        QCOMPARE(last.done, last.total);
        QCOMPARE(last.failed, 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 90);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT work_item) FROM invocations"_qs), 90);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE ttft_ms IS NULL OR ttlb_ms < ttft_ms"_qs), 0);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT temperature) FROM invocations"_qs), 3);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM runs WHERE status = 'completed' AND response_fingerprint IS NOT NULL"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs), 90);
        SqliteStore::closeConnection(db);
    }

    // One judge whose every reply cannot be read: the leaderboard says that all its calls failed
    // and why, not that the run has no judge models (2 scenarios × 1 model = 2 judge calls).
    void everyJudgeCallFailingIsSaidSo()
    {
        m_sim->setProfile(profileFromJson(kScriptedJudges));
        const QString db = m_dir.filePath(u"failing-judge.sqlite"_qs);
        RunPlan p = plan(2, 1, 3);
        p.judges = {p.judges.at(2)}; // judge-2: "I cannot decide."
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE status = 'unparseable'"_qs), 2);
        SqliteStore::closeConnection(db);
        QProcess board;
        board.start(QStringLiteral(QUORUM_CLI), {u"leaderboard"_qs, u"--run"_qs, u"1"_qs, u"--db"_qs, db});
        QVERIFY(board.waitForFinished(60000));
        QCOMPARE(board.exitCode(), 0);
        const QString out = QString::fromUtf8(board.readAllStandardOutput());
        QVERIFY2(out.contains(u"Run 1 has no verdicts of judge models: all 2 judge calls failed (judge_failure: 2). The Errors "
                              u"section lists each with its message."_qs), qPrintable(out));
    }

    // Judges scripted to give chosen scores: the stored jury figures equal the hand-computed ones.
    void juryScoresAsComputedByHand()
    {
        m_sim->setProfile(profileFromJson(kScriptedJudges));
        const QString db = m_dir.filePath(u"j.sqlite"_qs);
        RunPlan p = plan(2, 1, 3);
        p.settings.passThreshold = 3;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        // judge-0: mean 28/6 = 4.667; judge-1: 14/6 = 2.333; judge-2 unparseable (after a repair call).
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE judges_used = 2"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE abs(jury_score - 3.5) < 1e-9"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE disputed = 1"_qs), 2);       // spread 2.33 > 1
        // Mean rule: dimension means 3.5, 3, 4, 3.5, 3.5, 3.5 are all ≥ 3, so the answer passes.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE jury_pass = 1"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE status = 'unparseable' AND repair_attempted = 1"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM errors WHERE class = 'judge_failure'"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE correctness = 5 AND completeness = 4 AND relevance = 5"_qs), 2);
        SqliteStore::closeConnection(db);

        // The leaderboard and jury health from the same store, computed by hand:
        const Leaderboard board = computeLeaderboard(RunReadout::read(storeAt(db), 1));
        QCOMPARE(board.rows.size(), 1);
        const LeaderboardRow &row = board.rows.first();
        QCOMPARE(row.scored, 2);
        QCOMPARE(row.successRate, 1.0);
        QCOMPARE(*row.meanScore, 3.5);
        QCOMPARE(row.dimensionMeans[0], 3.5);   // correctness (5 + 2) / 2
        QCOMPARE(row.dimensionMeans[1], 3.0);   // completeness (4 + 2) / 2
        QCOMPARE(row.disputed, 2);
        QCOMPARE(row.successCi->low, 1.0);      // every resample passes
        QCOMPARE(board.health.judges.size(), 3);
        QCOMPARE(qRound(board.health.judges.at(0).leniency * 1000), 1167);   // 4.667 − 3.5
        QCOMPARE(qRound(board.health.judges.at(1).leniency * 1000), -1167);
        QCOMPARE(board.health.judges.at(2).verdicts, 0);
        // Two answers, each passed by one judge and failed by the other: kappa −1.
        QCOMPARE(*board.health.fleissKappa, -1.0);
        QVERIFY(*board.health.alpha[0] < 0);

        // Majority rule: judge-0 passes, judge-1 fails: a tie, which fails.
        const QString majorityDb = m_dir.filePath(u"j2.sqlite"_qs);
        p.settings.passRule = PassRule::Majority;
        RunController majority(p, options(majorityDb));
        QCOMPARE(runToEnd(majority), RunStatus::Completed);
        QCOMPARE(scalar(majorityDb, u"SELECT count(*) FROM invocations WHERE jury_pass = 0"_qs), 2);
        QCOMPARE(scalar(majorityDb, u"SELECT count(*) FROM verdicts WHERE passed = 1"_qs), 2);
        SqliteStore::closeConnection(majorityDb);
    }

    // A user's template is what the judges are asked, is stored whole with the run, and a
    // resumed run keeps using it.
    void judgeTemplateIsUsedStoredAndResumed()
    {
        m_sim->setProfile(profileFromJson(kTemplateJudges));
        const QString db = m_dir.filePath(u"template.sqlite"_qs);
        RunPlan p = plan(30, 1, 1);
        p.settings.parallel = 1;
        Diagnostics diagnostics;
        const auto parsed = JudgeTemplate::parse(u"house.txt"_qs, kCustomTemplate, diagnostics);
        QVERIFY(parsed);
        QCOMPARE(parsed->name(), u"strict-v2"_qs);
        p.judgeTemplate = parsed->text();
        {
            RunController controller(p, options(db));
            QSignalSpy progress(&controller, &RunController::progress);
            QVERIFY(controller.start().isEmpty());
            QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().first().value<ProgressSnapshot>().done >= 1; }, 20000));
            QSignalSpy finished(&controller, &RunController::finished);
            controller.cancel();
            QVERIFY(finished.wait(20000));
        }
        QVERIFY(scalar(db, u"SELECT count(*) FROM invocations"_qs) < 30); // the resumed run has work left
        SqliteStore::closeConnection(db);
        RunOptions resume = options(db);
        resume.resumeRunId = 1;
        RunController resumed(RunPlan{}, resume);
        QCOMPARE(runToEnd(resumed), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE correctness = 2 AND status = 'ok'"_qs), 30);
        QString error;
        QSqlQuery q(SqliteStore::connection(db, &error));
        QVERIFY(q.exec(u"SELECT judge_template FROM runs WHERE id = 1"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), kCustomTemplate);
        SqliteStore::closeConnection(db);

        // Mistakes in a template file are reported at their line.
        Diagnostics bad;
        QVERIFY(!JudgeTemplate::parse(u"t.txt"_qs, u"quorum-judge-template: x\nA {{answer}}\n{{dimension}}\n"_qs, bad));
        QCOMPARE(bad.items().size(), 2);
        QCOMPARE(bad.items().at(0).toString(), u"t.txt:3: error: unknown placeholder {{dimension}}; a template can use {{task_type}}, "
                                               u"{{task_criteria}}, {{weighted_criteria}}, {{prompt}}, {{answer}}, {{golden_answer}}, "
                                               u"{{dimensions}}"_qs);
        QCOMPARE(bad.items().at(1).line, 1); // {{dimensions}} is missing
        Diagnostics noHeader;
        QVERIFY(!JudgeTemplate::parse(u"t.txt"_qs, u"{{answer}} {{dimensions}}\n"_qs, noHeader));
        QCOMPARE(noHeader.items().first().line, 1);
        // The built-in template is the one in resources/, named judge-v1.
        QCOMPARE(JudgeTemplate::builtIn().name(), u"judge-v1"_qs);
    }

    // 360-eval's output-token cap: the scenario's expected_output_tokens as it is, else the run's
    // max_output_tokens (default 4500).
    void outputTokenCapFollows360Eval()
    {
        auto capSent = [&](int expected, std::optional<int> runCap) {
            RunPlan p = plan(1, 1);
            p.scenarios[0].expectedOutputTokens = expected;
            if (runCap)
                p.settings.maxOutputTokens = *runCap;
            RunController controller(p, options(m_dir.filePath(u"cap.sqlite"_qs)));
            runToEnd(controller);
            return QJsonDocument::fromJson(m_sim->lastRequestBody()).object().value(u"max_completion_tokens").toInt();
        };
        QCOMPARE(capSent(3000, std::nullopt), 3000);
        QCOMPARE(capSent(100, std::nullopt), 100);
        QCOMPARE(capSent(0, std::nullopt), 4500);
        QCOMPARE(capSent(0, 777), 777);
        SqliteStore::closeConnection(m_dir.filePath(u"cap.sqlite"_qs));
    }

    // Images go only with vision on, are read once per run however many calls use them, and one
    // that cannot be fetched is a network error.
    void imagesWithVisionOnly()
    {
        int fetches = 0;
        // With Content-Length, as image servers send: a body that ends with the connection makes Qt
        // send the GET again on another connection now and then (seen under load).
        WireReplay images([&](const WireReplay::Request &request) {
            ++fetches;
            if (request.head.startsWith("GET /gone.png"))
                return WireReplay::response(404, "text/plain", "no", {}, WireReplay::Framing::ContentLength);
            return WireReplay::response(200, "image/png", QByteArray("\x89PNG\r\n\x1a\n0000", 12), {}, WireReplay::Framing::ContentLength);
        });
        const QString db = m_dir.filePath(u"vision.sqlite"_qs);
        RunPlan p = plan(2, 2);
        p.settings.invocations = 3;
        p.scenarios[0].image = images.baseUrl() + u"/chart.png"_qs;
        p.scenarios[1].image = images.baseUrl() + u"/gone.png"_qs;
        {
            RunController controller(p, options(db));
            QCOMPARE(runToEnd(controller), RunStatus::Completed);
        }
        QCOMPARE(fetches, 0); // vision off: text only, as 360-eval
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE status = 'ok'"_qs), 12);
        p.settings.vision = true;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(fetches, 2); // each image once, for 6 calls each
        const QString run = QString::number(controller.runId());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE status = 'ok' AND run_id = "_qs + run), 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE error_class = 'network' AND run_id = "_qs + run), 6);
        SqliteStore::closeConnection(db);
    }

    // Multiple-choice items scored by a deterministic scorer, no judge: pass/fail from the letter.
    void scorersInsteadOfAJury()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [
            {"prompt": "Which is prime", "reply": {"text": "The answer is (B)."}},
            {"prompt": "Which is even", "reply": {"text": "A"}}]})"));
        const QString db = m_dir.filePath(u"s.sqlite"_qs);
        RunPlan p = plan(0, 1);
        for (const char *q : {"Which is prime?", "Which is even?"}) {
            Scenario s;
            s.id = QString::fromLatin1(q);
            s.prompt = QString::fromLatin1(q);
            s.choices = {u"4"_qs, u"7"_qs};
            s.correctChoice = u"B"_qs;
            p.scenarios << s;
        }
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"multiple_choice"_qs};
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE jury_pass = 1"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE jury_pass = 0"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM judges WHERE provider = 'scorer' AND model_id = 'scorer/multiple_choice'"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts"_qs), 2);
        const Leaderboard board = computeLeaderboard(RunReadout::read(storeAt(db), 1));
        QCOMPARE(board.rows.first().successRate, 0.5);
        QCOMPARE(board.health.judges.size(), 0); // scorers are not judges to agree with
        SqliteStore::closeConnection(db);
    }

    void accessCheckFindsWhatCannotBeReached()
    {
        RunPlan p = plan(1, 3, 2);
        p.models[1].baseUrl = u"http://127.0.0.1:1"_qs;          // nothing listens there
        p.judges[0].apiKeyEnv = u"REJECTED_KEY"_qs;                // a key the simulator refuses
        QProcessEnvironment env = options({}).environment;
        env.insert(u"REJECTED_KEY"_qs, QString::fromLatin1(Sim::kRejectedKey));
        const QList<AccessProblem> problems = QCoro::waitFor(checkAccess(p, env, {}));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).isJudge, false);
        QCOMPARE(problems.at(0).index, 1);
        QCOMPARE(problems.at(0).errorClass, ErrorClass::Network);
        QCOMPARE(problems.at(1).isJudge, true);
        QCOMPARE(problems.at(1).errorClass, ErrorClass::Auth);
        const RunPlan rest = withoutFailing(p, problems);
        QCOMPARE(rest.models.size(), 2);
        QCOMPARE(rest.judges.size(), 1);
        QCOMPARE(rest.models.at(1).modelId, u"openai/model-2"_qs);
    }

    // The one preparation every front-end drives: runnable or not, the front-end asked before
    // anything is dropped, only the judges checked when the answers exist already.
    void preparationAsksBeforeDropping()
    {
        RunPlan p = plan(1, 2, 1);
        p.models[1].baseUrl = u"http://127.0.0.1:1"_qs;
        RunPreparation preparation;
        preparation.environment = options({}).environment;
        int asked = 0;
        bool answer = false;
        qsizetype failing = 0, left = 0;
        preparation.dropFailing = [&](const QList<AccessProblem> &problems, const RunPlan &rest) -> QCoro::Task<bool> {
            ++asked;
            failing = problems.size();
            left = rest.models.size();
            co_return answer;
        };
        RunPreparation::Outcome refused = QCoro::waitFor(preparation.prepare(p));
        QCOMPARE(asked, 1);
        QCOMPARE(failing, 1);
        QCOMPARE(left, 1);
        QVERIFY(!refused.plan);
        QVERIFY(refused.error.contains(u"cannot be reached"_qs));
        answer = true;
        RunPreparation::Outcome dropped = QCoro::waitFor(preparation.prepare(p));
        QCOMPARE(asked, 2);
        QVERIFY(dropped.plan);
        QCOMPARE(dropped.plan->models.size(), 1);
        QCOMPARE(dropped.plan->models.first().modelId, u"openai/model-0"_qs);

        // Answers that exist already: the unreachable model is not checked at all.
        RunPlan rejudge = p;
        rejudge.settings.answersFromRun = 7;
        RunPreparation::Outcome judgesOnly = QCoro::waitFor(preparation.prepare(rejudge));
        QCOMPARE(asked, 2);
        QVERIFY(judgesOnly.plan && judgesOnly.problems.isEmpty());
        QCOMPARE(judgesOnly.plan->models.size(), 2);

        // Nothing left without what fails: refused without asking.
        RunPlan alone = plan(1, 1, 0);
        alone.models[0].baseUrl = u"http://127.0.0.1:1"_qs;
        RunPreparation::Outcome none = QCoro::waitFor(preparation.prepare(alone));
        QCOMPARE(asked, 2);
        QVERIFY(!none.plan);
        QCOMPARE(none.problems.size(), 1);
        QVERIFY(whyNotRunnable(RunPlan()).contains(u"scenarios"_qs));
        alone.settings.latencyOnly = false;
        QVERIFY(whyNotRunnable(alone).contains(u"jury"_qs));
    }

    // With a wait between experiments, no call of experiment 2 starts before experiment 1 is done
    // and the wait has passed.
    void experimentsWaitForEachOther()
    {
        const QString db = m_dir.filePath(u"e.sqlite"_qs);
        RunPlan p = plan(4, 2);
        p.settings.experiments = 2;
        p.settings.experimentWaitSeconds = 1;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 16);
        const qint64 lastOfFirst = scalar(db, u"SELECT max(t0 + ttlb_ms) FROM invocations WHERE experiment = 0"_qs);
        const qint64 firstOfSecond = scalar(db, u"SELECT min(first_start_at) FROM invocations WHERE experiment = 1"_qs);
        QVERIFY2(firstOfSecond - lastOfFirst >= 950, qPrintable(QString::number(firstOfSecond - lastOfFirst)));
        SqliteStore::closeConnection(db);
    }

    void selfPreferenceIsMeasured()
    {
        m_sim->setProfile(profileFromJson(kSelfPreferringJudge));
        const QString db = m_dir.filePath(u"sp.sqlite"_qs);
        RunPlan p = plan(3, 1, 0);
        p.models << variant(u"anthropic/claude-x"_qs, m_sim->baseUrl());
        p.judges << variant(u"anthropic/judge-0"_qs, m_sim->baseUrl()) << variant(u"openai/judge-1"_qs, m_sim->baseUrl());
        p.settings.latencyOnly = false;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        const Leaderboard board = computeLeaderboard(RunReadout::read(storeAt(db), 1));
        QCOMPARE(board.health.judges.size(), 2);
        // judge-0: +1 against the panel on Anthropic answers, 0 on the others.
        QCOMPARE(*board.health.judges.at(0).selfPreference, 1.0);
        QCOMPARE(board.health.judges.at(0).leniency, 0.5);
        // judge-1 (OpenAI family): 0 on OpenAI answers, −1 on Anthropic ones.
        QCOMPARE(*board.health.judges.at(1).selfPreference, 1.0);
        // The Anthropic model's answers score 4 against 3 on every scenario: it wins all 3 games,
        // and with the virtual tie of METRICS.md it rates 400·log10(3.5 / 0.5) ≈ 338.04 higher.
        const auto anthropic = std::find_if(board.rows.cbegin(), board.rows.cend(), [](const LeaderboardRow &r) { return r.label.contains(u"claude-x"_qs); });
        const auto other = std::find_if(board.rows.cbegin(), board.rows.cend(), [](const LeaderboardRow &r) { return !r.label.contains(u"claude-x"_qs); });
        QVERIFY(anthropic->rating && other->rating);
        QVERIFY2(std::abs(*anthropic->rating - *other->rating - 400 * std::log10(7.0)) < 0.01,
                 qPrintable(QString::number(*anthropic->rating - *other->rating)));
        QVERIFY(anthropic->ratingCi->low <= *anthropic->rating && *anthropic->rating <= anthropic->ratingCi->high);
        SqliteStore::closeConnection(db);
    }

    // The per-variant limit can be raised and lowered while a run goes on (the Run panel's
    // "parallel" box): raising adds lanes to the workers, lowering lets the extra ones wait.
    void parallelChangesDuringARun()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 1, "rules": [{"reply": {"text": "slow", "first_token_ms": 80}}]})"));
        const QString db = m_dir.filePath(u"parallel.sqlite"_qs);
        RunPlan p = plan(200, 1);
        p.settings.parallel = 1;
        RunController controller(p, options(db));
        qint64 peak = 0;
        connect(&controller, &RunController::progress, this, [&](const ProgressSnapshot &s) { peak = std::max(peak, s.inFlight); });
        QVERIFY(controller.start().isEmpty());
        QTest::qWait(400);
        QCOMPARE(peak, 1);
        controller.setParallel(6);
        QTRY_COMPARE_WITH_TIMEOUT(peak, 6, 3000);
        controller.setParallel(2);
        QTest::qWait(300); // the calls in flight finish
        peak = 0;
        QTest::qWait(400);
        QVERIFY2(peak <= 2 && peak > 0, qPrintable(QString::number(peak)));
        QSignalSpy finished(&controller, &RunController::finished);
        controller.cancel();
        QVERIFY(finished.wait(10000));
        SqliteStore::closeConnection(db);
    }

    // quorum-cli probe's core: one call per model × region × tier tells which tiers are
    // accepted, refused (the provider's own 400) or served as another; cached per profile hash.
    void probeFindsTheTiersEachModelAccepts()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "tiers": {"model-a": ["flex"], "nova-m": ["priority"]},
            "rules": [{"model": "model-b", "reply": {"tier_served": "default"}}]})"));
        ModelVariant bedrock = variant(u"bedrock/nova-m"_qs, m_sim->baseUrl());
        bedrock.region = u"us-east-1"_qs;
        const QList<ModelVariant> models = {variant(u"openai/model-a"_qs, m_sim->baseUrl()),
                                            variant(u"openai/model-b"_qs, m_sim->baseUrl()), bedrock};
        QProcessEnvironment env;
        env.insert(u"OPENAI_API_KEY"_qs, u"k"_qs);
        env.insert(u"AWS_ACCESS_KEY_ID"_qs, QString::fromLatin1(Sim::kTestAccessKeyId));
        env.insert(u"AWS_SECRET_ACCESS_KEY"_qs, QString::fromLatin1(Sim::kTestSecretAccessKey));
        const ProbeReport report = QCoro::waitFor(probeTiers(models, env, {}));
        QHash<QString, QString> seen;
        for (const TierProbe &p : report.results)
            seen.insert(p.modelId + u' ' + tierName(p.tier), outcomeName(p.outcome));
        const QHash<QString, QString> expected = {
            {u"openai/model-a default"_qs, u"accepted"_qs}, {u"openai/model-a flex"_qs, u"accepted"_qs},
            {u"openai/model-a priority"_qs, u"rejected"_qs}, {u"openai/model-b default"_qs, u"accepted"_qs},
            {u"openai/model-b flex"_qs, u"served_other"_qs}, {u"openai/model-b priority"_qs, u"served_other"_qs},
            {u"bedrock/nova-m default"_qs, u"accepted"_qs}, {u"bedrock/nova-m priority"_qs, u"accepted"_qs},
            {u"bedrock/nova-m flex"_qs, u"rejected"_qs}};
        QCOMPARE(seen, expected);
        const auto refused = std::find_if(report.results.cbegin(), report.results.cend(), [](const TierProbe &p) {
            return p.modelId == u"bedrock/nova-m" && p.tier == ServiceTier::Flex;
        });
        QVERIFY2(refused->message.contains(u"not supported for this model"_qs), qPrintable(refused->message));

        // The cache answers for the same profiles, whatever their tiers and prices; not after a change.
        const QString cache = m_dir.filePath(u"probe-cache"_qs);
        QCOMPARE(saveProbe(cache, report), QString());
        QList<ModelVariant> repriced = models;
        repriced[0].tier = ServiceTier::Priority;
        repriced[0].inputCostPer1k = 9;
        QCOMPARE(profileHash(repriced), report.profileHash);
        const auto cached = cachedProbe(cache, profileHash(repriced));
        QVERIFY(cached);
        QCOMPARE(cached->results.size(), report.results.size());
        QCOMPARE(cached->results.at(2).outcome, report.results.at(2).outcome);
        QList<ModelVariant> moved = models;
        moved[2].region = u"eu-west-1"_qs;
        QVERIFY(profileHash(moved) != report.profileHash);
        QVERIFY(!cachedProbe(cache, profileHash(moved)));
    }

    // 360-eval's prompt optimization through Bedrock's OptimizePrompt (event stream, SigV4):
    // evaluate-both adds an "_optimized" variant asked the rewritten prompts; a prompt that
    // cannot be rewritten stays as it was, and other providers are left alone, both noted.
    void promptOptimizationModes()
    {
        m_sim->setProfile(profileFromJson(kPromptOptimization));
        RunPlan p = plan(3, 0);
        ModelVariant bedrock = variant(u"bedrock/nova-m"_qs, m_sim->baseUrl());
        bedrock.region = u"us-east-1"_qs;
        p.models << bedrock << variant(u"openai/model-x"_qs, m_sim->baseUrl());
        p.settings.promptOptimization = PromptOptimization::EvaluateBoth;
        RunOptions o = options(m_dir.filePath(u"optimize.sqlite"_qs));
        o.environment.insert(u"AWS_ACCESS_KEY_ID"_qs, QString::fromLatin1(Sim::kTestAccessKeyId));
        o.environment.insert(u"AWS_SECRET_ACCESS_KEY"_qs, QString::fromLatin1(Sim::kTestSecretAccessKey));
        QStringList notes;
        const RunPlan optimized = QCoro::waitFor(optimizePrompts(p, o.environment, {}, &notes));
        QCOMPARE(optimized.models.size(), 3);
        QVERIFY(optimized.models.at(2).optimizedPrompts);
        QCOMPARE(optimized.models.at(2).label(), u"nova-m@us-east-1_optimized"_qs);
        QCOMPARE(optimized.optimizedPrompts.size(), 2);
        QVERIFY2(optimized.promptFor(p.scenarios.at(0), optimized.models.at(2)).startsWith(u"You are an expert assistant."_qs),
                 qPrintable(optimized.promptFor(p.scenarios.at(0), optimized.models.at(2))));
        QCOMPARE(optimized.promptFor(p.scenarios.at(1), optimized.models.at(2)), p.scenarios.at(1).prompt); // fell back
        QCOMPARE(optimized.promptFor(p.scenarios.at(0), optimized.models.at(0)), p.scenarios.at(0).prompt); // not optimized
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(u"Bedrock models only"_qs), qPrintable(notes.at(0)));
        QVERIFY2(notes.at(1).contains(u"scenario 1"_qs) && notes.at(1).contains(u"server"_qs), qPrintable(notes.at(1)));

        o.notes = notes;
        const QString db = o.store->location();
        {
            RunController controller(optimized, o);
            QCOMPARE(runToEnd(controller), RunStatus::Completed);
        }
        auto answers = [&](const QString &model) {
            return scalar(db, u"SELECT count(*) FROM invocations i JOIN variants v ON v.id = i.variant_id WHERE i.response_text = "
                              u"'OPTIMIZED' AND v.model_id = '"_qs + model + u"'"_qs);
        };
        QCOMPARE(answers(u"bedrock/nova-m_optimized"_qs), 2);
        QCOMPARE(answers(u"bedrock/nova-m"_qs), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM run_events WHERE kind = 'note'"_qs), 2);
        // The rewritten prompts are stored with the run: a resumed or re-judged run asks the same.
        RunsReader queries(db);
        Diagnostics diagnostics;
        const auto stored = importBytes(u"stored"_qs, queries.planJson(1).toUtf8(), diagnostics, InputKind::Plan).plan;
        QVERIFY(stored);
        QCOMPARE(stored->optimizedPrompts, optimized.optimizedPrompts);
        QVERIFY(stored->models.at(2).optimizedPrompts);
        SqliteStore::closeConnection(db);

        // Optimize-only: the Bedrock model itself is asked the rewritten prompts.
        p.settings.promptOptimization = PromptOptimization::OptimizeOnly;
        notes.clear();
        const RunPlan only = QCoro::waitFor(optimizePrompts(p, o.environment, {}, &notes));
        QCOMPARE(only.models.size(), 2);
        QVERIFY(only.models.at(0).optimizedPrompts && !only.models.at(1).optimizedPrompts);
    }

    void budgetCapStopsTheRun()
    {
        const QString db = m_dir.filePath(u"b.sqlite"_qs);
        RunPlan p = plan(30, 1);
        p.models[0].inputCostPer1k = 1000; // every call costs dollars
        p.settings.budgetUsd = 50;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Cancelled);
        QVERIFY(scalar(db, u"SELECT count(*) FROM invocations"_qs) < 30);
        SqliteStore::closeConnection(db);
    }

    // quorum-cli rejudge scores a stored run again with another jury: the same answers and
    // measurements, new verdicts, and no model called. quorum-cli judge does the same for
    // answers from a file.
    void rejudgeAndExternalAnswersCallOnlyTheJudges()
    {
        m_sim->setProfile(profileFromJson(kTwoJudges));
        const QString db = m_dir.filePath(u"rejudge.sqlite"_qs);
        {
            RunController controller(plan(3, 2, 1), options(db));
            QCOMPARE(runToEnd(controller), RunStatus::Completed);
        }
        const QString judges = m_dir.filePath(u"judge-1.jsonl"_qs);
        QFile file(judges);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"model_id\": \"anthropic/judge-1\", \"base_url\": \"" + m_sim->baseUrl().toUtf8()
                   + "\", \"input_cost_per_1k\": 0, \"output_cost_per_1k\": 0}\n");
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ANTHROPIC_API_KEY"_qs, u"k"_qs);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
        auto cli = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(env);
            bool done = false;
            QObject::connect(&process, &QProcess::finished, &process, [&] { done = true; });
            process.start(quorumCli(), args);
            if (!QTest::qWaitFor([&] { return done; }, 60000)) // the simulator answers meanwhile
                qFatal("quorum-cli did not finish");
            if (process.exitCode() != 0)
                qWarning() << process.readAllStandardError();
            return std::pair{process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
        };
        const int callsBefore = m_sim->requestCount();
        const auto [code, summary] = cli({u"rejudge"_qs, u"--run"_qs, u"1"_qs, u"--db"_qs, db, u"--judges"_qs, judges, u"--json"_qs});
        QCOMPARE(code, 0);
        QCOMPARE(summary.value(u"run_id").toInt(), 2);
        QCOMPARE(summary.value(u"judge_calls").toInt(), 6);
        QCOMPARE(m_sim->requestCount() - callsBefore, 1 + 6); // the access check and six verdicts, no model call
        // Same answers and timings, item by item; every verdict now judge-1's.
        QCOMPARE(scalar(db, uR"(SELECT count(*) FROM invocations a JOIN invocations b ON b.work_item = a.work_item
                               WHERE a.run_id = 1 AND b.run_id = 2 AND a.response_text = b.response_text
                                 AND a.ttlb_ms = b.ttlb_ms AND a.ttft_ms = b.ttft_ms AND a.output_tokens = b.output_tokens)"_qs), 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE run_id = 2 AND correctness = 2"_qs), 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE run_id = 2 AND jury_pass = 0"_qs), 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE run_id = 1 AND jury_pass = 1"_qs), 6);
        SqliteStore::closeConnection(db);

        const QString answers = m_dir.filePath(u"answers.jsonl"_qs);
        QFile a(answers);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(kExternalAnswers);
        a.close();
        const int beforeJudge = m_sim->requestCount();
        const auto [judged, judgedSummary] = cli({u"judge"_qs, u"--answers"_qs, answers, u"--db"_qs, db, u"--judges"_qs, judges,
                                                  u"--no-access-check"_qs, u"--json"_qs});
        QCOMPARE(judged, 0);
        QCOMPARE(m_sim->requestCount() - beforeJudge, 3); // one verdict per answer
        const qint64 stored = judgedSummary.value(u"run_id").toInteger() - 1, judgedRun = stored + 1;
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE run_id = "_qs + QString::number(stored)), 4);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE status = 'error' AND run_id = "_qs + QString::number(judgedRun)), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts WHERE run_id = "_qs + QString::number(judgedRun)), 3);
        QCOMPARE(scalar(db, u"SELECT ttft_ms FROM invocations i JOIN variants v ON v.id = i.variant_id WHERE v.model_id = "
                            u"'external/local-llm' AND i.run_id = "_qs + QString::number(judgedRun)), 80);
        SqliteStore::closeConnection(db);
        // The stored answers' run is never run against its models, even when asked to resume.
        const int beforeResume = m_sim->requestCount();
        const auto [resumed, nothing] = cli({u"run"_qs, u"--resume"_qs, QString::number(stored), u"--db"_qs, db});
        QCOMPARE(resumed, 1);
        QCOMPARE(m_sim->requestCount(), beforeResume);
        // Its answers can be judged again like any stored run's.
        const auto [again, againSummary] = cli({u"rejudge"_qs, u"--run"_qs, QString::number(stored), u"--db"_qs, db,
                                                u"--scorer"_qs, u"contains"_qs, u"--json"_qs});
        QCOMPARE(again, 0);
        QCOMPARE(againSummary.value(u"succeeded"_qs).toInt(), 3);
        QCOMPARE(m_sim->requestCount(), beforeResume);
    }

    void verdictParserCorpus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const VerdictCase &c : verdictCases())
            QTest::newRow(c.name) << c.text << c.valid;
    }

    void verdictParserCorpus()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const auto verdict = parseVerdict(text, coreDimensions(), &error);
        QCOMPARE(verdict.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TstRunController)
#include "tst_runcontroller.moc"
