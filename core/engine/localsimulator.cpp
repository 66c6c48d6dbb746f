#include "localsimulator.h"

#include "../simulator/inprocesssimulator.h"
#include "../simulator/simulator.h"

namespace Quorum {

ModelVariant servedLocally(ModelVariant variant)
{
    if (variant.provider == Provider::Simulator && variant.baseUrl.isEmpty()) {
        const QString served = Sim::inProcessSimulatorUrl();
        // Each region its own endpoint, so the simulator knows where the call went.
        variant.baseUrl = variant.region.isEmpty() || served.isEmpty() ? served : served + u"/region/"_qs + variant.region;
    }
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
