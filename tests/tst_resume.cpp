// Resume: cancelled and killed runs finish exactly their missing work; a run that cannot be
// recorded leaves nothing; failed items run again only when asked.
#include "config/configimport.h"
#include "config/planfile.h"
#include "runcontroller_data.h"
#include "runtestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstResume final : public RunTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // A run that cannot be recorded (two scenarios with one identity) leaves nothing in the store.
    void unrecordableRunLeavesNothing()
    {
        const QString db = testStore(m_dir.filePath(u"u.sqlite"_qs));
        RunPlan p = plan(3, 1);
        p.scenarios[2].id = p.scenarios[0].id;
        {
            RunController controller(p, options(db));
            const QString error = controller.start();
            QVERIFY2(error.contains(u"cannot record the run"_qs) && error.contains(u"unique"_qs, Qt::CaseInsensitive), qPrintable(error));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM runs"_qs), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM scenarios"_qs), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM variants"_qs), 0);
        closeTestSql(db);
    }

    // Cancel half-way, resume: exactly the missing items run, none twice.
    void cancelThenResumeFinishesExactlyTheRest()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [{"reply": {"text": "slow", "first_token_ms": 20}}]})"));
        const QString db = testStore(m_dir.filePath(u"r.sqlite"_qs));
        const RunPlan p = plan(20, 2);
        const qint64 runId = runThenCancel(p, db, 10);
        const qint64 stored = scalar(db, u"SELECT count(*) FROM invocations"_qs);
        QVERIFY(stored >= 10 && stored < 40);
        QCOMPARE(scalar(db, u"SELECT status FROM runs"_qs) >= 0, true);
        closeTestSql(db);
        const int requestsBefore = m_sim->requestCount();
        RunOptions o = options(db);
        o.resumeRunId = runId;
        RunController resumed(RunPlan(), o);
        QCOMPARE(runToEnd(resumed), RunStatus::Completed);
        QCOMPARE(resumed.alreadyStored(), stored);
        QCOMPARE(m_sim->requestCount() - requestsBefore, 40 - stored);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 40);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT work_item) FROM invocations"_qs), 40);
        closeTestSql(db);
    }

    // Repeated rows (360-eval's samples have them) run, are stored and resume as scenarios of
    // their own: the stored plan keeps their ids, so every work item keeps its number.
    void repeatedScenariosResume()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [{"reply": {"text": "slow", "first_token_ms": 20}}]})"));
        Diagnostics d;
        QByteArray csv = "text_prompt,golden_answer\n";
        for (int i = 0; i < 12; ++i)
            csv += i % 3 == 0 ? QByteArray("The same row,same\n") : "Row " + QByteArray::number(i) + ",g\n";
        RunPlan p = plan(0, 1);
        p.scenarios = importBytes(u"repeats.csv"_qs, csv, d, InputKind::Scenarios).scenarios;
        QCOMPARE(p.scenarios.size(), 12);
        const QString db = testStore(m_dir.filePath(u"repeats.sqlite"_qs));
        const qint64 runId = runThenCancel(p, db, 4);
        const qint64 stored = scalar(db, u"SELECT count(*) FROM invocations"_qs);
        QVERIFY(stored < 12);
        closeTestSql(db);
        RunOptions o = options(db);
        o.resumeRunId = runId;
        RunController resumed(RunPlan(), o);
        QCOMPARE(runToEnd(resumed), RunStatus::Completed);
        QCOMPARE(resumed.alreadyStored(), stored);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 12);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT work_item) FROM invocations"_qs), 12);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM scenarios WHERE scenario_key LIKE '%#%'"_qs), 3); // the 2nd, 3rd, 4th repeat
        closeTestSql(db);
    }

    // A real `quorum-cli run` is SIGKILLed at random points and resumed each time: in the end
    // every work item is stored exactly once and the file is intact.
    // SIGKILL mid-run, ten times at seeded random points (after 1 to 8 new rows; the seed is
    // printed, QUORUM_KILL_SEED replays one), then resume to the end: exactly the missing work
    // runs, none twice, in a store that holds another run of the same plan (same work-item
    // numbers). Each kill comes after new rows are stored and before the run ends, or it fails.
    void killedRunResumesExactly()
    {
        m_sim->setProfile(profileFromJson(kKillableRun));
        const QString db = testStore(m_dir.filePath(u"kill.sqlite"_qs));
        const QString planPath = m_dir.filePath(u"kill-plan.json"_qs);
        RunPlan p = plan(40, 3, 1);
        p.settings.parallel = 2;
        QCOMPARE(savePlan(p, planPath), QString());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENAI_API_KEY"_qs, u"k"_qs);
        env.insert(u"ANTHROPIC_API_KEY"_qs, u"k"_qs);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
        auto startCli = [&](QProcess &cli, const QStringList &args) {
            cli.setProcessEnvironment(env);
            cli.start(quorumCli(), QStringList{u"run"_qs, u"--db"_qs, db, u"--no-access-check"_qs} + args);
            return cli.waitForStarted();
        };
        auto finishCli = [&](QProcess &cli) {
            bool done = false;
            QObject::connect(&cli, &QProcess::finished, &cli, [&] { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done || cli.state() == QProcess::NotRunning, 120000);
        };
        // Another run of the same plan first, complete: its work items have the same numbers.
        {
            QProcess other;
            QVERIFY(startCli(other, {u"--plan"_qs, planPath}));
            finishCli(other);
            QCOMPARE(other.exitCode(), 0);
        }
        const qint64 otherRun = scalar(db, u"SELECT max(id) FROM runs"_qs);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 120);
        closeTestSql(db);

        qint64 runId = 0, stored = 0;
        QList<qint64> storedPerRound;
        const quint32 seed = qEnvironmentVariableIsSet("QUORUM_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("QUORUM_KILL_SEED"))
                                                                          : 20261207u;
        qInfo() << "kill points from seed" << seed << "(QUORUM_KILL_SEED replays them)";
        QRandomGenerator killPoints(seed);
        constexpr int kKills = 10;
        for (int round = 0; round < kKills; ++round) {
            const qint64 fresh = 1 + killPoints.bounded(8); // new rows to wait for before this kill
            QProcess cli;
            QVERIFY(startCli(cli, runId <= 0 ? QStringList{u"--plan"_qs, planPath} : QStringList{u"--resume"_qs, QString::number(runId)}));
            // Wait for this run to store `fresh` more rows, then kill it mid-way.
            const QString thisRun = runId > 0 ? QString::number(runId) : QStringLiteral("(SELECT max(id) FROM runs WHERE id > %1)").arg(otherRun);
            qint64 now = 0;
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 60000 && cli.state() == QProcess::Running) {
                now = scalar(db, u"SELECT count(*) FROM invocations WHERE run_id = "_qs + thisRun);
                if (now >= stored + fresh)
                    break;
                QTest::qWait(5);
            }
            QVERIFY2(cli.state() == QProcess::Running, "the run ended before it could be killed mid-way");
            QVERIFY2(now >= stored + fresh, "no new rows were stored before the kill");
            ::kill(pid_t(cli.processId()), SIGKILL);
            QVERIFY(cli.waitForFinished(10000));
            closeTestSql(db);
            if (runId <= 0)
                runId = scalar(db, QStringLiteral("SELECT max(id) FROM runs WHERE id > %1").arg(otherRun));
            QVERIFY(runId > otherRun);
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            if (round > 0) // it really was a resume, of what the last round had left
                QVERIFY2(err.contains(QStringLiteral("resuming run %1: %2 work items already stored").arg(runId).arg(stored)), qPrintable(err));
            const qint64 after = scalar(db, QStringLiteral("SELECT count(*) FROM invocations WHERE run_id = %1").arg(runId));
            QVERIFY2(after > stored && after < 120, qPrintable(QStringLiteral("%1 stored after the kill, %2 before").arg(after).arg(stored)));
            QCOMPARE(after, scalar(db, QStringLiteral("SELECT count(DISTINCT work_item) FROM invocations WHERE run_id = %1").arg(runId)));
            stored = after;
            storedPerRound << stored;
            closeTestSql(db);
        }
        qInfo() << "stored after each kill:" << storedPerRound;
        QProcess finish;
        QVERIFY(startCli(finish, {u"--resume"_qs, QString::number(runId), u"--json"_qs}));
        finishCli(finish);
        QCOMPARE(finish.exitCode(), 0);
        QVERIFY(QString::fromUtf8(finish.readAllStandardError()).contains(
            QStringLiteral("resuming run %1: %2 work items already stored").arg(runId).arg(stored)));
        const QJsonObject summary = QJsonDocument::fromJson(finish.readAllStandardOutput()).object();
        QCOMPARE(summary.value(u"status").toString(), u"completed"_qs);
        for (const qint64 run : {otherRun, runId}) {
            const QString where = QStringLiteral(" WHERE run_id = %1").arg(run);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs + where), 120);
            QCOMPARE(scalar(db, u"SELECT count(DISTINCT work_item) FROM invocations"_qs + where), 120);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs + where + u" AND jury_score IS NULL"_qs), 0);
            QCOMPARE(scalar(db, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs + where), 120);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM verdicts"_qs + where), 120);
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM run_events WHERE kind = 'resumed' AND run_id = %1").arg(runId)), kKills);
        if (!onTeamStore()) { // the server keeps its own files whole
            QString error;
            QSqlQuery q(testSql(db, &error));
            QVERIFY(q.exec(u"PRAGMA integrity_check"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_qs);
        }
        closeTestSql(db);
    }

    // Resume in a store with several runs: only the resumed run's own stored items count as done.
    void resumeCountsOnlyItsOwnRun()
    {
        const QString db = testStore(m_dir.filePath(u"several.sqlite"_qs));
        const RunPlan p = plan(10, 2);
        {
            RunController complete(p, options(db)); // a finished run of the same plan: work items 0–19
            QCOMPARE(runToEnd(complete), RunStatus::Completed);
        }
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [{"reply": {"text": "slow", "first_token_ms": 25}}]})"));
        const qint64 runId = runThenCancel(p, db, 4);
        const qint64 stored = scalar(db, QStringLiteral("SELECT count(*) FROM invocations WHERE run_id = %1").arg(runId));
        QVERIFY(stored < 20);
        closeTestSql(db);
        const int before = m_sim->requestCount();
        RunOptions o = options(db);
        o.resumeRunId = runId;
        RunController resumed(RunPlan(), o);
        QCOMPARE(runToEnd(resumed), RunStatus::Completed);
        QCOMPARE(resumed.alreadyStored(), stored);
        QCOMPARE(m_sim->requestCount() - before, 20 - stored);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT work_item) FROM invocations WHERE run_id = %1").arg(runId)), 20);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs), 40);
        closeTestSql(db);
    }

    // Resume counts items that ended in an error as done (the model was asked, and failed);
    // with retryErrors (quorum-cli run --resume ID --retry-errors) exactly those run again, the
    // failure is kept as a run event, and the rollups lose the old try.
    void resumeAndFailedItems()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [
            {"prompt": "scenario [0-2]:", "reply": {"status": 400, "error_message": "bad"}}]})"));
        const QString db = testStore(m_dir.filePath(u"errors.sqlite"_qs));
        qint64 runId = 0;
        {
            RunController controller(plan(8, 2), options(db));
            QCOMPARE(runToEnd(controller), RunStatus::Completed);
            runId = controller.runId();
        }
        const QString where = QStringLiteral(" WHERE run_id = %1").arg(runId);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs + where + u" AND status = 'error'"_qs), 6);
        closeTestSql(db);
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0})")); // the cause is fixed
        int before = m_sim->requestCount();
        {
            RunOptions o = options(db);
            o.resumeRunId = runId;
            RunController plain(RunPlan(), o);
            QCOMPARE(runToEnd(plain), RunStatus::Completed);
            QCOMPARE(plain.alreadyStored(), 16);
            QCOMPARE(m_sim->requestCount(), before); // nothing was missing
        }
        closeTestSql(db);
        before = m_sim->requestCount();
        RunOptions o = options(db);
        o.resumeRunId = runId;
        o.retryErrors = true;
        RunController again(RunPlan(), o);
        QCOMPARE(runToEnd(again), RunStatus::Completed);
        QCOMPARE(again.retriedErrors(), 6);
        QCOMPARE(again.alreadyStored(), 10);
        QCOMPARE(m_sim->requestCount() - before, 6);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs + where), 16);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations"_qs + where + u" AND status = 'ok'"_qs), 16);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM errors"_qs + where), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attempts a JOIN invocations i ON i.id = a.invocation_id WHERE i.run_id = %1").arg(runId)), 16);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM run_events WHERE kind = 'retried' AND run_id = %1 AND message LIKE '%%invalid_request%%'").arg(runId)), 6);
        // The rollups equal the rows again: no trace of the failed tries in the sums.
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(invocations) FROM variant_scenario_rollup WHERE run_id = %1").arg(runId)), 16);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(errors) FROM variant_scenario_rollup WHERE run_id = %1").arg(runId)), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(invocations) FROM variant_temperature_rollup WHERE run_id = %1").arg(runId)), 16);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(errors) FROM scenario_experiment_rollup WHERE run_id = %1").arg(runId)), 0);
        closeTestSql(db);
    }
};

QTEST_GUILESS_MAIN(TstResume)
#include "tst_resume.moc"
