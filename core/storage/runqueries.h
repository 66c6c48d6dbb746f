#pragma once

#include "../domain/records.h"

#include <QList>
#include <QHash>
#include <QSet>
#include <optional>
#include <QSqlQuery>
#include <QString>

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

// One heatmap cell: a model variant on one task type.
struct TaskCell
{
    qint64 variantId = 0;
    QString taskType;
    qint64 scored = 0;
    qint64 passed = 0;
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

// One invocation, as the analytics read it.
struct InvocationFact
{
    qint64 id = 0;
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    bool ok = true;
    QString errorClass;
    std::optional<bool> passed;
    std::optional<double> score;
    std::optional<double> ttftMs;
    double ttlbMs = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    double judgeCostUsd = 0;
    bool disputed = false;
};

// One judge's valid verdict, as the agreement statistics read it.
struct VerdictFact
{
    qint64 invocationId = 0;
    qint64 judgeId = 0;
    int scores[6] = {};     // correctness … following instructions
    double weighted = 0;
    bool passed = false;
};

// Latency of one region's successful calls in one UTC hour (hours since the epoch).
struct RegionHourRow
{
    QString region;
    qint64 hourUtc = 0;
    qint64 calls = 0;
    double ttftSum = 0;
    qint64 ttftCount = 0;
    double ttlbSum = 0;
    double ttlbMax = 0;
};

// Read-only questions asked of a run store, on the calling thread's own connection.
// Each returns an empty list and sets error() when the database cannot answer.
class RunQueries final
{
public:
    explicit RunQueries(QString path);

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
    QList<InvocationFact> invocationFacts(qint64 runId);
    QList<VerdictFact> verdictFacts(qint64 runId);    // valid verdicts only
    QHash<qint64, QString> variantLabels(qint64 runId, bool judges);
    QHash<qint64, QString> modelIds(qint64 runId, bool judges);
    // SHA-256 over every stored response, in work-item order (the run's response fingerprint).
    QString responseFingerprint(qint64 runId);

    const QString &error() const { return m_error; }

private:
    QSqlQuery exec(const QString &sql, qint64 runId, bool *ok);
    QString m_path;
    QString m_error;
};

} // namespace Quorum
