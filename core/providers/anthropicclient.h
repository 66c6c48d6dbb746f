#pragma once

#include "providerclient.h"

namespace Quorum {

// Anthropic Messages API, streamed (message_start … message_stop) or whole.
class AnthropicClient final : public ProviderClient
{
public:
    AnthropicClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts = {});

protected:
    HttpCall buildCall(const ChatRequest &request) override;
    CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) override;

private:
    QString m_apiKey;
};

// The response decoder this client uses (also for fuzzing and replaying recorded responses).
std::unique_ptr<ResponseReader> makeAnthropicReader(bool stream);

} // namespace Quorum
