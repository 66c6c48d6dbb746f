#pragma once

// What every benchmark reports about its own process.
#include <QElapsedTimer>
#include <QList>

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
