#pragma once

#include "judgecriteria.h"
#include "modelvariant.h"
#include "scenario.h"

#include <QJsonObject>
#include <QHash>
#include <QList>

namespace Quorum {

enum class PassRule { Mean, Majority };
// 360-eval's prompt optimization (Bedrock OptimizePrompt): none; every Bedrock model gets its
// optimized prompts; or each Bedrock model runs twice, the second time as "…_optimized".
enum class PromptOptimization { None, OptimizeOnly, EvaluateBoth };
QString promptOptimizationName(PromptOptimization mode);
std::optional<PromptOptimization> promptOptimizationFromName(const QString &name);

// Every knob of a run. Defaults are what METRICS.md and 360-eval use.
struct RunSettings
{
    int parallel = 4;               // concurrent calls per variant
    int invocations = 1;            // calls per scenario and variant
    int experiments = 1;            // repeats of the whole plan
    int experimentWaitSeconds = 0;
    int temperatureVariations = 0;  // n: temperatures base·(1 + 0.25·k), k = −n … n
    double temperature = 0.7;       // base temperature when a scenario sets none
    int maxOutputTokens = 4500;     // the output-token cap of a scenario that names none (360-eval's)
    double passThreshold = 3;       // on the 1–5 jury scale
    PassRule passRule = PassRule::Mean;
    double disputeThreshold = 1;
    bool latencyOnly = false;       // no jury
    bool streaming = true;
    bool vision = false;            // send the scenarios' images (360-eval sends url_image only then)
    QStringList userMetrics;        // run-wide extra jury dimensions
    QStringList scorers;            // deterministic scorers, beside or instead of the jury
    double budgetUsd = 0;           // 0 = no cap
    // Re-judge: take the answers of this stored run and call only the judges. -1: the answers
    // were read from a file (quorum-cli judge) and the models must never be called.
    qint64 answersFromRun = 0;
    PromptOptimization promptOptimization = PromptOptimization::None;

    QJsonObject toJson() const;
    static RunSettings fromJson(const QJsonObject &object); // unknown keys ignored, missing = default
};

// What an analyst asks Quorum to evaluate: scenarios × model variants, scored by a jury.
struct RunPlan
{
    QString name;
    QList<Scenario> scenarios;
    QList<ModelVariant> models;
    QList<JudgeProfile> judges;
    JudgeCriteria criteria;
    RunSettings settings;
    QString judgeTemplate;          // the judge prompt template file's whole text; empty = built-in
    // How the plan's CSV scenario files are read (the plan file's "csv_columns", as written there):
    // kept and saved with the plan, whether it names the files or holds their scenarios.
    QJsonObject csvColumns;
    // Prompts rewritten for a model (prompt optimization), by optimizedPromptKey(); kept with
    // the run so a resumed run asks the same.
    QHash<QString, QString> optimizedPrompts;
    // The prompt a variant is asked for a scenario.
    QString promptFor(const Scenario &scenario, const ModelVariant &variant) const;
    // Every deterministic scorer the run uses, stored like judges after the LLM judges: the
    // run-wide ones, then those scenarios name, each once.
    QStringList scorersUsed() const;
    // Scenarios the jury scores (those without a scorer of their own).
    qsizetype juriedScenarios() const;
};

QString optimizedPromptKey(const QString &scenarioId, const ModelVariant &variant);

// The output-token cap a call for this scenario sends, as 360-eval does: the scenario's
// expected_output_tokens, else the run's max_output_tokens. The cost estimate uses it too.
int outputTokenCap(const Scenario &scenario, const RunSettings &settings);

QString passRuleName(PassRule rule);

} // namespace Quorum
