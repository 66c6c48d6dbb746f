#include "simulator.h"

#include "../wire/jsonread.h"
#include "../wire/sigv4.h"
#include "answergenerator.h"
#include "httpexchange.h"
#include "responders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QTcpServer>
#include <QTcpSocket>

namespace Quorum::Sim {

namespace {
// The user-visible text of a request, per protocol, joined; and whether it holds an image.
void readOpenAI(const QJsonObject &body, SimCall *call)
{
    for (const QJsonValue &m : body.value(u"messages").toArray()) {
        const QJsonValue content = m.toObject().value(u"content");
        if (content.isString())
            call->prompt += content.toString() + u'\n';
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject p = part.toObject();
            if (p.value(u"type").toString() == u"text")
                call->prompt += p.value(u"text").toString() + u'\n';
            else if (p.value(u"type").toString() == u"image_url")
                call->hasImage = true;
        }
    }
    call->stream = body.value(u"stream").toBool(false);
    call->includeUsage = body.value(u"stream_options").toObject().value(u"include_usage").toBool(false);
    call->tier = body.value(u"service_tier").toString();
    call->temperature = body.value(u"temperature").toDouble(call->temperature);
    if (call->model.isEmpty())
        call->model = body.value(u"model").toString();
}

void readAnthropic(const QJsonObject &body, SimCall *call)
{
    const QJsonValue system = body.value(u"system");
    if (system.isString())
        call->prompt += system.toString() + u'\n';
    for (const QJsonValue &m : body.value(u"messages").toArray()) {
        const QJsonValue content = m.toObject().value(u"content");
        if (content.isString())
            call->prompt += content.toString() + u'\n';
        for (const QJsonValue &block : content.toArray()) {
            const QJsonObject b = block.toObject();
            if (b.value(u"type").toString() == u"text")
                call->prompt += b.value(u"text").toString() + u'\n';
            else if (b.value(u"type").toString() == u"image")
                call->hasImage = true;
        }
    }
    call->stream = body.value(u"stream").toBool(false);
    call->model = body.value(u"model").toString();
}

void readGemini(const QJsonObject &body, SimCall *call)
{
    auto parts = [&](const QJsonArray &list) {
        for (const QJsonValue &part : list) {
            const QJsonObject p = part.toObject();
            if (p.contains(u"text"))
                call->prompt += p.value(u"text").toString() + u'\n';
            if (p.contains(u"inline_data") || p.contains(u"inlineData"))
                call->hasImage = true;
        }
    };
    parts(body.value(u"systemInstruction").toObject().value(u"parts").toArray());
    for (const QJsonValue &c : body.value(u"contents").toArray())
        parts(c.toObject().value(u"parts").toArray());
}

void readBedrock(const QJsonObject &body, SimCall *call)
{
    for (const QJsonValue &s : body.value(u"system").toArray())
        call->prompt += s.toObject().value(u"text").toString() + u'\n';
    for (const QJsonValue &m : body.value(u"messages").toArray())
        for (const QJsonValue &block : m.toObject().value(u"content").toArray()) {
            const QJsonObject b = block.toObject();
            if (b.contains(u"text"))
                call->prompt += b.value(u"text").toString() + u'\n';
            if (b.contains(u"image"))
                call->hasImage = true;
        }
    call->tier = body.value(u"serviceTier").toObject().value(u"type").toString();
}

// Checks a Bedrock request's SigV4 signature against the simulator's test credentials.
QString verifySigV4(const HttpRequest &request, QString *region)
{
    const QByteArray authorization = request.header("authorization");
    static const QRegularExpression re(
        uR"(^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$)"_qs);
    const auto m = re.match(QString::fromLatin1(authorization));
    if (!m.hasMatch())
        return QStringLiteral("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
    if (m.captured(1) != QLatin1String(kTestAccessKeyId))
        return QStringLiteral("The security token included in the request is invalid.");
    *region = m.captured(3);
    if (m.captured(4) != u"bedrock")
        return QStringLiteral("Credential should be scoped to correct service: 'bedrock'.");
    SigV4Request signedRequest{request.method, request.path(), request.query(), {}, request.body};
    for (const QString &name : m.captured(5).split(u';'))
        signedRequest.headers.append({name.toLatin1(), request.header(name.toLatin1())});
    const QByteArray amzDate = request.header("x-amz-date");
    const QByteArray scope = m.captured(2).toLatin1() + '/' + region->toLatin1() + "/bedrock/aws4_request";
    const QByteArray expected = SigV4::signature(QString::fromLatin1(kTestSecretAccessKey), m.captured(2).toLatin1(), *region,
                                                 u"bedrock"_qs, SigV4::stringToSign(amzDate, scope, SigV4::canonicalRequest(signedRequest)));
    if (expected != m.captured(6).toLatin1())
        return QStringLiteral("The request signature we calculated does not match the signature you provided. "
                              "Check your AWS Secret Access Key and signing method.");
    return {};
}
} // namespace

Simulator::Simulator(SimProfile profile, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_profile(std::move(profile))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new HttpConnection(socket, [this](const HttpRequest &r) { return handle(r); }, this);
        }
    });
}

Simulator::~Simulator() = default;

QString Simulator::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return m_server->errorString();
    return {};
}

quint16 Simulator::port() const
{
    return m_server->serverPort();
}

QString Simulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void Simulator::setProfile(SimProfile profile)
{
    m_profile = std::move(profile);
    m_ruleUses.clear();
}

bool Simulator::throttle(const SimCall &call, int *retryAfterSeconds)
{
    const int limit = m_profile.rpm.value(call.model, 0);
    if (limit <= 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &starts = m_recentStarts[call.model];
    starts.removeIf([now](qint64 t) { return now - t >= 60'000; });
    if (starts.size() >= limit) {
        *retryAfterSeconds = int(std::max<qint64>(1, (starts.first() + 60'000 - now + 999) / 1000));
        return true;
    }
    starts.append(now);
    return false;
}

// A prompt cache as providers keep one automatically (OpenAI's documented rule): a prompt of
// 1,024 tokens or more whose start was sent before is served from the cache for that start, in
// steps of 128 tokens past the first 1,024. Tokens are counted at four characters each, like
// the answers' usage. Each protocol reports it in its own fields (responders.cpp).
qint64 Simulator::promptCache(const SimCall &call, qint64 promptTokens)
{
    constexpr qint64 kMinimum = 1024, kStep = 128;
    constexpr int kRemembered = 64;
    QStringList &recent = m_recentPrompts[call.model];
    qsizetype shared = 0;
    for (const QString &earlier : std::as_const(recent)) {
        qsizetype n = 0;
        const qsizetype limit = std::min(earlier.size(), call.prompt.size());
        while (n < limit && earlier.at(n) == call.prompt.at(n))
            ++n;
        shared = std::max(shared, n);
    }
    recent.append(call.prompt);
    if (recent.size() > kRemembered)
        recent.removeFirst();
    const qint64 tokens = std::min<qint64>(shared / 4, promptTokens);
    return tokens < kMinimum ? 0 : kMinimum + (tokens - kMinimum) / kStep * kStep;
}

ScriptedResponse Simulator::handle(const HttpRequest &request)
{
    ++m_requests;
    m_lastBody = request.body;
    m_lastTarget = request.target;
    m_lastHeaders = request.headers;

    SimCall call;
    QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path()));
    // The simulator's own models are served per region under /region/NAME/… (what
    // servedLocally() puts in their base URL), as a provider's regional endpoints would be.
    static const QRegularExpression regional(u"^/region/([A-Za-z0-9-]+)(/.*)$"_qs);
    if (const auto m = regional.match(path); m.hasMatch()) {
        call.region = m.captured(1);
        path = m.captured(2);
    }
    const auto body = parseObject(request.body);
    static const QRegularExpression geminiPath(u"^/v1(beta)?/models/([^/:]+):(streamGenerateContent|generateContent)$"_qs);
    static const QRegularExpression bedrockPath(u"^/model/([^/]+)/(converse|converse-stream)$"_qs);
    static const QRegularExpression azurePath(u"^/openai/deployments/([^/]+)/chat/completions$"_qs);
    QByteArray key;
    if (path.endsWith(u"/chat/completions")) {
        call.protocol = u"openai"_qs;
        if (const auto m = azurePath.match(path); m.hasMatch())
            call.model = m.captured(1);
        key = request.header("api-key");
        if (key.isEmpty() && request.header("authorization").startsWith("Bearer "))
            key = request.header("authorization").mid(7);
        if (body)
            readOpenAI(*body, &call);
    } else if (path == u"/v1/messages") {
        call.protocol = u"anthropic"_qs;
        key = request.header("x-api-key"); // newer SDKs send the key as a Bearer token instead
        if (key.isEmpty() && request.header("authorization").startsWith("Bearer "))
            key = request.header("authorization").mid(7);
        if (body)
            readAnthropic(*body, &call);
    } else if (const auto m = geminiPath.match(path); m.hasMatch()) {
        call.protocol = u"gemini"_qs;
        call.model = m.captured(2);
        call.stream = m.captured(3) == u"streamGenerateContent";
        call.sse = QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(u"alt"_qs) == u"sse";
        key = request.header("x-goog-api-key");
        if (body)
            readGemini(*body, &call);
    } else if (path == u"/optimize-prompt") {
        call.protocol = u"bedrock-agent"_qs;
        call.stream = true;
        if (body) {
            call.model = body->value(u"targetModelId").toString();
            call.prompt = body->value(u"input").toObject().value(u"textPrompt").toObject().value(u"text").toString();
        }
    } else if (const auto m = bedrockPath.match(path); m.hasMatch()) {
        call.protocol = u"bedrock"_qs;
        call.model = m.captured(1);
        call.stream = m.captured(2) == u"converse-stream";
        if (body)
            readBedrock(*body, &call);
    } else {
        ScriptedResponse r;
        r.status = 404;
        r.reason = reasonPhrase(404);
        r.headers = {{"Content-Type", "application/json"}};
        r.pieces = {{0, R"({"error":{"message":"Unknown path","code":"not_found"}})"}};
        return r;
    }
    if (!body) {
        SimReply bad;
        bad.httpStatus = 400;
        bad.errorCode = call.protocol.startsWith(u"bedrock") ? u"ValidationException"_qs : u"invalid_request_error"_qs;
        bad.errorMessage = QStringLiteral("The request body is not valid JSON.");
        return call.protocol == u"openai" ? openAIResponse(call, bad) : call.protocol == u"anthropic" ? anthropicResponse(call, bad)
               : call.protocol == u"gemini" ? geminiResponse(call, bad) : bedrockResponse(call, bad);
    }
    if (call.protocol == u"bedrock-agent" && (call.model.isEmpty() || call.prompt.isEmpty())) {
        SimReply bad;
        bad.httpStatus = 400;
        bad.errorCode = u"ValidationException"_qs;
        bad.errorMessage = QStringLiteral("1 validation error detected: 'input.textPrompt.text' and 'targetModelId' are required.");
        return bedrockResponse(call, bad);
    }

    auto respond = [&](const SimReply &reply) {
        if (call.protocol == u"openai")
            return openAIResponse(call, reply);
        if (call.protocol == u"anthropic")
            return anthropicResponse(call, reply);
        if (call.protocol == u"gemini")
            return geminiResponse(call, reply);
        if (call.protocol == u"bedrock-agent")
            return bedrockOptimizeResponse(call, reply);
        return bedrockResponse(call, reply);
    };

    // Credentials: any key but the rejected one; Bedrock checks SigV4 or takes a Bearer key.
    if (call.protocol.startsWith(u"bedrock")) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.startsWith("Bearer ")) {
            if (authorization.mid(7) == kRejectedKey)
                return respond(unauthorizedReply(call, QStringLiteral("The API key is invalid.")));
        } else if (const QString problem = verifySigV4(request, &call.region); !problem.isEmpty()) {
            SimReply r = unauthorizedReply(call, problem);
            r.errorCode = problem.contains(u"signature") ? u"InvalidSignatureException"_qs : u"UnrecognizedClientException"_qs;
            return respond(r);
        }
    } else if (key.isEmpty() || key == kRejectedKey) {
        return respond(unauthorizedReply(call, key.isEmpty() ? QStringLiteral("No API key provided.")
                                                             : QStringLiteral("Incorrect API key provided.")));
    }

    int retryAfter = 0;
    if (throttle(call, &retryAfter))
        return respond(throttledReply(call, retryAfter));
    if (const ThrottleRule *t = m_profile.throttlingFor(call)) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 &until = m_throttledUntil[call.model + u'@' + call.region];
        if (now >= until && m_rng.generateDouble() < t->share)
            until = now + std::max(1, t->burstMs);
        if (now < until)
            return respond(throttledReply(call, t->retryAfterSeconds));
    }
    if (const auto accepted = m_profile.tiers.constFind(call.model);
        accepted != m_profile.tiers.cend() && !call.tier.isEmpty() && call.tier != u"default" && call.tier != u"auto"
        && !accepted->contains(call.tier)) {
        SimReply r; // the providers' answer to a tier the model does not offer
        r.httpStatus = 400;
        r.errorCode = call.protocol == u"bedrock" ? u"ValidationException"_qs : u"invalid_request_error"_qs;
        r.errorMessage = call.protocol == u"bedrock"
                             ? QStringLiteral("The provided service tier (%1) is not supported for this model.").arg(call.tier)
                             : QStringLiteral("Invalid value for 'service_tier': '%1' is not available for this model.").arg(call.tier);
        return respond(r);
    }

    SimReply reply = generateReply(call, m_profile, m_rng);
    if (call.protocol == u"bedrock-agent") // OptimizePrompt: a rewritten prompt, deterministic for a given one
        reply.chunks = {u"You are an expert assistant. Read the task carefully and answer it precisely and completely.\n\n"_qs
                        + call.prompt.trimmed() + u"\n\nGive the final answer plainly at the end."_qs};
    for (qsizetype i = 0; i < m_profile.rules.size(); ++i) {
        const ScriptRule &rule = m_profile.rules.at(i);
        if ((!rule.protocol.isEmpty() && rule.protocol != call.protocol) || (!rule.model.isEmpty() && rule.model != call.model)
            || (rule.prompt && !rule.prompt->match(call.prompt).hasMatch()))
            continue;
        if (rule.times >= 0 && m_ruleUses.value(int(i)) >= rule.times)
            continue;
        ++m_ruleUses[int(i)];
        applyReplyOverrides(rule.reply, &reply);
        break;
    }
    reply.cacheReadTokens = promptCache(call, reply.inputTokens);
    if (reply.httpStatus == 429 && reply.errorCode.isEmpty()) {
        // A rule that only says 429 gets the provider's own throttling shape.
        SimReply throttled = throttledReply(call, 1);
        throttled.headers += reply.headers;
        reply = throttled;
    }
    if (call.hasImage && call.model.contains(u"text-only"_qs) && reply.httpStatus == 200) {
        reply.httpStatus = 400;
        reply.errorCode = call.protocol == u"bedrock" ? u"ValidationException"_qs : u"invalid_request_error"_qs;
        reply.errorMessage = QStringLiteral("This model does not support image input.");
    }
    return respond(reply);
}

} // namespace Quorum::Sim
