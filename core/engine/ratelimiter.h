#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Quorum {

// Spaces call starts per model@region so each keeps to its target RPM: a token bucket with a
// burst of 1, i.e. one start every 60/rpm seconds. A 429 halves that variant's pace until
// successes earn it back. Thread-safe: every worker asks the same limiter.
class RateLimiter final
{
public:
    // Books the next start for `key` and returns the milliseconds to wait before it (0 = go).
    // rpm ≤ 0 means no limit.
    double reserve(const QString &key, double rpm, double nowMs);
    void throttled(const QString &key);     // the provider said 429: slow down
    void succeeded(const QString &key);     // a call went through: recover a little

    double pace(const QString &key) const;  // current share of the target rate, 0.1 … 1
    qint64 starts(const QString &key) const;

private:
    struct Bucket
    {
        double nextStartMs = 0;
        double pace = 1;
        qint64 starts = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Quorum
