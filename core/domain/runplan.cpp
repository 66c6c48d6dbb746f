#include "runplan.h"

#include <algorithm>
#include <QJsonArray>

namespace Quorum {

QString promptOptimizationName(PromptOptimization mode)
{
    return mode == PromptOptimization::OptimizeOnly   ? QStringLiteral("optimize-only")
           : mode == PromptOptimization::EvaluateBoth ? QStringLiteral("evaluate-both")
                                                       : QStringLiteral("none");
}

std::optional<PromptOptimization> promptOptimizationFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(u'_', u'-');
    if (n == u"none")
        return PromptOptimization::None;
    if (n == u"optimize-only")
        return PromptOptimization::OptimizeOnly;
    if (n == u"evaluate-both")
        return PromptOptimization::EvaluateBoth;
    return std::nullopt;
}

QString optimizedPromptKey(const QString &scenarioId, const ModelVariant &variant)
{
    return scenarioId + u'\x1f' + variant.modelId + u'@' + variant.region;
}

QString RunPlan::promptFor(const Scenario &scenario, const ModelVariant &variant) const
{
    return variant.optimizedPrompts ? optimizedPrompts.value(optimizedPromptKey(scenario.id, variant), scenario.prompt) : scenario.prompt;
}

QStringList RunPlan::scorersUsed() const
{
    QStringList out = settings.scorers;
    for (const Scenario &s : scenarios)
        if (!s.scorer.isEmpty() && !out.contains(s.scorer))
            out << s.scorer;
    return out;
}

qsizetype RunPlan::juriedScenarios() const
{
    return std::count_if(scenarios.cbegin(), scenarios.cend(), [](const Scenario &s) { return s.scorer.isEmpty(); });
}

QString passRuleName(PassRule rule)
{
    return rule == PassRule::Majority ? QStringLiteral("majority") : QStringLiteral("mean");
}

QJsonObject RunSettings::toJson() const
{
    return {
        {u"parallel"_qs, parallel},
        {u"invocations"_qs, invocations},
        {u"experiments"_qs, experiments},
        {u"experiment_wait_seconds"_qs, experimentWaitSeconds},
        {u"temperature_variations"_qs, temperatureVariations},
        {u"temperature"_qs, temperature},
        {u"max_output_tokens"_qs, maxOutputTokens},
        {u"pass_threshold"_qs, passThreshold},
        {u"pass_rule"_qs, passRuleName(passRule)},
        {u"dispute_threshold"_qs, disputeThreshold},
        {u"latency_only"_qs, latencyOnly},
        {u"streaming"_qs, streaming},
        {u"vision"_qs, vision},
        {u"user_defined_metrics"_qs, QJsonArray::fromStringList(userMetrics)},
        {u"scorers"_qs, QJsonArray::fromStringList(scorers)},
        {u"budget_usd"_qs, budgetUsd},
        {u"answers_from_run"_qs, answersFromRun},
        {u"prompt_optimization"_qs, promptOptimizationName(promptOptimization)},
    };
}

RunSettings RunSettings::fromJson(const QJsonObject &o)
{
    RunSettings s;
    s.parallel = o.value(u"parallel").toInt(s.parallel);
    s.invocations = o.value(u"invocations").toInt(s.invocations);
    s.experiments = o.value(u"experiments").toInt(s.experiments);
    s.experimentWaitSeconds = o.value(u"experiment_wait_seconds").toInt(s.experimentWaitSeconds);
    s.temperatureVariations = o.value(u"temperature_variations").toInt(s.temperatureVariations);
    s.temperature = o.value(u"temperature").toDouble(s.temperature);
    s.maxOutputTokens = o.value(u"max_output_tokens").toInt(s.maxOutputTokens);
    s.passThreshold = o.value(u"pass_threshold").toDouble(s.passThreshold);
    s.passRule = o.value(u"pass_rule").toString() == u"majority" ? PassRule::Majority : PassRule::Mean;
    s.disputeThreshold = o.value(u"dispute_threshold").toDouble(s.disputeThreshold);
    s.latencyOnly = o.value(u"latency_only").toBool(s.latencyOnly);
    s.streaming = o.value(u"streaming").toBool(s.streaming);
    s.vision = o.value(u"vision").toBool(s.vision);
    for (const QJsonValue &v : o.value(u"user_defined_metrics").toArray())
        s.userMetrics << v.toString();
    for (const QJsonValue &v : o.value(u"scorers").toArray())
        s.scorers << v.toString();
    s.budgetUsd = o.value(u"budget_usd").toDouble(s.budgetUsd);
    s.promptOptimization = promptOptimizationFromName(o.value(u"prompt_optimization").toString()).value_or(s.promptOptimization);
    s.answersFromRun = qint64(o.value(u"answers_from_run").toDouble(double(s.answersFromRun)));
    return s;
}

int outputTokenCap(const Scenario &scenario, const RunSettings &settings)
{
    return scenario.expectedOutputTokens > 0 ? scenario.expectedOutputTokens : settings.maxOutputTokens;
}

} // namespace Quorum
