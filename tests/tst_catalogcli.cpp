// quorum-cli catalog, run as a script runs it: list and coverage as JSON for scripts, show,
// diff of two snapshots, export into the model pipeline's template, and a refresh against the
// loopback fake of Artificial Analysis whose scores then fill the template; keys status names the
// published sources. Every user file sits in a temporary QUORUM_CATALOG_DIR.
#include "simulator/catalogapis.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class TestCatalogCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"QUORUM_CATALOG_DIR"_qs, m_dir.filePath(u"catalog"_qs));
        e.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        e.remove(u"ARTIFICIAL_ANALYSIS_API_KEY"_qs);
        e.remove(u"AA_API_KEY"_qs);
        e.remove(u"HF_TOKEN"_qs);
        e.remove(u"HUGGING_FACE_HUB_TOKEN"_qs);
        return e;
    }

    // Runs quorum-cli with this process's event loop turning (a fake it talks to lives here).
    Result cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(QUORUM_CLI), arguments);
        if (p.waitForStarted(10000))
            loop.exec();
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    Result cli(const QStringList &arguments) { return cli(arguments, env()); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    static QJsonObject modelIn(const QJsonObject &list, const QString &provider, const QString &id)
    {
        for (const QJsonValue &m : list.value(u"models").toArray())
            if (m[u"provider"].toString() == provider && m[u"id"].toString() == id)
                return m.toObject();
        return {};
    }

private Q_SLOTS:
    // What scripts read: the catalog's version and every model with its prices, each with its
    // unit in the key, effective_from, read_on and source.
    void listAsJson()
    {
        const Result r = cli({u"catalog"_qs, u"list"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        QVERIFY(doc.value(u"catalog_version").toString().startsWith(u"2026-09-23."_qs));
        QVERIFY(doc.value(u"models").toArray().size() >= 500);
        const QJsonObject gpt = modelIn(doc, u"openai"_qs, u"gpt-5.4"_qs);
        QCOMPARE(gpt.value(u"context_window").toInteger(), 1050000);
        const QJsonObject price = gpt.value(u"prices").toArray().first().toObject();
        QCOMPARE(price.value(u"input_usd_per_mtok").toDouble(), 2.5);
        QCOMPARE(price.value(u"output_usd_per_mtok").toDouble(), 15.0);
        QVERIFY(price.contains(u"effective_from"));
        QCOMPARE(price.value(u"read_on").toString(), u"2026-09-23"_qs);
        QCOMPARE(price.value(u"source").toString(), u"@pydantic/genai-prices 0.1.8"_qs);
        QVERIFY(gpt.value(u"scores").isArray());

        const Result bedrock = cli({u"catalog"_qs, u"list"_qs, u"--provider"_qs, u"bedrock"_qs, u"--json"_qs});
        for (const QJsonValue &m : bedrock.json().value(u"models").toArray())
            QCOMPARE(m[u"provider"].toString(), u"bedrock"_qs);
        const Result text = cli({u"catalog"_qs, u"list"_qs});
        QVERIFY(text.out.startsWith("Model "));
        QVERIFY(text.err.contains(u"prices in USD per million tokens"_qs));
    }

    void coverageAsJson()
    {
        const Result r = cli({u"catalog"_qs, u"coverage"_qs, u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        const qint64 models = doc.value(u"models").toInteger();
        QVERIFY(models >= 500);
        const QJsonObject fields = doc.value(u"fields").toObject();
        QCOMPARE(fields.value(u"prices").toObject().value(u"count").toInteger(), models);
        QVERIFY(fields.value(u"context_window").toObject().value(u"count").toInteger() > models / 2);
        QCOMPARE(fields.value(u"scores").toObject().value(u"count").toInteger(), 0); // AA's are never shipped
    }

    void showOneModel()
    {
        const Result r = cli({u"catalog"_qs, u"show"_qs, u"openai/gpt-5.4"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("default undated (in force): $2.50 / $15.00 / $0.25 / —, read 2026-09-23, @pydantic/genai-prices 0.1.8"));
        QVERIFY(r.out.contains("above 271,999 input tokens: $5.00 / $22.50 / $0.50 / — for the whole request")
                || r.out.contains("above 271999 input tokens: $5.00 / $22.50 / $0.50 / — for the whole request"));
        // A plan's dated id finds its entry too; an unknown one is said and exits 3.
        QCOMPARE(cli({u"catalog"_qs, u"show"_qs, u"openai/gpt-5.4-2026-03-05"_qs}).exitCode, 0);
        const Result unknown = cli({u"catalog"_qs, u"show"_qs, u"openai/no-such-model"_qs});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.err.contains(u"no model \"openai/no-such-model\""_qs));
    }

    // Two snapshots: one model's price changed, one gone, one new.
    void diffOfTwoSnapshots()
    {
        const QJsonObject doc = cli({u"catalog"_qs, u"list"_qs, u"--provider"_qs, u"anthropic"_qs, u"--json"_qs}).json();
        QJsonArray models = doc.value(u"models").toArray();
        QVERIFY(models.size() > 3);
        const QString before = write(u"before.json"_qs, QJsonDocument(QJsonObject{{u"models"_qs, models}}).toJson());
        QJsonObject first = models.at(0).toObject();
        QJsonArray prices = first.value(u"prices").toArray();
        QJsonObject p = prices.at(0).toObject();
        const double old = p.value(u"input_usd_per_mtok").toDouble();
        p.insert(u"input_usd_per_mtok"_qs, old * 2);
        prices.replace(0, p);
        first.insert(u"prices"_qs, prices);
        models.replace(0, first);
        const QString gone = models.at(1)[u"id"].toString();
        models.removeAt(1);
        models.append(QJsonObject{{u"provider"_qs, u"anthropic"_qs}, {u"id"_qs, u"claude-next"_qs}});
        const QString after = write(u"after.json"_qs, QJsonDocument(QJsonObject{{u"models"_qs, models}}).toJson());
        const Result r = cli({u"catalog"_qs, u"diff"_qs, before, after});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"added    anthropic/claude-next"_qs), qPrintable(text));
        QVERIFY(text.contains(u"removed  anthropic/"_qs + gone));
        QVERIFY(text.contains(u"changed  anthropic/%1 input_usd_per_mtok: %2 → %3"_qs.arg(first[u"id"].toString())
                                  .arg(old, 0, 'g', 10)
                                  .arg(old * 2, 0, 'g', 10)));
        QVERIFY(text.contains(u"1 added, 1 removed, 1 changed"_qs));
        QCOMPARE(cli({u"catalog"_qs, u"diff"_qs, before, write(u"bad.json"_qs, "{\n  \"models\": 3\n}\n")}).exitCode, 2);
    }

    // The model pipeline's template, one file a model; and after a refresh from the Artificial
    // Analysis fake, the published scores fill it, with the attribution in `catalog show`.
    void exportAndRefreshFillTheTemplate()
    {
        const QString templ = write(u"template.json"_qs, R"json({"entity_benchmarks": {"artificial_analysis": null},
 "dev_benchmarks": {"MMLU Pro": null, "GPQA diamond": null},
 "community_score": {"lm_sys_arena_score": null, "hf_score": null},
 "model_specs": {"input_price": null, "output_price": null, "context_window": null, "param_count": null, "architecture": null}})json");
        const QString out = m_dir.filePath(u"models"_qs);
        Result r = cli({u"catalog"_qs, u"export"_qs, u"--template"_qs, templ, u"--out"_qs, out, u"--provider"_qs, u"openai"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile gptFile(out + u"/openai_gpt-5.4.json"_qs);
        QVERIFY(gptFile.open(QIODevice::ReadOnly));
        const QJsonObject gpt = QJsonDocument::fromJson(gptFile.readAll()).object();
        QCOMPARE(gpt[u"model_specs"][u"input_price"].toDouble(), 2.5);
        QCOMPARE(gpt[u"model_specs"][u"output_price"].toDouble(), 15.0);
        QCOMPARE(gpt[u"model_specs"][u"context_window"].toInteger(), 1050000);
        QVERIFY(gpt[u"entity_benchmarks"][u"artificial_analysis"].isNull());
        QVERIFY(gpt[u"dev_benchmarks"][u"MMLU Pro"].isNull());

        Sim::CatalogApiSimulator fake(Sim::CatalogApiProfile::demo());
        QCOMPARE(fake.listen(), QString());
        QProcessEnvironment withKey = env();
        const Result noKey = cli({u"catalog"_qs, u"refresh"_qs, u"--source"_qs, u"aa"_qs, u"--aa-url"_qs, fake.aaBaseUrl()}, withKey);
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY(noKey.err.contains(u"keys set artificial-analysis"_qs));
        withKey.insert(u"ARTIFICIAL_ANALYSIS_API_KEY"_qs, u"aa-simulator-key"_qs);
        r = cli({u"catalog"_qs, u"refresh"_qs, u"--source"_qs, u"aa"_qs, u"--aa-url"_qs, fake.aaBaseUrl(), u"--json"_qs}, withKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = r.json().value(u"reports").toArray().first().toObject();
        QCOMPARE(report.value(u"source").toString(), u"Artificial Analysis"_qs);
        QCOMPARE(report.value(u"requests").toInt(), 1);
        QCOMPARE(report.value(u"matched").toInt(), 6); // the simulator's demo models
        QVERIFY(!r.err.contains(u"aa-simulator-key"_qs) && !r.out.contains("aa-simulator-key")); // never the key

        const Result shown = cli({u"catalog"_qs, u"show"_qs, u"simulator/sage-pro"_qs});
        QVERIFY(shown.out.contains("MMLU-Pro: 81.2 % (Source: Artificial Analysis (artificialanalysis.ai)"));
        r = cli({u"catalog"_qs, u"export"_qs, u"--template"_qs, templ, u"--out"_qs, out, u"--provider"_qs, u"simulator"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile sageFile(out + u"/simulator_sage-pro.json"_qs);
        QVERIFY(sageFile.open(QIODevice::ReadOnly));
        const QJsonObject sage = QJsonDocument::fromJson(sageFile.readAll()).object();
        QCOMPARE(sage[u"entity_benchmarks"][u"artificial_analysis"].toDouble(), 55.2);
        QCOMPARE(sage[u"dev_benchmarks"][u"MMLU Pro"].toDouble(), 81.2);
        QCOMPARE(sage[u"dev_benchmarks"][u"GPQA diamond"].toDouble(), 65.5);
        QCOMPARE(sage[u"model_specs"][u"input_price"].toDouble(), 0.8);
        const Result coverage = cli({u"catalog"_qs, u"coverage"_qs, u"--json"_qs});
        QCOMPARE(coverage.json()[u"fields"][u"scores"][u"count"].toInteger(), 6);
    }

    // Where each published source's key comes from, beside the providers'; never the key.
    void keysNameThePublishedSources()
    {
        QProcessEnvironment e = env();
        e.insert(u"HF_TOKEN"_qs, u"hf_secret_value"_qs);
        const Result r = cli({u"keys"_qs, u"status"_qs, u"--json"_qs}, e);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList configured;
        for (const QJsonValue &p : r.json().value(u"providers").toArray())
            if (p[u"configured"].toBool())
                configured << p[u"provider"].toString() + u':' + p[u"detail"].toString();
        QVERIFY2(configured.contains(u"huggingface:HF_TOKEN"_qs), qPrintable(configured.join(u", ")));
        QVERIFY(!r.out.contains("hf_secret_value"));
    }
};
} // namespace

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
