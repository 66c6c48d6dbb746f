#include "providerclient.h"

#include "clientidentity.h"

#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QTimer>

#include "../wire/jsonread.h"
#include "../wire/sseparser.h"

namespace Quorum {

void StreamState::text(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_result.metrics.ttftMs)
        m_result.metrics.ttftMs = arrivalMs();
    m_result.text += text;
    if (m_onDelta)
        m_onDelta({text, {}});
}

void StreamState::reasoning(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_result.metrics.ttfrMs)
        m_result.metrics.ttfrMs = arrivalMs();
    m_result.reasoning += text;
    if (m_onDelta)
        m_onDelta({{}, text});
}

void StreamState::usage(std::optional<qint64> input, std::optional<qint64> output, std::optional<qint64> reasoning)
{
    // The last report wins: providers that repeat usage send running or final totals.
    if (input) {
        m_reportedInput = *input;
        settleInput();
    }
    if (output)
        m_result.metrics.outputTokens = *output;
    if (reasoning)
        m_result.metrics.reasoningTokens = *reasoning;
    m_sawInput = m_sawInput || input.has_value();
    m_sawOutput = m_sawOutput || output.has_value();
}

void StreamState::cachedTokens(std::optional<qint64> read, std::optional<qint64> written, bool apart)
{
    if (read)
        m_result.metrics.cacheReadTokens = *read;
    if (written)
        m_result.metrics.cacheWriteTokens = *written;
    m_cacheApart = apart;
    settleInput();
}

void StreamState::settleInput()
{
    const CallMetrics &m = m_result.metrics;
    m_result.metrics.inputTokens = m_reportedInput + (m_cacheApart ? m.cacheReadTokens + m.cacheWriteTokens : 0);
}

void StreamState::fail(ErrorClass errorClass, const QString &message, const QString &code)
{
    if (m_result.error)
        return; // the first failure is the one that counts
    CallError e;
    e.errorClass = errorClass;
    e.message = message;
    e.providerCode = code;
    e.httpStatus = m_result.metrics.httpStatus;
    e.retryable = isRetryable(errorClass);
    m_result.error = e;
}

void SseResponseReader::feed(QByteArrayView bytes, StreamState &state)
{
    if (!m_stream) {
        m_body.append(bytes);
        return;
    }
    if (!m_parser)
        m_parser = std::make_unique<SseParser>();
    for (const SseEvent &event : m_parser->feed(bytes))
        if (!state.failed())
            handleEvent(event, state);
}

void SseResponseReader::finish(StreamState &state)
{
    if (!m_stream) {
        if (const auto body = parseObject(m_body))
            handleWhole(*body, state);
        else
            state.fail(ErrorClass::StreamBroken, QStringLiteral("the response is not JSON"));
    } else if (m_parser) {
        for (const SseEvent &event : m_parser->finish())
            if (!state.failed())
                handleEvent(event, state);
    }
    if (m_end == End::OnMarkerOrFinishReason && !state.failed() && !state.result().stopReason.isEmpty())
        state.complete(); // the body ended cleanly (a reset never gets here) after the finish reason
}

HttpCall HttpCall::json(const QUrl &url, const QJsonObject &body, bool stream)
{
    HttpCall call;
    call.request.setUrl(url);
    call.request.setRawHeader("Content-Type", "application/json");
    call.request.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call;
}

HttpCall HttpCall::missingCredentials(const QString &message)
{
    HttpCall call;
    call.error = CallError{ErrorClass::Auth, message, 0, {}, {}, false};
    return call;
}

ErrorClass errorClassForStatus(int status)
{
    switch (status) {
    case 400: case 404: case 405: case 409: case 413: case 415: case 422:
        return ErrorClass::InvalidRequest;
    case 401: case 403:
        return ErrorClass::Auth;
    case 402:
        return ErrorClass::Quota;
    case 408: case 504:
        return ErrorClass::Timeout;
    case 429:
        return ErrorClass::Throttled;
    default:
        return status >= 500 ? ErrorClass::Server : ErrorClass::InvalidRequest;
    }
}

ProviderClient::ProviderClient(ModelVariant variant, QNetworkAccessManager *network, Timeouts timeouts, ReaderFactory readers)
    : m_variant(std::move(variant)), m_network(network), m_timeouts(timeouts), m_readers(readers)
{
}

QString ProviderClient::baseUrl(const QString &providerDefault) const
{
    QString url = m_variant.baseUrl.isEmpty() ? providerDefault : m_variant.baseUrl;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

void ProviderClient::addSecret(const QString &secret)
{
    if (secret.size() >= 4)
        m_secrets << secret;
}

QCoro::Task<ChatResult> ProviderClient::send(ChatRequest request, DeltaCallback onDelta)
{
    bool retryPlain = false;
    ChatResult result = co_await sendOnce(request, onDelta, &retryPlain);
    if (retryPlain) { // the server refused an optional feature: once more without it
        const ChatResult refused = result;
        request.withoutOptionalFeatures = true;
        result = co_await sendOnce(request, onDelta, &retryPlain);
        result.earlierAttempts.prepend({refused.metrics.startedAt, refused.metrics.ttlbMs, refused.metrics.httpStatus,
                                        refused.error->errorClass,
                                        QStringLiteral("the server refused an optional feature; asked again without it: %1")
                                            .arg(refused.error->message)});
    }
    if (result.error) // servers sometimes echo the key they were given; it goes no further
        for (const QString &secret : std::as_const(m_secrets))
            result.error->message.replace(secret, u"[redacted]"_qs);
    co_return result;
}

QCoro::Task<ChatResult> ProviderClient::sendOnce(const ChatRequest &request, const DeltaCallback &onDelta, bool *retryPlain)
{
    *retryPlain = false;
    ChatResult result;
    HttpCall call = buildCall(request);
    if (call.error) {
        // "no API key for M (set …)" becomes "no API key for M: the keychain is locked …, or set … instead".
        if (call.error->errorClass == ErrorClass::Auth && !m_keychainProblem.isEmpty())
            call.error->message = QStringLiteral("%1: %2").arg(call.error->message.section(u" ("_qs, 0, 0), m_keychainProblem);
        result.error = call.error;
        co_return result;
    }
    call.request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    ClientIdentity::identify(call.request);

    QElapsedTimer clock;
    StreamState state(result, clock, onDelta);
    std::unique_ptr<ResponseReader> reader = m_readers(request.stream);
    result.metrics.startedAt = QDateTime::currentMSecsSinceEpoch();
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_network->post(call.request, call.body));

    bool headersSeen = false;
    Late late = Late::No;
    bool sent = false;
    int httpStatus = 0;
    QElapsedTimer overall;
    overall.start();
    qint64 lastDataMs = 0; // overall.elapsed() when bytes last came
    qint64 sentMs = 0;     // overall.elapsed() when the request went on the wire
    // One timer watches every deadline: the response headers (connectMs after the request is
    // sent), then the whole call (totalMs) and the silence between reads (idleMs). Reads only
    // note their time; the timer is set again when it fires early, not on every read.
    QTimer deadline;
    deadline.setSingleShot(true);
    auto armAfterHeaders = [&] {
        const qint64 now = overall.elapsed();
        deadline.start(int(std::max<qint64>(0, std::min(m_timeouts.totalMs - now, lastDataMs + m_timeouts.idleMs - now))));
    };
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), [&] {
        const qint64 now = overall.elapsed();
        if (headersSeen && now < m_timeouts.totalMs && now - lastDataMs < m_timeouts.idleMs) {
            armAfterHeaders(); // data came meanwhile
            return;
        }
        if (!headersSeen && sent && now - sentMs < m_timeouts.connectMs) {
            deadline.start(int(sentMs + m_timeouts.connectMs - now)); // it waited for a connection first
            return;
        }
        late = !headersSeen ? Late::Connect : now >= m_timeouts.totalMs ? Late::Total : Late::Idle;
        reply->abort();
    });
    // t0 is when the request goes on the wire: the network manager may first queue it for a
    // free connection, and that wait is not the provider's latency.
    QObject::connect(reply.get(), &QNetworkReply::requestSent, reply.get(), [&] {
        if (sent)
            return;
        sent = true;
        result.metrics.startedAt = QDateTime::currentMSecsSinceEpoch();
        clock.restart();
        sentMs = overall.elapsed();
    });
    QByteArray errorBody;
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, reply.get(), [&] {
        headersSeen = true;
        httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.metrics.httpStatus = httpStatus;
        lastDataMs = overall.elapsed();
        armAfterHeaders();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        state.markArrival(); // before any parsing: the bytes' arrival is what TTFT times
        lastDataMs = overall.elapsed();
        const QByteArray bytes = reply->readAll();
        if (httpStatus >= 300)
            errorBody += bytes;
        else if (!state.failed())
            reader->feed(bytes, state);
    });
    deadline.start(m_timeouts.connectMs);

    if (!reply->isFinished())
        co_await qCoro(reply.get(), &QNetworkReply::finished);
    result.metrics.ttlbMs = double(clock.nsecsElapsed()) / 1e6;
    httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.metrics.httpStatus = httpStatus;
    if (reply->bytesAvailable() > 0) {
        const QByteArray rest = reply->readAll();
        if (httpStatus >= 300)
            errorBody += rest;
        else if (!state.failed())
            reader->feed(rest, state);
    }

    if (httpStatus >= 300 && late == Late::No) {
        result.error = refusal(httpStatus, *reply, errorBody);
        *retryPlain = call.optionalFeatures && refusedOptionalFeature(httpStatus, errorBody);
        co_return result;
    }
    settle(late, *reply, headersSeen, *reader, state);
    if (!request.stream) { // a whole answer has no first token to time (METRICS.md)
        result.metrics.ttftMs.reset();
        result.metrics.ttfrMs.reset();
    }
    // A refusal before any answer (an HTTP error) used no tokens; anything after the provider
    // took the request did.
    if (headersSeen && httpStatus >= 200 && httpStatus < 300)
        estimateMissingUsage(request, state);
    co_return result;
}

CallError ProviderClient::refusal(int httpStatus, const QNetworkReply &reply, const QByteArray &body)
{
    CallError e = httpError(httpStatus, reply, body);
    e.httpStatus = httpStatus;
    e.retryable = e.retryable || isRetryable(e.errorClass);
    if (!e.retryAfterMs)
        e.retryAfterMs = retryAfterMs(reply.rawHeader("retry-after"), reply.rawHeader("retry-after-ms"), QDateTime::currentDateTimeUtc());
    return e;
}

void ProviderClient::settle(Late late, const QNetworkReply &reply, bool headersSeen, ResponseReader &reader, StreamState &state) const
{
    if (late != Late::No) {
        state.fail(ErrorClass::Timeout, late == Late::Total ? QStringLiteral("the call took longer than %1 s").arg(m_timeouts.totalMs / 1000)
                                        : late == Late::Idle ? QStringLiteral("no data for %1 s").arg(m_timeouts.idleMs / 1000)
                                                             : QStringLiteral("no response within %1 s").arg(m_timeouts.connectMs / 1000));
    } else if (reply.error() != QNetworkReply::NoError && !state.failed()) {
        const bool midStream = !state.result().text.isEmpty() || headersSeen;
        if (reply.error() == QNetworkReply::TimeoutError)
            state.fail(ErrorClass::Timeout, reply.errorString());
        else
            state.fail(midStream ? ErrorClass::StreamBroken : ErrorClass::Network, reply.errorString());
    } else if (!state.failed()) {
        reader.finish(state);
    }
    if (!state.failed() && !state.isComplete())
        state.fail(ErrorClass::StreamBroken, QStringLiteral("the response ended before the provider said it was complete"));
}

void ProviderClient::estimateMissingUsage(const ChatRequest &request, StreamState &state)
{
    // What the provider did not count is estimated, and the row says so (METRICS.md): also when
    // the answer broke off after the provider took the request (it read the prompt, and bills what
    // it sent).
    CallMetrics &m = state.result().metrics;
    if (!state.sawInputTokens())
        m.inputTokens = estimateTokens(request.system) + estimateTokens(request.prompt);
    if (!state.sawOutputTokens())
        m.outputTokens = estimateTokens(state.result().text) + estimateTokens(state.result().reasoning);
    m.tokensEstimated = !state.sawInputTokens() || !state.sawOutputTokens();
}

} // namespace Quorum
