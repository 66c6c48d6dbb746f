#pragma once

#include "credentials.h"
#include "providerclient.h"

namespace Quorum {

// The client for a variant's provider. `simulator/…` models without a base_url talk OpenAI
// Chat Completions to the in-process simulator.
std::unique_ptr<ProviderClient> makeProviderClient(const ModelVariant &variant, QNetworkAccessManager *network,
                                                   const ProviderCredentials &credentials, Timeouts timeouts = {});

// The client that rewrites prompts for a variant's model (Bedrock OptimizePrompt), or null
// when its provider has none. `simulator/…` models use the in-process simulator's.
std::unique_ptr<ProviderClient> makePromptOptimizer(const ModelVariant &variant, QNetworkAccessManager *network,
                                                    const ProviderCredentials &credentials, Timeouts timeouts = {});

} // namespace Quorum
