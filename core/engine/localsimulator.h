#pragma once

#include "../domain/runplan.h"
#include "../providers/credentials.h"

namespace Quorum {

// `simulator/…` models and judges without a base_url are served by Quorum's own simulator, run
// in this process and started on first use. The engine points them at it just before it makes
// their clients: never in a stored plan, since the next process listens on another port.
ModelVariant servedLocally(ModelVariant variant);
RunPlan servedLocally(RunPlan plan);
// The simulator's Bedrock test keys for a `simulator/…` model (its OptimizePrompt checks SigV4).
ProviderCredentials withSimulatorKeys(const ModelVariant &variant, ProviderCredentials credentials);

} // namespace Quorum
