#include "runplan.h"

#include <QJsonArray>

namespace Quorum {

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
        {u"user_defined_metrics"_qs, QJsonArray::fromStringList(userMetrics)},
        {u"scorers"_qs, QJsonArray::fromStringList(scorers)},
        {u"budget_usd"_qs, budgetUsd},
        {u"answers_from_run"_qs, answersFromRun},
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
    for (const QJsonValue &v : o.value(u"user_defined_metrics").toArray())
        s.userMetrics << v.toString();
    for (const QJsonValue &v : o.value(u"scorers").toArray())
        s.scorers << v.toString();
    s.budgetUsd = o.value(u"budget_usd").toDouble(s.budgetUsd);
    s.answersFromRun = qint64(o.value(u"answers_from_run").toDouble(double(s.answersFromRun)));
    return s;
}

} // namespace Quorum
