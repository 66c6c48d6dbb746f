#include "ratelimiter.h"

#include <algorithm>

namespace Quorum {

double RateLimiter::reserve(const QString &key, double rpm, double nowMs)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    ++b.starts;
    if (rpm <= 0)
        return 0;
    const double interval = 60'000.0 / (rpm * b.pace);
    const double start = std::max(nowMs, b.nextStartMs);
    b.nextStartMs = start + interval;
    return start - nowMs;
}

void RateLimiter::throttled(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    b.pace = std::max(0.1, b.pace * 0.5);
}

void RateLimiter::succeeded(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[key];
    b.pace = std::min(1.0, b.pace + 0.05);
}

double RateLimiter::pace(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_buckets.value(key).pace;
}

qint64 RateLimiter::starts(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_buckets.value(key).starts;
}

} // namespace Quorum
