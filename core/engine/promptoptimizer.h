#pragma once

#include "../domain/runplan.h"
#include "../providers/credentials.h"
#include "../providers/providerclient.h"

#include <QCoroTask>

namespace Quorum {

// Applies the plan's prompt_optimization (360-eval's modes): every scenario's prompt is
// rewritten for each Bedrock model with Bedrock's OptimizePrompt, then those models are asked
// the rewritten prompts (optimize-only) or run a second time as "…_optimized" variants
// (evaluate-both). A prompt that cannot be optimized stays as it was, and `notes` says why;
// models of other providers keep their prompts. Call before the run is created: the plan it
// returns carries the prompts, so a resumed run asks the same.
QCoro::Task<RunPlan> optimizePrompts(RunPlan plan, QProcessEnvironment environment, KeychainLookup keychain,
                                     QStringList *notes, Timeouts timeouts = {5'000, 60'000, 120'000});

} // namespace Quorum
