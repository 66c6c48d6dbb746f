#pragma once

#include "statistics.h"
#include "../storage/runsreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Figures over time (docs/METRICS.md, "History"): each variant's success rate and mean score with
// their 95 % intervals, TTFT p50 and cost per answer, run after run, for the runs of one
// baseline's lineage or of one scenario set.
namespace Quorum {

struct TrendPoint
{
    qint64 runId = 0;
    qint64 at = 0;                      // the run's start (its creation when it never started), ms
    qint64 scored = 0;
    double successRate = 0;
    std::optional<Stats::Interval> successCi;
    std::optional<double> meanScore;
    std::optional<Stats::Interval> scoreCi;
    std::optional<double> ttftP50Ms;
    double costPerAnswerUsd = 0;
};

// One variant across the runs, matched by provider-qualified model id, region and tier; a run
// without it has no point.
struct TrendSeries
{
    QString variant;                    // its label in the newest run it is in
    QList<TrendPoint> points;           // oldest first
};

struct Trend
{
    enum class Kind { Lineage, ScenarioSet };
    Kind kind = Kind::ScenarioSet;
    QString subject;                    // "baseline main (run 3)", "scenario set 3f2a…"
    QList<RunSummary> runs;             // oldest first
    QList<TrendSeries> series;
    QString error;
    QJsonObject toJson() const;
};

// A baseline's lineage: its run, then every run checked against it, oldest first (a run checked
// twice counts once). `name` is the baseline's name, or "" for a run never pinned.
Trend lineageTrend(const QString &store, qint64 baselineRunId, const QString &name = {});
// The runs of the same scenarios as `runId` (its scenario fingerprint) that hold results, oldest first.
Trend scenarioSetTrend(const QString &store, qint64 runId);

} // namespace Quorum
