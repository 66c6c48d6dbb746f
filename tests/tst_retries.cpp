// Retries end to end, through the engine, the real clients and the simulator.
#include "runtestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstRetries final : public RunTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    void failuresAreRetriedAndRecorded()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [
            {"prompt": "scenario 0:", "times": 2, "reply": {"status": 503, "error_code": "server_error"}},
            {"prompt": "scenario 1:", "reply": {"status": 400, "error_code": "invalid_request_error", "error_message": "bad"}}
        ]})"));
        const QString db = m_dir.filePath(u"f.sqlite"_qs);
        RunController controller(plan(3, 1), options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed); // model errors do not fail the run
        QCOMPARE(scalar(db, u"SELECT attempts FROM invocations i JOIN scenarios s ON s.id = i.scenario_id WHERE s.scenario_key = '0'"_qs), 3);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM attempts WHERE error_class = 'server' AND retry_delay_ms > 0"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE status = 'error' AND error_class = 'invalid_request' AND attempts = 1"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM errors WHERE category = 'api' AND class = 'invalid_request'"_qs), 1);
        QCOMPARE(controller.snapshot().errorsByClass.value(u"invalid_request"_qs), 1);
        SqliteStore::closeConnection(db);
    }

    // A server that refuses stream_options: the refused request is an attempt like any other,
    // stored with its reason and counted (retries = attempts - 1).
    void refusedOptionIsAStoredAttempt()
    {
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [
            {"times": 1, "reply": {"status": 400, "error_code": "invalid_request_error",
             "error_message": "Unrecognized request argument supplied: stream_options"}}]})"));
        const QString db = m_dir.filePath(u"so.sqlite"_qs);
        RunPlan p = plan(1, 0);
        p.models << variant(u"openai-compatible/old-server"_qs, m_sim->baseUrl());
        p.models.last().apiKeyEnv = u"OPENAI_API_KEY"_qs;
        RunController controller(p, options(db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT attempts FROM invocations WHERE status = 'ok'"_qs), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM attempts WHERE attempt_no = 1 AND http_status = 400 "
                            "AND error_class = 'invalid_request' AND reason LIKE '%stream_options%'"_qs), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM attempts WHERE attempt_no = 2 AND http_status = 200 AND error_class IS NULL"_qs), 1);
        SqliteStore::closeConnection(db);
    }

    // Retries end to end, through the engine, the real clients and the simulator: what is worth
    // another try is retried with a backoff (and succeeds), what another try cannot fix is not.
    void retriedOrNot_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("errorClass"); // of the invocation; empty: it succeeded
        QTest::newRow("openai 500") << u"openai/m"_qs << QByteArray(R"({"times": 2, "reply": {"status": 500}})") << 3 << QString();
        QTest::newRow("openai 503") << u"openai/m"_qs << QByteArray(R"({"times": 2, "reply": {"status": 503}})") << 3 << QString();
        QTest::newRow("anthropic 529") << u"anthropic/m"_qs << QByteArray(R"({"times": 2, "reply": {"status": 529}})") << 3 << QString();
        QTest::newRow("gemini 503") << u"gemini/m"_qs << QByteArray(R"({"times": 1, "reply": {"status": 503}})") << 2 << QString();
        QTest::newRow("bedrock throttled before the stream")
            << u"bedrock/amazon.nova-lite-v1:0"_qs << QByteArray(R"({"times": 2, "reply": {"status": 429, "error_code": "ThrottlingException", "error_message": "slow down"}})")
            << 3 << QString();
        QTest::newRow("bedrock throttled inside the stream")
            << u"bedrock/amazon.nova-lite-v1:0"_qs
            << QByteArray(R"({"times": 1, "reply": {"chunks": ["a", "b"], "mid_stream_error": "throttlingException", "after_chunks": 1}})")
            << 2 << QString();
        QTest::newRow("openai 401") << u"openai/m"_qs << QByteArray(R"({"reply": {"status": 401, "error_code": "invalid_api_key"}})") << 1 << u"auth"_qs;
        QTest::newRow("anthropic 403") << u"anthropic/m"_qs << QByteArray(R"({"reply": {"status": 403}})") << 1 << u"auth"_qs;
        QTest::newRow("openai 400") << u"openai/m"_qs << QByteArray(R"({"reply": {"status": 400}})") << 1 << u"invalid_request"_qs;
        QTest::newRow("openai quota") << u"openai/m"_qs
            << QByteArray(R"({"reply": {"status": 429, "error_code": "insufficient_quota", "error_message": "You exceeded your current quota"}})")
            << 1 << u"quota"_qs;
        QTest::newRow("bedrock validation") << u"bedrock/amazon.nova-lite-v1:0"_qs << QByteArray(R"({"reply": {"status": 400}})") << 1
                                            << u"invalid_request"_qs;
    }

    void retriedOrNot()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, rule);
        QFETCH(int, attempts);
        QFETCH(QString, errorClass);
        m_sim->setProfile(profileFromJson(R"({"time_scale": 0, "rules": [)" + rule + "]}"));
        const QString db = m_dir.filePath(QStringLiteral("retry-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        RunPlan p = plan(1, 0);
        p.models << variant(model, m_sim->baseUrl());
        RunOptions o = options(db);
        o.retry.baseMs = 40; // backoff ceilings 80, 160, … ms
        o.retry.capMs = 2000;
        RunController controller(p, o);
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(m_sim->requestCount(), attempts);
        QCOMPARE(scalar(db, u"SELECT attempts FROM invocations"_qs), attempts);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM attempts"_qs), attempts);
        if (errorClass.isEmpty()) {
            QCOMPARE(scalar(db, u"SELECT count(*) FROM invocations WHERE status = 'ok'"_qs), 1);
            // Each failed attempt waited before the next: a delay was chosen, and it was slept.
            QString e;
            QSqlQuery q(SqliteStore::connection(db, &e));
            QVERIFY(q.exec(u"SELECT started_at, duration_ms, retry_delay_ms, error_class FROM attempts ORDER BY attempt_no"_qs));
            qint64 nextNotBefore = 0;
            int failed = 0;
            while (q.next()) {
                QVERIFY2(q.value(0).toLongLong() + 1 >= nextNotBefore, "an attempt started before its backoff ended");
                if (!q.value(3).isNull()) {
                    ++failed;
                    QVERIFY2(q.value(2).toDouble() > 0, "a retry without a backoff delay");
                    nextNotBefore = q.value(0).toLongLong() + qint64(q.value(1).toDouble()) + qint64(q.value(2).toDouble());
                }
            }
            QCOMPARE(failed, attempts - 1);
        } else {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM invocations WHERE status = 'error' AND error_class = '%1'").arg(errorClass)), 1);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM attempts WHERE retry_delay_ms > 0"_qs), 0);
        }
        SqliteStore::closeConnection(db);
    }

    // A 429's Retry-After (seconds, or an HTTP-date) is a floor under the backoff: the engine
    // waits at least that long, counts the attempt, and the call then succeeds.
    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("seconds") << u"seconds"_qs;
        QTest::newRow("HTTP-date") << u"date"_qs;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(QString, form);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3);
        const QString value = form == u"seconds" ? u"1"_qs : QLocale::c().toString(at, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_qs);
        m_sim->setProfile(profileFromJson(QStringLiteral(R"({"time_scale": 0, "rules": [{"times": 1, "reply": {"status": 429,
            "error_code": "rate_limit_exceeded", "error_message": "Rate limit reached", "headers": {"retry-after": "%1"}}}]})").arg(value).toUtf8()));
        const QString db = m_dir.filePath(u"retry-after-"_qs + form + u".sqlite"_qs);
        RunPlan p = plan(1, 1);
        RunOptions o = options(db);
        o.retry.baseMs = 1; // the backoff alone would retry at once
        o.retry.capMs = 5000;
        RunController controller(p, o);
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        QCOMPARE(scalar(db, u"SELECT attempts FROM invocations WHERE status = 'ok'"_qs), 2);
        const qint64 firstStart = scalar(db, u"SELECT started_at FROM attempts WHERE attempt_no = 1"_qs);
        const qint64 secondStart = scalar(db, u"SELECT started_at FROM attempts WHERE attempt_no = 2"_qs);
        const qint64 delay = scalar(db, u"SELECT CAST(retry_delay_ms AS INTEGER) FROM attempts WHERE attempt_no = 1"_qs);
        // An HTTP-date has whole seconds: at most one second less than asked.
        const qint64 floor = form == u"seconds" ? 1000 : at.toMSecsSinceEpoch() - firstStart - 1000;
        QVERIFY2(delay >= floor - 5, qPrintable(QStringLiteral("delay %1 ms, the server asked for %2 ms").arg(delay).arg(floor)));
        QVERIFY2(secondStart - firstStart >= floor - 5, qPrintable(QString::number(secondStart - firstStart)));
        QVERIFY2(secondStart - firstStart < floor + 1500, qPrintable(QString::number(secondStart - firstStart)));
        SqliteStore::closeConnection(db);
    }
};

QTEST_GUILESS_MAIN(TstRetries)
#include "tst_retries.moc"
