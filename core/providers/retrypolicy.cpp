#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace Quorum {

std::optional<double> RetryPolicy::nextDelay(int attempt, const CallError &error, double elapsedMs, QRandomGenerator &rng) const
{
    if (!error.retryable || attempt >= maxAttempts)
        return std::nullopt;
    const double ceiling = std::min(capMs, baseMs * std::pow(2.0, attempt));
    double delay = rng.generateDouble() * ceiling;
    if (error.retryAfterMs)
        delay = std::max(delay, std::min(capMs, double(*error.retryAfterMs)));
    if (elapsedMs + delay > maxTotalMs)
        return std::nullopt;
    return delay;
}

} // namespace Quorum
