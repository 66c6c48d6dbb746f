#include "reportdata.h"

#include <QJsonDocument>

namespace Quorum::Report {

namespace {
QList<InvocationDetail> details(RunQueries &q, qint64 runId, InvocationFilter filter, int limit)
{
    filter.limit = limit < 0 ? std::numeric_limits<int>::max() : limit;
    QList<InvocationDetail> out;
    if (limit == 0)
        return out;
    for (const InvocationRow &row : q.invocations(runId, filter))
        if (auto d = q.invocation(row.id))
            out.append(std::move(*d));
    return out;
}
} // namespace

std::optional<Data> load(const Store &store, qint64 runId, const Options &options, QString *error)
{
    RunQueries q = store.reader();
    Data d;
    bool found = false;
    for (const RunSummary &r : q.runs())
        if (r.id == runId) {
            d.run = r;
            found = true;
        }
    if (!q.error().isEmpty() || !found) {
        *error = q.error().isEmpty() ? QStringLiteral("there is no run %1 in %2").arg(runId).arg(store.displayedLocation()) : q.error();
        return std::nullopt;
    }
    d.plan = QJsonDocument::fromJson(q.planJson(runId).toUtf8()).object();
    // As stored when the run finished; computed here (every response read) only for a run that has none.
    d.responseFingerprint = d.run.responseFingerprint.isEmpty() && d.run.invocations <= 100000 ? q.responseFingerprint(runId)
                                                                                               : d.run.responseFingerprint;
    d.scenarioFingerprint = d.run.scenarioFingerprint;
    QString failure;
    d.board = computeLeaderboard(q, runId, {}, &failure);
    if (failure.isEmpty())
        d.breakdowns = computeBreakdowns(q, runId, &failure);
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    for (const VariantInfo &v : q.variantInfo(runId, false))
        d.variants.insert(v.id, v.label);
    for (const VariantInfo &v : q.variantInfo(runId, true))
        d.judges.insert(v.id, v.label);
    InvocationFilter disputed;
    disputed.disputedOnly = true;
    d.disputedCount = q.invocationCount(runId, disputed);
    d.disputed = details(q, runId, disputed, options.listed);
    InvocationFilter failed;
    failed.verdict = InvocationFilter::Verdict::Error;
    d.failureCount = q.invocationCount(runId, failed);
    d.failures = details(q, runId, failed, std::min(options.listed, 20));
    d.invocationCount = d.run.invocations;
    d.sample = details(q, runId, {}, options.sample);
    if (!q.error().isEmpty()) {
        *error = q.error();
        return std::nullopt;
    }
    return d;
}

} // namespace Quorum::Report
