#pragma once

// What the run-controller tests share: a simulator on loopback, plans of numbered scenarios and
// models pointed at it, options with the keys it takes, and helpers to run to the end or cancel.
#include "engine/runcontroller.h"
#include "simtestsupport.h"
#include "storesupport.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Quorum::TestSupport {

// The quorum-cli under test (QUORUM_CLI_UNDER_TEST may name a copy, for repeated runs beside a build).
inline QString quorumCli()
{
    return qEnvironmentVariable("QUORUM_CLI_UNDER_TEST", QStringLiteral(QUORUM_CLI));
}

inline qint64 scalar(const QString &db, const QString &sql)
{
    QString error;
    QSqlQuery q(TestSupport::testSql(db, &error));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A simulator profile with scripted answers: every model answers "Alpha beta gamma." (what the
// plans' golden answers contain), except model-0, which answers `wrongText` to the scenarios
// numbered in `wrong`. With the "contains" scorer, the right items are known by construction.
inline QByteArray scriptedProfile(const QList<int> &wrong, const QString &wrongText = QStringLiteral("I could not say."))
{
    QJsonArray rules;
    if (!wrong.isEmpty()) {
        QStringList numbers;
        for (int n : wrong)
            numbers << QString::number(n);
        rules.append(QJsonObject{{QStringLiteral("model"), QStringLiteral("model-0")},
                                 {QStringLiteral("prompt"), QStringLiteral("scenario (%1):").arg(numbers.join(u'|'))},
                                 {QStringLiteral("reply"), QJsonObject{{QStringLiteral("text"), wrongText}}}});
    }
    rules.append(QJsonObject{{QStringLiteral("reply"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Alpha beta gamma.")}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("time_scale"), 0}, {QStringLiteral("rules"), rules}}).toJson();
}

// What quorum-cli did: its exit code (-1 when it crashed) and what it printed.
struct CliResult
{
    int code = -1;
    QByteArray out, err;
};

// quorum-cli with `arguments`, this process's event loop running meanwhile (so the simulator in
// it answers the calls), with the simulator's OpenAI key set.
inline CliResult runCli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("k"));
    p.setProcessEnvironment(env);
    p.start(quorumCli(), arguments);
    if (!p.waitForStarted())
        qFatal("quorum-cli did not start");
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 60000)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning)
        qFatal("quorum-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// The base of the run tests (call startSimulator() from init() and stopSimulator() from cleanup()).
class RunTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    Sim::Simulator *m_sim = nullptr;

    RunPlan plan(int scenarios, int models, int judges = 0)
    {
        RunPlan p;
        p.name = u"test"_qs;
        for (int i = 0; i < scenarios; ++i) {
            Scenario s;
            s.id = QString::number(i);
            s.prompt = QStringLiteral("scenario %1: 'Alpha beta gamma. Delta epsilon.'").arg(i);
            s.goldenAnswer = u"Alpha beta gamma"_qs;
            s.taskType = i % 2 ? u"qa"_qs : u"summary"_qs;
            p.scenarios << s;
        }
        for (int i = 0; i < models; ++i) {
            ModelVariant m = variant(QStringLiteral("openai/model-%1").arg(i), m_sim->baseUrl());
            m.region = i % 2 ? u"eu-west-1"_qs : u"us-east-1"_qs;
            p.models << m;
        }
        for (int i = 0; i < judges; ++i)
            p.judges << variant(QStringLiteral("anthropic/judge-%1").arg(i), m_sim->baseUrl());
        p.settings.latencyOnly = judges == 0;
        p.settings.parallel = 4;
        return p;
    }
    // Options for a run into the store at `db` (none when `db` is empty: for the environment alone).
    RunOptions options(const QString &db)
    {
        RunOptions o;
        if (!db.isEmpty()) {
            const Store::Opened opened = Store::open(db);
            if (!opened.store)
                qFatal("cannot open the test store %s: %s", qPrintable(db), qPrintable(opened.error));
            o.store = opened.store;
        }
        QProcessEnvironment env;
        env.insert(u"OPENAI_API_KEY"_qs, u"k"_qs);
        env.insert(u"ANTHROPIC_API_KEY"_qs, u"k"_qs);
        env.insert(u"GEMINI_API_KEY"_qs, u"k"_qs);
        env.insert(u"AWS_ACCESS_KEY_ID"_qs, QString::fromLatin1(Sim::kTestAccessKeyId));
        env.insert(u"AWS_SECRET_ACCESS_KEY"_qs, QString::fromLatin1(Sim::kTestSecretAccessKey));
        o.environment = env;
        o.retry.baseMs = 5;
        o.retry.capMs = 20;
        return o;
    }
    // Runs to the end; returns the final status.
    RunStatus runToEnd(RunController &controller)
    {
        QSignalSpy finished(&controller, &RunController::finished);
        const QString error = controller.start();
        if (!error.isEmpty())
            qFatal("start: %s", qPrintable(error));
        if (!finished.wait(60000))
            qFatal("the run did not finish");
        return finished.first().first().value<RunStatus>();
    }

    // Starts a run, cancels it once at least `atLeast` items are stored, and waits for the
    // cancelled end; returns the run's id.
    qint64 runThenCancel(const RunPlan &p, const QString &db, qint64 atLeast)
    {
        RunController controller(p, options(db));
        QSignalSpy finished(&controller, &RunController::finished);
        if (const QString error = controller.start(); !error.isEmpty())
            qFatal("start: %s", qPrintable(error));
        const qint64 runId = controller.runId();
        QElapsedTimer clock;
        clock.start();
        while (controller.snapshot().done < atLeast && clock.elapsed() < 20000)
            QTest::qWait(5);
        controller.cancel();
        if (!finished.wait(20000))
            qFatal("the cancelled run did not end");
        if (finished.first().first().value<RunStatus>() != RunStatus::Cancelled)
            qFatal("the run ended before it could be cancelled");
        return runId;
    }

    void startSimulator()
    {
        m_sim = new Sim::Simulator(profileFromJson(R"({"time_scale": 0})"), this);
        QCOMPARE(m_sim->listen(), QString());
    }
    void stopSimulator() { delete m_sim; }
};

} // namespace Quorum::TestSupport
