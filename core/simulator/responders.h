#pragma once

#include "httpexchange.h"
#include "simprofile.h"

namespace Quorum::Sim {

// Each turns a SimReply into the bytes the real service sends, success or failure, streamed
// or whole (see PROTOCOLS.md).
ScriptedResponse openAIResponse(const SimCall &call, const SimReply &reply);
ScriptedResponse anthropicResponse(const SimCall &call, const SimReply &reply);
ScriptedResponse geminiResponse(const SimCall &call, const SimReply &reply);
ScriptedResponse bedrockResponse(const SimCall &call, const SimReply &reply);
// Bedrock Agent Runtime OptimizePrompt: an event stream of analyzePromptEvent, then
// optimizedPromptEvent with the rewritten prompt (the reply's text).
ScriptedResponse bedrockOptimizeResponse(const SimCall &call, const SimReply &reply);

// The provider's own shape for "slow down" (HTTP 429 and its body and headers).
SimReply throttledReply(const SimCall &call, int retryAfterSeconds);
// The provider's own shape for a bad or missing credential.
SimReply unauthorizedReply(const SimCall &call, const QString &message);

} // namespace Quorum::Sim
