#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
const QString kFixtures = QStringLiteral(QUORUM_FIXTURES) + u"/360-eval"_qs;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(QUORUM_CLI), arguments);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TstCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateAcceptsThe360EvalFiles()
    {
        if (!QDir(kFixtures).exists())
            QSKIP("the shared 360-eval fixtures are not beside this checkout");
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
        p.start(QStringLiteral(QUORUM_CLI), {u"keys"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(!out.contains("very-secret"));
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(u"keychain_available").toBool(true), false);
        for (const QJsonValue &v : doc.value(u"providers").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"provider").toString() == u"anthropic")
                QCOMPARE(o.value(u"source").toString(), u"environment"_qs);
            if (o.value(u"provider").toString() == u"openai")
                QCOMPARE(o.value(u"configured").toBool(true), false);
        }
        p.start(QStringLiteral(QUORUM_CLI), {u"keys"_qs, u"set"_qs, u"openai"_qs});
        QVERIFY(p.waitForStarted());
        p.write("sk-test\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no keychain"));
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
