#include "records.h"

#include <array>

namespace Quorum {

namespace {
constexpr std::array<const char *, 6> kRunStatus = {"planned", "running", "paused", "completed", "cancelled", "failed"};
}

QString runStatusName(RunStatus status)
{
    return QString::fromLatin1(kRunStatus.at(size_t(status)));
}

RunStatus runStatusFromName(const QString &name)
{
    for (size_t i = 0; i < kRunStatus.size(); ++i)
        if (name == QLatin1String(kRunStatus.at(i)))
            return RunStatus(i);
    return RunStatus::Failed;
}

QString verdictStatusName(VerdictStatus status)
{
    static constexpr std::array<const char *, 4> names = {"ok", "repaired", "unparseable", "failed"};
    return QString::fromLatin1(names.at(size_t(status)));
}

QString errorCategoryName(ErrorCategory category)
{
    static constexpr std::array<const char *, 3> names = {"api", "judge", "processing"};
    return QString::fromLatin1(names.at(size_t(category)));
}

} // namespace Quorum
