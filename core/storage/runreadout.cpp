#include "runreadout.h"

#include "overridereader.h"
#include "readoutreader.h"
#include "runsreader.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <future>

namespace Quorum {

namespace {
std::atomic<quint64> g_reads = 0;

// Whether the plan asks the jury for dimensions beyond the six (judge questions or user-defined
// metrics): only then are the verdicts' extra scores read, since that opens every verdict.
bool hasExtraDimensions(const QString &planJson)
{
    const QJsonObject plan = QJsonDocument::fromJson(planJson.toUtf8()).object();
    bool extras = !plan.value(u"judge_questions"_qs).toObject().isEmpty()
                  || !plan.value(u"settings"_qs).toObject().value(u"user_defined_metrics"_qs).toArray().isEmpty();
    for (const QJsonValue &s : plan.value(u"scenarios"_qs).toArray())
        extras = extras || !s.toObject().value(u"user_defined_metrics"_qs).toArray().isEmpty();
    return extras;
}
} // namespace

RunReadout RunReadout::read(const Store &store, qint64 runId, bool juryOnly, bool withItems)
{
    return read(store.location(), runId, juryOnly, withItems);
}

RunReadout RunReadout::read(const StoreReader &reader, qint64 runId, bool withItems)
{
    return read(reader.path(), runId, reader.juryOnly(), withItems);
}

QList<ItemOutcome> RunReadout::readItems(const QString &location, qint64 runId, bool juryOnly, QString *error)
{
    ReadoutReader own(location);
    own.setJuryOnly(juryOnly);
    QList<ItemOutcome> items = own.itemOutcomes(runId);
    if (error && error->isEmpty())
        *error = own.error();
    return items;
}

RunReadout RunReadout::read(const QString &location, qint64 runId, bool juryOnly, bool withItems)
{
    ++g_reads;
    // The histogram is the biggest read (bench_storage, "store reads"): its own thread and connection.
    auto histograms = std::async(std::launch::async, [location, juryOnly, runId] {
        ReadoutReader own(location);
        own.setJuryOnly(juryOnly);
        QList<HistogramRow> rows = own.histogram(runId);
        return std::pair(std::move(rows), own.error());
    });
    std::future<std::pair<QList<ItemOutcome>, QString>> items;
    if (withItems)
        items = std::async(std::launch::async, [location, juryOnly, runId] {
            QString error;
            QList<ItemOutcome> rows = readItems(location, runId, juryOnly, &error);
            return std::pair(std::move(rows), error);
        });
    RunsReader runs(location);
    ReadoutReader q(location);
    OverrideReader overrides(location);
    q.setJuryOnly(juryOnly);
    RunReadout r;
    r.runId = runId;
    r.juryOnly = juryOnly;
    r.planJson = runs.planJson(runId);
    r.variants = runs.variantInfo(runId, false);
    r.judges = runs.variantInfo(runId, true);
    runs.scenarios(runId, &r.taskTypes, &r.scenarioNames);
    r.scenarios = q.rollup(runId, ReadoutReader::Rollup::Scenario);
    r.temperatures = q.rollup(runId, ReadoutReader::Rollup::Temperature);
    r.experimentScores = q.experimentScores(runId);
    r.judgeRollup = q.judgeRollup(runId);
    r.agreement = q.agreement(runId);
    r.taskMatrix = q.taskMatrix(runId);
    r.regionHours = q.regionHours(runId);
    r.errors = q.errorCounts(runId);
    if (hasExtraDimensions(r.planJson))
        r.extraDimensionMeans = q.extraDimensionMeans(runId);
    r.overrides = overrides.overrideCount(runId);
    r.humanPairs = overrides.humanPairs(runId);
    for (const QString &e : {runs.error(), q.error(), overrides.error()})
        if (r.error.isEmpty())
            r.error = e;
    auto [rows, failure] = histograms.get();
    r.histograms = std::move(rows);
    if (r.error.isEmpty())
        r.error = failure;
    if (items.valid()) {
        auto [outcomes, itemFailure] = items.get();
        r.items = std::move(outcomes);
        if (r.error.isEmpty())
            r.error = itemFailure;
    }
    return r;
}

quint64 RunReadout::reads()
{
    return g_reads;
}

QHash<qint64, QString> RunReadout::variantLabels() const
{
    QHash<qint64, QString> out;
    for (const VariantInfo &v : variants)
        out.insert(v.id, v.label);
    return out;
}

QHash<qint64, QString> RunReadout::judgeLabels() const
{
    QHash<qint64, QString> out;
    for (const VariantInfo &j : judges)
        out.insert(j.id, j.label);
    return out;
}

} // namespace Quorum
