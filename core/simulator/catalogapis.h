#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace Quorum::Sim {

struct HttpRequest;
struct ScriptedResponse;

// What the loopback fakes of Artificial Analysis and Hugging Face serve, and how they misbehave.
// Built from the APIs' documented answers: Artificial Analysis' free API
// (GET /api/v2/data/llms/models, key in x-api-key, 401 for a bad key, 429 past its rate) and the
// Hugging Face Hub (GET /api/models?author=…&limit=… paged by a Link rel="next" header with a
// cursor; GET /api/models/ORG/NAME; 404 for an unknown repository; 429 with Retry-After).
struct CatalogApiProfile
{
    QList<QJsonObject> aaModels;            // the "data" list
    QHash<QString, QJsonObject> hfModels;   // repository id → its model answer
    QString aaKey = u"aa-simulator-key"_qs; // the one x-api-key accepted
    int aaIntervalMs = 1000;                // a request sooner than this after the last gets 429, Retry-After: 1
    int hfIntervalMs = 0;                   // likewise for Hugging Face (0: no limit)

    // Faults, to prove the clients carry on.
    QSet<int> aaFailRequests;               // these requests (1-based) get 500
    QSet<QString> hfFailPages;              // "author:page" (1-based) gets 500, every time
    QHash<QString, int> hfThrottleFirst;    // repository → how many 429s before it answers

    // Published scores for the simulator's demo models (Flash Mini, Sage Pro, Oracle Max and the
    // judges), as Artificial Analysis would publish them; Sage Pro leads on MMLU-Pro.
    static CatalogApiProfile demo();
};

class CatalogApiSimulator final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogApiSimulator(CatalogApiProfile profile, QObject *parent = nullptr);
    ~CatalogApiSimulator() override;

    QString listen(quint16 port = 0); // "" or why not
    QString baseUrl() const;          // http://127.0.0.1:PORT (Hugging Face's paths hang off it)
    QString aaBaseUrl() const;        // …/api/v2
    int aaRequests() const { return m_aaRequests; }
    int hfRequests() const { return m_hfRequests; }

private:
    ScriptedResponse handle(const HttpRequest &request);
    ScriptedResponse artificialAnalysis(const HttpRequest &request);
    ScriptedResponse huggingFace(const HttpRequest &request, const QString &path);

    QTcpServer *m_server;
    CatalogApiProfile m_profile;
    int m_aaRequests = 0;
    int m_hfRequests = 0;
    qint64 m_aaLast = -1;
    qint64 m_hfLast = -1;
    QHash<QString, int> m_hfThrottled;
};

} // namespace Quorum::Sim
