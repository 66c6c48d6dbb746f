#pragma once

#include "../domain/records.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Quorum {

// Sums what one writer batch adds to the rollup tables (see schema.cpp, version 2) and
// applies it with one upsert per touched key, inside the batch's transaction.
class RollupAccumulator final
{
public:
    // The jury columns of an invocation as stored before an outcome replaces them.
    struct StoredJury
    {
        qint64 runId = 0;
        qint64 variantId = 0;
        qint64 scenarioId = 0;
        std::optional<bool> passed;
        double score = 0;
        bool disputed = false;
        double judgeCostUsd = 0;
    };

    void addInvocation(const InvocationRecord &invocation);
    void replaceJury(const StoredJury &before, const JuryOutcome &after);

    // Writes and clears the sums. "" on success, else SQLite's message.
    QString apply(sqlite3 *db);
    // Releases the prepared statements (before the connection closes).
    void finalize();
    ~RollupAccumulator() { finalize(); }

private:
    struct ScenarioKey
    {
        qint64 run, variant, scenario;
        bool operator==(const ScenarioKey &) const = default;
    };
    struct HourKey
    {
        qint64 run, variant, hour;
        bool operator==(const HourKey &) const = default;
    };
    friend size_t qHash(const ScenarioKey &k, size_t seed) { return qHashMulti(seed, k.run, k.variant, k.scenario); }
    friend size_t qHash(const HourKey &k, size_t seed) { return qHashMulti(seed, k.run, k.variant, k.hour); }

    struct ScenarioSums
    {
        qint64 invocations = 0, errors = 0, scored = 0, passed = 0, disputed = 0;
        double scoreSum = 0, ttftSum = 0;
        qint64 ttftN = 0;
        double ttlbSum = 0;
        qint64 ttlbN = 0;
        double cost = 0, judgeCost = 0;
        qint64 inputTokens = 0, outputTokens = 0;
    };
    struct HourSums
    {
        qint64 calls = 0;
        double ttftSum = 0;
        qint64 ttftN = 0;
        double ttlbSum = 0, ttlbMax = 0;
        qint64 retries = 0;
        double throttleMs = 0;
    };

    QHash<ScenarioKey, ScenarioSums> m_scenarios;
    QHash<HourKey, HourSums> m_hours;
    sqlite3_stmt *m_scenarioUpsert = nullptr;
    sqlite3_stmt *m_hourUpsert = nullptr;
};

} // namespace Quorum
