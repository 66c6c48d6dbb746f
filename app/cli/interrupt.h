#pragma once

#include <functional>

namespace Quorum::Cli {

// Calls `handler` on the main thread's event loop when the process gets SIGINT or SIGTERM
// (a self-pipe: nothing but write() runs in the signal handler), in place of the handler before;
// an empty one gives the signals back their default (the process ends).
void onInterrupt(std::function<void()> handler);

} // namespace Quorum::Cli
