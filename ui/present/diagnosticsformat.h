#pragma once

#include "domain/diagnostics.h"

namespace Quorum {

// "3 errors, 1 warning" — for status bars and dialogs.
QString summarizeDiagnostics(const Diagnostics &diagnostics);

} // namespace Quorum
