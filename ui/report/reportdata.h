#pragma once

#include "present/publishedscores.h"

#include "analytics/breakdowns.h"
#include "analytics/claims.h"
#include "analytics/leaderboard.h"
#include "storage/invocations.h"
#include "storage/runsreader.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Everything a report shows, read from the store once (off any GUI thread): the figures the
// screens show (leaderboard, breakdowns) and the invocations the report lists in full, for one
// run or for several runs of the same scenarios.
namespace Quorum::Report {

// The report's sections, in their order.
enum class Section { Summary, Leaderboard, Latency, Cost, Quality, Regions, Temperature, Jury, Errors, Appendix };
inline constexpr int kSectionCount = 10;
QList<Section> allSections();
QString sectionId(Section section);      // "summary", "leaderboard", …: anchors and --sections
QString sectionTitle(Section section);   // "Summary", "Regional performance", … (translated)
std::optional<Section> sectionFromId(QStringView id);

struct Options
{
    int sample = 50;            // invocations in the appendix (0: none; negative: all)
    int listed = 100;           // disputed items and failure examples listed at most
    QList<Section> sections = allSections(); // those included, in any order (written in theirs)
    bool juryOnly = false;      // the jury's figures alone, people's overrides left out
    bool includes(Section s) const { return sections.contains(s); }
};

struct Data
{
    RunSummary run;
    QJsonObject plan;           // as stored with the run
    QString scenarioFingerprint, responseFingerprint;
    Leaderboard board;
    Breakdowns breakdowns;
    Claims claims;                      // "most accurate", run-wide and per task type, by paired tests
    QHash<qint64, QString> variants, judges; // labels by id
    QList<InvocationDetail> disputed, failures, sample;
    qint64 disputedCount = 0, failureCount = 0, invocationCount = 0;
    PublishedComparison published; // the models' published scores beside the measured (the user's catalog)
};

// Says how far reading or writing got (`done` of `total` steps, `step` for people); false
// cancels what asked (nothing is returned then).
using Progress = std::function<bool(const QString &step, int done, int total)>;

// Reads run `runId`; nullopt with `error` set when the store cannot say.
std::optional<Data> load(const Store &store, qint64 runId, const Options &options, QString *error);

// Reads several runs for one report: they must have evaluated the same scenarios (the same
// scenario fingerprint), else nullopt with `error` naming the two that differ. Nullopt with an
// empty `error` when `progress` cancelled.
std::optional<QList<Data>> load(const Store &store, const QList<qint64> &runIds, const Options &options, QString *error,
                                const Progress &progress = {});

} // namespace Quorum::Report
