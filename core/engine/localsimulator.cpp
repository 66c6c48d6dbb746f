#include "localsimulator.h"

#include "../simulator/inprocesssimulator.h"
#include "../simulator/simulator.h"

namespace Quorum {

ModelVariant servedLocally(ModelVariant variant)
{
    if (variant.provider == Provider::Simulator && variant.baseUrl.isEmpty())
        variant.baseUrl = Sim::inProcessSimulatorUrl();
    return variant;
}

RunPlan servedLocally(RunPlan plan)
{
    for (ModelVariant &m : plan.models)
        m = servedLocally(std::move(m));
    for (JudgeProfile &j : plan.judges)
        j = servedLocally(std::move(j));
    return plan;
}

ProviderCredentials withSimulatorKeys(const ModelVariant &variant, ProviderCredentials credentials)
{
    if (variant.provider == Provider::Simulator)
        credentials.aws = {QString::fromLatin1(Sim::kTestAccessKeyId), QString::fromLatin1(Sim::kTestSecretAccessKey), {}};
    return credentials;
}

} // namespace Quorum
