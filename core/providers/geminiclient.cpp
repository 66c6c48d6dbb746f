#include "geminiclient.h"

#include "clientidentity.h"

#include "../wire/jsonread.h"
#include "../wire/sseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace Quorum {

namespace {
ErrorClass classify(const QString &status, int http)
{
    if (status == u"RESOURCE_EXHAUSTED")
        return ErrorClass::Throttled;
    if (status == u"UNAUTHENTICATED" || status == u"PERMISSION_DENIED")
        return ErrorClass::Auth;
    if (status == u"INVALID_ARGUMENT" || status == u"NOT_FOUND" || status == u"FAILED_PRECONDITION")
        return ErrorClass::InvalidRequest;
    if (status == u"DEADLINE_EXCEEDED")
        return ErrorClass::Timeout;
    if (status == u"UNAVAILABLE" || status == u"INTERNAL")
        return ErrorClass::Server;
    return http > 0 ? errorClassForStatus(http) : ErrorClass::Server;
}

// No end marker: a stream (or body) is complete when it ends cleanly after a finish reason.
class GeminiReader final : public SseResponseReader
{
public:
    explicit GeminiReader(bool stream) : SseResponseReader(stream, End::OnMarkerOrFinishReason) {}

private:
    void handleEvent(const SseEvent &event, StreamState &state) override
    {
        if (const auto response = parseObject(event.data))
            handle(*response, state);
        else
            state.fail(ErrorClass::StreamBroken, QStringLiteral("a response is not JSON: %1").arg(QString::fromUtf8(event.data.left(80))));
    }
    void handleWhole(const QJsonObject &body, StreamState &state) override { handle(body, state); }

    void handle(const QJsonObject &response, StreamState &state)
    {
        if (response.contains(u"error")) {
            const QJsonObject error = response.value(u"error").toObject();
            state.fail(classify(error.value(u"status").toString(), error.value(u"code").toInt()), error.value(u"message").toString(),
                       error.value(u"status").toString());
            return;
        }
        const QJsonObject candidate = response.value(u"candidates").toArray().at(0).toObject();
        for (const QJsonValue &part : candidate.value(u"content").toObject().value(u"parts").toArray()) {
            const QJsonObject p = part.toObject();
            if (p.value(u"thought").toBool())
                state.reasoning(p.value(u"text").toString());
            else
                state.text(p.value(u"text").toString());
        }
        const QString finish = candidate.value(u"finishReason").toString();
        if (!finish.isEmpty()) {
            state.stopReason(finish);
            if (finish == u"SAFETY" || finish == u"PROHIBITED_CONTENT" || finish == u"BLOCKLIST")
                state.fail(ErrorClass::ContentFiltered, QStringLiteral("Gemini stopped the answer (%1)").arg(finish));
        }
        if (response.value(u"promptFeedback").toObject().contains(u"blockReason"))
            state.fail(ErrorClass::ContentFiltered, QStringLiteral("Gemini blocked the prompt (%1)")
                                                        .arg(response.value(u"promptFeedback").toObject().value(u"blockReason").toString()));
        const QJsonValue usage = response.value(u"usageMetadata");
        if (usage.isObject()) {
            const QJsonObject u = usage.toObject();
            state.usage(optionalInt(u.value(u"promptTokenCount")), optionalInt(u.value(u"candidatesTokenCount")),
                        optionalInt(u.value(u"thoughtsTokenCount")));
            // promptTokenCount includes the cached content's tokens.
            state.cachedTokens(optionalInt(u.value(u"cachedContentTokenCount")), std::nullopt, false);
        }
    }
};
} // namespace

GeminiClient::GeminiClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts)
    : ProviderClient(std::move(variant), network, timeouts, &makeGeminiReader), m_apiKey(std::move(apiKey))
{
    addSecret(m_apiKey);
}

HttpCall GeminiClient::buildCall(const ChatRequest &request)
{
    if (m_apiKey.isEmpty())
        return HttpCall::missingCredentials(QStringLiteral("no API key for %1 (set GEMINI_API_KEY or GOOGLE_API_KEY, or store it in the keychain)")
                                                .arg(m_variant.modelId));
    QJsonArray parts{QJsonObject{{u"text"_qs, request.prompt}}};
    if (request.image)
        parts.append(QJsonObject{{u"inline_data"_qs, QJsonObject{{u"mime_type"_qs, request.image->mimeType},
                                                                 {u"data"_qs, QString::fromLatin1(request.image->data.toBase64())}}}});
    QJsonObject body{{u"contents"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"user"_qs}, {u"parts"_qs, parts}}}},
                     {u"generationConfig"_qs, QJsonObject{{u"temperature"_qs, request.temperature}, {u"maxOutputTokens"_qs, request.maxOutputTokens}}}};
    if (!request.system.isEmpty())
        body.insert(u"systemInstruction"_qs, QJsonObject{{u"parts"_qs, QJsonArray{QJsonObject{{u"text"_qs, request.system}}}}});
    const QString method = request.stream ? u"streamGenerateContent"_qs : u"generateContent"_qs;
    QUrl url(baseUrl(u"https://generativelanguage.googleapis.com"_qs) + u"/v1beta/models/"_qs
             + QString::fromUtf8(QUrl::toPercentEncoding(m_variant.model)) + u':' + method);
    if (request.stream)
        url.setQuery(u"alt=sse"_qs);
    HttpCall call = HttpCall::json(url, body, request.stream);
    call.request.setRawHeader("x-goog-api-key", m_apiKey.toUtf8());
    call.request.setRawHeader("x-goog-api-client", ClientIdentity::googApiClient());
    return call;
}

std::unique_ptr<ResponseReader> makeGeminiReader(bool stream)
{
    return std::make_unique<GeminiReader>(stream);
}

CallError GeminiClient::httpError(int status, const QNetworkReply &, const QByteArray &body)
{
    QJsonValue root = QJsonDocument::fromJson(body).isArray() ? QJsonDocument::fromJson(body).array().at(0) : QJsonValue(parseObject(body).value_or(QJsonObject()));
    const QJsonObject error = root.toObject().value(u"error").toObject();
    CallError e;
    e.providerCode = error.value(u"status").toString();
    e.message = error.value(u"message").toString(QStringLiteral("HTTP %1 from Gemini").arg(status));
    e.errorClass = classify(e.providerCode, status);
    if (status == 400 && e.message.contains(u"image", Qt::CaseInsensitive))
        e.errorClass = ErrorClass::UnsupportedInput;
    e.retryable = status == 429 || status >= 500;
    return e;
}

} // namespace Quorum
