#include "catalogapis.h"

#include "httpexchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Quorum::Sim {

namespace {
ScriptedResponse json(int status, const QJsonValue &body, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    ScriptedResponse r;
    r.status = status;
    r.reason = reasonPhrase(status);
    r.headers = {{"Content-Type", "application/json"}};
    r.headers += headers;
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    r.pieces = {{0, bytes}};
    return r;
}

QJsonObject aaModel(const QString &slug, const QString &name, double index, double mmluPro, double gpqa, double hle)
{
    return {{u"id"_qs, u"sim-%1"_qs.arg(slug)},
            {u"name"_qs, name},
            {u"slug"_qs, slug},
            {u"model_creator"_qs, QJsonObject{{u"id"_qs, u"sim-creator"_qs}, {u"name"_qs, u"Quorum Simulator"_qs}, {u"slug"_qs, u"quorum-simulator"_qs}}},
            {u"evaluations"_qs, QJsonObject{{u"artificial_analysis_intelligence_index"_qs, index},
                                            {u"artificial_analysis_coding_index"_qs, index - 4},
                                            {u"artificial_analysis_math_index"_qs, index + 3},
                                            {u"mmlu_pro"_qs, mmluPro},
                                            {u"gpqa"_qs, gpqa},
                                            {u"hle"_qs, hle}}},
            {u"pricing"_qs, QJsonObject{{u"price_1m_blended_3_to_1"_qs, 1.0}, {u"price_1m_input_tokens"_qs, 0.5}, {u"price_1m_output_tokens"_qs, 2.5}}},
            {u"median_output_tokens_per_second"_qs, 120.0},
            {u"median_time_to_first_token_seconds"_qs, 0.4}};
}
} // namespace

CatalogApiProfile CatalogApiProfile::demo()
{
    CatalogApiProfile p;
    p.aaModels = {aaModel(u"flash-mini"_qs, u"Flash Mini"_qs, 38.5, 0.641, 0.412, 0.041),
                  aaModel(u"sage-pro"_qs, u"Sage Pro"_qs, 55.2, 0.812, 0.655, 0.087),
                  aaModel(u"oracle-max"_qs, u"Oracle Max"_qs, 61.7, 0.795, 0.702, 0.124),
                  aaModel(u"judge-alpha"_qs, u"Judge Alpha"_qs, 50.1, 0.77, 0.6, 0.07),
                  aaModel(u"judge-beta"_qs, u"Judge Beta"_qs, 52.4, 0.78, 0.61, 0.08),
                  aaModel(u"judge-gamma"_qs, u"Judge Gamma"_qs, 47.9, 0.74, 0.57, 0.06)};
    return p;
}

CatalogApiSimulator::CatalogApiSimulator(CatalogApiProfile profile, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_profile(std::move(profile))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new HttpConnection(socket, [this](const HttpRequest &r) { return handle(r); }, this);
    });
}

CatalogApiSimulator::~CatalogApiSimulator() = default;

QString CatalogApiSimulator::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port) ? QString() : m_server->errorString();
}

QString CatalogApiSimulator::baseUrl() const
{
    return u"http://127.0.0.1:%1"_qs.arg(m_server->serverPort());
}

QString CatalogApiSimulator::aaBaseUrl() const
{
    return baseUrl() + u"/api/v2"_qs;
}

ScriptedResponse CatalogApiSimulator::handle(const HttpRequest &request)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path()));
    if (request.method != "GET")
        return json(405, QJsonObject{{u"error"_qs, u"Method not allowed"_qs}});
    if (path == u"/api/v2/data/llms/models")
        return artificialAnalysis(request);
    if (path.startsWith(u"/api/models"))
        return huggingFace(request, path);
    return json(404, QJsonObject{{u"error"_qs, u"Not found"_qs}});
}

ScriptedResponse CatalogApiSimulator::artificialAnalysis(const HttpRequest &request)
{
    const int number = ++m_aaRequests;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool tooSoon = m_aaLast >= 0 && now - m_aaLast < m_profile.aaIntervalMs;
    m_aaLast = now;
    if (request.header("x-api-key") != m_profile.aaKey.toUtf8())
        return json(401, QJsonObject{{u"status"_qs, 401}, {u"error"_qs, u"Invalid or missing API key"_qs}});
    if (tooSoon)
        return json(429, QJsonObject{{u"status"_qs, 429}, {u"error"_qs, u"Rate limit exceeded"_qs}}, {{"Retry-After", "1"}});
    if (m_profile.aaFailRequests.contains(number))
        return json(500, QJsonObject{{u"status"_qs, 500}, {u"error"_qs, u"Internal server error"_qs}});
    QJsonArray data;
    for (const QJsonObject &m : std::as_const(m_profile.aaModels))
        data.append(m);
    return json(200, QJsonObject{{u"status"_qs, 200},
                                 {u"prompt_options"_qs, QJsonObject{{u"parallel_queries"_qs, 1}, {u"prompt_length"_qs, u"medium"_qs}}},
                                 {u"data"_qs, data}});
}

ScriptedResponse CatalogApiSimulator::huggingFace(const HttpRequest &request, const QString &path)
{
    ++m_hfRequests;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool tooSoon = m_profile.hfIntervalMs > 0 && m_hfLast >= 0 && now - m_hfLast < m_profile.hfIntervalMs;
    m_hfLast = now;
    const QList<std::pair<QByteArray, QByteArray>> tooMany = {{"Retry-After", "1"}, {"RateLimit", "\"api\";r=0;t=1"}};
    if (tooSoon)
        return json(429, QJsonObject{{u"error"_qs, u"Too many requests"_qs}}, tooMany);
    if (path == u"/api/models") {
        const QUrlQuery query(QString::fromUtf8(request.query()));
        const QString author = query.queryItemValue(u"author"_qs);
        const int limit = std::clamp(query.queryItemValue(u"limit"_qs).toInt(), 1, 1000);
        const int cursor = query.queryItemValue(u"cursor"_qs).toInt();
        const int page = cursor / limit + 1;
        if (m_profile.hfFailPages.contains(u"%1:%2"_qs.arg(author).arg(page)))
            return json(500, QJsonObject{{u"error"_qs, u"Internal Error"_qs}});
        QStringList ids;
        for (auto it = m_profile.hfModels.cbegin(); it != m_profile.hfModels.cend(); ++it)
            if (it.key().section(u'/', 0, 0).compare(author, Qt::CaseInsensitive) == 0)
                ids.append(it.key());
        ids.sort();
        QJsonArray list;
        for (const QString &id : ids.mid(cursor, limit)) {
            const QJsonObject m = m_profile.hfModels.value(id);
            list.append(QJsonObject{{u"_id"_qs, QString(u"sim-"_qs + id)}, {u"id"_qs, id}, {u"modelId"_qs, id},
                                    {u"likes"_qs, m.value(u"likes")}, {u"downloads"_qs, m.value(u"downloads")},
                                    {u"tags"_qs, m.value(u"tags")}, {u"pipeline_tag"_qs, m.value(u"pipeline_tag")}});
        }
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (cursor + limit < ids.size()) {
            QUrlQuery next = query;
            next.removeAllQueryItems(u"cursor"_qs);
            next.addQueryItem(u"cursor"_qs, QString::number(cursor + limit));
            headers.append({"Link", u"<%1/api/models?%2>; rel=\"next\""_qs.arg(baseUrl(), next.toString(QUrl::FullyEncoded)).toUtf8()});
        }
        return json(200, list, headers);
    }
    const QString repo = path.mid(QStringLiteral("/api/models/").size());
    QString found;
    for (auto it = m_profile.hfModels.cbegin(); it != m_profile.hfModels.cend() && found.isEmpty(); ++it)
        if (it.key().compare(repo, Qt::CaseInsensitive) == 0)
            found = it.key();
    if (found.isEmpty())
        return json(404, QJsonObject{{u"error"_qs, u"Repository not found"_qs}});
    if (m_hfThrottled.value(found) < m_profile.hfThrottleFirst.value(found)) {
        ++m_hfThrottled[found];
        return json(429, QJsonObject{{u"error"_qs, u"Too many requests"_qs}}, tooMany);
    }
    return json(200, m_profile.hfModels.value(found));
}

} // namespace Quorum::Sim
