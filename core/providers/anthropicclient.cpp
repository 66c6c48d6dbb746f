#include "anthropicclient.h"

#include "../wire/jsonread.h"
#include "../wire/sseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace Quorum {

namespace {
// Maps an Anthropic error type (HTTP body or in-stream "error" event) to a class.
ErrorClass classify(const QString &type, int status)
{
    if (type == u"overloaded_error" || type == u"api_error")
        return ErrorClass::Server;
    if (type == u"rate_limit_error")
        return ErrorClass::Throttled;
    if (type == u"authentication_error" || type == u"permission_error")
        return ErrorClass::Auth;
    if (type == u"invalid_request_error" || type == u"not_found_error" || type == u"request_too_large")
        return ErrorClass::InvalidRequest;
    if (type == u"billing_error")
        return ErrorClass::Quota;
    return status > 0 ? errorClassForStatus(status) : ErrorClass::Server;
}

// Events: message_start (input tokens), content_block_start/delta/stop, message_delta
// (stop reason, cumulative output tokens), message_stop; ping anywhere; error mid-stream.
class AnthropicReader final : public SseResponseReader
{
public:
    using SseResponseReader::SseResponseReader;

private:
    void handleWhole(const QJsonObject &body, StreamState &state) override
    {
        for (const QJsonValue &block : body.value(u"content").toArray()) {
            const QJsonObject b = block.toObject();
            if (b.value(u"type").toString() == u"thinking")
                state.reasoning(b.value(u"thinking").toString());
            else if (b.value(u"type").toString() == u"text")
                state.text(b.value(u"text").toString());
        }
        const QJsonObject usage = body.value(u"usage").toObject();
        state.usage(optionalInt(usage.value(u"input_tokens")), optionalInt(usage.value(u"output_tokens")));
        readCache(usage, state);
        state.stopReason(body.value(u"stop_reason").toString());
        state.complete();
    }

    // input_tokens counts only what came after the last cache breakpoint: the cache's reads and
    // writes are apart (cache_read_input_tokens, cache_creation_input_tokens), and added back.
    static void readCache(const QJsonObject &usage, StreamState &state)
    {
        const auto read = optionalInt(usage.value(u"cache_read_input_tokens"));
        const auto written = optionalInt(usage.value(u"cache_creation_input_tokens"));
        if (read || written)
            state.cachedTokens(read, written, true);
    }

    void handleEvent(const SseEvent &event, StreamState &state) override
    {
        const auto data = parseObject(event.data);
        if (!data) {
            state.fail(ErrorClass::StreamBroken, QStringLiteral("an event is not JSON: %1").arg(QString::fromUtf8(event.data.left(80))));
            return;
        }
        const QString type = data->value(u"type").toString(event.event);
        if (type == u"message_start") {
            // Its output_tokens is a placeholder; message_delta carries the real, cumulative count.
            const QJsonObject usage = data->value(u"message").toObject().value(u"usage").toObject();
            state.usage(optionalInt(usage.value(u"input_tokens")), std::nullopt);
            readCache(usage, state);
        } else if (type == u"content_block_delta") {
            const QJsonObject delta = data->value(u"delta").toObject();
            const QString kind = delta.value(u"type").toString();
            if (kind == u"text_delta")
                state.text(delta.value(u"text").toString());
            else if (kind == u"thinking_delta")
                state.reasoning(delta.value(u"thinking").toString());
        } else if (type == u"message_delta") {
            state.stopReason(data->value(u"delta").toObject().value(u"stop_reason").toString());
            const QJsonObject usage = data->value(u"usage").toObject();
            state.usage(optionalInt(usage.value(u"input_tokens")), optionalInt(usage.value(u"output_tokens")));
            readCache(usage, state);
            if (data->value(u"delta").toObject().value(u"stop_reason").toString() == u"refusal")
                state.fail(ErrorClass::ContentFiltered, QStringLiteral("the model refused to answer"));
        } else if (type == u"message_stop") {
            state.complete();
        } else if (type == u"error") {
            const QJsonObject error = data->value(u"error").toObject();
            const QString errorType = error.value(u"type").toString();
            state.fail(classify(errorType, 0), error.value(u"message").toString(errorType), errorType);
        }
        // ping, content_block_start/stop and unknown events carry nothing we measure.
    }

};
} // namespace

AnthropicClient::AnthropicClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts)
    : ProviderClient(std::move(variant), network, timeouts, &makeAnthropicReader), m_apiKey(std::move(apiKey))
{
    addSecret(m_apiKey);
}

HttpCall AnthropicClient::buildCall(const ChatRequest &request)
{
    if (m_apiKey.isEmpty())
        return HttpCall::missingCredentials(QStringLiteral("no API key for %1 (set ANTHROPIC_API_KEY or store it in the keychain)")
                                                .arg(m_variant.modelId));
    QJsonArray content;
    if (request.image)
        content.append(QJsonObject{{u"type"_qs, u"image"_qs},
                                   {u"source"_qs, QJsonObject{{u"type"_qs, u"base64"_qs}, {u"media_type"_qs, request.image->mimeType},
                                                              {u"data"_qs, QString::fromLatin1(request.image->data.toBase64())}}}});
    content.append(QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, request.prompt}});
    QJsonObject body{{u"model"_qs, m_variant.model},
                     {u"max_tokens"_qs, request.maxOutputTokens},
                     {u"messages"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"user"_qs}, {u"content"_qs, content}}}},
                     {u"temperature"_qs, std::min(request.temperature, 1.0)},
                     {u"stream"_qs, request.stream}};
    if (!request.system.isEmpty())
        body.insert(u"system"_qs, request.system);
    if (m_variant.tier == ServiceTier::Priority)
        body.insert(u"service_tier"_qs, u"auto"_qs);
    HttpCall call = HttpCall::json(QUrl(baseUrl(u"https://api.anthropic.com"_qs) + u"/v1/messages"_qs), body, request.stream);
    call.request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    call.request.setRawHeader("anthropic-version", "2023-06-01");
    return call;
}

std::unique_ptr<ResponseReader> makeAnthropicReader(bool stream)
{
    return std::make_unique<AnthropicReader>(stream);
}

CallError AnthropicClient::httpError(int status, const QNetworkReply &, const QByteArray &body)
{
    const QJsonObject error = parseObject(body).value_or(QJsonObject()).value(u"error").toObject();
    CallError e;
    e.providerCode = error.value(u"type").toString();
    e.message = error.value(u"message").toString(QStringLiteral("HTTP %1 from Anthropic").arg(status));
    e.errorClass = status == 529 ? ErrorClass::Server : classify(e.providerCode, status);
    if (status == 413)
        e.errorClass = ErrorClass::InvalidRequest;
    if (status == 400 && e.message.contains(u"image", Qt::CaseInsensitive))
        e.errorClass = ErrorClass::UnsupportedInput;
    // 429 retries honouring retry-after, except a spend limit; 500 and 529 retry with jitter.
    e.retryable = (status == 429 && !e.message.contains(u"spend limit", Qt::CaseInsensitive)) || status >= 500;
    if (status == 429 && !e.retryable)
        e.errorClass = ErrorClass::Quota;
    return e;
}

} // namespace Quorum
