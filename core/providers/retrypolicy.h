#pragma once

#include "chattypes.h"

#include <QRandomGenerator>
#include <optional>

namespace Quorum {

// When to try a failed call again (PROTOCOLS.md): full jitter, sleep = uniform(0, min(cap,
// base·2^attempt)), a server's retry hint as a floor (capped), bounded attempts and total time,
// and never for errors that another try cannot fix.
struct RetryPolicy
{
    int maxAttempts = 5;
    double baseMs = 500;
    double capMs = 30'000;
    double maxTotalMs = 180'000;

    // The wait before the next attempt after `attempt` (1-based) failed with `error`, `elapsedMs`
    // into the call; nullopt = give up.
    std::optional<double> nextDelay(int attempt, const CallError &error, double elapsedMs, QRandomGenerator &rng) const;
};

} // namespace Quorum
