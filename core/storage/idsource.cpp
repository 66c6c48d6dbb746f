#include "idsource.h"

namespace Quorum {

const char *idTableName(IdTable table)
{
    static constexpr const char *kNames[kIdTableCount] = {"runs", "scenarios", "variants", "judges", "invocations", "verdicts"};
    return kNames[int(table)];
}

ContinuingIds::ContinuingIds(const std::array<qint64, kIdTableCount> &next)
{
    for (int t = 0; t < kIdTableCount; ++t)
        m_next[size_t(t)] = next[size_t(t)];
}

qint64 ContinuingIds::allocate(IdTable table, qint64 count)
{
    return m_next[size_t(table)].fetch_add(count);
}

} // namespace Quorum
