#include "reportread.h"

#include "invocationreader.h"
#include "store.h"

#include <limits>

namespace Quorum {

namespace {
// Everything stored about the first `limit` invocations that pass `filter` (negative: all).
QList<InvocationDetail> details(InvocationReader &reader, qint64 runId, InvocationFilter filter, int limit)
{
    QList<InvocationDetail> out;
    if (limit == 0)
        return out;
    filter.limit = limit < 0 ? std::numeric_limits<int>::max() : limit;
    for (const InvocationRow &row : reader.invocations(runId, filter))
        if (auto d = reader.invocation(row.id))
            out.append(std::move(*d));
    return out;
}
} // namespace

ReportRead ReportRead::read(const Store &store, qint64 runId, const Request &request)
{
    ReportRead r;
    RunsReader runs(store);
    r.run = runs.run(runId);
    if (!r.run) {
        r.error = runs.error();
        return r;
    }
    r.readout = RunReadout::read(store, runId, request.juryOnly, true); // with the items: the claims are paired
    r.responseFingerprint = r.run->responseFingerprint.isEmpty() && r.run->invocations <= 100000 ? runs.responseFingerprint(runId)
                                                                                                 : r.run->responseFingerprint;
    InvocationReader invocations(store);
    invocations.setJuryOnly(request.juryOnly);
    // How many are disputed and failed, from the rollups the readout holds (overrides put in, as
    // the lists' filters count them): no scan of every invocation.
    for (const RollupRow &row : std::as_const(r.readout.scenarios)) {
        r.disputedCount += row.disputed;
        r.failureCount += row.errors;
    }
    InvocationFilter disputed;
    disputed.disputedOnly = true;
    r.disputed = details(invocations, runId, disputed, r.disputedCount > 0 ? request.disputed : 0);
    InvocationFilter failed;
    failed.verdict = InvocationFilter::Verdict::Error;
    r.failures = details(invocations, runId, failed, r.failureCount > 0 ? request.failures : 0);
    r.sample = details(invocations, runId, {}, request.sample);
    for (const QString &e : {r.readout.error, runs.error(), invocations.error()})
        if (r.error.isEmpty())
            r.error = e;
    return r;
}

} // namespace Quorum
