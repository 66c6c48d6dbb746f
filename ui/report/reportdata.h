#pragma once

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"
#include "storage/invocations.h"
#include "storage/runqueries.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Everything one run's report shows, read from the store once (off any GUI thread): the figures
// the screens show (leaderboard, breakdowns) and the invocations the report lists in full.
namespace Quorum::Report {

struct Options
{
    int sample = 50;            // invocations in the appendix (0: none; negative: all)
    int listed = 100;           // disputed items and failure examples listed at most
};

struct Data
{
    RunSummary run;
    QJsonObject plan;           // as stored with the run
    QString planFingerprint, scenarioFingerprint, responseFingerprint;
    Leaderboard board;
    Breakdowns breakdowns;
    QHash<qint64, QString> variants, judges; // labels by id
    QList<InvocationDetail> disputed, failures, sample;
    qint64 disputedCount = 0, failureCount = 0, invocationCount = 0;
};

// Reads run `runId`; nullopt with `error` set when the store cannot say.
std::optional<Data> load(const Store &store, qint64 runId, const Options &options, QString *error);

} // namespace Quorum::Report
