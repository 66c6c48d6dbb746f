#include "records.h"

#include <array>

namespace Quorum {

namespace {
constexpr std::array<const char *, 6> kRunStatus = {"planned", "running", "paused", "completed", "cancelled", "failed"};
constexpr std::array<const char *, 4> kVerdictStatus = {"ok", "repaired", "unparseable", "failed"};
constexpr std::array<const char *, 3> kErrorCategory = {"api", "judge", "processing"};

template<typename E, size_t N>
E fromName(const std::array<const char *, N> &names, const QString &name, E otherwise)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names.at(i)))
            return E(i);
    return otherwise;
}
} // namespace

QString runStatusName(RunStatus status)
{
    return QString::fromLatin1(kRunStatus.at(size_t(status)));
}

RunStatus runStatusFromName(const QString &name)
{
    return fromName(kRunStatus, name, RunStatus::Failed);
}

QString verdictStatusName(VerdictStatus status)
{
    return QString::fromLatin1(kVerdictStatus.at(size_t(status)));
}

VerdictStatus verdictStatusFromName(const QString &name)
{
    return fromName(kVerdictStatus, name, VerdictStatus::Failed);
}

QString errorCategoryName(ErrorCategory category)
{
    return QString::fromLatin1(kErrorCategory.at(size_t(category)));
}

ErrorCategory errorCategoryFromName(const QString &name)
{
    return fromName(kErrorCategory, name, ErrorCategory::Processing);
}

QString osUserName()
{
    for (const char *variable : {"USER", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return u"unknown"_qs;
}

} // namespace Quorum
