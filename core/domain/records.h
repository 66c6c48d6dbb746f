#pragma once

#include <QString>
#include <optional>

// What a run stores, one struct per row kind. Times are milliseconds: instants since the Unix
// epoch (UTC), durations as doubles. See METRICS.md for what each figure means.
namespace Quorum {

enum class RunStatus { Planned, Running, Paused, Completed, Cancelled, Failed };
QString runStatusName(RunStatus status);
RunStatus runStatusFromName(const QString &name);

struct RunRecord
{
    qint64 id = 0;
    QString name;
    QString planJson;
    QString scenarioFingerprint;
    QString planFingerprint;
    QString judgeTemplate;
    RunStatus status = RunStatus::Planned;
    qint64 createdAt = 0;
};

struct RunStatusUpdate
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Running;
    qint64 at = 0;                      // started_at when Running, finished_at when terminal
    QString responseFingerprint;        // set when the run completes
};

struct ScenarioRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QString scenarioKey;                // Scenario::id
    QString prompt;
    QString goldenAnswer;
    QString taskType;
    QString taskCriteria;
    int expectedOutputTokens = 0;
    QString image;
    QString userMetricsJson;
    std::optional<double> temperature;
    QString region;
};

// A model under test (role "model") or a judge (role "judge") as configured for one run.
struct VariantRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    bool isJudge = false;
    QString modelId;
    QString provider;
    QString model;
    QString region;
    QString tierRequested;
    double inputCostPer1k = 0;
    double outputCostPer1k = 0;
    std::optional<int> targetRpm;
    QString baseUrl;
    QString displayName;
};

// One call of one model variant on one scenario, with its measurements and jury outcome.
struct InvocationRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    qint64 workItem = 0;                // stable number of the work item in the plan (resume, dedupe)
    int experiment = 0;
    int invocationIndex = 0;
    double temperature = 0;
    bool ok = true;
    QString errorClass;
    qint64 firstStartAt = 0;            // first attempt's start
    qint64 t0 = 0;                      // the successful (or last) attempt's t0
    std::optional<double> ttftMs;       // NULL when not streamed
    std::optional<double> ttfrMs;       // first reasoning token
    double ttlbMs = 0;
    double wallMs = 0;                  // including retries and throttling
    double throttleWaitMs = 0;
    qint64 inputTokens = 0;             // every prompt token, cached ones included
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    bool tokensEstimated = false;
    double costUsd = 0;
    int attempts = 1;
    qint64 cacheReadTokens = 0;         // of inputTokens: read from the provider's prompt cache
    qint64 cacheWriteTokens = 0;        // of inputTokens: written to it
    QString tierServed;
    int httpStatus = 0;
    bool streamed = true;
    QString responseText;
    // The jury outcome, when it is known before the row is written (else see JuryOutcome).
    std::optional<double> juryScore;
    std::optional<bool> juryPass;
    int judgesUsed = 0;
    bool disputed = false;
    double judgeCostUsd = 0;
};

struct AttemptRecord
{
    qint64 invocationId = 0;
    int attemptNo = 1;
    qint64 startedAt = 0;
    double durationMs = 0;
    int httpStatus = 0;
    QString errorClass;
    QString reason;
    double retryDelayMs = 0;
};

enum class VerdictStatus { Ok, Repaired, Unparseable, Failed };
QString verdictStatusName(VerdictStatus status);
VerdictStatus verdictStatusFromName(const QString &name);

// One judge's verdict on one invocation. Core dimension scores are 1–5, 0 = not scored.
struct VerdictRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 invocationId = 0;
    qint64 judgeId = 0;
    VerdictStatus status = VerdictStatus::Ok;
    int correctness = 0;
    int completeness = 0;
    int relevance = 0;
    int format = 0;
    int coherence = 0;
    int followingInstructions = 0;
    QString extraScoresJson;            // user-defined metrics {name: score}
    double overall = 0;
    double weighted = 0;
    std::optional<bool> passed;
    QString rationaleJson;
    QString rawText;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    double latencyMs = 0;
    bool repairAttempted = false;
};

// The jury's combined outcome for one invocation, written once its verdicts are in.
struct JuryOutcome
{
    qint64 invocationId = 0;
    std::optional<double> score;
    std::optional<bool> passed;
    int judgesUsed = 0;
    bool disputed = false;
    double judgeCostUsd = 0;
};

enum class ErrorCategory { Api, Judge, Processing };
QString errorCategoryName(ErrorCategory category);
ErrorCategory errorCategoryFromName(const QString &name);

struct ErrorRecord
{
    qint64 runId = 0;
    std::optional<qint64> invocationId;
    std::optional<qint64> variantId;
    std::optional<qint64> judgeId;
    std::optional<qint64> scenarioId;
    ErrorCategory category = ErrorCategory::Api;
    QString errorClass;
    QString message;
    QString contextJson;
    qint64 at = 0;
};

// A failed invocation taken out of its run so that its work item runs again (resume with
// --retry-errors): its rows go (attempts, errors, the invocation), and so does what it added to
// the rollups. The engine keeps its failure as a run event first.
struct RetiredInvocation
{
    qint64 invocationId = 0;
};

// A run taken out of the store with every row it has and what it added to the rollups: a
// half-copied run before it is copied again, or a run the user deletes.
struct RunDeletion
{
    qint64 runId = 0;
};

struct RunEvent
{
    qint64 runId = 0;
    qint64 at = 0;
    QString kind;
    QString message;
    QString dataJson;
};

// Who is at the keyboard, as the OS names them ($USER, else $USERNAME, else "unknown"): the author
// of a pinned baseline or a review.
QString osUserName();

// A run pinned as a named baseline (a name pinned again moves to the new run), or, with runId 0,
// the name unpinned.
struct BaselinePin
{
    QString name;
    qint64 runId = 0;
    qint64 pinnedAt = 0;            // ms since the epoch
    QString pinnedBy;               // the OS user name
};

// A run checked against a baseline (quorum-cli run --baseline): the baseline's lineage.
struct BaselineCheckRecord
{
    qint64 runId = 0;
    qint64 baselineRunId = 0;
    QString baselineName;           // "" when the baseline was named by its run id
    qint64 checkedAt = 0;
    int regressions = 0;
    QString resultJson;             // BaselineCheck::toJson()
};

// A person's verdict on one answered item, overruling the jury's for every figure (the jury's
// stored verdict is never changed). Each edit is a row of its own, so an item's overrides are its
// edit history; the newest one counts. With `passed` unset the edit withdraws the override and
// the jury's verdict counts again.
struct OverrideRecord
{
    qint64 runId = 0;
    qint64 invocationId = 0;
    std::optional<bool> passed;     // unset: withdrawn
    std::optional<double> score;    // the item's score on the 1–5 scale; unset: the jury's stands
    std::optional<int> dimensions[6]; // correctness … following instructions, where the reviewer gave them
    QString reason;
    QString author;                 // the OS user name
    qint64 at = 0;                  // ms since the epoch
};

} // namespace Quorum
