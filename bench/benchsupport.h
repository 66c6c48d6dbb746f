#pragma once

// What every benchmark reports about its own process.
#include "domain/records.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <algorithm>

#include <sys/resource.h>

namespace Quorum::Bench {

inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// Work item `i` of a synthetic run where every variant answers every scenario in turn (variant
// fastest), then again: its invocation `id` with the item's variant, scenario and number.
inline InvocationRecord gridInvocation(qint64 id, qint64 runId, qint64 i, qint64 firstVariant, qint64 variants,
                                       qint64 firstScenario, qint64 scenarios)
{
    InvocationRecord r;
    r.id = id;
    r.runId = runId;
    r.variantId = firstVariant + i % variants;
    r.scenarioId = firstScenario + (i / variants) % scenarios;
    r.workItem = i;
    return r;
}

// The value after `name` on the command line ("--invocations 1000"), or `fallback`.
inline QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// The median wall time of `repeats` calls of `f`, in milliseconds.
template<typename F>
double medianMs(F f, int repeats = 5)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(repeats / 2);
}

} // namespace Quorum::Bench
