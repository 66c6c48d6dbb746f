#pragma once

// For failure messages in the importer tests: every diagnostic, one per line.
#include "domain/diagnostics.h"

#include <QStringList>

namespace Quorum::TestSupport {

inline QString dump(const Diagnostics &d)
{
    QStringList lines;
    for (const Diagnostic &item : d.sorted())
        lines << item.toString();
    return lines.join(u'\n');
}

} // namespace Quorum::TestSupport
