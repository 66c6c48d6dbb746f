#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace Quorum {

// Calls f(i) for every i below count, spread over the machine's cores. Each call must write only
// its own results: the outcome is the same as a plain loop's, whatever the order.
template<typename F>
void parallelFor(size_t count, F f)
{
    const size_t threads = std::min<size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
    if (threads <= 1) {
        for (size_t i = 0; i < count; ++i)
            f(i);
        return;
    }
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (size_t i = t; i < count; i += threads)
                f(i);
        });
    for (size_t i = 0; i < count; i += threads)
        f(i);
    for (std::thread &th : pool)
        th.join();
}

} // namespace Quorum
