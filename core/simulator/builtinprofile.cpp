#include "simprofile.h"

#include <QJsonDocument>

namespace Quorum::Sim {

namespace {
// The simulated models, as a provider's catalogue would describe them:
// - flash-mini: cheap and fast, good at easy work, poor at multi-step reasoning; served from
//   us-east-1 and, further from the caller and busier, eu-west-1 (slower, and 6 % of its calls
//   refused with a 429 to retry: about a dozen a run);
// - sage-pro: balanced; its priority tier answers sooner than the default one;
// - oracle-max: slow and expensive, the strongest at reasoning and queries;
// - judge-alpha, judge-beta, judge-gamma: the jury, quick to write a verdict.
// Skills are 0…1 per task kind (skills.h); latency is milliseconds, [mean, standard deviation].
constexpr const char *kProfile = R"json({
  "latency": [
    {"model": "flash-mini", "ttft_ms": [170, 30], "token_ms": [5, 1]},
    {"model": "flash-mini", "region": "eu-west-1", "ttft_ms": [360, 60], "token_ms": [6, 1.2]},
    {"model": "sage-pro", "ttft_ms": [430, 70], "token_ms": [11, 2]},
    {"model": "sage-pro", "tier": "priority", "ttft_ms": [240, 35], "token_ms": [8, 1.5]},
    {"model": "sage-pro", "tier": "flex", "ttft_ms": [900, 250], "token_ms": [14, 3]},
    {"model": "oracle-max", "ttft_ms": [850, 140], "token_ms": [19, 3]},
    {"model": "judge-alpha", "ttft_ms": [180, 30], "token_ms": [2, 0.5]},
    {"model": "judge-beta", "ttft_ms": [220, 40], "token_ms": [2, 0.5]},
    {"model": "judge-gamma", "ttft_ms": [200, 35], "token_ms": [2, 0.5]}
  ],
  "skills": {
    "flash-mini": {"summarization": 0.78, "extraction": 0.8, "classification": 0.82, "translation": 0.66,
                   "text-to-sql": 0.5, "reasoning": 0.22, "multiple_choice": 0.55, "default": 0.6},
    "sage-pro": {"summarization": 0.86, "extraction": 0.88, "classification": 0.88, "translation": 0.8,
                 "text-to-sql": 0.72, "reasoning": 0.58, "multiple_choice": 0.75, "default": 0.75},
    "oracle-max": {"summarization": 0.9, "extraction": 0.92, "classification": 0.9, "translation": 0.86,
                   "text-to-sql": 0.9, "reasoning": 0.97, "multiple_choice": 0.92, "default": 0.85}
  },
  "throttle": [
    {"model": "flash-mini", "region": "eu-west-1", "share": 0.06, "retry_after_s": 1}
  ]
})json";
} // namespace

const SimProfile &builtinProfile()
{
    static const SimProfile profile = [] {
        QString error;
        const auto p = SimProfile::fromJson(QJsonDocument::fromJson(kProfile).object(), &error);
        Q_ASSERT_X(p, "builtinProfile", qPrintable(error));
        return p.value_or(SimProfile{});
    }();
    return profile;
}

} // namespace Quorum::Sim
