#include "providerfactory.h"

#include "../simulator/inprocesssimulator.h"
#include "../simulator/simulator.h"
#include "anthropicclient.h"
#include "bedrockclient.h"
#include "geminiclient.h"
#include "openaiclient.h"

namespace Quorum {

namespace {
// A model whose answers came from a file: any call is refused before it is made.
class ExternalModel final : public ProviderClient
{
public:
    ExternalModel(ModelVariant variant, QNetworkAccessManager *network, Timeouts timeouts)
        : ProviderClient(std::move(variant), network, timeouts, &makeOpenAIReader) {}

protected:
    HttpCall buildCall(const ChatRequest &) override
    {
        HttpCall call;
        call.error = CallError{ErrorClass::InvalidRequest,
                               QStringLiteral("%1's answers come from a file: it cannot be called").arg(m_variant.modelId), 0, {}, {}, false};
        return call;
    }
    CallError httpError(int, const QNetworkReply &, const QByteArray &) override { return {}; }
};
} // namespace

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
    case Provider::External:
        return std::make_unique<ExternalModel>(variant, network, timeouts);
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
