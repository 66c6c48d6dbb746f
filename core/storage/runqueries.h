#pragma once

#include "../domain/records.h"
#include "invocations.h"
#include "readrows.h"
#include "runreadout.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Quorum {

struct RunSummary
{
    qint64 id = 0;
    QString name;
    RunStatus status = RunStatus::Planned;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int scenarios = 0;
    int models = 0;
    int judges = 0;
    qint64 invocations = 0;
    qint64 errors = 0;
    double costUsd = 0;     // models and judges
    QString scenarioFingerprint; // SHA-256 of the scenarios (hex): runs of the same scenarios share it
    QString responseFingerprint; // of every stored response, as stored when the run finished ("" before)
};

// Per model variant of one run: the raw aggregates the leaderboard is built from.
struct VariantAggregate
{
    qint64 variantId = 0;
    QString modelId;
    QString region;
    QString tier;
    QString displayName;
    qint64 invocations = 0;
    qint64 errors = 0;
    qint64 scored = 0;      // invocations with a jury outcome
    qint64 passed = 0;
    qint64 disputed = 0;
    double meanScore = 0;
    double meanTtftMs = 0;
    double meanTtlbMs = 0;
    double costUsd = 0;
    double judgeCostUsd = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

// Latency of one region in one hour of the day (UTC).
struct RegionHour
{
    QString region;
    int hour = 0;
    qint64 calls = 0;
    double meanTtftMs = 0;
    double meanTtlbMs = 0;
    double maxTtlbMs = 0;
};

// A run pinned as a named baseline.
struct BaselineInfo
{
    QString name;
    qint64 runId = 0;
    qint64 pinnedAt = 0;
    QString pinnedBy;
};

// A run checked against a baseline: one step of the baseline's lineage.
struct BaselineCheckRow
{
    qint64 runId = 0;
    qint64 baselineRunId = 0;
    QString baselineName;
    qint64 checkedAt = 0;
    int regressions = 0;
};

// A person's override as it counts in the figures (the newest edit of an item, when it is not a
// withdrawal), beside what the jury said of the item: the readers below take the jury's share out
// of the rollups and put the override's in.
struct OverrideEffect
{
    qint64 invocationId = 0;
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    int experiment = 0;
    qint64 temperatureMilli = 0;
    QString taskType;
    std::optional<bool> juryPass;
    std::optional<double> juryScore;
    bool juryDisputed = false;
    bool passed = false;
    double score = 0;               // the override's, else the jury's
};

// Read-only questions asked of a run store, on the calling thread's own connection.
// Each returns an empty list and sets error() when the database cannot answer.
class RunQueries final
{
public:
    // Reads through this thread's connection to the store at `path`, opened on first use and
    // closed when the thread's last RunQueries on it goes: callers never open or close one.
    explicit RunQueries(QString path);
    ~RunQueries();
    RunQueries(const RunQueries &) = delete;
    RunQueries &operator=(const RunQueries &) = delete;

    // Every figure read below counts people's overrides (jury agreement, leniency and the judges'
    // own figures never do), unless jury-only is set: then they are the jury's alone.
    void setJuryOnly(bool juryOnly) { m_juryOnly = juryOnly; }
    bool juryOnly() const { return m_juryOnly; }

    QList<RunSummary> runs();
    QList<VariantAggregate> variantAggregates(qint64 runId);
    QList<TaskCell> taskMatrix(qint64 runId);
    QList<RegionHour> regionalByHour(qint64 runId);
    QList<RegionHourRow> regionHours(qint64 runId);
    qint64 count(const QString &table, qint64 runId);

    // For resuming a run: its stored plan, the ids of its scenarios, variants and judges in
    // plan order, and the work items already stored.
    QString planJson(qint64 runId);
    QList<qint64> ids(const QString &table, qint64 runId);
    QSet<qint64> storedWorkItems(qint64 runId);
    // The run's invocations that ended in an error: (invocation id, work item, error class, message).
    struct FailedItem
    {
        qint64 invocationId = 0;
        qint64 workItem = 0;
        QString errorClass;
        QString message;
    };
    QList<FailedItem> failedItems(qint64 runId);
    QList<ErrorCount> errorCounts(qint64 runId);                // by category, variant, judge, class
    // Reads every verdict's extra scores: ask only for a run whose plan has such dimensions.
    QList<ExtraDimensionMean> extraDimensionMeans(qint64 runId); // by variant, dimension
    enum class Rollup { Scenario, Temperature };
    QList<RollupRow> rollup(qint64 runId, Rollup which);        // by variant, key
    QList<ExperimentScore> experimentScores(qint64 runId);      // by variant, scenario, experiment
    QList<HistogramRow> histogram(qint64 runId);                // by variant, metric, bin
    QList<JudgeRollupRow> judgeRollup(qint64 runId);
    AgreementSums agreement(qint64 runId);
    QList<VariantInfo> variantInfo(qint64 runId, bool judges);
    // The same, as the labels by id the screens name them with.
    QHash<qint64, QString> variantLabels(qint64 runId, bool judges);
    // Each scenario's task type ("(none)" where it names none) and its name, in one read.
    void scenarios(qint64 runId, QHash<qint64, QString> *taskTypes, QHash<qint64, ScenarioName> *names);
    QHash<qint64, QString> scenarioTaskTypes(qint64 runId);
    // Baselines by name; the checks made against baseline run `baselineRunId`, oldest first.
    QList<BaselineInfo> baselines();
    QList<BaselineCheckRow> baselineChecks(qint64 baselineRunId);

    // Overrides (overridequeries.cpp): those that count in run `runId`; every edit of one item,
    // oldest first; how many count.
    QList<OverrideEffect> overrideEffects(qint64 runId);
    QList<OverrideRecord> overrideHistory(qint64 invocationId);
    qint64 overrideCount(qint64 runId);
    // On the items an override counts for: each judge's valid pass/fail (judgeId -1: the jury's
    // verdict) beside the person's.
    using RaterPair = Quorum::RaterPair; // runreadout.h
    QList<RaterPair> humanPairs(qint64 runId);

    // SHA-256 over every stored response, in work-item order (the run's response fingerprint).
    QString responseFingerprint(qint64 runId);

    // The drill-down (invocationqueries.cpp): a run's invocations that pass `filter`, in
    // work-item order and at most filter.limit of them; how many pass it in all; everything
    // stored about one of them (nullopt when there is no such invocation).
    QList<InvocationRow> invocations(qint64 runId, const InvocationFilter &filter);
    qint64 invocationCount(qint64 runId, const InvocationFilter &filter);
    // invocationWhere() for this store, its search asked of the indexes as searchMatch() says.
    QString filterSql(qint64 runId, const InvocationFilter &filter, QVariantList *params);
    // A search's words as the local store's indexes are best asked for them: each word's start as
    // the whole terms it begins where they are few; nothing from an index that has no such term.
    SearchMatch searchMatch(const QStringList &words);
    std::optional<InvocationDetail> invocation(qint64 invocationId);
    InvocationChoices invocationChoices(qint64 runId);

    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    // Any read, streamed row by row: for core/storage's own exports and transfers alone (rawread.h),
    // so that no SQL is written outside core/storage.
    friend struct RawRead;
    ReadRows select(const QString &sql, const QVariantList &params) // a `?` for each
    {
        bool ok = false;
        return exec(sql, params, &ok);
    }

    ReadRows exec(const QString &sql, qint64 runId, bool *ok);
    ReadRows exec(const QString &sql, const QVariantList &params, bool *ok); // `?` for each, in order
    // The overrides' share put into what was read from the rollups (nothing when jury-only).
    void applyOverrides(qint64 runId, QList<RollupRow> &rows, Rollup which);
    void applyOverrides(qint64 runId, QList<VariantAggregate> &rows);
    void applyOverrides(qint64 runId, QList<TaskCell> &rows);
    void applyOverrides(qint64 runId, QList<ExperimentScore> &rows);
    void applyOverrides(qint64 runId, QList<HistogramRow> &rows);
    QString m_path;
    QString m_error;
    bool m_juryOnly = false;
};

} // namespace Quorum
