#pragma once

// Shared by the provider tests: a simulator on loopback with a scripted profile, and a way to
// run one client call to completion.
#include "providers/providerclient.h"
#include "simulator/simulator.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace Quorum::TestSupport
