#pragma once

#include "skills.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace Quorum::Sim {

// What a request asked for, whatever protocol it came in.
struct SimCall
{
    QString protocol;   // openai | anthropic | gemini | bedrock
    QString model;
    QString region;     // bedrock: from the host or path; else ""
    QString tier;       // requested service tier ("" = default)
    QString prompt;     // the user text (and system text), joined
    double temperature = 0.7;
    bool stream = true;
    bool hasImage = false;
    bool includeUsage = true; // OpenAI: stream_options.include_usage
    bool sse = true;          // Gemini: alt=sse asked for events; without it a stream is a JSON array
};

// How the simulator answers one call. Built from the latency model and the generator, then
// changed by whatever profile rule matches.
struct SimReply
{
    QStringList chunks;             // answer text, split as it will stream
    QString reasoning;              // streamed before the answer where the protocol has a field for it
    qint64 inputTokens = 0;         // every prompt token, cached ones included
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;     // of inputTokens: a prefix seen before (Simulator::promptCache)
    int firstTokenMs = 0;
    int chunkMs = 0;
    QString tierServed;
    bool omitUsage = false;
    // Failures
    int httpStatus = 200;
    QString errorCode;              // provider's error type/code
    QString errorMessage;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int midStreamErrorAfter = -1;   // chunks before an in-stream error
    QString midStreamError;         // its provider code
    int resetAfterBytes = -1;
    bool malformedChunk = false;
    int stallMs = 0;
};

// Time to first token and per-token delay, normally distributed (mean, standard deviation).
struct LatencyRule
{
    QString model;      // "" = any
    QString region;
    QString tier;
    double ttftMean = 250, ttftStd = 40;
    double tokenMean = 12, tokenStd = 3;
};

// A scripted answer: when provider, model and prompt match, reply with this.
struct ScriptRule
{
    QString protocol;
    QString model;
    std::optional<QRegularExpression> prompt;
    QJsonObject reply;  // fields of SimReply by their JSON names (see simprofile.cpp)
    int times = -1;     // how many calls it applies to; -1 = all
};

// Now and then a burst of "429 Too Many Requests" for a model (in a region), as a provider's
// shared capacity gives: a call starts one with the chance `share`, and every call in the next
// `burstMs` is refused too, each told to retry after `retryAfterSeconds` (a call that arrives
// early in a long burst runs out of retries).
struct ThrottleRule
{
    QString model;
    QString region;     // "" = any
    double share = 0;
    int retryAfterSeconds = 1;
    int burstMs = 0;
};

// A simulator profile (`quorum-cli simulate --profile F`): latency model, each model's skills
// by task kind, scripted rules and rate limits. An empty profile gives sensible defaults; the
// built-in one (builtinProfile()) describes the simulated models the demo workspace uses.
struct SimProfile
{
    QList<LatencyRule> latency;
    QHash<QString, ModelSkills> skills; // model → skills; a model without any answers from the prompt's words
    QList<ThrottleRule> throttling;
    QList<ScriptRule> rules;
    QHash<QString, int> rpm;        // model → requests per minute allowed
    QHash<QString, QStringList> tiers; // model → the service tiers it accepts besides the default (absent: all)
    double timeScale = 1;           // multiplies every delay (0 = as fast as possible)

    static std::optional<SimProfile> fromJson(const QJsonObject &object, QString *error);
    const LatencyRule &latencyFor(const SimCall &call) const;
    const ThrottleRule *throttlingFor(const SimCall &call) const;
};

// The profile the in-process simulator and `quorum-cli simulate` start with: the simulated
// models' latency by region and tier, their skills, and which of them is throttled now and then.
const SimProfile &builtinProfile();

// Applies a rule's "reply" object onto a generated reply.
void applyReplyOverrides(const QJsonObject &overrides, SimReply *reply);

} // namespace Quorum::Sim
