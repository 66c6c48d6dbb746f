#pragma once

#include <QString>

namespace Quorum::Sim {

// The simulator that serves `simulator/…` models without a base_url: started on first use on
// a free loopback port, in a thread of its own, for the life of the process. Calls to it still
// go through the real client and network stack. Returns its base URL, or "" if it cannot listen.
QString inProcessSimulatorUrl();

} // namespace Quorum::Sim
