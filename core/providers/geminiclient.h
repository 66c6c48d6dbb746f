#pragma once

#include "providerclient.h"

namespace Quorum {

// Google Gemini generateContent / streamGenerateContent?alt=sse. Each event is a whole
// response; the stream ends when the connection does; the last usageMetadata wins.
class GeminiClient final : public ProviderClient
{
public:
    GeminiClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts = {});

protected:
    HttpCall buildCall(const ChatRequest &request) override;
    CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) override;

private:
    QString m_apiKey;
};

// The response decoder this client uses (also for fuzzing and replaying recorded responses).
std::unique_ptr<ResponseReader> makeGeminiReader(bool stream);

} // namespace Quorum
