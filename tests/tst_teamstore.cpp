// The team store on PostgreSQL: connection failures are errors for people; several writers at
// once, each killed once and resumed, lose and duplicate nothing, and their rollups equal their
// rows. Always against the test server (ctest's postgres_server fixture).
#include "config/planfile.h"
#include "storage/invocationreader.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgschema.h"
#include "runcontroller_data.h"
#include "runtestsupport.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <future>
#include <thread>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstTeamStore final : public RunTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    void connectionFailuresAreForPeople()
    {
        QString why;
        const QString server = testServerUrl(&why);
        QVERIFY2(!server.isEmpty(), qPrintable(why));
        const QString base = server.left(server.lastIndexOf(u'/') + 1);
        const QString port = QUrl(server).port() > 0 ? QString::number(QUrl(server).port()) : QString();

        const Store::Opened missing = Store::open(base + u"no_such_database"_qs);
        QVERIFY(!missing.store);
        QVERIFY2(missing.error.contains(u"the database does not exist"_qs), qPrintable(missing.error));

        qputenv("PGPASSWORD", "wrong");
        const Store::Opened refused = Store::open(server);
        qputenv("PGPASSWORD", "quorum-test");
        QVERIFY(!refused.store);
        QVERIFY2(refused.error.contains(u"authentication failed"_qs), qPrintable(refused.error));
        QVERIFY2(!refused.error.contains(u"wrong"_qs), qPrintable(refused.error));

        const Store::Opened unreachable = Store::open(u"postgresql://quorum:hidden@127.0.0.1:1/postgres"_qs);
        QVERIFY(!unreachable.store);
        QVERIFY2(unreachable.error.contains(u"cannot be reached"_qs), qPrintable(unreachable.error));
        QVERIFY2(!unreachable.error.contains(u"hidden"_qs), qPrintable(unreachable.error));

        // A store of a newer Quorum is refused and left as it was.
        const QString newer = testStore(m_dir.filePath(u"newer"_qs), true);
        QVERIFY(Store::open(newer).store);
        {
            QString error;
            QSqlQuery q(testSql(newer, &error));
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_qs));
        }
        closeTestSql(newer);
        const Store::Opened later = Store::open(newer);
        QVERIFY(!later.store);
        QVERIFY2(later.error.contains(u"newer Quorum"_qs), qPrintable(later.error));
        QCOMPARE(valueIn(newer, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs).toString(), u"99"_qs);
    }

    // Both stores share one schema ladder from version 10 on (schemaladder.h). A team store as the
    // last release wrote it (its own version 7) is brought onto it in one transaction; its schema is
    // then the same, column by column, index by index, reference by reference, as a team store
    // made afresh from the ladder; its rows, its search and the numbering of its people's verdicts
    // carry on.
    void aStoreOfTheLastReleaseMeetsTheLadder()
    {
        const QString fresh = testStore(m_dir.filePath(u"fresh"_qs), true), old = testStore(m_dir.filePath(u"v7"_qs), true);
        QVERIFY(Store::open(fresh).store);
        {
            Pg::Connection db;
            QCOMPARE(db.open(old), QString());
            const PgSchema::Readiness made = PgSchema::prepare(db, 7);
            QVERIFY2(made.ok, qPrintable(made.error));
        }
        {
            QString error;
            QSqlQuery q(testSql(old, &error));
            for (const QString &sql :
                 {u"INSERT INTO runs(id, name, plan_json, status, created_at) VALUES (1, 'old run', '{}', 'completed', 0)"_qs,
                  u"INSERT INTO scenarios(id, run_id, scenario_key, prompt, task_type) VALUES (1, 1, 'k', 'Name a heron.', 'qa')"_qs,
                  u"INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, "
                  "output_cost_per_1k) VALUES (1, 1, 'simulator/a', 'simulator', 'a', 'us-east-1', 'default', 0, 0)"_qs,
                  u"INSERT INTO invocations(id, run_id, variant_id, scenario_id, work_item, experiment, invocation_index, "
                  "temperature, status, first_start_at, t0, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, output_tokens, "
                  "reasoning_tokens, tokens_estimated, cost_usd, attempts, streamed, response_text) "
                  "VALUES (1, 1, 1, 1, 1, 0, 0, 0.7, 'ok', 0, 0, 100, 100, 0, 10, 20, 0, 0, 0.5, 1, 1, 'A grey heron.')"_qs,
                  u"INSERT INTO overrides(run_id, invocation_id, passed, reason, author, at) VALUES (1, 1, 1, 'r', 'ann', 0), "
                  "(1, 1, 0, 'r', 'ann', 1)"_qs})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        closeTestSql(old);

        const Store::Opened opened = Store::open(old);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.fromVersion, 7);
        const QStringList made = schemaShape(fresh), upgraded = schemaShape(old);
        QVERIFY(made.size() > 100);
        QCOMPARE(upgraded, made);
        QVERIFY2(made.contains(u"overrides | id | bigint | NO |  | YES | NEVER"_qs), qPrintable(made.filter(u"overrides | id"_qs).join(u'\n')));
        QCOMPARE(valueIn(old, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs).toString(), u"11"_qs);
        // The next person's verdict is numbered after the last one.
        QCOMPARE(valueIn(old, u"INSERT INTO overrides(run_id, invocation_id, passed, reason, author, at) "
                              "VALUES (1, 1, 1, 'r', 'bob', 2) RETURNING id"_qs).toLongLong(), 3);
        // The renamed search still finds the prompt and the answer.
        InvocationFilter f;
        f.search = u"heron"_qs;
        InvocationReader reader(old);
        QCOMPARE(reader.invocations(1, f).size(), 1);
        QCOMPARE(reader.error(), QString());
    }

    // A PostgreSQL 12 server is named and refused. The peer is a stand-in that speaks the start
    // of the v3 protocol as PostgreSQL documents it (Frontend/Backend Protocol, "Start-up"): it
    // declines SSL and GSS encryption, accepts the startup message without a password and
    // reports server_version 12.17, which is all libpq needs to connect.
    void oldServerIsRefused()
    {
        std::promise<quint16> port;
        std::thread peer([&port] { // its sockets live on its own thread, with blocking calls
            QTcpServer listener;
            port.set_value(listener.listen(QHostAddress::LocalHost) ? listener.serverPort() : 0);
            if (!listener.waitForNewConnection(10'000))
                return;
            std::unique_ptr<QTcpSocket> client(listener.nextPendingConnection());
            auto read = [&](qint64 n) {
                QByteArray data;
                while (data.size() < n && (client->bytesAvailable() > 0 || client->waitForReadyRead(10'000)))
                    data += client->read(n - data.size());
                return data;
            };
            for (;;) { // SSLRequest / GSSENCRequest (answered 'N'), then the StartupMessage
                const QByteArray length = read(4);
                if (length.size() < 4)
                    return;
                const QByteArray body = read(qFromBigEndian<qint32>(length.constData()) - 4);
                const qint32 code = body.size() >= 4 ? qFromBigEndian<qint32>(body.constData()) : 0;
                if (code == 80877103 || code == 80877104) {
                    client->write("N");
                    client->waitForBytesWritten();
                    continue;
                }
                break;
            }
            auto message = [](char type, const QByteArray &payload) -> QByteArray {
                QByteArray m(1, type), length(4, 0);
                qToBigEndian<qint32>(qint32(payload.size() + 4), length.data());
                return m + length + payload;
            };
            QByteArray ok(4, 0), key(8, 0);
            client->write(message('R', ok)); // AuthenticationOk
            client->write(message('S', QByteArray("server_version\0" "12.17\0", 21)));
            client->write(message('S', QByteArray("server_encoding\0" "UTF8\0", 21)));
            client->write(message('S', QByteArray("client_encoding\0" "UTF8\0", 21)));
            client->write(message('K', key));
            client->write(message('Z', "I"));
            client->waitForBytesWritten();
            read(5); // Terminate, or the connection closing
        });
        const quint16 listening = port.get_future().get();
        QVERIFY(listening);
        const Store::Opened old = Store::open(u"postgresql://quorum@127.0.0.1:%1/postgres?sslmode=prefer"_qs.arg(listening));
        peer.join();
        QVERIFY(!old.store);
        QVERIFY2(old.error.contains(u"PostgreSQL 12.17"_qs), qPrintable(old.error));
        QVERIFY2(old.error.contains(u"needs PostgreSQL 13 or newer"_qs), qPrintable(old.error));
    }

    // The server drops the writer's sessions: the writer stops and says why, and writes nothing.
    void lostSessionStopsTheWriter()
    {
        const QString db = testStore(m_dir.filePath(u"lost"_qs), true);
        const auto writer = Store::writerFor(db);
        QCOMPARE(writer->start(), QString());
        {
            QString error;
            QSqlQuery q(testSql(db, &error));
            QVERIFY(q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()"_qs));
        }
        QTest::qWait(300); // the server ends the sessions soon after it is asked to
        const qint64 run = writer->allocateId(StoreWriter::Table::Runs);
        QCOMPARE(run, 0); // no id could be reserved
        writer->submit(RunRecord{run, u"lost"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Running, 1});
        QVERIFY(!writer->flush(10000));
        const QString why = writer->lastError();
        QVERIFY2(why.contains(u"cannot write to postgresql://quorum@127.0.0.1:"_qs)
                     && (why.contains(u"cannot reserve ids for runs"_qs) || why.contains(u"server closed the connection"_qs)),
                 qPrintable(why));
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM runs"_qs), 0);
    }

    // Four quorum-cli runs write to one team store at once; each is killed once mid-way and resumed.
    void fourWritersKilledAndResumed()
    {
        m_sim->setProfile(profileFromJson(kKillableRun));
        const QString db = testStore(m_dir.filePath(u"four"_qs), true);
        QVERIFY(Store::open(db).store);
        const QString planPath = m_dir.filePath(u"four-plan.json"_qs);
        RunPlan p = plan(30, 2, 1);
        p.settings.parallel = 2;
        QCOMPARE(savePlan(p, planPath), QString());
        const qint64 perRun = 30 * 2;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENAI_API_KEY"_qs, u"k"_qs);
        env.insert(u"ANTHROPIC_API_KEY"_qs, u"k"_qs);
        env.insert(u"PGPASSWORD"_qs, u"quorum-test"_qs);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
        constexpr int kWriters = 4;
        QProcess writers[kWriters];
        for (int w = 0; w < kWriters; ++w) {
            writers[w].setProcessEnvironment(env);
            writers[w].start(quorumCli(), {u"run"_qs, u"--db"_qs, db, u"--no-access-check"_qs, u"--plan"_qs, planPath,
                                           u"--name"_qs, QStringLiteral("writer %1").arg(w)});
            QVERIFY(writers[w].waitForStarted());
        }
        // Kill each once it has stored some of its work (but not all of it).
        auto storedBy = [&](int w) {
            return scalarIn(db, QStringLiteral("SELECT count(*) FROM invocations i JOIN runs r ON r.id = i.run_id "
                                               "WHERE r.name = 'writer %1'").arg(w));
        };
        bool killed[kWriters] = {};
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 90000 && std::count(killed, killed + kWriters, true) < kWriters) {
            for (int w = 0; w < kWriters; ++w) {
                if (killed[w])
                    continue;
                QVERIFY2(writers[w].state() == QProcess::Running, "a writer ended before it could be killed mid-way");
                if (const qint64 n = storedBy(w); n >= 6 && n < perRun) {
                    ::kill(pid_t(writers[w].processId()), SIGKILL);
                    QVERIFY(writers[w].waitForFinished(10000));
                    killed[w] = true;
                }
            }
            QTest::qWait(5);
        }
        QCOMPARE(std::count(killed, killed + kWriters, true), kWriters);
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM runs"_qs), kWriters);
        // All four resume at once.
        for (int w = 0; w < kWriters; ++w) {
            const qint64 run = scalarIn(db, QStringLiteral("SELECT id FROM runs WHERE name = 'writer %1'").arg(w));
            QVERIFY(run > 0);
            writers[w].start(quorumCli(), {u"run"_qs, u"--db"_qs, db, u"--no-access-check"_qs, u"--resume"_qs, QString::number(run)});
            QVERIFY(writers[w].waitForStarted());
        }
        for (int w = 0; w < kWriters; ++w) {
            // The simulator answers from this thread's event loop: wait spinning it.
            QElapsedTimer running;
            running.start();
            while (writers[w].state() != QProcess::NotRunning && running.elapsed() < 90000)
                QTest::qWait(20);
            const bool finished = writers[w].state() == QProcess::NotRunning;
            QVERIFY2(finished, qPrintable(QStringLiteral("writer %1 did not finish: %2").arg(w)
                                              .arg(QString::fromUtf8(writers[w].readAllStandardError().right(600)))));
            QVERIFY2(writers[w].exitStatus() == QProcess::NormalExit && writers[w].exitCode() == 0,
                     qPrintable(QStringLiteral("writer %1 resumed and ended with %2 (%3): %4").arg(w).arg(writers[w].exitCode())
                                    .arg(writers[w].exitStatus() == QProcess::NormalExit ? u"exit"_qs : u"crash"_qs)
                                    .arg(QString::fromUtf8(writers[w].readAllStandardError().right(800)))));
        }
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM runs WHERE status = 'completed'"_qs), kWriters);
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM invocations"_qs), kWriters * perRun);
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM (SELECT run_id, work_item FROM invocations GROUP BY 1, 2) AS items"_qs),
                 kWriters * perRun);
        QCOMPARE(scalarIn(db, u"SELECT count(*) FROM verdicts"_qs), kWriters * perRun);                // one judge
        QCOMPARE(scalarIn(db, u"SELECT count(DISTINCT id) FROM verdicts"_qs), kWriters * perRun);
        // The rollups equal the rows, run by run.
        QCOMPARE(scalarIn(db, uR"(SELECT count(*) FROM (
            SELECT run_id, variant_id, scenario_id, count(*) AS n, count(jury_pass) AS s, coalesce(sum(jury_pass), 0) AS p
            FROM invocations GROUP BY 1, 2, 3
            EXCEPT SELECT run_id, variant_id, scenario_id, invocations, scored, passed FROM variant_scenario_rollup) AS differing)"_qs),
                 0);
        QCOMPARE(scalarIn(db, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs), kWriters * perRun);
        QCOMPARE(scalarIn(db, u"SELECT sum(verdicts) FROM judge_rollup"_qs), kWriters * perRun);
    }
};

QTEST_GUILESS_MAIN(TstTeamStore)
#include "tst_teamstore.moc"
