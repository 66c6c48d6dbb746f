#include "openaiclient.h"

#include "../wire/jsonread.h"
#include "../wire/sseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Quorum {

namespace {
constexpr auto kAzureApiVersion = "2024-10-21";

// Streamed: "data: {chunk}" events until "data: [DONE]", or a clean close after the finish
// reason (as the official SDKs accept). Choices may be empty (usage chunk, Azure's first
// chunk); usage may come on every chunk (vLLM) — the last one wins.
class OpenAIReader final : public SseResponseReader
{
public:
    explicit OpenAIReader(bool stream) : SseResponseReader(stream, End::OnMarkerOrFinishReason) {}

private:
    void handleWhole(const QJsonObject &body, StreamState &state) override
    {
        const QJsonObject message = body.value(u"choices").toArray().at(0).toObject().value(u"message").toObject();
        state.reasoning(message.value(u"reasoning_content").toString());
        state.text(message.value(u"content").toString());
        readCommon(body, state);
        state.complete();
    }

    void handleEvent(const SseEvent &event, StreamState &state) override
    {
        if (event.data == "[DONE]") {
            state.complete();
            return;
        }
        const auto chunk = parseObject(event.data);
        if (!chunk) {
            state.fail(ErrorClass::StreamBroken, QStringLiteral("a stream chunk is not JSON: %1").arg(QString::fromUtf8(event.data.left(80))));
            return;
        }
        if (chunk->contains(u"error")) { // some servers report failures inside the stream
            const QJsonObject error = chunk->value(u"error").toObject();
            state.fail(ErrorClass::Server, error.value(u"message").toString(), error.value(u"type").toString());
            return;
        }
        for (const QJsonValue &choice : chunk->value(u"choices").toArray()) {
            const QJsonObject delta = choice.toObject().value(u"delta").toObject();
            state.reasoning(delta.value(u"reasoning_content").toString());
            state.reasoning(delta.value(u"reasoning").toString());
            state.text(delta.value(u"content").toString());
            const QString finish = choice.toObject().value(u"finish_reason").toString();
            if (!finish.isEmpty())
                state.stopReason(finish);
            if (finish == u"content_filter")
                state.fail(ErrorClass::ContentFiltered, QStringLiteral("the provider's content filter stopped the answer"));
        }
        readCommon(*chunk, state);
    }
    static void readCommon(const QJsonObject &object, StreamState &state)
    {
        const QJsonValue usage = object.value(u"usage");
        if (usage.isObject()) {
            const QJsonObject u = usage.toObject();
            state.usage(optionalInt(u.value(u"prompt_tokens")), optionalInt(u.value(u"completion_tokens")),
                        optionalInt(u.value(u"completion_tokens_details").toObject().value(u"reasoning_tokens")));
            // prompt_tokens counts the cached ones (prompt_tokens_details.cached_tokens) too.
            state.cachedTokens(optionalInt(u.value(u"prompt_tokens_details").toObject().value(u"cached_tokens")), std::nullopt, false);
        }
        if (object.contains(u"service_tier"))
            state.tierServed(object.value(u"service_tier").toString());
        if (!object.value(u"choices").toArray().isEmpty()) {
            const QString finish = object.value(u"choices").toArray().at(0).toObject().value(u"finish_reason").toString();
            if (!finish.isEmpty())
                state.stopReason(finish);
        }
    }

};
} // namespace

OpenAIClient::OpenAIClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts)
    : ProviderClient(std::move(variant), network, timeouts, &makeOpenAIReader), m_apiKey(std::move(apiKey))
{
    addSecret(m_apiKey);
}

HttpCall OpenAIClient::buildCall(const ChatRequest &request)
{
    HttpCall call;
    const bool azure = m_variant.provider == Provider::Azure;
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{u"role"_qs, u"system"_qs}, {u"content"_qs, request.system}});
    QJsonValue content = request.prompt;
    if (request.image) {
        const QString dataUrl = u"data:"_qs + request.image->mimeType + u";base64,"_qs + QString::fromLatin1(request.image->data.toBase64());
        content = QJsonArray{QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, request.prompt}},
                             QJsonObject{{u"type"_qs, u"image_url"_qs}, {u"image_url"_qs, QJsonObject{{u"url"_qs, dataUrl}}}}};
    }
    messages.append(QJsonObject{{u"role"_qs, u"user"_qs}, {u"content"_qs, content}});

    QJsonObject body{{u"messages"_qs, messages}, {u"temperature"_qs, request.temperature}, {u"stream"_qs, request.stream}};
    // OpenAI and Azure take max_completion_tokens; older OpenAI-compatible servers know only max_tokens.
    const bool modernApi = m_variant.provider == Provider::OpenAI || azure;
    body.insert(modernApi ? u"max_completion_tokens"_qs : u"max_tokens"_qs, request.maxOutputTokens);
    const bool streamOptions = request.stream && m_sendStreamOptions && !request.withoutOptionalFeatures;
    if (streamOptions)
        body.insert(u"stream_options"_qs, QJsonObject{{u"include_usage"_qs, true}});
    if (m_variant.tier != ServiceTier::Default && (m_variant.provider == Provider::OpenAI || m_variant.provider == Provider::Simulator))
        body.insert(u"service_tier"_qs, tierName(m_variant.tier));

    QUrl url;
    if (azure) {
        // base_url is the resource (https://RES.openai.azure.com) or its v1 path (…/openai/v1).
        const QString base = baseUrl(QString());
        if (base.isEmpty()) {
            call.error = CallError{ErrorClass::InvalidRequest, QStringLiteral("Azure models need a base_url (https://RESOURCE.openai.azure.com)"), 0, {}, {}, false};
            return call;
        }
        if (base.endsWith(u"/openai/v1")) {
            url = QUrl(base + u"/chat/completions");
            body.insert(u"model"_qs, m_variant.model);
        } else {
            url = QUrl(base + u"/openai/deployments/"_qs + QString::fromUtf8(QUrl::toPercentEncoding(m_variant.model)) + u"/chat/completions"_qs);
            url.setQuery(u"api-version="_qs + QLatin1String(kAzureApiVersion));
        }
        call.request.setRawHeader("api-key", m_apiKey.toUtf8());
    } else {
        body.insert(u"model"_qs, m_variant.model);
        const QString base = baseUrl(u"https://api.openai.com"_qs);
        url = QUrl(base + (base.endsWith(u"/v1") ? u"/chat/completions"_qs : u"/v1/chat/completions"_qs));
        if (!m_apiKey.isEmpty())
            call.request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    }
    if (m_apiKey.isEmpty() && (m_variant.provider == Provider::OpenAI || azure)) {
        return HttpCall::missingCredentials(QStringLiteral("no API key for %1 (set %2 or store it in the keychain)")
                                                .arg(m_variant.modelId, azure ? u"AZURE_OPENAI_API_KEY"_qs : u"OPENAI_API_KEY"_qs));
    }
    HttpCall json = HttpCall::json(url, body, request.stream);
    json.optionalFeatures = streamOptions;
    for (const QByteArray &header : call.request.rawHeaderList())
        json.request.setRawHeader(header, call.request.rawHeader(header));
    return json;
}

std::unique_ptr<ResponseReader> makeOpenAIReader(bool stream)
{
    return std::make_unique<OpenAIReader>(stream);
}

CallError OpenAIClient::httpError(int status, const QNetworkReply &, const QByteArray &body)
{
    CallError e;
    e.errorClass = errorClassForStatus(status);
    const QJsonObject error = parseObject(body).value_or(QJsonObject()).value(u"error").toObject();
    e.message = error.value(u"message").toString();
    e.providerCode = error.value(u"code").toString();
    if (e.providerCode.isEmpty())
        e.providerCode = error.value(u"type").toString();
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1 from %2").arg(status).arg(m_variant.provider == Provider::Azure ? u"Azure OpenAI"_qs : u"the server"_qs);
    if (e.providerCode == u"insufficient_quota" || error.value(u"type").toString() == u"insufficient_quota")
        e.errorClass = ErrorClass::Quota;
    else if (e.providerCode == u"content_filter")
        e.errorClass = ErrorClass::ContentFiltered;
    else if (status == 400 && e.message.contains(u"image", Qt::CaseInsensitive))
        e.errorClass = ErrorClass::UnsupportedInput;
    e.retryable = status == 408 || status == 409 || status == 429 || status >= 500;
    if (e.errorClass == ErrorClass::Quota)
        e.retryable = false;
    return e;
}

bool OpenAIClient::refusedOptionalFeature(int status, const QByteArray &body)
{
    if (status != 400 || !body.contains("stream_options"))
        return false;
    m_sendStreamOptions = false; // this server does not know it: later calls leave it out
    return true;
}

} // namespace Quorum
