#pragma once

#include "simprofile.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>

class QTcpServer;

namespace Quorum::Sim {

struct HttpRequest;
struct ScriptedResponse;

// Credentials the simulator accepts for Bedrock SigV4 (any region, service "bedrock").
inline constexpr char kTestAccessKeyId[] = "AKIDQUORUMSIMULATOR";
inline constexpr char kTestSecretAccessKey[] = "quorum-simulator-secret-key";
// A key the simulator rejects as invalid, for every provider (tests of the auth error path).
inline constexpr char kRejectedKey[] = "invalid-key";

// A loopback HTTP/1.1 server that speaks OpenAI Chat Completions (and Azure's paths),
// Anthropic Messages, Gemini streamGenerateContent and Bedrock Converse/ConverseStream as the
// real services do: the demo's default provider, the clients' test peer and the benchmarks'
// load target. Lives in the thread that creates it.
class Simulator final : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimProfile profile = {}, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1 (port 0 = any free port). Returns "" or the reason it cannot.
    QString listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT

    void setProfile(SimProfile profile);
    int requestCount() const { return m_requests; }
    // The last request received (tests check what the client sent).
    QByteArray lastRequestBody() const { return m_lastBody; }
    QList<std::pair<QByteArray, QByteArray>> lastRequestHeaders() const { return m_lastHeaders; }
    QByteArray lastRequestTarget() const { return m_lastTarget; }

private:
    ScriptedResponse handle(const HttpRequest &request);
    bool throttle(const SimCall &call, int *retryAfterSeconds);
    qint64 promptCache(const SimCall &call, qint64 promptTokens);

    QTcpServer *m_server;
    SimProfile m_profile;
    QHash<int, int> m_ruleUses;
    QHash<QString, QList<qint64>> m_recentStarts; // model → request times (ms) in the last minute
    QHash<QString, qint64> m_throttledUntil;       // model@region → end of its current burst of 429s (ms)
    QHash<QString, QStringList> m_recentPrompts;   // model → its last prompts, for the prompt cache
    QRandomGenerator m_rng{20261122};
    int m_requests = 0;
    QByteArray m_lastBody;
    QByteArray m_lastTarget;
    QList<std::pair<QByteArray, QByteArray>> m_lastHeaders;
};

} // namespace Quorum::Sim
