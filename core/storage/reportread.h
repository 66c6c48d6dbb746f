#pragma once

#include "invocations.h"
#include "runreadout.h"
#include "runsreader.h"

#include <QList>
#include <QString>

#include <optional>

namespace Quorum {

class Store;

// Everything a report of one run takes from the store, read at once before anything is computed:
// the run, its readout, the invocations the report lists (disputed items, failures, a sample) with
// how many there are of each, and its response fingerprint.
struct ReportRead
{
    struct Request
    {
        int disputed = 0;       // listed at most
        int failures = 0;
        int sample = 0;         // negative: every invocation
        bool juryOnly = false;  // the jury's figures and verdicts alone
    };

    std::optional<RunSummary> run; // empty when there is no such run
    RunReadout readout;
    // As stored when the run finished; computed here only for a run of at most 100,000
    // invocations that has none (every answer is read for it).
    QString responseFingerprint;
    QList<InvocationDetail> disputed, failures, sample;
    // In all, as InvocationReader::invocationCount counts them with the lists' filters (disputed
    // only; Verdict::Error), taken from the readout's rollups.
    qint64 disputedCount = 0, failureCount = 0;
    QString error;              // why something could not be read ("" when all was)

    static ReportRead read(const Store &store, qint64 runId, const Request &request);
};

} // namespace Quorum
