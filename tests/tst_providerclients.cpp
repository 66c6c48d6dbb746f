// The behaviour every provider client shares, checked for each wire protocol against the
// simulator: text, usage, timings, each error class, retry hints and image payloads.
#include "providers/anthropicclient.h"
#include "providers/bedrockclient.h"
#include "providers/credentials.h"
#include "providers/geminiclient.h"
#include "providers/imageloader.h"
#include "simulator/httpexchange.h"

#include <QTcpServer>
#include "providers/openaiclient.h"
#include "providers/providerfactory.h"
#include "engine/localsimulator.h"
#include "simtestsupport.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
const AwsCredentials kAws{QString::fromLatin1(Sim::kTestAccessKeyId), QString::fromLatin1(Sim::kTestSecretAccessKey), {}};
}

class TstProviderClients final : public SimulatorTest
{
    Q_OBJECT


    std::unique_ptr<ProviderClient> client(const QString &provider, const QString &model = u"sim-model"_qs,
                                           const QString &key = u"test-key"_qs, Timeouts timeouts = {})
    {
        ModelVariant v = variant(provider + u'/' + model, m_sim->baseUrl());
        v.region = u"us-west-2"_qs;
        ProviderCredentials c;
        c.apiKey = key;
        c.aws = kAws;
        if (key == QLatin1String(Sim::kRejectedKey))
            c.aws.secretAccessKey = u"wrong-secret"_qs;
        return makeProviderClient(v, m_network, c, timeouts);
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    void providers_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char *p : {"openai", "anthropic", "gemini", "bedrock"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    // Every request names Quorum as the vendors' SDKs name themselves (never Qt's "Mozilla/5.0");
    // Gemini adds x-goog-api-client, Bedrock the AWS SDKs' invocation id and attempt count.
    void identifiesItself_data() { providers_data(); }
    void identifiesItself()
    {
        QFETCH(QString, provider);
        auto c = client(provider);
        ChatRequest request = prompt(u"hi"_qs);
        request.attempt = 2;
        request.maxAttempts = 5;
        request.callId = u"0d3c9a4e-6f7b-4c1d-9e2a-5b8f1a2c3d4e"_qs;
        QVERIFY(call(*c, request).ok());
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : m_sim->lastRequestHeaders())
            headers.insert(name.toLower(), value);
        const QRegularExpression agent(uR"(^Quorum/0\.1\.0 \(Qt 6\.\d+\.\d+; [^()]+(\([^()]*\))?\)$)"_qs);
        QVERIFY2(agent.match(QString::fromUtf8(headers.value("user-agent"))).hasMatch(), headers.value("user-agent").constData());
        QCOMPARE(headers.value("x-goog-api-client"), provider == u"gemini" ? "quorum/0.1.0 qt/" + QByteArray(qVersion()) : QByteArray());
        QCOMPARE(headers.value("amz-sdk-invocation-id"), provider == u"bedrock" ? QByteArray("0d3c9a4e-6f7b-4c1d-9e2a-5b8f1a2c3d4e") : QByteArray());
        QCOMPARE(headers.value("amz-sdk-request"), provider == u"bedrock" ? QByteArray("attempt=2; max=5") : QByteArray());
        for (auto it = headers.cbegin(); it != headers.cend(); ++it) // no SDK telemetry of anyone else's
            QVERIFY2(!it.key().startsWith("x-stainless") && !it.key().startsWith("x-amz-user-agent"), it.key().constData());
    }

    void streamsTextUsageAndTimings_data() { providers_data(); }
    void streamsTextUsageAndTimings()
    {
        QFETCH(QString, provider);
        script(R"({"rules": [{"reply": {"chunks": ["Grüß", " dich", ", 世界"], "usage": {"input": 21, "output": 7},
                                         "first_token_ms": 60, "chunk_ms": 60}}]})");
        auto c = client(provider);
        QStringList deltas;
        const ChatResult r = call(*c, prompt(u"Greet me"_qs), [&](const StreamDelta &d) { deltas << d.text; });
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.text, u"Grüß dich, 世界"_qs);
        QCOMPARE(deltas.size(), 3);
        QCOMPARE(r.metrics.inputTokens, 21);
        QCOMPARE(r.metrics.outputTokens, 7);
        QVERIFY(!r.metrics.tokensEstimated);
        // The text comes at 60, 120 and 180 ms. TTFT is the first (a few ms less when a loaded
        // machine hands Qt's requestSent, t0, over late): not the role-only chunk at 0 ms, not the
        // second text, not the end. TTLB is the last, two chunk gaps later.
        QVERIFY2(*r.metrics.ttftMs >= 50 && *r.metrics.ttftMs < 110, qPrintable(QString::number(*r.metrics.ttftMs)));
        QVERIFY2(r.metrics.ttlbMs - *r.metrics.ttftMs >= 90, qPrintable(QString::number(r.metrics.ttlbMs - *r.metrics.ttftMs)));
        QVERIFY2(r.metrics.ttlbMs >= 170 && r.metrics.ttlbMs < 300, qPrintable(QString::number(r.metrics.ttlbMs)));
        QCOMPARE(r.metrics.decodeTokensPerSecond() > 0, r.metrics.ttlbMs > *r.metrics.ttftMs);
        QCOMPARE(r.metrics.costUsd(c->variant()), 21 * 0.001 / 1000 + 7 * 0.002 / 1000);
    }

    // The simulator's prompt cache (OpenAI's documented rule: a repeated start of 1,024 tokens or
    // more, in steps of 128) reported in each provider's own usage fields, read back by each
    // client as the same counts, and priced at the cache's rate.
    void promptCacheInEachProvidersFields_data() { providers_data(); }
    void promptCacheInEachProvidersFields()
    {
        QFETCH(QString, provider);
        auto c = client(provider);
        const QString contract = u"Clause. "_qs.repeated(750); // 6,000 characters: 1,500 tokens at four a token
        const ChatResult first = call(*c, prompt(contract + u"Summarize it."_qs));
        const ChatResult second = call(*c, prompt(contract + u"List its parties."_qs));
        QVERIFY2(first.ok() && second.ok(), qPrintable(second.error ? second.error->message : QString()));
        QCOMPARE(first.metrics.cacheReadTokens, 0);
        QCOMPARE(second.metrics.cacheReadTokens, 1408); // 1,024 + 3 × 128 of the 1,500 shared tokens
        QCOMPARE(second.metrics.cacheWriteTokens, 0);
        QVERIFY(second.metrics.inputTokens >= 1500); // every prompt token, the cached ones included
        ModelVariant v = c->variant();
        TokenPrice price;
        price.rates = {2.0, 8.0, 0.2, std::nullopt};
        v.listPrice = price;
        const CallMetrics &m = second.metrics;
        QCOMPARE(m.costUsd(v), (double(m.inputTokens - 1408) * 2.0 + 1408 * 0.2 + double(m.outputTokens) * 8.0) / 1e6);
    }

    void wholeAnswers_data() { providers_data(); }
    void wholeAnswers()
    {
        QFETCH(QString, provider);
        script(R"({"rules": [{"reply": {"text": "All at once.", "usage": {"input": 4, "output": 3}}}]})");
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs, false));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.text, u"All at once."_qs);
        QVERIFY(!r.metrics.ttftMs);
        QCOMPARE(r.metrics.outputTokens, 3);
    }

    void missingUsageIsEstimated_data() { providers_data(); }
    void missingUsageIsEstimated()
    {
        QFETCH(QString, provider);
        script(R"({"rules": [{"reply": {"text": "12345678", "omit_usage": true}}]})");
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(r.ok());
        QVERIFY(r.metrics.tokensEstimated);
        QCOMPARE(r.metrics.outputTokens, 2);
    }

    void throttling_data() { providers_data(); }
    void throttling()
    {
        QFETCH(QString, provider);
        script(R"({"rpm": {"sim-model": 1}, "time_scale": 0})");
        auto c = client(provider);
        QVERIFY(call(*c, prompt(u"one"_qs)).ok());
        const ChatResult r = call(*c, prompt(u"two"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::Throttled);
        QCOMPARE(r.error->httpStatus, 429);
        QVERIFY(r.error->retryable);
        QVERIFY(r.error->retryAfterMs.has_value());
        QVERIFY(!r.error->providerCode.isEmpty());
    }

    void rejectedCredentials_data() { providers_data(); }
    void rejectedCredentials()
    {
        QFETCH(QString, provider);
        auto c = client(provider, u"sim-model"_qs, QString::fromLatin1(Sim::kRejectedKey));
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(!r.error->retryable);
        QVERIFY(!r.error->message.contains(QLatin1String(Sim::kRejectedKey)));
        QVERIFY(!r.error->message.contains(u"wrong-secret"_qs));
    }

    void serverErrors_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<ErrorClass>("expected");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("openai 500") << u"openai"_qs << QByteArray(R"({"status": 500, "error_code": "server_error"})") << ErrorClass::Server << true;
        QTest::newRow("anthropic 529") << u"anthropic"_qs << QByteArray(R"({"status": 529, "error_code": "overloaded_error"})") << ErrorClass::Server << true;
        QTest::newRow("anthropic 400") << u"anthropic"_qs << QByteArray(R"({"status": 400, "error_code": "invalid_request_error"})") << ErrorClass::InvalidRequest << false;
        QTest::newRow("anthropic spend") << u"anthropic"_qs << QByteArray(R"({"status": 429, "error_code": "rate_limit_error", "error_message": "You have reached your spend limit"})") << ErrorClass::Quota << false;
        QTest::newRow("gemini 503") << u"gemini"_qs << QByteArray(R"({"status": 503, "error_code": "UNAVAILABLE"})") << ErrorClass::Server << true;
        QTest::newRow("gemini 400") << u"gemini"_qs << QByteArray(R"({"status": 400, "error_code": "INVALID_ARGUMENT"})") << ErrorClass::InvalidRequest << false;
        QTest::newRow("bedrock not ready") << u"bedrock"_qs << QByteArray(R"({"status": 429, "error_code": "ModelNotReadyException"})") << ErrorClass::Server << true;
        QTest::newRow("bedrock timeout") << u"bedrock"_qs << QByteArray(R"({"status": 408, "error_code": "ModelTimeoutException"})") << ErrorClass::Timeout << true;
        QTest::newRow("bedrock unavailable") << u"bedrock"_qs << QByteArray(R"({"status": 503, "error_code": "ServiceUnavailableException"})") << ErrorClass::Server << true;
        QTest::newRow("bedrock denied") << u"bedrock"_qs << QByteArray(R"({"status": 403, "error_code": "AccessDeniedException"})") << ErrorClass::Auth << false;
        QTest::newRow("bedrock not found") << u"bedrock"_qs << QByteArray(R"({"status": 404, "error_code": "ResourceNotFoundException"})") << ErrorClass::InvalidRequest << false;
        QTest::newRow("bedrock validation") << u"bedrock"_qs << QByteArray(R"({"status": 400, "error_code": "ValidationException", "error_message": "The provided service tier is not supported"})") << ErrorClass::InvalidRequest << false;
    }
    void serverErrors()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, rule);
        QFETCH(ErrorClass, expected);
        QFETCH(bool, retryable);
        script(R"({"rules": [{"reply": )" + rule + "}]}");
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(errorClassName(r.error->errorClass), errorClassName(expected));
        QCOMPARE(r.error->retryable, retryable);
        QVERIFY(!r.error->message.isEmpty());
    }

    void errorsInsideTheStream_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorClass>("expected");
        QTest::newRow("anthropic overloaded") << u"anthropic"_qs << u"overloaded_error"_qs << ErrorClass::Server;
        QTest::newRow("gemini unavailable") << u"gemini"_qs << u"UNAVAILABLE"_qs << ErrorClass::Server;
        QTest::newRow("bedrock throttling") << u"bedrock"_qs << u"throttlingException"_qs << ErrorClass::Throttled;
        QTest::newRow("bedrock model stream") << u"bedrock"_qs << u"modelStreamErrorException"_qs << ErrorClass::StreamBroken;
        QTest::newRow("bedrock validation") << u"bedrock"_qs << u"validationException"_qs << ErrorClass::InvalidRequest;
    }
    // After HTTP 200: the error arrives inside the stream.
    void errorsInsideTheStream()
    {
        QFETCH(QString, provider);
        QFETCH(QString, code);
        QFETCH(ErrorClass, expected);
        script(QStringLiteral(R"({"rules": [{"reply": {"chunks": ["a", "b", "c"], "mid_stream_error": "%1", "after_chunks": 1}}]})").arg(code).toUtf8());
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.metrics.httpStatus, 200);
        QCOMPARE(errorClassName(r.error->errorClass), errorClassName(expected));
        QCOMPARE(r.text, u"a"_qs);
    }

    void connectionReset_data() { providers_data(); }
    void connectionReset()
    {
        QFETCH(QString, provider);
        // The reset comes well after the first text, so the client has read the headers (a reset
        // before them is a network error, and may discard what was in flight).
        script(R"({"rules": [{"reply": {"chunks": ["aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd", "eeeeeeee", "ffffffff",
                   "gggggggg", "hhhhhhhh"], "first_token_ms": 20, "chunk_ms": 40, "reset_after_bytes": 900}}]})");
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(errorClassName(r.error->errorClass), u"stream_broken"_qs);
        QVERIFY(r.error->retryable);
        QVERIFY2(r.text.startsWith(u"aaaaaaaa"_qs), qPrintable(r.text));
        // Tokens are never left at 0: Gemini counts as it streams; the others' usage never came.
        QVERIFY(r.metrics.outputTokens > 0 && r.metrics.inputTokens > 0);
        QCOMPARE(r.metrics.tokensEstimated, provider != u"gemini");
    }

    void stall_data() { providers_data(); }
    void stall()
    {
        QFETCH(QString, provider);
        script(R"({"rules": [{"reply": {"chunks": ["a"], "first_token_ms": 3000}}]})");
        auto c = client(provider, u"sim-model"_qs, u"k"_qs, Timeouts{3000, 250, 10000});
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Timeout);
    }

    void imagesInEachProvidersFormat_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("openai") << u"openai"_qs << QByteArray(R"("image_url":{"url":"data:image/jpeg;base64,/9j/4A=="})");
        QTest::newRow("anthropic") << u"anthropic"_qs << QByteArray(R"({"data":"/9j/4A==","media_type":"image/jpeg","type":"base64"})");
        QTest::newRow("gemini") << u"gemini"_qs << QByteArray(R"({"inline_data":{"data":"/9j/4A==","mime_type":"image/jpeg"}})");
        QTest::newRow("bedrock") << u"bedrock"_qs << QByteArray(R"({"image":{"format":"jpeg","source":{"bytes":"/9j/4A=="}}})");
    }
    void imagesInEachProvidersFormat()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, expected);
        ChatRequest request = prompt(u"Describe"_qs);
        request.image = ChatImage{QByteArray("\xFF\xD8\xFF\xE0", 4), u"image/jpeg"_qs};
        auto c = client(provider);
        QVERIFY(call(*c, request).ok());
        QVERIFY2(m_sim->lastRequestBody().contains(expected), m_sim->lastRequestBody().constData());
        auto textOnly = client(provider, u"text-only-model"_qs);
        const ChatResult r = call(*textOnly, request);
        QCOMPARE(errorClassName(r.error->errorClass), errorClassName(ErrorClass::UnsupportedInput));
    }

    void reasoningIsTimedApart_data() { providers_data(); }
    void reasoningIsTimedApart()
    {
        QFETCH(QString, provider);
        script(R"({"rules": [{"reply": {"text": "answer", "reasoning": "thinking first", "first_token_ms": 80}}]})");
        auto c = client(provider);
        const ChatResult r = call(*c, prompt(u"x"_qs));
        QVERIFY(r.ok());
        QCOMPARE(r.reasoning, u"thinking first"_qs);
        QVERIFY(*r.metrics.ttfrMs < *r.metrics.ttftMs);
    }

    // Bedrock specifics: the path carries %3A, SigV4 verifies (with a session token too), the
    // service tier is sent and read back, and a Bedrock API key works instead of SigV4.
    void bedrockWire()
    {
        ModelVariant v = variant(u"bedrock/us.amazon.nova-2-lite-v1:0"_qs, m_sim->baseUrl());
        v.region = u"us-west-2"_qs;
        v.tier = ServiceTier::Priority;
        BedrockClient c(v, m_network, kAws, {});
        const ChatResult r = call(c, prompt(u"hi"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/model/us.amazon.nova-2-lite-v1%3A0/converse-stream"));
        QCOMPARE(r.metrics.tierServed, u"priority"_qs);
        QVERIFY(m_sim->lastRequestBody().contains(R"("serviceTier":{"type":"priority"})"));

        BedrockClient withToken(v, m_network, AwsCredentials{kAws.accessKeyId, kAws.secretAccessKey, u"SESSION+TOKEN/=="_qs}, {});
        QVERIFY(call(withToken, prompt(u"hi"_qs)).ok());
        bool tokenSent = false;
        for (const auto &[name, value] : m_sim->lastRequestHeaders())
            tokenSent = tokenSent || (name.toLower() == "x-amz-security-token" && value == "SESSION+TOKEN/==");
        QVERIFY(tokenSent);

        BedrockClient bearer(v, m_network, {}, u"bedrock-api-key"_qs);
        QVERIFY(call(bearer, prompt(u"hi"_qs, false)).ok());
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/model/us.amazon.nova-2-lite-v1%3A0/converse"));

        BedrockClient none(v, m_network, {}, {});
        const ChatResult missing = call(none, prompt(u"hi"_qs));
        QCOMPARE(missing.error->errorClass, ErrorClass::Auth);
        QVERIFY(missing.error->message.contains(u"AWS_ACCESS_KEY_ID"_qs));
    }
    void anthropicWire()
    {
        auto c = client(u"anthropic"_qs);
        ChatRequest request = prompt(u"hi"_qs);
        request.system = u"Be brief."_qs;
        request.temperature = 1.5; // Anthropic's range ends at 1
        QVERIFY(call(*c, request).ok());
        const QJsonObject body = QJsonDocument::fromJson(m_sim->lastRequestBody()).object();
        QCOMPARE(body.value(u"system").toString(), u"Be brief."_qs);
        QCOMPARE(body.value(u"temperature").toDouble(), 1.0);
        QVERIFY(body.value(u"max_tokens").toInt() > 0);
        bool version = false;
        for (const auto &[name, value] : m_sim->lastRequestHeaders())
            version = version || (name.toLower() == "anthropic-version" && value == "2023-06-01");
        QVERIFY(version);
    }
    void geminiWire()
    {
        auto c = client(u"gemini"_qs, u"gemini-2.5-flash"_qs);
        QVERIFY(call(*c, prompt(u"hi"_qs)).ok());
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"));
        QVERIFY(call(*c, prompt(u"hi"_qs, false)).ok());
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/v1beta/models/gemini-2.5-flash:generateContent"));
    }
    void simulatorModelsNeedNothing()
    {
        ModelVariant v = variant(u"simulator/swift-lite"_qs, QString());
        const ProviderCredentials creds = credentialsFor(v, QProcessEnvironment());
        // Without a base_url and before the engine points it at the in-process simulator, a
        // simulator model cannot be called; after, it needs nothing else.
        const ChatResult unserved = call(*makeProviderClient(v, m_network, creds), prompt(u"x"_qs));
        QCOMPARE(unserved.error->errorClass, ErrorClass::InvalidRequest);
        auto c = makeProviderClient(servedLocally(v), m_network, creds);
        const ChatResult r = call(*c, prompt(u"Summarize: Uruguay borders Argentina and Brazil."_qs));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(!r.text.isEmpty());
        QVERIFY(r.metrics.ttftMs.has_value());
    }
    void imagesAreLoadedFromFilesUrlsAndDataUrls()
    {
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"p.png"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        LoadedImage local = QCoro::waitFor(loadImage(file.fileName(), m_network));
        QVERIFY(local.image);
        QCOMPARE(local.image->mimeType, u"image/png"_qs);
        QCOMPARE(local.image->data, png);
        QVERIFY(QCoro::waitFor(loadImage(QUrl::fromLocalFile(file.fileName()).toString(), m_network)).image);
        QCOMPARE(QCoro::waitFor(loadImage(u"data:image/png;base64,"_qs + QString::fromLatin1(png.toBase64()), m_network)).image->data, png);

        // Over HTTP, from a one-route server.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            new Sim::HttpConnection(server.nextPendingConnection(), [&](const Sim::HttpRequest &r) {
                Sim::ScriptedResponse response;
                response.status = r.path() == "/chart.gif" ? 200 : 404;
                response.pieces = {{0, r.path() == "/chart.gif" ? QByteArray("GIF89a...") : QByteArray("missing")}};
                return response;
            }, &server);
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        LoadedImage remote = QCoro::waitFor(loadImage(base + u"/chart.gif"_qs, m_network));
        QVERIFY2(remote.image, qPrintable(remote.error));
        QCOMPARE(remote.image->mimeType, u"image/gif"_qs);
        QVERIFY(!QCoro::waitFor(loadImage(base + u"/nothing.png"_qs, m_network)).error.isEmpty());

        QFile text(dir.filePath(u"not.png"_qs));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain text");
        text.close();
        QVERIFY(QCoro::waitFor(loadImage(text.fileName(), m_network)).error.contains(u"not a PNG"_qs));
        QVERIFY(!QCoro::waitFor(loadImage(dir.filePath(u"absent.png"_qs), m_network)).error.isEmpty());
    }
    void credentialLookup()
    {
        QProcessEnvironment env;
        env.insert(u"OPENAI_API"_qs, u"from-360-eval"_qs);
        env.insert(u"MY_KEY"_qs, u"mine"_qs);
        env.insert(u"GOOGLE_API_KEY"_qs, u"google"_qs);
        ModelVariant openai = variant(u"openai/x"_qs, {});
        QCOMPARE(credentialsFor(openai, env).apiKey, u"from-360-eval"_qs);
        openai.apiKeyEnv = u"MY_KEY"_qs;
        QCOMPARE(credentialsFor(openai, env).apiKey, u"mine"_qs);
        openai.apiKeyEnv.clear();
        QCOMPARE(credentialsFor(openai, env, [](const QString &account) { return account == u"openai" ? u"keychain"_qs : QString(); }).apiKey,
                 u"keychain"_qs);
        QCOMPARE(credentialsFor(variant(u"gemini/x"_qs, {}), env).apiKey, u"google"_qs);

        QTemporaryDir dir;
        QFile file(dir.filePath(u"credentials"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s1\n\n[profile work]\n"
                   "aws_access_key_id=AKIDWORK\naws_secret_access_key=s2\naws_session_token=t2\n");
        file.close();
        QProcessEnvironment aws;
        aws.insert(u"AWS_SHARED_CREDENTIALS_FILE"_qs, file.fileName());
        const ModelVariant bedrock = variant(u"bedrock/x"_qs, {});
        QCOMPARE(credentialsFor(bedrock, aws).aws.accessKeyId, u"AKIDDEFAULT"_qs);
        aws.insert(u"AWS_PROFILE"_qs, u"work"_qs);
        QCOMPARE(credentialsFor(bedrock, aws).aws.sessionToken, u"t2"_qs);
        aws.insert(u"AWS_ACCESS_KEY_ID"_qs, u"AKIDENV"_qs);
        aws.insert(u"AWS_SECRET_ACCESS_KEY"_qs, u"s3"_qs);
        QCOMPARE(credentialsFor(bedrock, aws).aws.accessKeyId, u"AKIDENV"_qs);
        aws.insert(u"AWS_BEARER_TOKEN_BEDROCK"_qs, u"bearer"_qs);
        QCOMPARE(credentialsFor(bedrock, aws).bedrockBearerToken, u"bearer"_qs);
        QVERIFY(credentialsFor(bedrock, aws).apiKey.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstProviderClients)
#include "tst_providerclients.moc"
