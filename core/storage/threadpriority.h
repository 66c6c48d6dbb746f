#pragma once

namespace Quorum {

// Lowers the calling thread's scheduling priority a little (on Linux its nice value, +5; threads it
// starts inherit it): a run's threads and the store's writer yield the CPU to the window's thread
// on a busy machine, so the window answers while a run goes at full speed (bench_gui).
void yieldToTheWindow();

} // namespace Quorum
