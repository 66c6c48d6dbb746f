#include "providerfactory.h"

#include "../simulator/inprocesssimulator.h"
#include "../simulator/simulator.h"
#include "anthropicclient.h"
#include "bedrockclient.h"
#include "geminiclient.h"
#include "openaiclient.h"

namespace Quorum {

std::unique_ptr<ProviderClient> makeProviderClient(const ModelVariant &variant, QNetworkAccessManager *network,
                                                   const ProviderCredentials &credentials, Timeouts timeouts)
{
    switch (variant.provider) {
    case Provider::Anthropic:
        return std::make_unique<AnthropicClient>(variant, network, credentials.apiKey, timeouts);
    case Provider::Gemini:
        return std::make_unique<GeminiClient>(variant, network, credentials.apiKey, timeouts);
    case Provider::Bedrock:
        return std::make_unique<BedrockClient>(variant, network, credentials.aws, credentials.bedrockBearerToken, timeouts);
    case Provider::Simulator: {
        ModelVariant local = variant;
        if (local.baseUrl.isEmpty())
            local.baseUrl = Sim::inProcessSimulatorUrl();
        return std::make_unique<OpenAIClient>(local, network, credentials.apiKey, timeouts);
    }
    case Provider::OpenAI:
    case Provider::Azure:
    case Provider::OpenAICompatible:
        break;
    }
    return std::make_unique<OpenAIClient>(variant, network, credentials.apiKey, timeouts);
}

std::unique_ptr<ProviderClient> makePromptOptimizer(const ModelVariant &variant, QNetworkAccessManager *network,
                                                    const ProviderCredentials &credentials, Timeouts timeouts)
{
    if (variant.provider == Provider::Bedrock)
        return std::make_unique<BedrockPromptOptimizer>(variant, network, credentials.aws, credentials.bedrockBearerToken, timeouts);
    if (variant.provider == Provider::Simulator) {
        ModelVariant local = variant;
        if (local.baseUrl.isEmpty())
            local.baseUrl = Sim::inProcessSimulatorUrl();
        const AwsCredentials test{QString::fromLatin1(Sim::kTestAccessKeyId), QString::fromLatin1(Sim::kTestSecretAccessKey), {}};
        return std::make_unique<BedrockPromptOptimizer>(local, network, test, QString(), timeouts);
    }
    return nullptr;
}

} // namespace Quorum
