#pragma once

#include <QString>

namespace Quorum {

// Where a configured item came from, so every later message can point back at the file.
struct SourceRef
{
    QString file;
    int line = 0;
};

} // namespace Quorum
