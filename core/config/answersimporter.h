#pragma once

#include "../domain/runplan.h"
#include "../domain/diagnostics.h"
#include "../domain/textsource.h"

#include <QList>
#include <optional>

namespace Quorum {

// One answer produced outside Quorum, to be judged (a line of an answers file).
struct ExternalAnswer
{
    int scenario = 0;                   // index into the plan's scenarios
    int model = 0;                      // index into the plan's models
    int invocation = 0;                 // the n-th answer of this model to this prompt
    QString response;
    std::optional<double> ttftMs;
    std::optional<double> ttlbMs;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
};

// An answers file as a plan (its prompts as scenarios, its models as variants, invocations as
// many as the most answers any model gave one prompt) and the answers to put in it.
struct ExternalAnswers
{
    RunPlan plan;
    QList<ExternalAnswer> answers;
};

// Reads a JSONL file of answers, one a line:
//   {"prompt": "...", "response": "...", "model": "openai/gpt-4o",
//    optional: "id", "golden_answer", "task_type", "task_criteria",
//              "ttft_ms", "ttlb_ms", "input_tokens", "output_tokens"}
// Problems are reported as FILE:LINE; nullopt when there is any error.
std::optional<ExternalAnswers> importAnswers(const TextSource &source, Diagnostics &diagnostics);

} // namespace Quorum
