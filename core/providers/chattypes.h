#pragma once

#include "../domain/modelvariant.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Quorum {

// An image to send with a prompt, already read (from a file, a URL or a data URL).
struct ChatImage
{
    QByteArray data;
    QString mimeType;   // image/png, image/jpeg, image/gif, image/webp
    QString format() const { return mimeType.mid(6); } // "png", "jpeg", …
};

// One chat call: a prompt (and optional system text and image) for one model.
struct ChatRequest
{
    QString system;
    QString prompt;
    std::optional<ChatImage> image;
    double temperature = 0.7;
    int maxOutputTokens = 1024;
    bool stream = true;
    bool withoutOptionalFeatures = false; // the server refused one (OpenAI: stream_options): ask plainly
    // Which attempt of one logical call this is, of how many at most, and the call's id (the same
    // for every attempt): Bedrock's amz-sdk-request and amz-sdk-invocation-id, as AWS SDKs send them.
    int attempt = 1;
    int maxAttempts = 1;
    QString callId; // empty: the client makes one
};

// Why a call failed, in the words METRICS.md and the run store use.
enum class ErrorClass {
    Throttled, Server, Timeout, Network, Auth, InvalidRequest, Quota, ContentFiltered, StreamBroken, UnsupportedInput
};
QString errorClassName(ErrorClass error);
std::optional<ErrorClass> errorClassFromName(const QString &name);
bool isRetryable(ErrorClass error);

struct CallError
{
    ErrorClass errorClass = ErrorClass::Server;
    QString message;                    // for people; never contains a key
    int httpStatus = 0;
    QString providerCode;               // e.g. "rate_limit_exceeded", "ThrottlingException"
    std::optional<qint64> retryAfterMs; // the server's hint, if it gave one
    bool retryable = false;
};

// What the wire said about one call. Times in milliseconds from t0 (the request handed to
// the network); see METRICS.md.
struct CallMetrics
{
    qint64 startedAt = 0;               // t0, ms since the epoch
    std::optional<double> ttftMs;       // first non-empty answer text; unknown when not streamed
    std::optional<double> ttfrMs;       // first reasoning text
    double ttlbMs = 0;
    qint64 inputTokens = 0;              // every prompt token, cached ones included
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 cacheReadTokens = 0;          // of inputTokens: read from the provider's prompt cache
    qint64 cacheWriteTokens = 0;         // of inputTokens: written to it
    bool tokensEstimated = false;
    QString tierServed;
    int httpStatus = 0;

    double decodeTokensPerSecond() const; // output / (TTLB − TTFT); 0 when unknown
    double costUsd(const ModelVariant &variant) const;
};

// A request the client sent and the server refused before the one whose result this is (it
// refused an optional feature, and the client asked again without it). An attempt like any
// other: the engine stores it and counts it in the retries.
struct EarlierAttempt
{
    qint64 startedAt = 0;
    double durationMs = 0;
    int httpStatus = 0;
    ErrorClass errorClass = ErrorClass::InvalidRequest;
    QString reason;
};

struct ChatResult
{
    QString text;
    QString reasoning;
    QString stopReason;
    CallMetrics metrics;
    std::optional<CallError> error;
    QList<EarlierAttempt> earlierAttempts;
    bool ok() const { return !error.has_value(); }
};

// Parses Retry-After (seconds or an HTTP-date) and retry-after-ms; nullopt when absent.
std::optional<qint64> retryAfterMs(const QByteArray &retryAfter, const QByteArray &retryAfterMsHeader,
                                   const QDateTime &now);

// Rough token count for text a provider did not count (≈ 4 characters a token).
qint64 estimateTokens(const QString &text);

} // namespace Quorum
