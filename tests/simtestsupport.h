#pragma once

// Shared by the provider tests: a simulator on loopback with a scripted profile, and a way to
// run one client call to completion.
#include "providers/providerclient.h"
#include "simulator/simulator.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Quorum::TestSupport {

inline Sim::SimProfile profileFromJson(const QByteArray &json)
{
    QString error;
    auto profile = Sim::SimProfile::fromJson(QJsonDocument::fromJson(json).object(), &error);
    Q_ASSERT_X(profile, "profileFromJson", qPrintable(error));
    return *profile;
}

inline ChatResult call(ProviderClient &client, ChatRequest request, DeltaCallback onDelta = {})
{
    return QCoro::waitFor(client.send(std::move(request), std::move(onDelta)));
}

inline ChatRequest prompt(const QString &text, bool stream = true)
{
    ChatRequest r;
    r.prompt = text;
    r.stream = stream;
    return r;
}

inline ModelVariant variant(const QString &modelId, const QString &baseUrl)
{
    ModelVariant v;
    v.modelId = modelId;
    const qsizetype slash = modelId.indexOf(u'/');
    v.provider = *providerFromPrefix(modelId.left(slash));
    v.model = modelId.mid(slash + 1);
    v.baseUrl = baseUrl;
    v.inputCostPer1k = 0.001;
    v.outputCostPer1k = 0.002;
    return v;
}

// The base of the client tests: a fresh simulator and network manager for every test function
// (call startSimulator() from init() and stopSimulator() from cleanup()).
class SimulatorTest : public QObject
{
protected:
    Sim::Simulator *m_sim = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    void startSimulator()
    {
        m_sim = new Sim::Simulator(profileFromJson(R"({"time_scale": 0})"), this);
        if (const QString error = m_sim->listen(); !error.isEmpty())
            qFatal("the simulator cannot listen: %s", qPrintable(error));
        m_network = new QNetworkAccessManager(this);
    }
    void stopSimulator()
    {
        delete m_network;
        delete m_sim;
        m_network = nullptr;
        m_sim = nullptr;
    }
    void script(const QByteArray &json) { m_sim->setProfile(profileFromJson(json)); }
};

} // namespace Quorum::TestSupport
