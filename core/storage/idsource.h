#pragma once

#include <QString>

#include <array>
#include <atomic>

namespace Quorum {

// The tables whose rows the writer numbers itself, before they are written, so that related rows
// can point at each other within one batch.
enum class IdTable { Runs, Scenarios, Variants, Judges, Invocations, Verdicts, Count };
inline constexpr int kIdTableCount = int(IdTable::Count);
const char *idTableName(IdTable table);

// Where a writer's ids come from. A local SQLite store has one writer at a time (its lock file),
// so its ids simply continue after the largest stored (ContinuingIds). A store shared by several
// writers (the team store) instead reserves blocks of ids from each table's sequence: the same
// interface, so the writer does not know which.
class IdSource
{
public:
    virtual ~IdSource() = default;
    // The first of `count` consecutive ids of `table`, never handed out before. Thread-safe.
    virtual qint64 allocate(IdTable table, qint64 count) = 0;
};

// Ids that continue after given starting points, handed out in memory.
class ContinuingIds final : public IdSource
{
public:
    explicit ContinuingIds(const std::array<qint64, kIdTableCount> &next);
    qint64 allocate(IdTable table, qint64 count) override;

private:
    std::array<std::atomic<qint64>, kIdTableCount> m_next;
};

} // namespace Quorum
