// The catalog's refresh from Artificial Analysis and Hugging Face, against loopback fakes built
// from the APIs' documented answers (core/simulator/catalogapis): keys, the rate limits and
// their 429s, a failing page, a missing field, a model that is not there; the batch finishes and
// its report counts all of it. Also the readers of the sources' answers.
#include "catalog/catalogrefresh.h"
#include "catalog/datasourcekeys.h"
#include "catalog/publishedsources.h"
#include "simulator/catalogapis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QCoroTask>

using namespace Quorum;
using Quorum::Sim::CatalogApiProfile;
using Quorum::Sim::CatalogApiSimulator;

namespace {
// A catalog of a few models, as the snapshot writes them.
ModelCatalog smallCatalog()
{
    const QByteArray text = R"json({"models": [
  {"provider": "simulator", "id": "sage-pro", "api": "simulator", "name": "Sage Pro"},
  {"provider": "simulator", "id": "oracle-max", "api": "simulator", "name": "Oracle Max"},
  {"provider": "bedrock", "id": "regional.quorum-simulator.flash-mini-v1:0", "api": "bedrock"},
  {"provider": "together", "id": "acme/Alpha-7B-Instruct", "open_weights": true},
  {"provider": "openrouter", "id": "acme/alpha-7b-instruct", "open_weights": true},
  {"provider": "together", "id": "acme/Beta-70B", "open_weights": true},
  {"provider": "together", "id": "acme/Gamma-1B", "open_weights": true},
  {"provider": "deepinfra", "id": "zeta/Missing-Model", "open_weights": true},
  {"provider": "openrouter", "id": "acme/closed-or-unknown"},
  {"provider": "together", "id": "acme/Epsilon-Gone", "open_weights": true},
  {"provider": "together", "id": "other/Closed", "open_weights": false}
]})json";
    Diagnostics d;
    return *ModelCatalog::parse(TextSource::fromBytes(u"c.json"_qs, text, d), d);
}

QJsonObject hfModel(const QString &id, double parameters, const QString &architecture, const QStringList &tags, int likes)
{
    QJsonObject o{{u"_id"_qs, u"x"_qs}, {u"id"_qs, id}, {u"likes"_qs, likes}, {u"downloads"_qs, 1000},
                  {u"tags"_qs, QJsonArray::fromStringList(tags)}, {u"lastModified"_qs, u"2026-10-01T12:00:00.000Z"_qs},
                  {u"config"_qs, QJsonObject{{u"architectures"_qs, QJsonArray{architecture}}, {u"model_type"_qs, u"llama"_qs}}}};
    if (parameters > 0)
        o.insert(u"safetensors"_qs, QJsonObject{{u"parameters"_qs, QJsonObject{{u"BF16"_qs, parameters}}}, {u"total"_qs, parameters}});
    return o;
}

RefreshOptions fastOptions(const CatalogApiSimulator &fake, const QString &stateFile)
{
    RefreshOptions o;
    o.aaBaseUrl = fake.aaBaseUrl();
    o.hfBaseUrl = fake.baseUrl();
    o.aaKey = u"aa-simulator-key"_qs;
    o.aaIntervalMs = 50;
    o.hfIntervalMs = 20;
    o.hfPageSize = 2;
    o.retry.baseMs = 10;
    o.retry.capMs = 2000;
    o.aaStateFile = stateFile;
    o.today = QDate(2026, 12, 7);
    return o;
}

const PublishedScore *score(const QList<CatalogModel> &models, const QString &key, const QString &name)
{
    for (const CatalogModel &m : models)
        if (m.key() == key)
            for (const PublishedScore &s : m.scores)
                if (s.name == name)
                    return &s;
    return nullptr;
}
} // namespace

class TestCatalogRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugsNameOneModel()
    {
        QCOMPARE(Published::modelSlug(u"regional.anthropic.claude-opus-5-5-v1:0"_qs), u"claude-opus-5-5"_qs);
        QCOMPARE(Published::modelSlug(u"anthropic/claude-opus-5.5"_qs), u"claude-opus-5-5"_qs);
        QCOMPARE(Published::modelSlug(u"claude-opus-5-5-20261101"_qs), u"claude-opus-5-5"_qs);
        QCOMPARE(Published::modelSlug(u"gpt-5.4-2026-03-05"_qs), u"gpt-5-4"_qs);
        QCOMPARE(Published::modelSlug(u"us.amazon.nova-pro-v1:0"_qs), u"nova-pro"_qs);
        QVERIFY(Published::modelSlug(u"gpt-5.4-mini"_qs) != Published::modelSlug(u"gpt-5.4"_qs));
        QCOMPARE(Published::nextPageLink(R"(<https://huggingface.co/api/models?author=x&cursor=abc>; rel="next")"),
                 u"https://huggingface.co/api/models?author=x&cursor=abc"_qs);
        QVERIFY(Published::nextPageLink(R"(<https://h/p?cursor=a>; rel="prev")").isEmpty());
        QCOMPARE(Published::parameterCount(8030261248), u"8.03B"_qs);
        QCOMPARE(Published::parameterCount(355e9), u"355B"_qs);
    }

    // Artificial Analysis: the first answer a 500, the second a 429 (too soon after it); the third
    // is read. A model without a slug is left out and said; one without evaluations too.
    void artificialAnalysisThroughFaults()
    {
        CatalogApiProfile profile = CatalogApiProfile::demo();
        profile.aaIntervalMs = 300; // the client's 50 ms spacing is too fast for it: a 429 with Retry-After: 1
        profile.aaFailRequests = {1};
        profile.aaModels.append(QJsonObject{{u"id"_qs, u"no-slug"_qs}, {u"name"_qs, u"No Slug"_qs}});
        profile.aaModels.append(QJsonObject{{u"id"_qs, u"sim-bare"_qs}, {u"name"_qs, u"Bare"_qs}, {u"slug"_qs, u"bare"_qs}});
        CatalogApiSimulator fake(profile);
        QCOMPARE(fake.listen(), QString());
        QTemporaryDir dir;
        RefreshOptions options = fastOptions(fake, dir.filePath(u"aa-requests.json"_qs));
        QNetworkAccessManager network;
        const RefreshResult r = QCoro::waitFor(refreshFromArtificialAnalysis(smallCatalog(), options, &network));
        QVERIFY2(r.report.fatal.isEmpty(), qPrintable(r.report.fatal));
        QCOMPARE(r.report.requests, 3);
        QCOMPARE(r.report.retries, 2);
        QCOMPARE(r.report.throttled, 1);
        QVERIFY(r.report.failures.isEmpty());
        QVERIFY(r.report.problems.contains(u"No Slug: no id or slug, left out"_qs) || r.report.problems.contains(u"no-slug: no id or slug, left out"_qs));
        QVERIFY(r.report.problems.contains(u"bare (sim-bare): no evaluations"_qs));
        // Sage Pro, Oracle Max and Flash Mini (found by its slug behind a Bedrock id).
        QCOMPARE(r.report.matched, 3);
        const PublishedScore *mmlu = score(r.models, u"simulator/sage-pro"_qs, u"MMLU-Pro"_qs);
        QVERIFY(mmlu);
        QCOMPARE(mmlu->value, 81.2); // 0.812 as a percentage
        QCOMPARE(mmlu->metric, u"%"_qs);
        QCOMPARE(mmlu->source, u"Artificial Analysis"_qs);
        QCOMPARE(mmlu->date, u"2026-12-07"_qs);
        QCOMPARE(score(r.models, u"simulator/oracle-max"_qs, u"Artificial Analysis Intelligence Index"_qs)->value, 61.7);
        QVERIFY(score(r.models, u"bedrock/regional.quorum-simulator.flash-mini-v1:0"_qs, u"GPQA Diamond"_qs));
        QCOMPARE(r.report.coverage.first().count, 3);

        // The overlay reads back and wins over the snapshot's empty scores, saying where from.
        Diagnostics d;
        const QByteArray saved = QJsonDocument(r.toJson(u"artificial-analysis"_qs, options.today)).toJson();
        auto overlay = ModelCatalog::parse(TextSource::fromBytes(u"aa.json"_qs, saved, d), d);
        QVERIFY(overlay && d.items().isEmpty());
        ModelCatalog merged = smallCatalog();
        merged.overlay(*overlay);
        const CatalogModel *sage = merged.find(u"simulator/sage-pro"_qs);
        QCOMPARE(sage->scores.size(), 6);
        QVERIFY(sage->sources.value(u"scores"_qs).startsWith(u"Artificial Analysis (artificialanalysis.ai)"_qs));
        QCOMPARE(sage->displayName, u"Sage Pro"_qs);

        // The day's budget: three requests spent; at the limit nothing more is asked.
        options.aaDailyLimit = 3;
        const RefreshResult spent = QCoro::waitFor(refreshFromArtificialAnalysis(smallCatalog(), options, &network));
        QVERIFY(spent.report.fatal.contains(u"3 requests for 2026-12-07 are used"_qs));
        QCOMPARE(spent.report.requests, 0);
        QCOMPARE(fake.aaRequests(), 3);
        // A new day starts a new count.
        options.today = QDate(2026, 12, 8);
        QVERIFY(QCoro::waitFor(refreshFromArtificialAnalysis(smallCatalog(), options, &network)).report.fatal.isEmpty());
    }

    void artificialAnalysisKeyProblems()
    {
        CatalogApiSimulator fake(CatalogApiProfile::demo());
        QCOMPARE(fake.listen(), QString());
        QTemporaryDir dir;
        RefreshOptions options = fastOptions(fake, dir.filePath(u"aa.json"_qs));
        QNetworkAccessManager network;
        options.aaKey.clear();
        QVERIFY(QCoro::waitFor(refreshFromArtificialAnalysis(smallCatalog(), options, &network)).report.fatal.contains(u"keys set artificial-analysis"_qs));
        QCOMPARE(fake.aaRequests(), 0);
        options.aaKey = u"wrong"_qs;
        const RefreshResult refused = QCoro::waitFor(refreshFromArtificialAnalysis(smallCatalog(), options, &network));
        QCOMPARE(refused.report.requests, 1); // a refused key is not tried again
        QCOMPARE(refused.report.failures.first().second, u"HTTP 401: the key was refused"_qs);

        QProcessEnvironment env;
        env.insert(u"HF_TOKEN"_qs, u"hf_x"_qs);
        QCOMPARE(dataSourceKey(DataSource::HuggingFace, env), u"hf_x"_qs);
        QCOMPARE(dataSourceKeySource(DataSource::ArtificialAnalysis, env).kind, CredentialSource::Kind::Missing);
        const KeychainLookup keychain = [](const QString &account) { return account == u"artificial-analysis" ? u"from-keychain"_qs : QString(); };
        QCOMPARE(dataSourceKey(DataSource::ArtificialAnalysis, env, keychain), u"from-keychain"_qs);
    }

    // Hugging Face: acme's listing in pages of two (the second page fails every time, so the
    // model on it is asked for by the catalog's name), a model throttled twice, a model without
    // a parameter count, one not there at all. Every repository is asked once; the batch finishes.
    void huggingFaceBatchGoesOn()
    {
        CatalogApiProfile profile;
        profile.hfModels.insert(u"acme/Alpha-7B-Instruct"_qs, hfModel(u"acme/Alpha-7B-Instruct"_qs, 7.24e9, u"LlamaForCausalLM"_qs, {u"text-generation"_qs}, 420));
        QJsonObject beta = hfModel(u"acme/Beta-70B"_qs, 355e9, u"AcmeMoeForCausalLM"_qs, {u"moe"_qs}, 77);
        QJsonObject card{{u"model-index"_qs, QJsonArray{QJsonObject{
                             {u"name"_qs, u"Beta-70B"_qs},
                             {u"results"_qs, QJsonArray{QJsonObject{{u"task"_qs, QJsonObject{{u"type"_qs, u"text-generation"_qs}}},
                                                                     {u"dataset"_qs, QJsonObject{{u"name"_qs, u"MMLU-Pro"_qs}, {u"type"_qs, u"TIGER-Lab/MMLU-Pro"_qs}}},
                                                                     {u"metrics"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"acc"_qs}, {u"value"_qs, 78.4}}}}}}}}}}};
        beta.insert(u"cardData"_qs, card);
        profile.hfModels.insert(u"acme/Beta-70B"_qs, beta);
        profile.hfModels.insert(u"acme/Gamma-1B"_qs, hfModel(u"acme/Gamma-1B"_qs, 0, u"GammaForCausalLM"_qs, {}, 3));
        profile.hfModels.insert(u"acme/Delta-Unlisted"_qs, hfModel(u"acme/Delta-Unlisted"_qs, 1e9, u"X"_qs, {}, 0));
        profile.hfFailPages = {u"acme:2"_qs};
        profile.hfThrottleFirst = {{u"acme/Beta-70B"_qs, 2}};
        CatalogApiSimulator fake(profile);
        QCOMPARE(fake.listen(), QString());
        QTemporaryDir dir;
        const RefreshOptions options = fastOptions(fake, dir.filePath(u"aa.json"_qs));
        QNetworkAccessManager network;
        const RefreshResult r = QCoro::waitFor(refreshFromHuggingFace(smallCatalog(), options, &network));

        // Candidates: acme/alpha-7b-instruct (twice in the catalog), acme/beta-70b, acme/gamma-1b,
        // zeta/missing-model; other/Closed has closed weights and acme/closed-or-unknown unknown ones.
        QCOMPARE(r.report.candidates, 5);
        QList<QString> failed;
        for (const auto &[what, why] : r.report.failures)
            failed.append(what + u": "_qs + why);
        QVERIFY2(failed.contains(u"acme's listing, page 2: HTTP 500"_qs), qPrintable(failed.join(u" | ")));
        QCOMPARE(failed.size(), 1);
        // zeta's whole listing (empty) says its model is not there: not asked for, no failure.
        // acme's listing broke off, so acme/Epsilon-Gone is asked for, and is not there (404): no failure either.
        QCOMPARE(r.report.notThere, 2);
        QCOMPARE(r.report.throttled, 2); // Beta's two 429s; the failing page's 500s are retried, not throttled
        QVERIFY(r.report.problems.contains(u"acme/Gamma-1B: no parameter count (safetensors.total)"_qs));
        // Alpha (both catalog entries: the exact name came from the listing), Beta, Gamma.
        QCOMPARE(r.report.matched, 4);
        for (const CatalogModel &m : r.models) {
            if (m.model.compare(u"acme/alpha-7b-instruct"_qs, Qt::CaseInsensitive) == 0) {
                QCOMPARE(m.parameters, u"7.24B"_qs);
                QCOMPARE(m.architecture, u"LlamaForCausalLM"_qs);
                QVERIFY(m.sources.value(u"parameters"_qs).contains(u"huggingface.co/acme/Alpha-7B-Instruct"_qs));
            }
            if (m.model == u"acme/Beta-70B") {
                QCOMPARE(m.parameters, u"355B"_qs);
                QCOMPARE(m.architecture, u"Mixture-of-Experts (MoE)"_qs);
                QCOMPARE(m.scores.first().name, u"MMLU-Pro"_qs);
                QCOMPARE(m.scores.first().value, 78.4);
                QCOMPARE(m.scores.last().name, u"Hugging Face likes"_qs);
            }
        }
        const auto coverage = r.report.coverage;
        QCOMPARE(coverage.at(1).name, u"parameters"_qs);
        QCOMPARE(coverage.at(1).count, 3); // Alpha twice and Beta; Gamma has none
    }

    // A source that cannot be reached at all ends the batch after two requests' retries, says
    // so, and leaves the last refresh as it was (refreshUserCatalog saves nothing then).
    void unreachableSourceEndsTheBatch()
    {
        CatalogApiSimulator fake(CatalogApiProfile{});
        QCOMPARE(fake.listen(), QString());
        QTemporaryDir dir;
        RefreshOptions options = fastOptions(fake, dir.filePath(u"aa.json"_qs));
        options.hfBaseUrl = u"http://127.0.0.1:1"_qs; // nothing listens there
        options.retry.maxAttempts = 2;
        QNetworkAccessManager network;
        const RefreshResult r = QCoro::waitFor(refreshFromHuggingFace(smallCatalog(), options, &network));
        QVERIFY2(r.report.fatal.startsWith(u"cannot reach 127.0.0.1 ("_qs), qPrintable(r.report.fatal));
        QVERIFY(r.report.fatal.endsWith(u"nothing was saved, the last refresh is kept"_qs));
        QCOMPARE(r.report.requests, 4); // two listings, each tried twice; no model asked
        QVERIFY(r.models.isEmpty());
    }

    // The readers never crash on what a server might send, and say what is missing.
    void readersRefuseNonsense()
    {
        QString error;
        QVERIFY(!Published::readAaModels("[]", u"2026-12-07"_qs, &error));
        QVERIFY(error.contains(u"data"_qs));
        QVERIFY(!Published::readAaModels("{", u"2026-12-07"_qs, &error));
        const auto out = Published::readAaModels(R"({"data": [{"id": "a", "slug": "a", "evaluations": {"mmlu_pro": 7.5, "gpqa": 0.5}}]})",
                                                 u"2026-12-07"_qs, &error);
        QVERIFY(out);
        QCOMPARE(out->models.first().scores.size(), 1); // 7.5 is no fraction: left out and said
        QVERIFY(out->problems.first().contains(u"mmlu_pro = 7.5 is out of range"_qs));
        QVERIFY(!Published::readHfListing("{}", &error));
        QVERIFY(!Published::readHfModel("{}", u"2026-12-07"_qs, &error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRefresh)
#include "tst_catalogrefresh.moc"
