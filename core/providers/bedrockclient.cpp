#include "bedrockclient.h"


#include "../wire/eventstream.h"
#include "../wire/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

namespace Quorum {

ErrorClass bedrockErrorClass(const QString &exception, int status)
{
    const QString e = exception.toLower();
    if (e.startsWith(u"throttling"))
        return ErrorClass::Throttled;
    if (e.startsWith(u"modelnotready") || e.startsWith(u"serviceunavailable") || e.startsWith(u"internalserver"))
        return ErrorClass::Server;
    if (e.startsWith(u"modeltimeout"))
        return ErrorClass::Timeout;
    if (e.startsWith(u"modelstreamerror"))
        return ErrorClass::StreamBroken;
    if (e.startsWith(u"accessdenied") || e.startsWith(u"unrecognizedclient") || e.startsWith(u"invalidsignature")
        || e.startsWith(u"expiredtoken") || e.startsWith(u"incompletesignature"))
        return ErrorClass::Auth;
    if (e.startsWith(u"servicequotaexceeded"))
        return ErrorClass::Quota;
    if (e.startsWith(u"validation") || e.startsWith(u"resourcenotfound") || e.startsWith(u"modelerror"))
        return ErrorClass::InvalidRequest;
    return status > 0 ? errorClassForStatus(status) : ErrorClass::Server;
}

namespace {
void readUsageAndTier(const QJsonObject &object, StreamState &state)
{
    if (object.contains(u"usage")) {
        const QJsonObject u = object.value(u"usage").toObject();
        state.usage(optionalInt(u.value(u"inputTokens")), optionalInt(u.value(u"outputTokens")));
        // inputTokens leaves out the cache's reads and writes (totalTokens counts them): added back.
        const auto read = optionalInt(u.value(u"cacheReadInputTokens"));
        const auto written = optionalInt(u.value(u"cacheWriteInputTokens"));
        if (read || written)
            state.cachedTokens(read, written, true);
    }
    // Bedrock's metrics.latencyMs is a server-side whole-call figure: never our TTFT.
    const QString tier = object.value(u"serviceTier").toObject().value(u"type").toString();
    if (!tier.isEmpty())
        state.tierServed(tier);
}

class BedrockReader final : public ResponseReader
{
public:
    explicit BedrockReader(bool stream) : m_stream(stream) {}

    void feed(QByteArrayView bytes, StreamState &state) override
    {
        if (!m_stream) {
            m_body.append(bytes);
            return;
        }
        for (const EventStreamMessage &message : m_decoder.feed(bytes))
            handle(message, state);
        if (m_decoder.failed())
            state.fail(ErrorClass::StreamBroken, m_decoder.error());
    }
    void finish(StreamState &state) override
    {
        if (m_stream) {
            if (m_decoder.pendingBytes() > 0)
                state.fail(ErrorClass::StreamBroken, QStringLiteral("the stream ended inside a frame"));
            return;
        }
        const auto body = parseObject(m_body);
        if (!body) {
            state.fail(ErrorClass::StreamBroken, QStringLiteral("the response is not JSON"));
            return;
        }
        for (const QJsonValue &block : body->value(u"output").toObject().value(u"message").toObject().value(u"content").toArray()) {
            const QJsonObject b = block.toObject();
            state.reasoning(b.value(u"reasoningContent").toObject().value(u"reasoningText").toObject().value(u"text").toString());
            state.text(b.value(u"text").toString());
        }
        state.stopReason(body->value(u"stopReason").toString());
        readUsageAndTier(*body, state);
        state.complete();
    }

private:
    void handle(const EventStreamMessage &message, StreamState &state)
    {
        if (state.failed())
            return;
        const QString kind = message.header(u":message-type"_qs);
        if (kind == u"exception") {
            const QString exception = message.header(u":exception-type"_qs);
            const QString text = parseObject(message.payload).value_or(QJsonObject()).value(u"message").toString(exception);
            state.fail(bedrockErrorClass(exception, 0), text, exception);
            return;
        }
        if (kind == u"error") {
            state.fail(ErrorClass::Server, message.header(u":error-message"_qs), message.header(u":error-code"_qs));
            return;
        }
        const auto payload = parseObject(message.payload);
        if (!payload) {
            state.fail(ErrorClass::StreamBroken, QStringLiteral("an event's payload is not JSON"));
            return;
        }
        const QString event = message.header(u":event-type"_qs);
        if (event == u"contentBlockDelta") {
            const QJsonObject delta = payload->value(u"delta").toObject();
            state.reasoning(delta.value(u"reasoningContent").toObject().value(u"text").toString());
            state.text(delta.value(u"text").toString());
        } else if (event == u"messageStop") {
            state.stopReason(payload->value(u"stopReason").toString());
            if (payload->value(u"stopReason").toString() == u"content_filtered")
                state.fail(ErrorClass::ContentFiltered, QStringLiteral("Bedrock's guardrail stopped the answer"));
            state.complete();
        } else if (event == u"metadata") {
            readUsageAndTier(*payload, state);
        } else if (event == u"analyzePromptEvent") { // OptimizePrompt: its analysis, then the prompt
            state.reasoning(payload->value(u"message").toString());
        } else if (event == u"optimizedPromptEvent") {
            state.text(payload->value(u"optimizedPrompt").toObject().value(u"textPrompt").toObject().value(u"text").toString());
            state.complete();
        }
    }

    bool m_stream;
    EventStreamDecoder m_decoder;
    QByteArray m_body;
};
} // namespace

BedrockClient::BedrockClient(ModelVariant variant, QNetworkAccessManager *network, AwsCredentials credentials,
                             QString bearerToken, Timeouts timeouts)
    : ProviderClient(std::move(variant), network, timeouts, &makeBedrockReader), m_credentials(std::move(credentials)), m_bearerToken(std::move(bearerToken))
{
    addSecret(m_bearerToken);
    addSecret(m_credentials.secretAccessKey);
    addSecret(m_credentials.sessionToken);
}

std::optional<HttpCall> BedrockClient::missingCredentials() const
{
    if (!m_bearerToken.isEmpty() || m_credentials.isValid())
        return std::nullopt;
    return HttpCall::missingCredentials(QStringLiteral("no AWS credentials for %1 (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                                                       "an AWS profile, or AWS_BEARER_TOKEN_BEDROCK)").arg(m_variant.modelId));
}

QString BedrockClient::region() const
{
    return m_variant.region.isEmpty() ? u"us-east-1"_qs : m_variant.region;
}

void BedrockClient::authorize(HttpCall &call, const QUrl &url, const ChatRequest &request) const
{
    call.request.setUrl(url);
    call.request.setRawHeader("Content-Type", "application/json");
    // As AWS SDKs send them: one id for all attempts of a call, and which attempt this is.
    call.request.setRawHeader("amz-sdk-invocation-id", (request.callId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                                                 : request.callId).toUtf8());
    call.request.setRawHeader("amz-sdk-request", "attempt=" + QByteArray::number(request.attempt) + "; max="
                                                     + QByteArray::number(std::max(request.attempt, request.maxAttempts)));
    if (!m_bearerToken.isEmpty()) {
        call.request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
        return;
    }
    const bool defaultPort = url.port() == -1 || (url.scheme() == u"https" && url.port() == 443) || (url.scheme() == u"http" && url.port() == 80);
    const QByteArray host = url.host().toUtf8() + (defaultPort ? QByteArray() : ':' + QByteArray::number(url.port()));
    SigV4Request signedRequest{"POST", url.path(QUrl::FullyEncoded).toUtf8(), url.query(QUrl::FullyEncoded).toUtf8(),
                               {{"Host", host}, {"Content-Type", "application/json"}}, call.body};
    const QByteArray authorization = SigV4::sign(signedRequest, m_credentials, region(), u"bedrock"_qs, QDateTime::currentDateTimeUtc());
    for (const auto &[name, value] : signedRequest.headers)
        if (name.startsWith("X-Amz-"))
            call.request.setRawHeader(name, value);
    call.request.setRawHeader("Authorization", authorization);
}

HttpCall BedrockClient::buildCall(const ChatRequest &request)
{
    if (auto missing = missingCredentials())
        return *missing;
    const QString region = this->region();
    QJsonArray content{QJsonObject{{u"text"_qs, request.prompt}}};
    if (request.image)
        content.append(QJsonObject{{u"image"_qs, QJsonObject{{u"format"_qs, request.image->format()},
                                                             {u"source"_qs, QJsonObject{{u"bytes"_qs, QString::fromLatin1(request.image->data.toBase64())}}}}}});
    QJsonObject body{{u"messages"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"user"_qs}, {u"content"_qs, content}}}},
                     {u"inferenceConfig"_qs, QJsonObject{{u"maxTokens"_qs, request.maxOutputTokens}, {u"temperature"_qs, request.temperature}}}};
    if (!request.system.isEmpty())
        body.insert(u"system"_qs, QJsonArray{QJsonObject{{u"text"_qs, request.system}}});
    if (m_variant.tier != ServiceTier::Default)
        body.insert(u"serviceTier"_qs, QJsonObject{{u"type"_qs, tierName(m_variant.tier)}});
    HttpCall call;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // The model id travels percent-encoded (":" as %3A); SigV4 then encodes that path again.
    const QByteArray path = "/model/" + QUrl::toPercentEncoding(m_variant.model) + (request.stream ? "/converse-stream" : "/converse");
    const QUrl url = QUrl::fromEncoded(baseUrl(QStringLiteral("https://bedrock-runtime.%1.amazonaws.com").arg(region)).toUtf8() + path,
                                       QUrl::StrictMode);
    authorize(call, url, request);
    call.request.setRawHeader("Accept", request.stream ? "application/vnd.amazon.eventstream" : "application/json");
    return call;
}

HttpCall BedrockPromptOptimizer::buildCall(const ChatRequest &request)
{
    if (auto missing = missingCredentials())
        return *missing;
    HttpCall call;
    call.body = QJsonDocument(QJsonObject{{u"input"_qs, QJsonObject{{u"textPrompt"_qs, QJsonObject{{u"text"_qs, request.prompt}}}}},
                                          {u"targetModelId"_qs, m_variant.model}}).toJson(QJsonDocument::Compact);
    authorize(call, QUrl(baseUrl(QStringLiteral("https://bedrock-agent-runtime.%1.amazonaws.com").arg(region())) + u"/optimize-prompt"_qs), request);
    call.request.setRawHeader("Accept", "application/vnd.amazon.eventstream");
    return call;
}

std::unique_ptr<ResponseReader> makeBedrockReader(bool stream)
{
    return std::make_unique<BedrockReader>(stream);
}

CallError BedrockClient::httpError(int status, const QNetworkReply &reply, const QByteArray &body)
{
    const QString type = QString::fromLatin1(reply.rawHeader("x-amzn-ErrorType")).section(u':', 0, 0);
    const QJsonObject object = parseObject(body).value_or(QJsonObject());
    CallError e;
    e.providerCode = type;
    e.message = object.value(u"message").toString(object.value(u"Message").toString(QStringLiteral("HTTP %1 from Bedrock").arg(status)));
    e.errorClass = bedrockErrorClass(type, status);
    if (e.errorClass == ErrorClass::InvalidRequest && e.message.contains(u"image", Qt::CaseInsensitive))
        e.errorClass = ErrorClass::UnsupportedInput;
    e.retryable = isRetryable(e.errorClass); // auth, validation, not-found and quota never retry
    return e;
}

} // namespace Quorum
