#pragma once

#include "providerclient.h"
#include "../wire/sigv4.h"

namespace Quorum {

// Amazon Bedrock Runtime Converse / ConverseStream, signed with SigV4 (service "bedrock")
// or sent with a Bedrock API key as a Bearer token.
class BedrockClient : public ProviderClient
{
public:
    BedrockClient(ModelVariant variant, QNetworkAccessManager *network, AwsCredentials credentials, QString bearerToken,
                  Timeouts timeouts = {});

protected:
    HttpCall buildCall(const ChatRequest &request) override;
    CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) override;
    // A call with no credentials at all, or "" when there are some.
    std::optional<HttpCall> missingCredentials() const;
    QString region() const;
    // Sends the body to `url`, signed with SigV4 (service "bedrock") or with the API key.
    void authorize(HttpCall &call, const QUrl &url, const ChatRequest &request) const;

private:
    AwsCredentials m_credentials;
    QString m_bearerToken;
};

// Bedrock Agent Runtime OptimizePrompt for the variant's model: the request's prompt goes in,
// the rewritten prompt comes back as the result's text (streamed as events; ask with stream on).
class BedrockPromptOptimizer final : public BedrockClient
{
public:
    using BedrockClient::BedrockClient;

protected:
    HttpCall buildCall(const ChatRequest &request) override;
};

// The class of a Bedrock exception name (HTTP x-amzn-ErrorType or a stream's :exception-type).
ErrorClass bedrockErrorClass(const QString &exception, int status);

// The response decoder this client uses (also for fuzzing and replaying recorded responses).
std::unique_ptr<ResponseReader> makeBedrockReader(bool stream);

} // namespace Quorum
