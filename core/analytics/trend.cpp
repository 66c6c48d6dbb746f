#include "trend.h"

#include "leaderboard.h"
#include "runcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Trend", text); }

QJsonValue interval(const std::optional<Stats::Interval> &i)
{
    return i ? QJsonValue(QJsonArray{i->low, i->high}) : QJsonValue();
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// Every run's leaderboard, the variants lined up across them.
void fill(RunsReader &queries, Trend &trend)
{
    std::stable_sort(trend.runs.begin(), trend.runs.end(), [](const RunSummary &a, const RunSummary &b) {
        return (a.startedAt ? a.startedAt : a.createdAt) < (b.startedAt ? b.startedAt : b.createdAt);
    });
    QHash<QString, qsizetype> byIdentity;
    for (const RunSummary &run : std::as_const(trend.runs)) {
        const RunReadout readout = RunReadout::read(queries.path(), run.id, queries.juryOnly());
        const Leaderboard board = computeLeaderboard(readout);
        if (!readout.error.isEmpty() && trend.error.isEmpty())
            trend.error = readout.error;
        QHash<qint64, const LeaderboardRow *> rows;
        for (const LeaderboardRow &row : board.rows)
            rows.insert(row.variantId, &row);
        // In the plan's order of variants (the leaderboard's changes from run to run).
        for (const VariantInfo &v : readout.variants) {
            const LeaderboardRow *found = rows.value(v.id);
            if (!found || found->invocations == 0)
                continue;
            const LeaderboardRow &row = *found;
            const QString key = variantIdentity(v);
            qsizetype at = byIdentity.value(key, -1);
            if (at < 0) {
                at = trend.series.size();
                byIdentity.insert(key, at);
                trend.series.append({row.label, {}});
            }
            TrendSeries &series = trend.series[at];
            series.variant = row.label; // the newest run's name for it
            TrendPoint p;
            p.runId = run.id;
            p.at = run.startedAt ? run.startedAt : run.createdAt;
            p.scored = row.scored;
            p.successRate = row.successRate;
            p.successCi = row.successCi;
            p.meanScore = row.meanScore;
            p.scoreCi = row.scoreCi;
            p.ttftP50Ms = row.ttftMs[0];
            p.costPerAnswerUsd = row.costPerAnswerUsd;
            series.points.append(p);
        }
    }
    if (trend.error.isEmpty())
        trend.error = queries.error();
}
} // namespace

Trend lineageTrend(const QString &store, qint64 baselineRunId, const QString &name)
{
    RunsReader queries(store);
    Trend t;
    t.kind = Trend::Kind::Lineage;
    t.subject = name.isEmpty() ? tr("runs checked against run %1").arg(baselineRunId)
                               : tr("baseline \"%1\" (run %2) and the runs checked against it").arg(name).arg(baselineRunId);
    QSet<qint64> wanted{baselineRunId};
    for (const BaselineCheckRow &c : queries.baselineChecks(baselineRunId))
        wanted.insert(c.runId);
    for (const RunSummary &r : queries.runs())
        if (wanted.contains(r.id))
            t.runs.append(r);
    fill(queries, t);
    return t;
}

Trend scenarioSetTrend(const QString &store, qint64 runId)
{
    RunsReader queries(store);
    Trend t;
    t.kind = Trend::Kind::ScenarioSet;
    const QList<RunSummary> all = queries.runs();
    const auto self = std::find_if(all.cbegin(), all.cend(), [runId](const RunSummary &r) { return r.id == runId; });
    if (self == all.cend()) {
        t.error = tr("there is no run %1 in this store").arg(runId);
        return t;
    }
    t.subject = tr("runs of the scenario set %1 (%2 scenarios)").arg(self->scenarioFingerprint.left(12)).arg(self->scenarios);
    for (const RunSummary &r : all)
        if (r.scenarioFingerprint == self->scenarioFingerprint && r.invocations > 0)
            t.runs.append(r);
    fill(queries, t);
    return t;
}

QJsonObject Trend::toJson() const
{
    QJsonArray runsJson;
    for (const RunSummary &r : runs)
        runsJson.append(QJsonObject{{u"run_id"_qs, r.id}, {u"name"_qs, r.name}, {u"started_at_ms"_qs, r.startedAt ? r.startedAt : r.createdAt}});
    QJsonArray seriesJson;
    for (const TrendSeries &s : series) {
        QJsonArray points;
        for (const TrendPoint &p : s.points)
            points.append(QJsonObject{{u"run_id"_qs, p.runId}, {u"at_ms"_qs, p.at}, {u"scored"_qs, p.scored},
                                      {u"success_rate"_qs, p.successRate}, {u"success_rate_ci95"_qs, interval(p.successCi)},
                                      {u"mean_score"_qs, optional(p.meanScore)}, {u"mean_score_ci95"_qs, interval(p.scoreCi)},
                                      {u"ttft_p50_ms"_qs, optional(p.ttftP50Ms)}, {u"cost_per_answer_usd"_qs, p.costPerAnswerUsd}});
        seriesJson.append(QJsonObject{{u"variant"_qs, s.variant}, {u"points"_qs, points}});
    }
    return {{u"kind"_qs, kind == Kind::Lineage ? u"lineage"_qs : u"scenario_set"_qs}, {u"subject"_qs, subject},
            {u"runs"_qs, runsJson}, {u"series"_qs, seriesJson}};
}

} // namespace Quorum
