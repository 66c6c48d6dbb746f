// The simulator answers as the services do where the official SDKs look: request ids, error
// shapes and types, Date headers, Gemini's two stream formats. Checked on the raw wire (a
// plain socket), so no Quorum client code decides what passes.
#include "simtestsupport.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // de-chunked
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

QByteArray dechunk(const QByteArray &raw)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype lineEnd = raw.indexOf("\r\n", i);
        if (lineEnd < 0)
            break;
        const qsizetype size = raw.mid(i, lineEnd - i).toLongLong(nullptr, 16);
        if (size == 0)
            break;
        out += raw.mid(lineEnd + 2, size);
        i = lineEnd + 2 + size + 2;
    }
    return out;
}
} // namespace

class TstSimulator final : public QObject
{
    Q_OBJECT

    Sim::Simulator *m_sim = nullptr;

    // One HTTP/1.1 request on a fresh connection; the simulator's event loop runs meanwhile.
    RawResponse send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                     const QList<QByteArray> &headers)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        if (!socket.waitForConnected(5000))
            qFatal("cannot connect to the simulator");
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                             "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : headers)
            request += h + "\r\n";
        socket.write(request + "\r\n" + body);
        QByteArray raw;
        QElapsedTimer clock;
        clock.start();
        // Read until the response is whole (Content-Length or the last chunk), pumping events.
        while (clock.elapsed() < 10000) {
            QTest::qWait(5);
            raw += socket.readAll();
            const qsizetype end = raw.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            const QByteArray head = raw.left(end).toLower();
            if (head.contains("transfer-encoding: chunked") ? raw.endsWith("0\r\n\r\n")
                                                             : raw.size() - end - 4 >= head.mid(head.indexOf("content-length:") + 15).split('\r').first().trimmed().toLongLong())
                break;
        }
        RawResponse r;
        const qsizetype end = raw.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = raw.left(end).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        r.body = raw.mid(end + 4);
        if (r.header("transfer-encoding").contains("chunked"))
            r.body = dechunk(r.body);
        return r;
    }
    RawResponse openai(const QByteArray &body = R"({"model":"gpt-x","stream":false,"messages":[{"role":"user","content":"hi"}]})")
    {
        return send("POST", "/v1/chat/completions", body, {"Authorization: Bearer sk-test", "Content-Type: application/json"});
    }
    RawResponse anthropic()
    {
        return send("POST", "/v1/messages", R"({"model":"claude-x","max_tokens":50,"messages":[{"role":"user","content":"hi"}]})",
                    {"x-api-key: sk-ant-test", "anthropic-version: 2023-06-01", "Content-Type: application/json"});
    }
    RawResponse gemini(const QByteArray &target)
    {
        return send("POST", target, R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}]})",
                    {"x-goog-api-key: g-test", "Content-Type: application/json"});
    }
    RawResponse bedrock()
    {
        // A Bedrock API key (Bearer) keeps SigV4 out of this test; the SigV4 path has its own.
        return send("POST", "/model/amazon.nova-lite-v1%3A0/converse",
                    R"({"messages":[{"role":"user","content":[{"text":"hi"}]}]})", {"Authorization: Bearer bedrock-key"});
    }
    void script(const QByteArray &json) { m_sim->setProfile(profileFromJson(json)); }

private Q_SLOTS:
    void init()
    {
        m_sim = new Sim::Simulator(profileFromJson(R"({"time_scale": 0})"), this);
        QCOMPARE(m_sim->listen(), QString());
    }
    void cleanup() { delete m_sim; }

    void everyResponseCarriesTheProvidersRequestId()
    {
        for (int status : {200, 500}) {
            script(status == 200 ? QByteArray(R"({"time_scale": 0})")
                                 : QByteArray(R"({"time_scale": 0, "rules": [{"reply": {"status": 500}}]})"));
            QVERIFY(openai().header("x-request-id").startsWith("req_"));
            QVERIFY(anthropic().header("request-id").startsWith("req_"));
            QCOMPARE(QUuid::fromString(QString::fromLatin1(bedrock().header("x-amzn-RequestId"))).isNull(), false);
        }
        script(R"({"time_scale": 0})");
        const RawResponse g = gemini("/v1beta/models/gemini-2.5-flash:generateContent");
        QVERIFY(!QJsonDocument::fromJson(g.body).object().value(u"responseId").toString().isEmpty());
    }

    // A scripted status (not 429) in each provider's own error shape and type.
    void scriptedStatusesInTheProvidersErrorShape()
    {
        script(R"({"time_scale": 0, "rules": [{"reply": {"status": 500}}]})");
        const QJsonObject o = QJsonDocument::fromJson(openai().body).object().value(u"error").toObject();
        QCOMPARE(o.value(u"type").toString(), u"server_error"_qs);
        QVERIFY(o.value(u"code").isNull());
        QVERIFY(o.contains(u"param"));
        QCOMPARE(QJsonDocument::fromJson(anthropic().body).object().value(u"error").toObject().value(u"type").toString(), u"api_error"_qs);
        QCOMPARE(QJsonDocument::fromJson(gemini("/v1beta/models/g:generateContent").body).object().value(u"error").toObject()
                     .value(u"status").toString(), u"INTERNAL"_qs);
        QVERIFY(bedrock().header("x-amzn-ErrorType").startsWith("InternalServerException:"));

        script(R"({"time_scale": 0, "rules": [{"reply": {"status": 529}}]})");
        const RawResponse overloaded = anthropic();
        QCOMPARE(overloaded.status, 529);
        QCOMPARE(QJsonDocument::fromJson(overloaded.body).object().value(u"type").toString(), u"error"_qs);
        QCOMPARE(QJsonDocument::fromJson(overloaded.body).object().value(u"error").toObject().value(u"type").toString(), u"overloaded_error"_qs);

        script(R"({"time_scale": 0, "rules": [{"reply": {"status": 503}}]})");
        QCOMPARE(QJsonDocument::fromJson(gemini("/v1beta/models/g:generateContent").body).object().value(u"error").toObject()
                     .value(u"status").toString(), u"UNAVAILABLE"_qs);
        QVERIFY(bedrock().header("x-amzn-ErrorType").startsWith("ServiceUnavailableException:"));
        QCOMPARE(openai().status, 503);

        script(R"({"time_scale": 0, "rules": [{"reply": {"status": 429, "error_code": "ModelNotReadyException"}}]})");
        QVERIFY(bedrock().header("x-amzn-ErrorType").startsWith("ModelNotReadyException:"));
    }

    // RFC 9110 IMF-fixdate on every response, a 404 and a refused key included.
    void dateHeadersAreImfFixdate()
    {
        static const QRegularExpression imf(u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                                            "\\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"_qs);
        const QList<RawResponse> responses = {
            openai(), anthropic(), bedrock(), gemini("/v1beta/models/g:streamGenerateContent?alt=sse"),
            send("GET", "/no/such/path", {}, {}),
            send("POST", "/v1/chat/completions", "{}", {"Authorization: Bearer invalid-key"})};
        QCOMPARE(responses.at(4).status, 404);
        QCOMPARE(responses.at(5).status, 401);
        for (const RawResponse &r : responses) {
            const QString date = QString::fromLatin1(r.header("date"));
            QVERIFY2(imf.match(date).hasMatch(), qPrintable(date));
            QVERIFY(std::abs(QDateTime::fromString(date.chopped(4), u"ddd, dd MMM yyyy hh:mm:ss"_qs).secsTo(
                        QDateTime::currentDateTimeUtc().toLocalTime())) < 3600 * 24);
        }
    }

    // HTTP/2 over cleartext with prior knowledge (what the AWS SDK's default handler speaks),
    // beside HTTP/1.1: streams in order, errors with their headers, several streams at once.
    void http2PriorKnowledge()
    {
        script(R"({"time_scale": 0, "rules": [{"prompt": "FAIL", "reply": {"status": 503}},
                   {"reply": {"chunks": ["one ", "two ", "three"], "chunk_ms": 5, "usage": {"input": 3, "output": 3}}}]})");
        QNetworkAccessManager network;
        auto post = [&](const QByteArray &prompt) {
            QNetworkRequest request(QUrl(m_sim->baseUrl() + u"/v1/chat/completions"_qs));
            request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
            request.setRawHeader("Authorization", "Bearer sk-test");
            request.setRawHeader("Content-Type", "application/json");
            QJsonObject body{{u"model"_qs, u"gpt-x"_qs}, {u"stream"_qs, true},
                             {u"messages"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"user"_qs}, {u"content"_qs, QString::fromLatin1(prompt)}}}}};
            return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        QNetworkReply *a = post("hello");
        QNetworkReply *b = post("FAIL");
        QNetworkReply *c = post("again");
        for (QNetworkReply *r : {a, b, c})
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 10000);
        for (QNetworkReply *r : {a, c}) {
            QVERIFY(r->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QByteArray body = r->readAll();
            QVERIFY2(body.indexOf("one ") < body.indexOf("two ") && body.indexOf("two ") < body.indexOf("three"), body.constData());
            QVERIFY(body.endsWith("data: [DONE]\n\n"));
            QVERIFY(r->rawHeader("x-request-id").startsWith("req_"));
        }
        QCOMPARE(b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QCOMPARE(QJsonDocument::fromJson(b->readAll()).object().value(u"error").toObject().value(u"type").toString(), u"server_error"_qs);
        QVERIFY(!b->rawHeader("date").isEmpty());
        QCOMPARE(m_sim->requestCount(), 3);
        for (QNetworkReply *r : {a, b, c})
            delete r;
    }

    // streamGenerateContent without alt=sse streams one JSON array, as the real API does.
    void geminiStreamsAJsonArrayWithoutAltSse()
    {
        const RawResponse array = gemini("/v1beta/models/gemini-2.5-flash:streamGenerateContent");
        QCOMPARE(array.status, 200);
        QVERIFY(array.header("content-type").startsWith("application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(array.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), array.body.left(200).constData());
        QVERIFY(doc.array().size() >= 1);
        QCOMPARE(doc.array().last().toObject().value(u"candidates").toArray().first().toObject().value(u"finishReason").toString(),
                 u"STOP"_qs);

        const RawResponse events = gemini("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        QVERIFY(events.header("content-type").startsWith("text/event-stream"));
        QVERIFY(events.body.startsWith("data: {"));
    }
};

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
