#pragma once

#include "../domain/records.h"
#include "runreadout.h"
#include "storereader.h"

#include <QHash>
#include <QList>
#include <QSet>

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

// A store's runs, what each is made of (variants, judges, scenarios, its stored plan), what
// resuming one reads back, and the baselines pinned on them.
class RunsReader final : public StoreReader
{
public:
    using StoreReader::StoreReader;

    QList<RunSummary> runs();                  // newest first
    std::optional<RunSummary> run(qint64 runId); // nullopt: no such run (or error())
    qint64 count(const QString &table, qint64 runId);
    QList<VariantInfo> variantInfo(qint64 runId, bool judges);
    // The same, as the labels by id the screens name them with.
    QHash<qint64, QString> variantLabels(qint64 runId, bool judges);
    // Each scenario's task type ("(none)" where it names none) and its name, in one read.
    void scenarios(qint64 runId, QHash<qint64, QString> *taskTypes, QHash<qint64, ScenarioName> *names);
    QHash<qint64, QString> scenarioTaskTypes(qint64 runId);

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
    // SHA-256 over every stored response, in work-item order (the run's response fingerprint).
    QString responseFingerprint(qint64 runId);

    // Baselines by name; the checks made against baseline run `baselineRunId`, oldest first.
    QList<BaselineInfo> baselines();
    QList<BaselineCheckRow> baselineChecks(qint64 baselineRunId);

private:
    QList<RunSummary> summaries(qint64 runId); // one run, or every run when runId < 0
};

} // namespace Quorum
