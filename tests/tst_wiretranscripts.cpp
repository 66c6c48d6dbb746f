// Each provider client against golden wire transcripts (tests/data/wire, made by
// tests/reference/make_wire_transcripts.py in the shapes of the providers' API references):
// the bytes are replayed exactly, in small pieces so events and frames split across reads,
// by a server that knows nothing of any protocol; what the client reads is compared with the
// result written down beside each transcript. Quorum's simulator plays no part.
#include "providers/providerfactory.h"
#include "simtestsupport.h"
#include "simulator/simulator.h"
#include "wirereplay.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
const QString kWire = QStringLiteral(QUORUM_TEST_DATA) + u"/wire"_qs;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A model of the transcript's provider, pointed at the replay server.
ModelVariant variantFor(const QString &provider, const QString &baseUrl)
{
    const QString model = provider == u"bedrock" ? u"bedrock/amazon.nova-lite-v1:0"_qs
                          : provider == u"gemini" ? u"gemini/gemini-2.5-flash"_qs
                                                  : provider + u"/some-model"_qs;
    ModelVariant v = variant(model, baseUrl);
    v.region = provider == u"bedrock" ? u"us-east-1"_qs : QString();
    return v;
}

ProviderCredentials testCredentials(const QString &provider)
{
    ProviderCredentials c;
    if (provider == u"bedrock")
        c.aws = {QString::fromLatin1(Sim::kTestAccessKeyId), QString::fromLatin1(Sim::kTestSecretAccessKey), {}};
    else
        c.apiKey = u"test-key"_qs;
    return c;
}
} // namespace

class TstWireTranscripts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("piece");
        int cases = 0;
        for (const QString &provider : QDir(kWire).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(kWire + u'/' + provider);
            for (const QString &name : dir.entryList({u"*.http"_qs}, QDir::Files)) {
                ++cases;
                for (const int piece : {0, 7, 61}) // whole, and split across reads at two strides
                    QTest::newRow(qPrintable(QStringLiteral("%1/%2 in pieces of %3").arg(provider, name.chopped(5)).arg(piece)))
                        << provider << dir.filePath(name) << piece;
            }
        }
        if (cases < 23)
            QFAIL("the golden transcripts in tests/data/wire are missing");
    }
    void replay()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(int, piece);
        const QByteArray transcript = readAll(path);
        const QJsonObject expected = QJsonDocument::fromJson(readAll(path.chopped(5) + u".expected.json"_qs)).object();
        QVERIFY(!transcript.isEmpty() && !expected.isEmpty());
        WireReplay server([&](const WireReplay::Request &) { return transcript; });
        server.setPieces(piece, piece > 0 ? 1 : 0);
        QNetworkAccessManager network;
        const ModelVariant v = variantFor(provider, server.baseUrl());
        std::unique_ptr<ProviderClient> client = makeProviderClient(v, &network, testCredentials(provider), Timeouts{5000, 5000, 20000});
        const ChatResult r = call(*client, prompt(u"hello"_qs, expected[u"stream"].toBool()));
        QCOMPARE(server.requests().size(), 1);

        QCOMPARE(r.text, expected[u"text"].toString());
        if (expected[u"ok"].toBool()) {
            QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
            QCOMPARE(r.reasoning, expected[u"reasoning"].toString());
            QCOMPARE(r.stopReason, expected[u"stop_reason"].toString());
            QCOMPARE(r.metrics.tokensEstimated, expected[u"tokens_estimated"].toBool());
            if (!r.metrics.tokensEstimated) {
                QCOMPARE(r.metrics.inputTokens, expected[u"input_tokens"].toInteger());
                QCOMPARE(r.metrics.outputTokens, expected[u"output_tokens"].toInteger());
                // The prompt cache's tokens, as each provider's documented usage reports them.
                QCOMPARE(r.metrics.cacheReadTokens, expected[u"cache_read_tokens"].toInteger(0));
                QCOMPARE(r.metrics.cacheWriteTokens, expected[u"cache_write_tokens"].toInteger(0));
            }
            if (!expected[u"tier_served"].isNull())
                QCOMPARE(r.metrics.tierServed, expected[u"tier_served"].toString());
            QCOMPARE(r.metrics.ttftMs.has_value(), expected[u"stream"].toBool()); // unknown for a whole answer
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(errorClassName(r.error->errorClass), expected[u"error_class"].toString());
            QCOMPARE(r.error->retryable, expected[u"retryable"].toBool());
            if (!expected[u"retry_after_ms"].isNull())
                QCOMPARE(r.error->retryAfterMs.value_or(-1), expected[u"retry_after_ms"].toInteger());
        }
    }
};

QTEST_GUILESS_MAIN(TstWireTranscripts)
#include "tst_wiretranscripts.moc"
