#pragma once

#include "chattypes.h"
#include "../wire/sseparser.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QCoroTask>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Quorum {

// Text as it streams in: answer text and, where a provider streams it apart, reasoning.
struct StreamDelta
{
    QString text;
    QString reasoning;
};
using DeltaCallback = std::function<void(const StreamDelta &)>;

struct Timeouts
{
    int connectMs = 10'000;     // until the response headers arrive
    int idleMs = 60'000;        // no byte for this long ends the call
    int totalMs = 600'000;      // the whole call at most
};

// What one call accumulates while its response streams in; the readers feed it.
class StreamState final
{
public:
    StreamState(ChatResult &result, const QElapsedTimer &clock, const DeltaCallback &onDelta)
        : m_result(result), m_clock(clock), m_onDelta(onDelta) {}

    void text(const QString &text);
    void reasoning(const QString &text);
    void usage(std::optional<qint64> input, std::optional<qint64> output, std::optional<qint64> reasoning = {});
    // Prompt-cache tokens as reported. `apart`: the provider counts them outside its input tokens
    // (Anthropic, Bedrock), so they are added to the input Quorum stores; else they are part of it
    // (OpenAI, Gemini).
    void cachedTokens(std::optional<qint64> read, std::optional<qint64> written, bool apart);
    void stopReason(const QString &reason) { m_result.stopReason = reason; }
    void tierServed(const QString &tier) { m_result.metrics.tierServed = tier; }
    void fail(ErrorClass errorClass, const QString &message, const QString &code = {});
    void complete() { m_complete = true; }   // the protocol's own end marker arrived
    // Bytes arrived now: text found in them is timed from this moment, not from when it is parsed.
    void markArrival() { m_arrivalMs = elapsedMs(); }

    bool isComplete() const { return m_complete; }
    bool failed() const { return m_result.error.has_value(); }
    bool sawInputTokens() const { return m_sawInput; }
    bool sawOutputTokens() const { return m_sawOutput; }
    ChatResult &result() { return m_result; }

private:
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    double arrivalMs() const { return m_arrivalMs >= 0 ? m_arrivalMs : elapsedMs(); }
    void settleInput();

    ChatResult &m_result;
    qint64 m_reportedInput = 0;
    bool m_cacheApart = false;
    const QElapsedTimer &m_clock;
    const DeltaCallback &m_onDelta;
    bool m_complete = false;
    double m_arrivalMs = -1;
    bool m_sawInput = false;
    bool m_sawOutput = false;
};

// Decodes one response body, streamed or whole, for one protocol.
class ResponseReader
{
public:
    virtual ~ResponseReader() = default;
    virtual void feed(QByteArrayView bytes, StreamState &state) = 0;
    virtual void finish(StreamState &state) = 0;   // the body ended
};

// The base of readers for SSE protocols (OpenAI, Anthropic, Gemini): streamed bodies are
// split into events, whole bodies are kept until they end.
class SseResponseReader : public ResponseReader
{
public:
    // How a stream may end. Every protocol ends on its own marker; where the official SDKs also
    // take a clean close after the finish reason as the end (OpenAI without "data: [DONE]",
    // Gemini, which has no marker), so does Quorum. A close before any finish reason is a cut.
    enum class End { OnMarker, OnMarkerOrFinishReason };
    explicit SseResponseReader(bool stream, End end = End::OnMarker) : m_stream(stream), m_end(end) {}
    void feed(QByteArrayView bytes, StreamState &state) override;
    void finish(StreamState &state) override;

protected:
    virtual void handleEvent(const SseEvent &event, StreamState &state) = 0;
    // A whole (non-streamed) body, already read as a JSON object.
    virtual void handleWhole(const QJsonObject &body, StreamState &state) = 0;

private:
    bool m_stream;
    End m_end;
    std::unique_ptr<SseParser> m_parser;
    QByteArray m_body;
};

// One HTTP request to make.
struct HttpCall
{
    QNetworkRequest request;
    QByteArray body;
    std::optional<CallError> error; // the call cannot be made (no credentials, …)
    bool optionalFeatures = false;  // it carries a feature a server may refuse (OpenAI: stream_options)

    // A JSON POST to `url`, streamed (SSE) or not.
    static HttpCall json(const QUrl &url, const QJsonObject &body, bool stream);
    // The call cannot be made: credentials are missing (what to set is in the message).
    static HttpCall missingCredentials(const QString &message);
};

// A client for one model variant's provider: sends one chat request, streams its answer,
// measures it from the wire (METRICS.md) and classifies what went wrong. One subclass per
// wire protocol. Lives in, and is used from, the thread that owns the network manager.
class ProviderClient
{
public:
    using ReaderFactory = std::unique_ptr<ResponseReader> (*)(bool stream);
    ProviderClient(ModelVariant variant, QNetworkAccessManager *network, Timeouts timeouts, ReaderFactory readers);
    virtual ~ProviderClient() = default;

    QCoro::Task<ChatResult> send(ChatRequest request, DeltaCallback onDelta = {});
    const ModelVariant &variant() const { return m_variant; }
    // Why the keychain could not give this client's key (locked, none there): said with the
    // "no API key" a call then gets, so a locked keychain never reads as a missing key.
    void setKeychainProblem(const QString &problem) { m_keychainProblem = problem; }

protected:
    virtual HttpCall buildCall(const ChatRequest &request) = 0;
    // A non-2xx response, its headers read and its body complete.
    virtual CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) = 0;
    // A call that carried optional features failed: is that the server refusing one? Then the
    // call is made again with ChatRequest::withoutOptionalFeatures. Decided per call, from what
    // this call carried; a client may remember the refusal for its later calls.
    virtual bool refusedOptionalFeature(int /*status*/, const QByteArray & /*body*/) { return false; }

    // The base URL of the provider, or the profile's base_url.
    QString baseUrl(const QString &providerDefault) const;
    // A credential this client sends: it is blanked out of any error text a server echoes.
    void addSecret(const QString &secret);

    ModelVariant m_variant;

private:
    // One HTTP exchange: send, watch the deadlines while the body streams in, then settle what
    // the end means. *retryPlain: the server refused an optional feature this call carried.
    QCoro::Task<ChatResult> sendOnce(const ChatRequest &request, const DeltaCallback &onDelta, bool *retryPlain);
    enum class Late { No, Connect, Total, Idle }; // which deadline, if any, ended the call
    // A non-2xx answer as an error, with the server's retry hint.
    CallError refusal(int httpStatus, const QNetworkReply &reply, const QByteArray &body);
    // What the end of a 2xx response means: a deadline, a broken connection, or the reader's end.
    void settle(Late late, const QNetworkReply &reply, bool headersSeen, ResponseReader &reader, StreamState &state) const;
    static void estimateMissingUsage(const ChatRequest &request, StreamState &state);

    QNetworkAccessManager *m_network;
    Timeouts m_timeouts;
    ReaderFactory m_readers;
    QStringList m_secrets;
    QString m_keychainProblem;
};

// The usual error for an HTTP status when the body says nothing more precise.
ErrorClass errorClassForStatus(int status);

} // namespace Quorum
