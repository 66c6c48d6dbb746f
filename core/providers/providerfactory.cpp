#include "providerfactory.h"

#include "anthropicclient.h"
#include "bedrockclient.h"
#include "geminiclient.h"
#include "openaiclient.h"

namespace Quorum {

namespace {
// A model that must not or cannot be called: every call is refused, with why, before it is made.
class RefusingClient final : public ProviderClient
{
public:
    RefusingClient(ModelVariant variant, QNetworkAccessManager *network, Timeouts timeouts, QString why)
        : ProviderClient(std::move(variant), network, timeouts, &makeOpenAIReader), m_why(std::move(why)) {}

protected:
    HttpCall buildCall(const ChatRequest &) override
    {
        HttpCall call;
        call.error = CallError{ErrorClass::InvalidRequest, m_why, 0, {}, {}, false};
        return call;
    }
    CallError httpError(int, const QNetworkReply &, const QByteArray &) override { return {}; }

private:
    QString m_why;
};

QString noSimulator(const ModelVariant &variant)
{
    return QStringLiteral("%1 needs a base_url: no simulator serves it").arg(variant.modelId);
}

std::unique_ptr<ProviderClient> makeClient(const ModelVariant &variant, QNetworkAccessManager *network,
                                           const ProviderCredentials &credentials, Timeouts timeouts)
{
    switch (variant.provider) {
    case Provider::Anthropic:
        return std::make_unique<AnthropicClient>(variant, network, credentials.apiKey, timeouts);
    case Provider::Gemini:
        return std::make_unique<GeminiClient>(variant, network, credentials.apiKey, timeouts);
    case Provider::Bedrock:
        return std::make_unique<BedrockClient>(variant, network, credentials.aws, credentials.bedrockBearerToken, timeouts);
    case Provider::Simulator: // the simulator speaks OpenAI's protocol for its own models
        if (variant.baseUrl.isEmpty())
            return std::make_unique<RefusingClient>(variant, network, timeouts, noSimulator(variant));
        break;
    case Provider::External:
        return std::make_unique<RefusingClient>(variant, network, timeouts,
                                                QStringLiteral("%1's answers come from a file: it cannot be called").arg(variant.modelId));
    case Provider::OpenAI:
    case Provider::Azure:
    case Provider::OpenAICompatible:
        break;
    }
    return std::make_unique<OpenAIClient>(variant, network, credentials.apiKey, timeouts);
}
} // namespace

std::unique_ptr<ProviderClient> makeProviderClient(const ModelVariant &variant, QNetworkAccessManager *network,
                                                   const ProviderCredentials &credentials, Timeouts timeouts)
{
    std::unique_ptr<ProviderClient> client = makeClient(variant, network, credentials, timeouts);
    client->setKeychainProblem(credentials.keychainProblem);
    return client;
}

std::unique_ptr<ProviderClient> makePromptOptimizer(const ModelVariant &variant, QNetworkAccessManager *network,
                                                    const ProviderCredentials &credentials, Timeouts timeouts)
{
    if (variant.provider == Provider::Bedrock)
        return std::make_unique<BedrockPromptOptimizer>(variant, network, credentials.aws, credentials.bedrockBearerToken, timeouts);
    if (variant.provider == Provider::Simulator && !variant.baseUrl.isEmpty()) // the simulator's OptimizePrompt
        return std::make_unique<BedrockPromptOptimizer>(variant, network, credentials.aws, QString(), timeouts);
    return nullptr;
}

} // namespace Quorum
