#include "providers/openaiclient.h"
#include "simtestsupport.h"
#include "wirereplay.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstOpenAIClient final : public SimulatorTest
{
    Q_OBJECT


    OpenAIClient client(const QString &model = u"openai/gpt-sim"_qs, const QString &key = u"test-key"_qs, Timeouts t = {})
    {
        return OpenAIClient(variant(model, m_sim->baseUrl()), m_network, key, t);
    }

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    void streamsTextAndUsage()
    {
        script(R"({"rules": [{"reply": {"chunks": ["Hel", "lo, ", "wörld ☃"], "usage": {"input": 12, "output": 5}}}]})");
        auto c = client();
        QStringList deltas;
        const ChatResult r = call(c, prompt(u"Say hello"_qs), [&](const StreamDelta &d) { deltas << d.text; });
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.text, u"Hello, wörld ☃"_qs);
        QCOMPARE(deltas, QStringList({u"Hel"_qs, u"lo, "_qs, u"wörld ☃"_qs}));
        QCOMPARE(r.metrics.inputTokens, 12);
        QCOMPARE(r.metrics.outputTokens, 5);
        QVERIFY(!r.metrics.tokensEstimated);
        QVERIFY(r.metrics.ttftMs.has_value());
        QVERIFY(r.metrics.ttlbMs >= *r.metrics.ttftMs);
        QCOMPARE(r.metrics.httpStatus, 200);
        QCOMPARE(r.stopReason, u"stop"_qs);
        QCOMPARE(r.metrics.tierServed, u"default"_qs);
        // What went on the wire
        const QJsonObject sent = QJsonDocument::fromJson(m_sim->lastRequestBody()).object();
        QCOMPARE(sent.value(u"model").toString(), u"gpt-sim"_qs);
        QCOMPARE(sent.value(u"stream").toBool(), true);
        QCOMPARE(sent.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
        QVERIFY(sent.contains(u"max_completion_tokens"));
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/v1/chat/completions"));
    }
    // TTFT counts from the first non-empty text, not the role-only chunk sent at once.
    void ttftIsTheFirstText()
    {
        script(R"({"rules": [{"reply": {"text": "late", "first_token_ms": 150}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QVERIFY(r.ok());
        QVERIFY2(*r.metrics.ttftMs >= 140 && *r.metrics.ttftMs < 200, qPrintable(QString::number(*r.metrics.ttftMs)));
    }
    void nonStreamingHasNoTtft()
    {
        script(R"({"rules": [{"reply": {"text": "whole answer", "usage": {"input": 3, "output": 2}}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs, false));
        QVERIFY(r.ok());
        QCOMPARE(r.text, u"whole answer"_qs);
        QVERIFY(!r.metrics.ttftMs.has_value());
        QCOMPARE(r.metrics.outputTokens, 2);
        QCOMPARE(QJsonDocument::fromJson(m_sim->lastRequestBody()).object().contains(u"stream_options"), false);
    }
    void missingUsageIsEstimatedAndFlagged()
    {
        script(R"({"rules": [{"reply": {"text": "twelve chars", "omit_usage": true}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"abcdefgh"_qs));
        QVERIFY(r.ok());
        QVERIFY(r.metrics.tokensEstimated);
        QCOMPARE(r.metrics.outputTokens, 3);
        QCOMPARE(r.metrics.inputTokens, 2);
    }
    void reasoningHasItsOwnFirstToken()
    {
        auto c = client(u"openai/deep-reasoner"_qs);
        const ChatResult r = call(c, prompt(u"think"_qs));
        QVERIFY(r.ok());
        QVERIFY(!r.reasoning.isEmpty());
        QVERIFY(r.metrics.ttfrMs.has_value());
        QVERIFY(*r.metrics.ttfrMs <= *r.metrics.ttftMs);
    }
    void throttledWithRetryHint()
    {
        script(R"({"rpm": {"gpt-sim": 1}})");
        auto c = client();
        QVERIFY(call(c, prompt(u"first"_qs)).ok());
        const ChatResult r = call(c, prompt(u"second"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::Throttled);
        QVERIFY(r.error->retryable);
        QCOMPARE(r.error->httpStatus, 429);
        QCOMPARE(r.error->providerCode, u"rate_limit_exceeded"_qs);
        QVERIFY(r.error->retryAfterMs.has_value());
        QVERIFY(*r.error->retryAfterMs >= 1000 && *r.error->retryAfterMs <= 60000);
    }
    void quotaIsNotRetried()
    {
        script(R"({"rules": [{"reply": {"status": 429, "error_code": "insufficient_quota", "error_message": "You exceeded your current quota"}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Quota);
        QVERIFY(!r.error->retryable);
    }
    void serverErrorsAreRetryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorClass>("expected");
        QTest::newRow("500") << 500 << ErrorClass::Server;
        QTest::newRow("503") << 503 << ErrorClass::Server;
        QTest::newRow("408") << 408 << ErrorClass::Timeout;
        QTest::newRow("400") << 400 << ErrorClass::InvalidRequest;
        QTest::newRow("404") << 404 << ErrorClass::InvalidRequest;
    }
    void serverErrorsAreRetryable()
    {
        QFETCH(int, status);
        QFETCH(ErrorClass, expected);
        script(QStringLiteral(R"({"rules": [{"reply": {"status": %1, "error_code": "x", "headers": {"retry-after": "Wed, 21 Oct 2099 07:28:00 GMT"}}}]})").arg(status).toUtf8());
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, expected);
        QCOMPARE(r.error->retryable, status >= 500 || status == 408);
        QVERIFY(*r.error->retryAfterMs > 1'000'000); // HTTP-date hint
    }
    void badKeyIsAnAuthErrorAndNeverEchoed()
    {
        auto c = client(u"openai/gpt-sim"_qs, QString::fromLatin1(Sim::kRejectedKey));
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(!r.error->retryable);
        QVERIFY(!r.error->message.contains(QLatin1String(Sim::kRejectedKey)));
    }
    void echoedKeysAreRedacted()
    {
        script(R"({"rules": [{"reply": {"status": 401, "error_code": "invalid_api_key", "error_message": "Incorrect API key provided: sk-live-abcdef123. Find your key at …"}}]})");
        auto c = client(u"openai/gpt-sim"_qs, u"sk-live-abcdef123"_qs);
        const ChatResult r = call(c, prompt(u"x"_qs));
        QVERIFY(!r.error->message.contains(u"sk-live-abcdef123"_qs));
        QVERIFY(r.error->message.contains(u"[redacted]"_qs));
    }
    void noKeyMeansNoRequest()
    {
        auto c = client(u"openai/gpt-sim"_qs, QString());
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(r.error->message.contains(u"OPENAI_API_KEY"_qs));
        QCOMPARE(m_sim->requestCount(), 0);
    }
    void compatibleServersNeedNoKey()
    {
        auto c = client(u"openai-compatible/llama3"_qs, u"local"_qs);
        const ChatResult r = call(c, prompt(u"hi"_qs));
        QVERIFY(r.ok());
        QVERIFY(QJsonDocument::fromJson(m_sim->lastRequestBody()).object().contains(u"max_tokens"));
    }
    void errorInsideTheStream()
    {
        script(R"({"rules": [{"reply": {"chunks": ["a", "b", "c"], "mid_stream_error": "server_error", "after_chunks": 2}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::Server);
        QCOMPARE(r.text, u"ab"_qs);
    }
    void malformedChunkBreaksTheStream()
    {
        script(R"({"rules": [{"reply": {"chunks": ["a", "b"], "malformed_chunk": true}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::StreamBroken);
    }
    void connectionResetMidStream()
    {
        script(R"({"rules": [{"reply": {"chunks": ["aaaa", "bbbb", "cccc", "dddd"], "reset_after_bytes": 300}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"x"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::StreamBroken);
        QVERIFY(r.error->retryable);
    }
    void stallHitsTheIdleTimeout()
    {
        script(R"({"rules": [{"reply": {"chunks": ["a"], "first_token_ms": 2000}}]})");
        auto c = client(u"openai/gpt-sim"_qs, u"k"_qs, Timeouts{2000, 300, 10000});
        const ChatResult r = call(c, prompt(u"x"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Timeout);
        QVERIFY(r.metrics.ttlbMs < 1500);
    }
    void refusedStreamOptionsAreDroppedOnce()
    {
        script(R"({"rules": [{"times": 1, "reply": {"status": 400, "error_code": "invalid_request_error",
                    "error_message": "Unrecognized request argument supplied: stream_options"}}]})");
        auto c = client(u"openai-compatible/old-server"_qs);
        const ChatResult r = call(c, prompt(u"x"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(m_sim->requestCount(), 2);
        QVERIFY(!QJsonDocument::fromJson(m_sim->lastRequestBody()).object().contains(u"stream_options"));
        QVERIFY(r.metrics.tokensEstimated); // without include_usage the server sends no usage
    }
    // The official SDK ends a stream that closes cleanly after the finish reason and usage, with
    // no "data: [DONE]": so does Quorum (it is neither broken nor retried).
    void cleanEndAfterTheFinishReasonIsComplete()
    {
        WireReplay server([](const WireReplay::Request &) {
            return WireReplay::response(200, "text/event-stream",
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris\"},\"finish_reason\":null}]}\n\n"
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,\"total_tokens\":10}}\n\n");
        });
        OpenAIClient c(variant(u"openai/gpt-4o-mini"_qs, server.baseUrl()), m_network, u"k"_qs);
        const ChatResult r = call(c, prompt(u"Capital of France?"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.text, u"Paris"_qs);
        QCOMPARE(r.stopReason, u"stop"_qs);
        QCOMPARE(r.metrics.inputTokens, 9);
        QCOMPARE(r.metrics.outputTokens, 1);
        QVERIFY(!r.metrics.tokensEstimated);
        QCOMPARE(server.requests().size(), 1);
    }
    // A clean end before any finish reason is a cut stream; the text that came is kept, and the
    // tokens it used are estimated and marked (no usage arrived).
    void cleanEndBeforeTheFinishReasonIsBroken()
    {
        WireReplay server([](const WireReplay::Request &) {
            return WireReplay::response(200, "text/event-stream",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The answer is forty-\"},\"finish_reason\":null}]}\n\n");
        });
        OpenAIClient c(variant(u"openai/gpt-4o-mini"_qs, server.baseUrl()), m_network, u"k"_qs);
        const ChatResult r = call(c, prompt(u"abcdefghijklmnop"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->errorClass, ErrorClass::StreamBroken);
        QCOMPARE(r.text, u"The answer is forty-"_qs);
        QVERIFY(r.metrics.tokensEstimated);
        QCOMPARE(r.metrics.outputTokens, 5); // 20 characters at ~4 a token
        QCOMPARE(r.metrics.inputTokens, 4);
    }
    // A connection reset after text arrived: tokens estimated and marked too.
    void resetAfterTextEstimatesTokens()
    {
        script(R"({"rules": [{"reply": {"chunks": ["aaaa", "bbbb", "cccc", "dddd", "eeee", "ffff", "gggg", "hhhh"],
                   "usage": {"input": 50, "output": 40}, "reset_after_bytes": 700}}]})");
        auto c = client();
        const ChatResult r = call(c, prompt(u"abcdefgh"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::StreamBroken);
        QVERIFY(!r.text.isEmpty());
        QVERIFY(r.metrics.tokensEstimated);
        QCOMPARE(r.metrics.inputTokens, 2);
        QCOMPARE(r.metrics.outputTokens, (r.text.size() + 3) / 4);
    }
    // An old server refuses stream_options on every request. Two calls in flight at once: each
    // was sent with it, so each is asked again without it; each refusal is an attempt of its own.
    void refusedStreamOptionsAreDecidedPerRequest()
    {
        WireReplay server([](const WireReplay::Request &request) {
            if (request.body.contains("stream_options"))
                return WireReplay::response(400, "application/json",
                    R"({"error":{"message":"Unrecognized request argument supplied: stream_options","type":"invalid_request_error","param":null,"code":null}})");
            return WireReplay::response(200, "text/event-stream",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        });
        OpenAIClient c(variant(u"openai-compatible/old-server"_qs, server.baseUrl()), m_network, {});
        QCoro::Task<ChatResult> first = c.send(prompt(u"one"_qs));
        QCoro::Task<ChatResult> second = c.send(prompt(u"two"_qs));
        const ChatResult a = QCoro::waitFor(std::move(first));
        const ChatResult b = QCoro::waitFor(std::move(second));
        for (const ChatResult &r : {a, b}) {
            QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
            QCOMPARE(r.earlierAttempts.size(), 1);
            QCOMPARE(r.earlierAttempts.first().httpStatus, 400);
            QCOMPARE(r.earlierAttempts.first().errorClass, ErrorClass::InvalidRequest);
            QVERIFY(r.earlierAttempts.first().reason.contains(u"stream_options"_qs));
        }
        QCOMPARE(server.requests().size(), 4);
        // Learned: a later call leaves it out from the start.
        const ChatResult later = call(c, prompt(u"three"_qs));
        QVERIFY(later.ok());
        QVERIFY(later.earlierAttempts.isEmpty());
        QCOMPARE(server.requests().size(), 5);
    }
    void imagesGoAsDataUrls()
    {
        auto c = client();
        ChatRequest request = prompt(u"What is this?"_qs);
        request.image = ChatImage{QByteArray("\x89PNG\r\n\x1a\nfake", 12), u"image/png"_qs};
        QVERIFY(call(c, request).ok());
        const QJsonArray content = QJsonDocument::fromJson(m_sim->lastRequestBody()).object().value(u"messages").toArray()
                                       .last().toObject().value(u"content").toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(1).toObject().value(u"image_url").toObject().value(u"url").toString(), u"data:image/png;base64,iVBORw0KGgpmYWtl"_qs);

        auto textOnly = client(u"openai/text-only-model"_qs);
        const ChatResult r = call(textOnly, request);
        QCOMPARE(r.error->errorClass, ErrorClass::UnsupportedInput);
    }
    void azureDeploymentUrlAndHeader()
    {
        ModelVariant v = variant(u"azure/my-gpt4o-deployment"_qs, m_sim->baseUrl());
        OpenAIClient c(v, m_network, u"azure-key"_qs);
        QVERIFY(call(c, prompt(u"hi"_qs)).ok());
        QVERIFY(m_sim->lastRequestTarget().startsWith("/openai/deployments/my-gpt4o-deployment/chat/completions?api-version="));
        bool hasKey = false;
        for (const auto &[name, value] : m_sim->lastRequestHeaders())
            hasKey = hasKey || (name.toLower() == "api-key" && value == "azure-key");
        QVERIFY(hasKey);
        v.baseUrl = m_sim->baseUrl() + u"/openai/v1"_qs;
        OpenAIClient v1(v, m_network, u"azure-key"_qs);
        QVERIFY(call(v1, prompt(u"hi"_qs)).ok());
        QCOMPARE(m_sim->lastRequestTarget(), QByteArray("/openai/v1/chat/completions"));
        QCOMPARE(QJsonDocument::fromJson(m_sim->lastRequestBody()).object().value(u"model").toString(), u"my-gpt4o-deployment"_qs);
    }
    void serviceTierIsSentAndReadBack()
    {
        ModelVariant v = variant(u"openai/gpt-sim"_qs, m_sim->baseUrl());
        v.tier = ServiceTier::Flex;
        OpenAIClient c(v, m_network, u"k"_qs);
        const ChatResult r = call(c, prompt(u"hi"_qs));
        QCOMPARE(QJsonDocument::fromJson(m_sim->lastRequestBody()).object().value(u"service_tier").toString(), u"flex"_qs);
        QCOMPARE(r.metrics.tierServed, u"flex"_qs);
    }
    void refusedConnectionIsANetworkError()
    {
        ModelVariant v = variant(u"openai/gpt-sim"_qs, u"http://127.0.0.1:1"_qs);
        OpenAIClient c(v, m_network, u"k"_qs);
        const ChatResult r = call(c, prompt(u"hi"_qs));
        QCOMPARE(r.error->errorClass, ErrorClass::Network);
        QVERIFY(r.error->retryable);
    }
};

QTEST_GUILESS_MAIN(TstOpenAIClient)
#include "tst_openaiclient.moc"
