#include "simprofile.h"

#include <QJsonArray>

namespace Quorum::Sim {

namespace {
const LatencyRule kDefaultLatency;

std::pair<double, double> meanStd(const QJsonValue &value, std::pair<double, double> fallback)
{
    if (value.isDouble())
        return {value.toDouble(), 0};
    const QJsonArray a = value.toArray();
    if (a.size() == 2)
        return {a.at(0).toDouble(), a.at(1).toDouble()};
    return fallback;
}
} // namespace

std::optional<SimProfile> SimProfile::fromJson(const QJsonObject &o, QString *error)
{
    SimProfile p;
    p.timeScale = o.value(u"time_scale").toDouble(1);
    for (const QJsonValue &v : o.value(u"latency").toArray()) {
        const QJsonObject l = v.toObject();
        LatencyRule r;
        r.model = l.value(u"model").toString();
        r.region = l.value(u"region").toString();
        r.tier = l.value(u"tier").toString();
        std::tie(r.ttftMean, r.ttftStd) = meanStd(l.value(u"ttft_ms"), {r.ttftMean, r.ttftStd});
        std::tie(r.tokenMean, r.tokenStd) = meanStd(l.value(u"token_ms"), {r.tokenMean, r.tokenStd});
        p.latency.append(r);
    }
    for (const QJsonValue &v : o.value(u"rules").toArray()) {
        const QJsonObject r = v.toObject();
        ScriptRule rule;
        rule.protocol = r.value(u"provider").toString();
        rule.model = r.value(u"model").toString();
        if (r.contains(u"prompt")) {
            QRegularExpression re(r.value(u"prompt").toString());
            if (!re.isValid()) {
                *error = QStringLiteral("rule prompt pattern \"%1\": %2").arg(re.pattern(), re.errorString());
                return std::nullopt;
            }
            rule.prompt = re;
        }
        rule.reply = r.value(u"reply").toObject();
        rule.times = r.value(u"times").toInt(-1);
        p.rules.append(rule);
    }
    const QJsonObject tiers = o.value(u"tiers").toObject();
    for (auto it = tiers.begin(); it != tiers.end(); ++it)
        for (const QJsonValue &t : it.value().toArray())
            p.tiers[it.key()] << t.toString();
    const QJsonObject skills = o.value(u"skills").toObject();
    for (auto it = skills.begin(); it != skills.end(); ++it) {
        const QJsonObject byTask = it.value().toObject();
        for (auto t = byTask.begin(); t != byTask.end(); ++t) {
            if (!t.value().isDouble() || t.value().toDouble() < 0 || t.value().toDouble() > 1) {
                *error = QStringLiteral("skills of \"%1\": \"%2\" must be a number from 0 to 1").arg(it.key(), t.key());
                return std::nullopt;
            }
            p.skills[it.key()].byTask.insert(t.key(), t.value().toDouble());
        }
    }
    for (const QJsonValue &v : o.value(u"throttle").toArray()) {
        const QJsonObject t = v.toObject();
        p.throttling.append({t.value(u"model").toString(), t.value(u"region").toString(), t.value(u"share").toDouble(),
                             t.value(u"retry_after_s").toInt(1), t.value(u"burst_ms").toInt(0)});
    }
    const QJsonObject rpm = o.value(u"rpm").toObject();
    for (auto it = rpm.begin(); it != rpm.end(); ++it)
        p.rpm.insert(it.key(), it.value().toInt());
    return p;
}

const LatencyRule &SimProfile::latencyFor(const SimCall &call) const
{
    const LatencyRule *best = nullptr;
    int bestScore = -1;
    for (const LatencyRule &r : latency) {
        if ((!r.model.isEmpty() && r.model != call.model) || (!r.region.isEmpty() && r.region != call.region)
            || (!r.tier.isEmpty() && r.tier != call.tier))
            continue;
        const int score = int(!r.model.isEmpty()) * 4 + int(!r.region.isEmpty()) * 2 + int(!r.tier.isEmpty());
        if (score > bestScore) {
            best = &r;
            bestScore = score;
        }
    }
    return best ? *best : kDefaultLatency;
}

const ThrottleRule *SimProfile::throttlingFor(const SimCall &call) const
{
    for (const ThrottleRule &t : throttling)
        if (t.model == call.model && (t.region.isEmpty() || t.region == call.region))
            return &t;
    return nullptr;
}

void applyReplyOverrides(const QJsonObject &o, SimReply *r)
{
    if (o.contains(u"text")) {
        r->chunks = {o.value(u"text").toString()};
        if (o.contains(u"chunk_size")) {
            const QString text = o.value(u"text").toString();
            const int size = std::max(1, o.value(u"chunk_size").toInt());
            r->chunks.clear();
            for (qsizetype i = 0; i < text.size(); i += size)
                r->chunks << text.mid(i, size);
        }
    }
    if (o.contains(u"chunks")) {
        r->chunks.clear();
        for (const QJsonValue &c : o.value(u"chunks").toArray())
            r->chunks << c.toString();
    }
    if (o.contains(u"reasoning"))
        r->reasoning = o.value(u"reasoning").toString();
    if (o.contains(u"usage")) {
        const QJsonObject u = o.value(u"usage").toObject();
        r->inputTokens = u.value(u"input").toInteger(r->inputTokens);
        r->outputTokens = u.value(u"output").toInteger(r->outputTokens);
    }
    r->omitUsage = o.value(u"omit_usage").toBool(r->omitUsage);
    r->firstTokenMs = o.value(u"first_token_ms").toInt(r->firstTokenMs);
    r->chunkMs = o.value(u"chunk_ms").toInt(r->chunkMs);
    r->tierServed = o.value(u"tier_served").toString(r->tierServed);
    if (o.contains(u"status")) {
        r->httpStatus = o.value(u"status").toInt();
        r->errorCode = o.value(u"error_code").toString();
        r->errorMessage = o.value(u"error_message").toString(QStringLiteral("simulated failure"));
    }
    const QJsonObject headers = o.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r->headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    if (o.contains(u"mid_stream_error")) {
        r->midStreamError = o.value(u"mid_stream_error").toString();
        r->midStreamErrorAfter = o.value(u"after_chunks").toInt(1);
        r->errorMessage = o.value(u"error_message").toString(QStringLiteral("simulated failure"));
    }
    r->resetAfterBytes = o.value(u"reset_after_bytes").toInt(r->resetAfterBytes);
    r->malformedChunk = o.value(u"malformed_chunk").toBool(r->malformedChunk);
    r->stallMs = o.value(u"stall_ms").toInt(r->stallMs);
}

} // namespace Quorum::Sim
