#pragma once

#include "providerclient.h"
#include "sigv4.h"

namespace Quorum {

// Amazon Bedrock Runtime Converse / ConverseStream, signed with SigV4 (service "bedrock")
// or sent with a Bedrock API key as a Bearer token.
class BedrockClient final : public ProviderClient
{
public:
    BedrockClient(ModelVariant variant, QNetworkAccessManager *network, AwsCredentials credentials, QString bearerToken,
                  Timeouts timeouts = {});

protected:
    HttpCall buildCall(const ChatRequest &request) override;
    CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) override;

private:
    AwsCredentials m_credentials;
    QString m_bearerToken;
};

// The class of a Bedrock exception name (HTTP x-amzn-ErrorType or a stream's :exception-type).
ErrorClass bedrockErrorClass(const QString &exception, int status);

// The response decoder this client uses (also for fuzzing and replaying recorded responses).
std::unique_ptr<ResponseReader> makeBedrockReader(bool stream);

} // namespace Quorum
