#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "jsoncompare.h"
#include "storesupport.h"
#include <QTest>

namespace {
// The quorum-cli under test (QUORUM_CLI_UNDER_TEST may name a copy, for repeated runs beside a build).
QString quorumCli()
{
    return qEnvironmentVariable("QUORUM_CLI_UNDER_TEST", QStringLiteral(QUORUM_CLI));
}
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
const QString kFixtures = QStringLiteral(QUORUM_FIXTURES) + u"/360-eval"_qs;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result cli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           const QString &workingDirectory = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(quorumCli(), arguments);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// A model the in-process simulator serves: no key, no network.
QString simulatorModels(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"models.jsonl"_qs);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"model_id": "simulator/swift-lite", "region": "us-east-1", "input_token_cost": 0.001, "output_token_cost": 0.002})" "\n");
    return path;
}

// A home with no Quorum data folder yet.
QProcessEnvironment freshHome(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, dir.filePath(u"home"_qs));
    env.remove(u"XDG_DATA_HOME"_qs);
    return env;
}
} // namespace

class TstCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateAcceptsThe360EvalFiles()
    {
        if (!QDir(kFixtures).exists())
            QFAIL("the 360-eval samples are missing from tests/data");
        QStringList files;
        for (const QString &sub : {u"config"_qs, u"datasets"_qs})
            for (const QFileInfo &f : QDir(kFixtures + u'/' + sub).entryInfoList(QDir::Files))
                files << f.absoluteFilePath();
        QCOMPARE(files.size(), 5);
        const Result r = cli(QStringList{u"validate"_qs} + files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(u": error:"_qs));
    }
    void validateReportsEachProblemWithItsLine()
    {
        const QString path = kData + u"/broken/models-broken.jsonl"_qs;
        const Result r = cli({u"validate"_qs, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + u":4: error: \"US West 2\" is not an AWS region"_qs), qPrintable(r.err));
        QVERIFY(r.err.contains(path + u":6: warning:"_qs));
        QVERIFY(!r.err.contains(u"sk-ant-secret"_qs)); // a secret in a file is never echoed
    }
    void validateJson()
    {
        const Result r = cli({u"validate"_qs, u"--json"_qs, kData + u"/good/siqa-items.jsonl"_qs,
                              kData + u"/broken/plan-syntax.json"_qs});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(u"ok").toBool(true), false);
        const QJsonArray files = doc.value(u"files").toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(u"ok").toBool(), true);
        QCOMPARE(files.at(0).toObject().value(u"kind").toString(), u"scenarios"_qs);
        const QJsonObject problem = files.at(1).toObject().value(u"problems").toArray().first().toObject();
        QCOMPARE(problem.value(u"line").toInt(), 2);
        QCOMPARE(problem.value(u"severity").toString(), u"error"_qs);
    }
    void strictTurnsWarningsIntoFailure()
    {
        const QString path = kData + u"/broken/not-an-image.png"_qs; // unreadable as any kind
        QCOMPARE(cli({u"validate"_qs, path}).exitCode, 2);
        QCOMPARE(cli({u"validate"_qs, kData + u"/good/mc.csv"_qs}).exitCode, 0);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"s.jsonl"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"text_prompt\": \"no newline at the end\"}");
        f.close();
        QCOMPARE(cli({u"validate"_qs, f.fileName()}).exitCode, 0);
        QCOMPARE(cli({u"validate"_qs, u"--strict"_qs, f.fileName()}).exitCode, 2);
        QCOMPARE(cli({u"validate"_qs, u"--kind"_qs, u"judges"_qs, f.fileName()}).exitCode, 2);
    }
    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 64);
        QCOMPARE(cli({u"frobnicate"_qs}).exitCode, 64);
        QCOMPARE(cli({u"validate"_qs}).exitCode, 64);
        QCOMPARE(cli({u"validate"_qs, u"--kind"_qs, u"pizza"_qs, u"x"_qs}).exitCode, 64);
        const Result help = cli({u"validate"_qs, u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--strict"));
    }
    void runsOnAFreshDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"fresh.sqlite"_qs);
        const Result r = cli({u"runs"_qs, u"--db"_qs, db, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(QFile::exists(db));
    }
    // No keychain daemon on test machines: status falls back to the environment, set fails cleanly.
    void keysFallBackToTheEnvironment()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
        env.insert(u"ANTHROPIC_API_KEY"_qs, u"sk-ant-very-secret"_qs);
        env.remove(u"OPENAI_API_KEY"_qs);
        env.remove(u"OPENAI_API"_qs);
        p.setProcessEnvironment(env);
        p.start(quorumCli(), {u"keys"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(!out.contains("very-secret"));
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(u"keychain_available").toBool(true), false);
        for (const QJsonValue &v : doc.value(u"providers").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"provider").toString() == u"anthropic") {
                QCOMPARE(o.value(u"source").toString(), u"environment"_qs);
                QCOMPARE(o.value(u"detail").toString(), u"ANTHROPIC_API_KEY"_qs); // the variable's name, never its value
            }
            if (o.value(u"provider").toString() == u"openai")
                QCOMPARE(o.value(u"configured").toBool(true), false);
        }
        p.start(quorumCli(), {u"keys"_qs, u"set"_qs, u"openai"_qs});
        QVERIFY(p.waitForStarted());
        p.write("sk-test\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no keychain"));
    }
    // 360-eval's own samples (with repeated rows) run whole: one stored invocation per row.
    void run360EvalSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows"); // counted with Python's csv module, repeats included
        QTest::newRow("data-extraction") << u"sample-benchmark-prompts-data-extraction.csv"_qs << 20;
        QTest::newRow("summarization") << u"sample-benchmark-prompts-summarization.csv"_qs << 20;
        QTest::newRow("text-to-sql") << u"sample-benchmark-prompts-text-to-sql.csv"_qs << 21;
    }
    void run360EvalSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"runs.sqlite"_qs);
        const Result r = cli({u"run"_qs, u"--scenarios"_qs, kFixtures + u"/datasets/"_qs + file, u"--models"_qs, simulatorModels(dir),
                              u"--latency-only"_qs, u"--parallel"_qs, u"16"_qs, u"--db"_qs, db, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(summary.value(u"stored"_qs).toInt(), rows);
        const Result listed = cli({u"runs"_qs, u"--db"_qs, db, u"--json"_qs});
        const QJsonArray runs = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"scenarios"_qs).toInt(), rows);
        QCOMPARE(runs.first().toObject().value(u"invocations"_qs).toInt(), rows);
        if (file.contains(u"summarization"_qs)) // its rows 2 and 12 are the same: still warned about
            QVERIFY2(r.err.contains(u":12: warning: the same scenario as"_qs), qPrintable(r.err));
    }
    // The first run on a machine: no data folder yet. The default database is made where --help says.
    void firstRunOnAFreshHome()
    {
        QTemporaryDir dir;
        const QProcessEnvironment env = freshHome(dir);
        const QString expected = dir.filePath(u"home/.local/share/quorum/quorum.sqlite"_qs);
        for (const QString &command : {u"run"_qs, u"runs"_qs, u"leaderboard"_qs, u"compare"_qs, u"rejudge"_qs}) {
            const Result help = cli({command, u"--help"_qs}, env);
            // Help text wraps long words: compare without white space.
            const QString text = QString::fromUtf8(help.out).remove(QRegularExpression(u"\\s+"_qs));
            QVERIFY2(text.contains(u"(default:"_qs + expected + u")."_qs), qPrintable(command + QString::fromUtf8(help.out)));
        }
        const Result r = cli({u"run"_qs, u"--scenarios"_qs, kFixtures + u"/datasets/sample-benchmark-prompts-summarization.csv"_qs,
                              u"--models"_qs, simulatorModels(dir), u"--latency-only"_qs, u"--parallel"_qs, u"16"_qs}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(expected));
        // --db in a folder that does not exist yet
        const QString nested = dir.filePath(u"a/b/c/runs.sqlite"_qs);
        const Result n = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs, simulatorModels(dir),
                              u"--latency-only"_qs, u"--db"_qs, nested}, env);
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        QVERIFY(QFile::exists(nested));
        // A folder that cannot be made: the message says why.
        const Result blocked = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs,
                                    simulatorModels(dir), u"--latency-only"_qs, u"--db"_qs, nested + u"/inside/runs.sqlite"_qs}, env);
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(u"cannot create the folder %1/inside: %1 is a file"_qs.arg(nested)), qPrintable(blocked.err));
    }
    // A CSV with its own column names runs unchanged once the columns are named.
    void csvColumnOptions()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"so.csv"_qs);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cleaned_question_body,cleaned_answer_body\nHow do I undo a commit?,git revert\nWhat is HEAD?,The current commit\n");
        f.close();
        QCOMPARE(cli({u"validate"_qs, csv}).exitCode, 2);
        const QStringList columns = {u"--prompt-column"_qs, u"cleaned_question_body"_qs, u"--golden-column"_qs,
                                     u"cleaned_answer_body"_qs, u"--task-type"_qs, u"git"_qs};
        const Result v = cli(QStringList{u"validate"_qs, csv} + columns);
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        const Result r = cli(QStringList{u"run"_qs, u"--scenarios"_qs, csv, u"--models"_qs, simulatorModels(dir), u"--latency-only"_qs,
                                         u"--db"_qs, dir.filePath(u"r.sqlite"_qs), u"--json"_qs} + columns);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"stored"_qs).toInt(), 2);
    }
    // Tables are as wide as their cells: a long variant name is shown whole.
    void tablesNeverCutAVariantName()
    {
        QTemporaryDir dir;
        const QString models = dir.filePath(u"long.jsonl"_qs);
        QFile f(models);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_id": "simulator/us.amazon.nova-pro-v1:0-with-a-long-suffix", "region": "us-west-2", "service_tier": "priority", "input_token_cost": 0.001, "output_token_cost": 0.002})" "\n");
        f.close();
        const QString db = dir.filePath(u"r.sqlite"_qs);
        const Result r = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs, models,
                              u"--latency-only"_qs, u"--db"_qs, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Result board = cli({u"leaderboard"_qs, u"--run"_qs, u"1"_qs, u"--db"_qs, db});
        QVERIFY2(board.exitCode == 0, qPrintable(board.err));
        QVERIFY2(board.out.contains("simulator/us.amazon.nova-pro-v1:0-with-a-long-suffix@us-west-2#priority"), board.out.constData());
    }
    // run --json prints one JSON document on stdout when it cannot run, too.
    void runJsonWhenItCannotRun()
    {
        QTemporaryDir dir;
        const Result bad = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/broken/scenarios-broken.jsonl"_qs, u"--models"_qs,
                                simulatorModels(dir), u"--latency-only"_qs, u"--db"_qs, dir.filePath(u"r.sqlite"_qs), u"--json"_qs});
        QCOMPARE(bad.exitCode, 2);
        const QJsonObject a = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(a.value(u"status"_qs).toString(), u"not_run"_qs);
        QCOMPARE(a.value(u"exit_code"_qs).toInt(), 2);
        QVERIFY(!a.value(u"problems"_qs).toArray().isEmpty());
        QCOMPARE(a.value(u"problems"_qs).toArray().first().toObject().value(u"file"_qs).toString(), kData + u"/broken/scenarios-broken.jsonl"_qs);
        const Result url = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs,
                                simulatorModels(dir), u"--latency-only"_qs, u"--db"_qs, u"mysql://x@y/z"_qs, u"--json"_qs});
        QCOMPARE(url.exitCode, 1);
        const QJsonObject b = QJsonDocument::fromJson(url.out).object();
        QCOMPARE(b.value(u"exit_code"_qs).toInt(), 1);
        QVERIFY(b.value(u"error"_qs).toString().contains(u"is a URL"_qs));
    }
    // A URL is never taken for a file path: a postgresql:// one is a team store (here on a port
    // nothing listens on, so it cannot be reached, and its password is never shown); others are refused.
    void databaseUrlIsNotAFile()
    {
        QTemporaryDir dir;
        for (const QStringList &args : {QStringList{u"runs"_qs}, QStringList{u"leaderboard"_qs, u"--run"_qs, u"1"_qs},
                                        QStringList{u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs,
                                                    simulatorModels(dir), u"--latency-only"_qs}}) {
            const Result other = cli(args + QStringList{u"--db"_qs, u"mysql://ana@db.example:3306/evals"_qs},
                                     QProcessEnvironment::systemEnvironment(), dir.path());
            QCOMPARE(other.exitCode, 1);
            QVERIFY2(other.err.contains(u"mysql://ana@db.example:3306/evals is a URL, not a database file"_qs), qPrintable(other.err));
            const Result team = cli(args + QStringList{u"--db"_qs, u"postgresql://ana:s3cret@127.0.0.1:1/evals"_qs},
                                    QProcessEnvironment::systemEnvironment(), dir.path());
            QCOMPARE(team.exitCode, 1);
            QVERIFY2(team.err.contains(u"postgresql://ana:***@127.0.0.1:1/evals: the server cannot be reached"_qs), qPrintable(team.err));
            QVERIFY2(!team.err.contains(u"s3cret"_qs) && !team.out.contains("s3cret"), qPrintable(team.err));
            QVERIFY(!QFileInfo::exists(dir.filePath(u"postgresql:"_qs)) && !QFileInfo::exists(dir.filePath(u"mysql:"_qs)));
        }
    }
    // A finished run goes to the team store with every row and comes back the same; pushing or
    // pulling it again changes nothing.
    void teamStorePushAndPull()
    {
        QTemporaryDir dir;
        const QString local = dir.filePath(u"local.sqlite"_qs), back = dir.filePath(u"back.sqlite"_qs);
        const QString team = Quorum::TestSupport::testStore(dir.filePath(u"team"_qs), true);
        QFile judges(dir.filePath(u"judges.jsonl"_qs));
        QVERIFY(judges.open(QIODevice::WriteOnly));
        judges.write(R"({"model_id": "simulator/judge-alpha", "region": "us-east-1"})" "\n"
                     R"({"model_id": "simulator/judge-beta", "region": "us-east-1"})" "\n");
        judges.close();
        const Result ran = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs, simulatorModels(dir),
                                u"--judges"_qs, judges.fileName(), u"--parallel"_qs, u"16"_qs, u"--db"_qs, local});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));

        const Result pushed = cli({u"push"_qs, u"--run"_qs, u"1"_qs, u"--from"_qs, local, u"--to"_qs, team, u"--json"_qs});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        const QJsonObject p = QJsonDocument::fromJson(pushed.out).object();
        QCOMPARE(p.value(u"status"_qs).toString(), u"copied"_qs);
        qint64 teamRun = p.value(u"target_run"_qs).toInteger();
        auto count = [](const QString &store, const QString &table, qint64 run) {
            return Quorum::TestSupport::scalarIn(store, QStringLiteral("SELECT count(*) FROM %1 WHERE run_id = %2").arg(table).arg(run));
        };
        for (const QString &table : {u"scenarios"_qs, u"variants"_qs, u"judges"_qs, u"invocations"_qs, u"verdicts"_qs, u"errors"_qs,
                                     u"run_events"_qs}) {
            QCOMPARE(count(team, table, teamRun), count(local, table, 1));
            QVERIFY(table == u"errors" || count(local, table, 1) > 0);
        }
        QCOMPARE(p.value(u"verdicts"_qs).toInt(), 2 * p.value(u"invocations"_qs).toInt());

        const Result again = cli({u"push"_qs, u"--run"_qs, u"1"_qs, u"--from"_qs, local, u"--to"_qs, team, u"--json"_qs});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"status"_qs).toString(), u"already_there"_qs);
        QCOMPARE(Quorum::TestSupport::scalarIn(team, u"SELECT count(*) FROM runs"_qs), 1);
        QCOMPARE(Quorum::TestSupport::scalarIn(team, u"SELECT count(*) FROM invocations"_qs), count(local, u"invocations"_qs, 1));

        // A push that stopped half-way (its connection lost): the run still "running" there, with
        // half of its answers. The next push deletes it and copies the run whole.
        {
            QString error;
            QSqlQuery q(Quorum::TestSupport::testSql(team, &error));
            QVERIFY2(q.exec(u"UPDATE runs SET status = 'running', response_fingerprint = NULL"_qs), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"DELETE FROM verdicts WHERE invocation_id > (SELECT avg(id) FROM invocations)"_qs), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"DELETE FROM invocations WHERE id > (SELECT avg(id) FROM invocations)"_qs), qPrintable(q.lastError().text()));
        }
        Quorum::TestSupport::closeTestSql(team);
        QVERIFY(Quorum::TestSupport::scalarIn(team, u"SELECT count(*) FROM invocations"_qs) < count(local, u"invocations"_qs, 1));
        const Result repaired = cli({u"push"_qs, u"--run"_qs, u"1"_qs, u"--from"_qs, local, u"--to"_qs, team, u"--json"_qs});
        QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.err));
        const QJsonObject r = QJsonDocument::fromJson(repaired.out).object();
        QCOMPARE(r.value(u"status"_qs).toString(), u"copied"_qs);
        QCOMPARE(r.value(u"replaced_half_copies"_qs).toInt(), 1);
        QVERIFY(r.value(u"target_run"_qs).toInteger() != teamRun);
        teamRun = r.value(u"target_run"_qs).toInteger();
        QCOMPARE(Quorum::TestSupport::scalarIn(team, u"SELECT count(*) FROM runs"_qs), 1);
        for (const QString &table : {u"scenarios"_qs, u"variants"_qs, u"judges"_qs, u"invocations"_qs, u"verdicts"_qs,
                                     u"variant_scenario_rollup"_qs, u"metric_histogram"_qs})
            QCOMPARE(Quorum::TestSupport::scalarIn(team, u"SELECT count(*) FROM "_qs + table), count(local, table, 1));

        auto board = [](const QString &store, qint64 run) {
            QJsonObject o = QJsonDocument::fromJson(cli({u"leaderboard"_qs, u"--run"_qs, QString::number(run), u"--db"_qs, store,
                                                         u"--json"_qs}).out).object();
            o.remove(u"run_id"_qs);
            return o;
        };
        const QJsonObject original = board(local, 1);
        QVERIFY(!original.isEmpty());
        QString where;
        QVERIFY2(Quorum::TestSupport::sameJson(board(team, teamRun), original, &where), qPrintable(where));

        QCOMPARE(cli({u"pull"_qs, u"--run"_qs, QString::number(teamRun), u"--from"_qs, team, u"--to"_qs, back}).exitCode, 0);
        const Result twice = cli({u"pull"_qs, u"--run"_qs, QString::number(teamRun), u"--from"_qs, team, u"--to"_qs, back});
        QVERIFY2(twice.err.contains(u"already"_qs), qPrintable(twice.err));
        QVERIFY2(Quorum::TestSupport::sameJson(board(back, 1), original, &where), qPrintable(where));
        const QString fingerprint = Quorum::TestSupport::valueIn(local, u"SELECT response_fingerprint FROM runs"_qs).toString();
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(Quorum::TestSupport::valueIn(back, u"SELECT response_fingerprint FROM runs"_qs).toString(), fingerprint);
        QCOMPARE(Quorum::TestSupport::valueIn(team, u"SELECT response_fingerprint FROM runs"_qs).toString(), fingerprint);
    }
    // A writer lock held by another process: the message names that process and its host.
    void heldLockNamesItsHolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"runs.sqlite"_qs);
        QLockFile held(db + u".writer-lock"_qs);
        QVERIFY(held.tryLock());
        const Result r = cli({u"run"_qs, u"--scenarios"_qs, kData + u"/good/siqa-items.jsonl"_qs, u"--models"_qs, simulatorModels(dir),
                              u"--latency-only"_qs, u"--db"_qs, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("process %1 on host %2").arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName())),
                 qPrintable(r.err));
    }
    void runsRefusesAnUnknownFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"junk.sqlite"_qs);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'j'));
        f.close();
        const Result r = cli({u"runs"_qs, u"--db"_qs, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(db));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
