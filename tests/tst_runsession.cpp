// RunSession (core/engine/runsession.cpp): a front-end's runs one at a time, queued, prepared,
// resumed and re-judged, against the simulator on loopback and a real store.
#include "engine/runsession.h"
#include "runtestsupport.h"
#include "storage/runsreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstRunSession final : public RunTest
{
    Q_OBJECT

    QString m_db;

    // What the session said, in order, as "event runId" lines.
    struct Log
    {
        QStringList events;
        QList<RunStatus> statuses;
        QStringList notStarted;
        QList<RunPreparation::Outcome> prepared;
        QList<bool> declined;
    };
    void record(RunSession &session, Log &log)
    {
        connect(&session, &RunSession::created, this, [&log](RunController *run) { log.events << u"created"_qs; Q_UNUSED(run); });
        connect(&session, &RunSession::started, this, [&log](RunController *run) { log.events << u"started %1"_qs.arg(run->runId()); });
        connect(&session, &RunSession::finished, this, [&log](RunController *run, RunStatus status) {
            log.events << u"finished %1"_qs.arg(run->runId());
            log.statuses << status;
        });
        connect(&session, &RunSession::notStarted, this, [&log](const QString &error) {
            log.events << u"not started"_qs;
            log.notStarted << error;
        });
        connect(&session, &RunSession::prepared, this, [&log](const RunPreparation::Outcome &o) {
            log.events << (o.plan ? u"prepared"_qs : u"not prepared"_qs);
            log.prepared << o;
            log.declined << o.declined;
        });
    }
    RunPreparation preparation()
    {
        RunPreparation p;
        p.environment = options({}).environment;
        return p;
    }
    static qint64 runs(const QString &db) { return RunsReader(db).runs().size(); }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_db = m_dir.filePath(u"session-%1.sqlite"_qs.arg(QRandomGenerator::global()->generate()));
    }
    void cleanup() { stopSimulator(); }

    void runsAskedForMeanwhileWaitAndStartInOrder()
    {
        RunSession session(options(m_db), preparation());
        Log log;
        record(session, log);
        QSignalSpy waiting(&session, &RunSession::queueChanged);
        session.run(plan(3, 2));
        QVERIFY(session.busy());
        QCOMPARE(session.queued(), 0);
        session.run(plan(2, 1));
        QCOMPARE(session.queued(), 1); // the second waits while the first is prepared
        QCOMPARE(waiting.constLast().first().toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(log.statuses.size(), 2, 60000);
        QVERIFY(!session.busy());
        QVERIFY(!session.current());
        QCOMPARE(log.statuses, (QList<RunStatus>{RunStatus::Completed, RunStatus::Completed}));
        // One after the other: the second is prepared only once the first has finished.
        QCOMPARE(log.events, (QStringList{u"prepared"_qs, u"created"_qs, u"started 1"_qs, u"finished 1"_qs,
                                          u"prepared"_qs, u"created"_qs, u"started 2"_qs, u"finished 2"_qs}));
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM invocations WHERE run_id = 1"_qs), 6);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM invocations WHERE run_id = 2"_qs), 2);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM runs WHERE status = 'completed'"_qs), 2);
    }

    void aResumeFinishesExactlyTheMissingWork()
    {
        RunPlan p = plan(40, 2);
        p.settings.parallel = 1;
        const qint64 runId = runThenCancel(p, m_db, 5);
        const qint64 before = scalar(m_db, u"SELECT count(*) FROM invocations WHERE run_id = %1"_qs.arg(runId));
        QVERIFY(before >= 5 && before < 80);
        RunSession session(options(m_db), preparation());
        Log log;
        record(session, log);
        session.resume(runId);
        QTRY_COMPARE_WITH_TIMEOUT(log.statuses.size(), 1, 60000);
        QCOMPARE(log.statuses.first(), RunStatus::Completed);
        QCOMPARE(log.events, (QStringList{u"created"_qs, u"started %1"_qs.arg(runId), u"finished %1"_qs.arg(runId)}));
        QCOMPARE(runs(m_db), 1); // the same run, not a new one
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM invocations WHERE run_id = %1"_qs.arg(runId)), 80);
        QCOMPARE(scalar(m_db, u"SELECT count(DISTINCT work_item) FROM invocations WHERE run_id = %1"_qs.arg(runId)), 80);
    }

    void aRunThatCannotStartSaysWhyAndTheNextStarts()
    {
        RunSession session(options(m_db), preparation());
        Log log;
        record(session, log);
        session.resume(987);
        session.run(plan(2, 1));
        QTRY_COMPARE_WITH_TIMEOUT(log.statuses.size(), 1, 60000);
        QCOMPARE(log.notStarted.size(), 1);
        QVERIFY2(log.notStarted.first().contains(u"there is no run 987"_qs), qPrintable(log.notStarted.first()));
        QCOMPARE(log.events, (QStringList{u"created"_qs, u"not started"_qs, u"prepared"_qs, u"created"_qs, u"started 1"_qs,
                                          u"finished 1"_qs}));
    }

    void whatFailsTheAccessCheckIsDroppedOnlyWhenTheFrontEndAgrees()
    {
        RunPlan p = plan(2, 2);
        p.models[1].baseUrl = u"http://127.0.0.1:1"_qs; // nothing listens there
        {
            // Asked, and the answer is no: nothing runs, and the next request goes on.
            RunPreparation refusing = preparation();
            QStringList asked;
            refusing.dropFailing = [&asked](const QList<AccessProblem> &problems, const RunPlan &rest) -> QCoro::Task<bool> {
                for (const AccessProblem &a : problems)
                    asked << a.label;
                asked << QString::number(rest.models.size());
                co_return false;
            };
            RunSession session(options(m_db), refusing);
            Log log;
            record(session, log);
            QList<bool> busyWhenSaid; // a front-end enables its Run action from this
            connect(&session, &RunSession::prepared, this, [&] { busyWhenSaid << session.busy(); });
            session.run(p);
            session.run(plan(1, 1));
            QTRY_COMPARE_WITH_TIMEOUT(log.statuses.size(), 1, 60000);
            QCOMPARE(asked.size(), 2);
            QVERIFY2(asked.first().contains(u"model-1"_qs), qPrintable(asked.first()));
            QCOMPARE(asked.last(), u"1"_qs); // the rest would run without it
            QCOMPARE(log.declined.first(), true);
            QCOMPARE(busyWhenSaid, (QList<bool>{false, true})); // not busy once it will not run; busy while the next runs
            QCOMPARE(log.prepared.first().problems.size(), 1);
            QCOMPARE(log.events, (QStringList{u"not prepared"_qs, u"prepared"_qs, u"created"_qs, u"started 1"_qs, u"finished 1"_qs}));
            QCOMPARE(runs(m_db), 1);
        }
        {
            // Agreed: the run goes without the model that failed.
            RunPreparation agreeing = preparation();
            agreeing.dropFailing = [](const QList<AccessProblem> &, const RunPlan &) -> QCoro::Task<bool> { co_return true; };
            RunSession session(options(m_db), agreeing);
            Log log;
            record(session, log);
            session.run(p);
            QTRY_COMPARE_WITH_TIMEOUT(log.statuses.size(), 1, 60000);
            QCOMPARE(log.statuses.first(), RunStatus::Completed);
            QCOMPARE(log.prepared.first().problems.size(), 1);
            QCOMPARE(scalar(m_db, u"SELECT count(*) FROM variants WHERE run_id = 2"_qs), 1);
            QCOMPARE(scalar(m_db, u"SELECT count(*) FROM invocations WHERE run_id = 2"_qs), 2);
        }
        {
            // No one to ask: not dropped; said as not prepared, not as declined.
            RunSession session(options(m_db), preparation());
            Log log;
            record(session, log);
            session.run(p);
            QTRY_COMPARE_WITH_TIMEOUT(log.prepared.size(), 1, 60000);
            QTRY_VERIFY(!session.busy());
            QCOMPARE(log.declined.first(), false);
            QVERIFY(!log.prepared.first().plan);
            QVERIFY2(log.prepared.first().error.contains(u"cannot be reached"_qs), qPrintable(log.prepared.first().error));
            QCOMPARE(runs(m_db), 2);
        }
    }

    void aStoredPlanIsReadBackAsItRanAndReJudged()
    {
        RunPlan p = plan(3, 1);
        p.name = u"kept"_qs;
        {
            RunSession session(options(m_db), preparation());
            QSignalSpy finished(&session, &RunSession::finished);
            session.run(p);
            QVERIFY(finished.wait(60000));
        }
        const Store::Opened opened = Store::open(m_db);
        QVERIFY(opened.store);
        Diagnostics diagnostics;
        const ImportedFile stored = storedPlan(*opened.store, 1, diagnostics);
        QVERIFY(stored.plan);
        QCOMPARE(stored.plan->name, u"kept"_qs);
        QCOMPARE(stored.plan->scenarios.size(), 3);
        QCOMPARE(stored.plan->scenarios.at(2).prompt, p.scenarios.at(2).prompt);
        const std::optional<RunPlan> rejudge = rejudgePlan(*opened.store, 1, diagnostics);
        QVERIFY(rejudge);
        QCOMPARE(rejudge->settings.answersFromRun, 1);
        QVERIFY(!rejudge->settings.latencyOnly);
        QVERIFY(!diagnostics.hasErrors());

        // No such run: said at the store, in the problems' form.
        QVERIFY(!storedPlan(*opened.store, 987, diagnostics).plan);
        QVERIFY(diagnostics.hasErrors());
        QCOMPARE(diagnostics.items().constLast().toString(), u"%1: error: there is no run 987"_qs.arg(opened.store->displayedLocation()));
    }

    // quorum-cli runs through a session too: a preparation that ends at once (no key to check a
    // model with, nothing called) must end the command, saying why, not leave it waiting.
    void quorumCliSaysWhyAPlanCannotBePreparedAndEnds()
    {
        QFile models(m_dir.filePath(u"m.jsonl"_qs)), scenarios(m_dir.filePath(u"s.jsonl"_qs));
        QVERIFY(models.open(QIODevice::WriteOnly) && scenarios.open(QIODevice::WriteOnly));
        models.write(R"({"model_id": "anthropic/claude-x", "region": "us-east-1", "input_token_cost": 0.001, "output_token_cost": 0.002})" "\n");
        scenarios.write(R"({"id": "s1", "text_prompt": "Say hi", "task_type": "greeting", "task_criteria": "says hi"})" "\n");
        models.close();
        scenarios.close();
        QElapsedTimer clock;
        clock.start();
        const CliResult cli = runCli({u"run"_qs, u"--models"_qs, models.fileName(), u"--scenarios"_qs, scenarios.fileName(),
                                      u"--latency-only"_qs, u"--db"_qs, m_db});
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains("no API key for anthropic/claude-x"), cli.err.constData());
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(runs(m_db), 0); // nothing stored
    }
};

QTEST_MAIN(TstRunSession)
#include "tst_runsession.moc"
