#include "responders.h"

#include "../wire/eventstream.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Quorum::Sim {

namespace {
// Anthropic's usage: input_tokens leaves out what the cache served (cache_read_input_tokens).
QJsonObject anthropicUsage(const SimReply &reply, qint64 output)
{
    return {{u"input_tokens"_qs, reply.inputTokens - reply.cacheReadTokens}, {u"cache_creation_input_tokens"_qs, 0},
            {u"cache_read_input_tokens"_qs, reply.cacheReadTokens}, {u"output_tokens"_qs, output}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const QByteArray &data, const QByteArray &event = {})
{
    return (event.isEmpty() ? QByteArray() : "event: " + event + '\n') + "data: " + data + "\n\n";
}

// A request id of `length` hex digits, unique in this process (a cheap generator, not the system's:
// the simulator answers thousands of requests a second).
QByteArray newId(int length)
{
    thread_local QRandomGenerator rng(quint32(QRandomGenerator::system()->generate()));
    QByteArray id;
    while (id.size() < length)
        id += QByteArray::number(rng.generate64(), 16).rightJustified(16, '0');
    return id.left(length);
}

QByteArray newUuid()
{
    const QByteArray hex = newId(32);
    return hex.left(8) + '-' + hex.mid(8, 4) + "-4" + hex.mid(13, 3) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}

// Every answer carries the request id the provider's SDKs read (OpenAI x-request-id,
// Anthropic request-id, Bedrock x-amzn-RequestId; Gemini puts a responseId in the body).
ScriptedResponse base(const SimCall &call, const SimReply &reply, const QByteArray &contentType)
{
    ScriptedResponse r;
    r.status = reply.httpStatus;
    r.reason = reasonPhrase(reply.httpStatus);
    r.headers = {{"Content-Type", contentType}};
    if (call.protocol == u"openai")
        r.headers.append({"x-request-id", "req_" + newId(32)});
    else if (call.protocol == u"anthropic")
        r.headers.append({"request-id", "req_011C" + newId(20)});
    else if (call.protocol.startsWith(u"bedrock"))
        r.headers.append({"x-amzn-RequestId", newUuid()});
    r.headers += reply.headers;
    r.resetAfterBytes = reply.resetAfterBytes;
    r.stallMs = reply.stallMs;
    return r;
}

ScriptedResponse errorResponse(const SimCall &call, const SimReply &reply, QByteArray body,
                               const QByteArray &contentType = "application/json")
{
    ScriptedResponse r = base(call, reply, contentType);
    r.pieces = {{0, std::move(body)}};
    return r;
}

// The error type each provider gives a status when a script names none (their API references):
// the listed statuses, else the provider's type for a server error (5xx) or a bad request.
struct StatusTypes
{
    QList<std::pair<int, QString>> byStatus;
    QString server;
    QString client;
    QString of(int status) const
    {
        for (const auto &[s, type] : byStatus)
            if (s == status)
                return type;
        return status >= 500 ? server : client;
    }
};

QString defaultErrorType(const QString &protocol, int status)
{
    static const StatusTypes openai{{{429, u"requests"_qs}}, u"server_error"_qs, u"invalid_request_error"_qs};
    static const StatusTypes anthropic{{{401, u"authentication_error"_qs}, {403, u"permission_error"_qs}, {404, u"not_found_error"_qs},
                                        {413, u"request_too_large"_qs}, {429, u"rate_limit_error"_qs}, {529, u"overloaded_error"_qs}},
                                       u"api_error"_qs, u"invalid_request_error"_qs};
    static const StatusTypes gemini{{{401, u"UNAUTHENTICATED"_qs}, {403, u"PERMISSION_DENIED"_qs}, {404, u"NOT_FOUND"_qs},
                                     {429, u"RESOURCE_EXHAUSTED"_qs}, {503, u"UNAVAILABLE"_qs}, {504, u"DEADLINE_EXCEEDED"_qs}},
                                    u"INTERNAL"_qs, u"INVALID_ARGUMENT"_qs};
    static const StatusTypes bedrock{{{403, u"AccessDeniedException"_qs}, {404, u"ResourceNotFoundException"_qs},
                                      {408, u"ModelTimeoutException"_qs}, {424, u"ModelErrorException"_qs},
                                      {429, u"ThrottlingException"_qs}, {503, u"ServiceUnavailableException"_qs}},
                                     u"InternalServerException"_qs, u"ValidationException"_qs};
    const StatusTypes &types = protocol == u"openai" ? openai : protocol == u"anthropic" ? anthropic
                               : protocol == u"gemini" ? gemini : bedrock;
    return types.of(status);
}

QString errorType(const SimCall &call, const SimReply &reply)
{
    return reply.errorCode.isEmpty() ? defaultErrorType(call.protocol.startsWith(u"bedrock") ? u"bedrock"_qs : call.protocol,
                                                        reply.httpStatus)
                                     : reply.errorCode;
}

// Adds the answer's pieces: the first after the time to first token, the rest a chunk apart.
// `piece(i)` renders chunk i; `before` and `after` frame the stream.
template<typename Render>
void streamPieces(ScriptedResponse &r, const SimReply &reply, Render piece)
{
    for (qsizetype i = 0; i < reply.chunks.size(); ++i) {
        if (reply.midStreamErrorAfter >= 0 && i == reply.midStreamErrorAfter)
            return;
        r.pieces.append({i == 0 ? reply.firstTokenMs : reply.chunkMs, piece(i)});
        if (reply.malformedChunk && i == 0)
            r.pieces.append({0, "data: {\"choices\": [{\"delta\": {\"content\": \"unterminated\n\n"});
    }
}
} // namespace

SimReply throttledReply(const SimCall &call, int retryAfterSeconds)
{
    SimReply r;
    r.httpStatus = 429;
    r.headers = {{"retry-after", QByteArray::number(retryAfterSeconds)}};
    if (call.protocol == u"openai") {
        r.errorCode = u"rate_limit_exceeded"_qs;
        r.errorMessage = QStringLiteral("Rate limit reached for %1 on requests per min (RPM). Please try again in %2s.").arg(call.model).arg(retryAfterSeconds);
        r.headers.append({"retry-after-ms", QByteArray::number(retryAfterSeconds * 1000)});
        r.headers.append({QByteArray("x-ratelimit-remaining-requests"), QByteArray("0")});
    } else if (call.protocol == u"anthropic") {
        r.errorCode = u"rate_limit_error"_qs;
        r.errorMessage = QStringLiteral("Number of requests has exceeded your per-minute rate limit");
    } else if (call.protocol == u"gemini") {
        r.errorCode = u"RESOURCE_EXHAUSTED"_qs;
        r.errorMessage = QStringLiteral("Resource has been exhausted (e.g. check quota).");
    } else {
        r.errorCode = u"ThrottlingException"_qs;
        r.errorMessage = QStringLiteral("Too many requests, please wait before trying again.");
    }
    return r;
}

SimReply unauthorizedReply(const SimCall &call, const QString &message)
{
    SimReply r;
    r.httpStatus = call.protocol.startsWith(u"bedrock") ? 403 : 401;
    r.errorMessage = message;
    r.errorCode = call.protocol == u"openai"      ? u"invalid_api_key"_qs
                  : call.protocol == u"anthropic" ? u"authentication_error"_qs
                  : call.protocol == u"gemini"    ? u"UNAUTHENTICATED"_qs
                                                  : u"UnrecognizedClientException"_qs;
    return r;
}

ScriptedResponse openAIResponse(const SimCall &call, const SimReply &reply)
{
    if (reply.httpStatus != 200) {
        // A script may name the error's type (server_error, invalid_request_error, …) or its code
        // (rate_limit_exceeded, invalid_api_key, …); the other comes from the status.
        static const QStringList kTypes = {u"invalid_request_error"_qs, u"server_error"_qs, u"requests"_qs, u"tokens"_qs,
                                           u"insufficient_quota"_qs};
        const bool namesType = kTypes.contains(reply.errorCode);
        const QString type = namesType ? reply.errorCode : defaultErrorType(call.protocol, reply.httpStatus);
        const QJsonValue code = (namesType && reply.errorCode != u"insufficient_quota") || reply.errorCode.isEmpty()
                                    ? QJsonValue(QJsonValue::Null) : QJsonValue(reply.errorCode);
        return errorResponse(call, reply, json({{u"error"_qs, QJsonObject{{u"message"_qs, reply.errorMessage}, {u"type"_qs, type},
                                                                           {u"param"_qs, QJsonValue::Null}, {u"code"_qs, code}}}}));
    }
    const QString id = u"chatcmpl-"_qs + QString::fromLatin1(newId(24));
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const QJsonObject usage{{u"prompt_tokens"_qs, reply.inputTokens}, {u"completion_tokens"_qs, reply.outputTokens},
                            {u"total_tokens"_qs, reply.inputTokens + reply.outputTokens},
                            {u"prompt_tokens_details"_qs, QJsonObject{{u"cached_tokens"_qs, reply.cacheReadTokens}}}};
    const QString text = reply.chunks.join(QString());
    if (!call.stream) {
        ScriptedResponse r = base(call, reply, "application/json");
        QJsonObject message{{u"role"_qs, u"assistant"_qs}, {u"content"_qs, text}};
        if (!reply.reasoning.isEmpty())
            message.insert(u"reasoning_content"_qs, reply.reasoning);
        QJsonObject body{{u"id"_qs, id}, {u"object"_qs, u"chat.completion"_qs}, {u"created"_qs, created}, {u"model"_qs, call.model},
                         {u"choices"_qs, QJsonArray{QJsonObject{{u"index"_qs, 0}, {u"message"_qs, message}, {u"finish_reason"_qs, u"stop"_qs}}}},
                         {u"service_tier"_qs, reply.tierServed}};
        if (!reply.omitUsage)
            body.insert(u"usage"_qs, usage);
        r.pieces = {{reply.firstTokenMs + reply.chunkMs * int(reply.chunks.size()), json(body)}};
        return r;
    }
    ScriptedResponse r = base(call, reply, "text/event-stream; charset=utf-8");
    r.chunked = true;
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject c{{u"id"_qs, id}, {u"object"_qs, u"chat.completion.chunk"_qs}, {u"created"_qs, created}, {u"model"_qs, call.model},
                      {u"service_tier"_qs, reply.tierServed},
                      {u"choices"_qs, QJsonArray{QJsonObject{{u"index"_qs, 0}, {u"delta"_qs, delta}, {u"finish_reason"_qs, finish}}}}};
        if (call.includeUsage)
            c.insert(u"usage"_qs, QJsonValue::Null);
        return sse(json(c));
    };
    // The role-only first chunk (no text: it must not count as the first token).
    r.pieces.append({0, chunk(QJsonObject{{u"role"_qs, u"assistant"_qs}, {u"content"_qs, QString()}}, QJsonValue::Null)});
    if (!reply.reasoning.isEmpty())
        r.pieces.append({reply.firstTokenMs / 2, chunk(QJsonObject{{u"reasoning_content"_qs, reply.reasoning}}, QJsonValue::Null)});
    streamPieces(r, reply, [&](qsizetype i) { return chunk(QJsonObject{{u"content"_qs, reply.chunks.at(i)}}, QJsonValue::Null); });
    if (reply.midStreamErrorAfter >= 0) {
        r.pieces.append({reply.chunkMs, sse(json({{u"error"_qs, QJsonObject{{u"message"_qs, reply.errorMessage}, {u"type"_qs, reply.midStreamError}}}}))});
        return r;
    }
    r.pieces.append({reply.chunkMs, chunk(QJsonObject{}, u"stop"_qs)});
    if (call.includeUsage && !reply.omitUsage) {
        // The usage chunk has an empty choices list.
        r.pieces.append({0, sse(json({{u"id"_qs, id}, {u"object"_qs, u"chat.completion.chunk"_qs}, {u"created"_qs, created},
                                      {u"model"_qs, call.model}, {u"choices"_qs, QJsonArray{}}, {u"usage"_qs, usage}}))});
    }
    r.pieces.append({0, "data: [DONE]\n\n"});
    return r;
}

ScriptedResponse anthropicResponse(const SimCall &call, const SimReply &reply)
{
    if (reply.httpStatus != 200)
        return errorResponse(call, reply, json({{u"type"_qs, u"error"_qs},
                                                {u"error"_qs, QJsonObject{{u"type"_qs, errorType(call, reply)}, {u"message"_qs, reply.errorMessage}}}}));
    const QString id = u"msg_"_qs + QString::fromLatin1(newId(24));
    const QString text = reply.chunks.join(QString());
    if (!call.stream) {
        ScriptedResponse r = base(call, reply, "application/json");
        QJsonArray content;
        if (!reply.reasoning.isEmpty())
            content.append(QJsonObject{{u"type"_qs, u"thinking"_qs}, {u"thinking"_qs, reply.reasoning}});
        content.append(QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, text}});
        r.pieces = {{reply.firstTokenMs + reply.chunkMs * int(reply.chunks.size()),
                     json({{u"id"_qs, id}, {u"type"_qs, u"message"_qs}, {u"role"_qs, u"assistant"_qs}, {u"model"_qs, call.model},
                           {u"content"_qs, content}, {u"stop_reason"_qs, u"end_turn"_qs}, {u"stop_sequence"_qs, QJsonValue::Null},
                           {u"usage"_qs, anthropicUsage(reply, reply.outputTokens)}})}};
        return r;
    }
    ScriptedResponse r = base(call, reply, "text/event-stream; charset=utf-8");
    r.chunked = true;
    auto event = [](const char *type, QJsonObject body) {
        body.insert(u"type"_qs, QLatin1String(type));
        return sse(json(body), type);
    };
    r.pieces.append({0, event("message_start", {{u"message"_qs, QJsonObject{
        {u"id"_qs, id}, {u"type"_qs, u"message"_qs}, {u"role"_qs, u"assistant"_qs}, {u"model"_qs, call.model}, {u"content"_qs, QJsonArray{}},
        {u"stop_reason"_qs, QJsonValue::Null}, {u"stop_sequence"_qs, QJsonValue::Null},
        {u"usage"_qs, anthropicUsage(reply, 1)}}}})});
    int index = 0;
    if (!reply.reasoning.isEmpty()) {
        r.pieces.append({reply.firstTokenMs / 2, event("content_block_start", {{u"index"_qs, index}, {u"content_block"_qs, QJsonObject{{u"type"_qs, u"thinking"_qs}, {u"thinking"_qs, QString()}}}})});
        r.pieces.append({0, event("content_block_delta", {{u"index"_qs, index}, {u"delta"_qs, QJsonObject{{u"type"_qs, u"thinking_delta"_qs}, {u"thinking"_qs, reply.reasoning}}}})});
        r.pieces.append({0, event("content_block_stop", {{u"index"_qs, index}})});
        ++index;
    }
    r.pieces.append({0, event("content_block_start", {{u"index"_qs, index}, {u"content_block"_qs, QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QString()}}}})});
    r.pieces.append({0, event("ping", {})});
    streamPieces(r, reply, [&](qsizetype i) {
        return event("content_block_delta", {{u"index"_qs, index}, {u"delta"_qs, QJsonObject{{u"type"_qs, u"text_delta"_qs}, {u"text"_qs, reply.chunks.at(i)}}}});
    });
    if (reply.midStreamErrorAfter >= 0) {
        r.pieces.append({reply.chunkMs, event("error", {{u"error"_qs, QJsonObject{{u"type"_qs, reply.midStreamError}, {u"message"_qs, reply.errorMessage}}}})});
        return r;
    }
    r.pieces.append({0, event("content_block_stop", {{u"index"_qs, index}})});
    QJsonObject delta{{u"delta"_qs, QJsonObject{{u"stop_reason"_qs, u"end_turn"_qs}, {u"stop_sequence"_qs, QJsonValue::Null}}}};
    if (!reply.omitUsage)
        delta.insert(u"usage"_qs, QJsonObject{{u"output_tokens"_qs, reply.outputTokens}});
    r.pieces.append({0, event("message_delta", delta)});
    r.pieces.append({0, event("message_stop", {})});
    return r;
}

ScriptedResponse geminiResponse(const SimCall &call, const SimReply &reply)
{
    if (reply.httpStatus != 200)
        return errorResponse(call, reply, json({{u"error"_qs, QJsonObject{{u"code"_qs, reply.httpStatus}, {u"message"_qs, reply.errorMessage},
                                                                           {u"status"_qs, errorType(call, reply)}}}}));
    const QString responseId = QString::fromLatin1(newId(22));
    auto usage = [&](qint64 output) {
        QJsonObject u{{u"promptTokenCount"_qs, reply.inputTokens}, {u"candidatesTokenCount"_qs, output},
                      {u"totalTokenCount"_qs, reply.inputTokens + output}};
        if (reply.cacheReadTokens > 0) // part of promptTokenCount
            u.insert(u"cachedContentTokenCount"_qs, reply.cacheReadTokens);
        if (!reply.reasoning.isEmpty())
            u.insert(u"thoughtsTokenCount"_qs, qint64(reply.reasoning.size() / 4));
        return u;
    };
    auto response = [&](const QString &text, const QString &finish, qint64 outputSoFar) {
        QJsonObject candidate{{u"content"_qs, QJsonObject{{u"parts"_qs, QJsonArray{QJsonObject{{u"text"_qs, text}}}}, {u"role"_qs, u"model"_qs}}},
                              {u"index"_qs, 0}};
        if (!finish.isEmpty())
            candidate.insert(u"finishReason"_qs, finish);
        QJsonObject body{{u"candidates"_qs, QJsonArray{candidate}}, {u"modelVersion"_qs, call.model}, {u"responseId"_qs, responseId}};
        if (!reply.omitUsage)
            body.insert(u"usageMetadata"_qs, usage(outputSoFar));
        return body;
    };
    const QString text = reply.chunks.join(QString());
    if (!call.stream) {
        ScriptedResponse r = base(call, reply, "application/json; charset=UTF-8");
        r.pieces = {{reply.firstTokenMs + reply.chunkMs * int(reply.chunks.size()), json(response(text, u"STOP"_qs, reply.outputTokens))}};
        return r;
    }
    // With alt=sse, server-sent events; without it, one JSON array whose elements stream in.
    ScriptedResponse r = base(call, reply, call.sse ? "text/event-stream" : "application/json; charset=UTF-8");
    r.chunked = true;
    qsizetype elements = 0;
    auto element = [&](const QJsonObject &o) -> QByteArray {
        if (call.sse)
            return "data: " + json(o) + "\r\n\r\n";
        return (elements++ == 0 ? QByteArray("[") : QByteArray("\r\n,")) + QJsonDocument(o).toJson(QJsonDocument::Indented).trimmed();
    };
    if (!reply.reasoning.isEmpty()) {
        QJsonObject thought = response(QString(), QString(), 0);
        thought.insert(u"candidates"_qs, QJsonArray{QJsonObject{{u"content"_qs, QJsonObject{{u"parts"_qs, QJsonArray{QJsonObject{
            {u"text"_qs, reply.reasoning}, {u"thought"_qs, true}}}}, {u"role"_qs, u"model"_qs}}}, {u"index"_qs, 0}}});
        r.pieces.append({reply.firstTokenMs / 2, element(thought)});
    }
    const qsizetype n = reply.chunks.size();
    streamPieces(r, reply, [&](qsizetype i) -> QByteArray {
        // Usage grows with the stream; the last report is the total.
        const qint64 soFar = i + 1 == n ? reply.outputTokens : reply.outputTokens * (i + 1) / std::max<qsizetype>(1, n);
        return element(response(reply.chunks.at(i), i + 1 == n ? u"STOP"_qs : QString(), soFar));
    });
    if (reply.midStreamErrorAfter >= 0)
        r.pieces.append({reply.chunkMs, element({{u"error"_qs, QJsonObject{{u"code"_qs, 503}, {u"message"_qs, reply.errorMessage},
                                                                            {u"status"_qs, reply.midStreamError}}}})});
    if (!call.sse)
        r.pieces.append({0, elements == 0 ? QByteArray("[]") : QByteArray("\r\n]")});
    return r; // no [DONE]: the stream ends when the connection's body ends
}

ScriptedResponse bedrockResponse(const SimCall &call, const SimReply &reply)
{
    if (reply.httpStatus != 200) {
        ScriptedResponse r = errorResponse(call, reply, json({{u"message"_qs, reply.errorMessage}}));
        r.headers.append({"x-amzn-ErrorType", errorType(call, reply).toLatin1() + ":http://internal.amazon.com/coral/com.amazon.bedrock/"});
        return r;
    }
    const QString text = reply.chunks.join(QString());
    const int latencyMs = reply.firstTokenMs + reply.chunkMs * int(reply.chunks.size());
    // inputTokens leaves the cache's reads out; totalTokens counts them.
    QJsonObject usage{{u"inputTokens"_qs, reply.inputTokens - reply.cacheReadTokens}, {u"outputTokens"_qs, reply.outputTokens},
                      {u"totalTokens"_qs, reply.inputTokens + reply.outputTokens}};
    if (reply.cacheReadTokens > 0)
        usage.insert(u"cacheReadInputTokens"_qs, reply.cacheReadTokens);
    if (!call.stream) {
        ScriptedResponse r = base(call, reply, "application/json");
        QJsonObject body{{u"output"_qs, QJsonObject{{u"message"_qs, QJsonObject{{u"role"_qs, u"assistant"_qs},
                                                                               {u"content"_qs, QJsonArray{QJsonObject{{u"text"_qs, text}}}}}}}},
                         {u"stopReason"_qs, u"end_turn"_qs}, {u"metrics"_qs, QJsonObject{{u"latencyMs"_qs, latencyMs}}}};
        if (!reply.omitUsage)
            body.insert(u"usage"_qs, usage);
        if (!call.tier.isEmpty())
            body.insert(u"serviceTier"_qs, QJsonObject{{u"type"_qs, reply.tierServed}});
        r.pieces = {{latencyMs, json(body)}};
        return r;
    }
    ScriptedResponse r = base(call, reply, "application/vnd.amazon.eventstream");
    r.chunked = true;
    // Every payload carries a padding field "p" of varying length, as the service's do.
    auto frame = [](const QString &type, QJsonObject payload) {
        payload.insert(u"p"_qs, QString(qsizetype(5 + qHash(type) % 20), u'a'));
        return encodeEventStreamMessage({{u":event-type"_qs, type}, {u":content-type"_qs, u"application/json"_qs},
                                         {u":message-type"_qs, u"event"_qs}}, json(payload));
    };
    r.pieces.append({0, frame(u"messageStart"_qs, {{u"role"_qs, u"assistant"_qs}})});
    if (!reply.reasoning.isEmpty())
        r.pieces.append({reply.firstTokenMs / 2, frame(u"contentBlockDelta"_qs, {{u"contentBlockIndex"_qs, 0},
            {u"delta"_qs, QJsonObject{{u"reasoningContent"_qs, QJsonObject{{u"text"_qs, reply.reasoning}}}}}})});
    streamPieces(r, reply, [&](qsizetype i) {
        return frame(u"contentBlockDelta"_qs, {{u"contentBlockIndex"_qs, 0}, {u"delta"_qs, QJsonObject{{u"text"_qs, reply.chunks.at(i)}}}});
    });
    if (reply.midStreamErrorAfter >= 0) {
        r.pieces.append({reply.chunkMs, encodeEventStreamMessage({{u":exception-type"_qs, reply.midStreamError},
                                                                  {u":content-type"_qs, u"application/json"_qs},
                                                                  {u":message-type"_qs, u"exception"_qs}},
                                                                 json({{u"message"_qs, reply.errorMessage}}))});
        return r;
    }
    r.pieces.append({0, frame(u"contentBlockStop"_qs, {{u"contentBlockIndex"_qs, 0}})});
    r.pieces.append({0, frame(u"messageStop"_qs, {{u"stopReason"_qs, u"end_turn"_qs}})});
    QJsonObject metadata{{u"metrics"_qs, QJsonObject{{u"latencyMs"_qs, latencyMs}}}};
    if (!reply.omitUsage)
        metadata.insert(u"usage"_qs, usage);
    if (!call.tier.isEmpty())
        metadata.insert(u"serviceTier"_qs, QJsonObject{{u"type"_qs, reply.tierServed}});
    r.pieces.append({0, frame(u"metadata"_qs, metadata)});
    return r;
}

ScriptedResponse bedrockOptimizeResponse(const SimCall &call, const SimReply &reply)
{
    if (reply.httpStatus != 200)
        return bedrockResponse(call, reply); // the same error shape as the runtime's
    ScriptedResponse r = base(call, reply, "application/vnd.amazon.eventstream");
    r.chunked = true;
    auto frame = [](const QString &type, const QJsonObject &payload) {
        return encodeEventStreamMessage({{u":event-type"_qs, type}, {u":content-type"_qs, u"application/json"_qs},
                                         {u":message-type"_qs, u"event"_qs}}, json(payload));
    };
    r.pieces.append({reply.firstTokenMs, frame(u"analyzePromptEvent"_qs, {{u"message"_qs, QString(u"Analyzing the prompt for "_qs + call.model)}})});
    if (reply.midStreamErrorAfter >= 0) {
        r.pieces.append({reply.chunkMs, encodeEventStreamMessage({{u":exception-type"_qs, reply.midStreamError},
                                                                  {u":content-type"_qs, u"application/json"_qs},
                                                                  {u":message-type"_qs, u"exception"_qs}},
                                                                 json({{u"message"_qs, reply.errorMessage}}))});
        return r;
    }
    r.pieces.append({reply.chunkMs * int(reply.chunks.size()),
                     frame(u"optimizedPromptEvent"_qs,
                           {{u"optimizedPrompt"_qs, QJsonObject{{u"textPrompt"_qs, QJsonObject{{u"text"_qs, reply.chunks.join(QString())}}}}}})});
    return r;
}

} // namespace Quorum::Sim
