#pragma once

#include "providerclient.h"

namespace Quorum {

// OpenAI Chat Completions, and everything that speaks it: Azure OpenAI (deployment URL with
// api-version, or the v1 path; `api-key` header), Ollama, vLLM, llama.cpp server, LM Studio.
class OpenAIClient final : public ProviderClient
{
public:
    OpenAIClient(ModelVariant variant, QNetworkAccessManager *network, QString apiKey, Timeouts timeouts = {});

protected:
    HttpCall buildCall(const ChatRequest &request) override;
    CallError httpError(int status, const QNetworkReply &reply, const QByteArray &body) override;
    bool refusedOptionalFeature(int status, const QByteArray &body) override;

private:
    QString m_apiKey;
    bool m_sendStreamOptions = true;
};

// The response decoder this client uses (also for fuzzing and replaying recorded responses).
std::unique_ptr<ResponseReader> makeOpenAIReader(bool stream);

} // namespace Quorum
