#pragma once

#include "../domain/records.h"
#include "runreadout.h" // HistogramBins

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace Quorum {

// The rollup tables every store keeps beside the rows (the analytics read them, not the rows):
// their key columns, then value columns that add up (or, for `maxColumn`, keep the largest).
// A backend writes them from this description (one upsert per touched key).
enum class RollupTable { ScenarioSums, TemperatureSums, ExperimentSums, HourSums, Histogram, JudgeSums, Agreement,
                         FleissSums, Count };
inline constexpr int kRollupTableCount = int(RollupTable::Count);
struct RollupTableSpec
{
    const char *name;
    std::vector<const char *> keys;
    std::vector<const char *> values;
    const char *maxColumn = nullptr;
};
const RollupTableSpec &rollupTableSpec(RollupTable table);

// Sums what the writer's batches add to the rollup tables, in memory; the backend applies
// them inside a batch's transaction. The writer may
// keep sums of several batches before applying them: the invocations they cover are listed
// in rollup_pending in their own batches' transactions, so none is lost if the process dies.
// The same sums rebuild the rollups of an existing store (Schema, version 3).
//
// The jury's agreement figures are per answer: the verdicts of one invocation must reach
// the accumulator together, right after the invocation or after beginAnswer().
class RollupAccumulator final
{
public:
    // The jury columns of an invocation as stored before an outcome replaces them.
    struct StoredJury
    {
        qint64 runId = 0;
        qint64 variantId = 0;
        qint64 scenarioId = 0;
        int experiment = 0;
        double temperature = 0;
        std::optional<bool> passed;
        double score = 0;
        bool disputed = false;
        double judgeCostUsd = 0;
    };

    void addInvocation(const InvocationRecord &invocation);
    // Verdicts of an answer whose invocation is not in this batch.
    void beginAnswer(qint64 runId, qint64 invocationId, qint64 variantId);
    void addVerdict(const VerdictRecord &verdict);
    qint64 currentAnswer() const { return m_answer.invocationId; }
    void replaceJury(const StoredJury &before, const JuryOutcome &after);
    // Takes away what a failed invocation added (a failure adds counts, cost and tokens only:
    // no latency, no histogram, no verdicts).
    void removeFailedInvocation(const InvocationRecord &invocation);

    // A row's key columns, unused ones 0.
    struct Key
    {
        qint64 a = 0, b = 0, c = 0, d = 0;
        qint64 operator[](size_t i) const { return i == 0 ? a : i == 1 ? b : i == 2 ? c : d; }
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.a, k.b, k.c, k.d); }
    };

    // Hands every summed row to `row` (a table, its key, its values in the table's column order)
    // and, when all were taken, clears the sums. "" on success, else the first complaint of `row`.
    using RowSink = std::function<QString(RollupTable table, const Key &key, const double *values)>;
    QString drain(const RowSink &row);
    bool empty() const;

private:
    // The columns of the per-scenario, per-temperature and per-experiment rollups.
    enum Column { Invocations, Errors, Scored, Passed, Disputed, ScoreSum, TtftSum, TtftN, TtlbSum, TtlbN, Cost,
                  JudgeCost, InputTokens, OutputTokens, ColumnCount };
    using Sums = std::array<double, ColumnCount>;
    struct Answer
    {
        qint64 runId = 0, invocationId = 0, variantId = 0;
        // The valid verdicts of LLM judges: what the judge and agreement sums take of each.
        struct Verdict
        {
            qint64 judgeId = 0;
            double weighted = 0;
            bool passed = false;
            std::array<int, 6> scores = {};
        };
        std::vector<Verdict> verdicts;
    };
    void jury(const Key &scenario, const Key &temperature, const Key &experiment, const std::optional<bool> &passed,
              double score, int disputed, double judgeCost, int sign);
    void closeAnswer();
    void addJury(Sums &s, const std::optional<bool> &passed, double score, int disputed, double judgeCost, int sign);
    void juryHistogram(const Key &scenario, const std::optional<bool> &passed, double score, int sign);
    // The per-scenario, per-temperature and per-experiment sums an invocation adds to.
    std::array<std::pair<QHash<Key, Sums> *, Key>, 3> tables(const Key &scenario, const Key &temperature, const Key &experiment);

    QHash<Key, Sums> m_scenarios, m_temperatures, m_experiments;
    enum HourColumn { Calls, HourTtftSum, HourTtftN, HourTtlbSum, HourTtlbMax, Retries, ThrottleWait, HourColumnCount };
    QHash<Key, std::array<double, HourColumnCount>> m_hours;
    // One metric's histogram of one variant: consecutive bins from `first`, each (n, sum).
    struct DenseBins
    {
        qint64 first = 0;
        std::vector<std::array<double, 2>> bins;
        std::array<double, 2> nonPositive = {};
        void add(qint64 bin, double value, int sign);
    };
    using Coincidences = std::array<std::array<std::array<double, 6>, 6>, 6>; // [dimension][c][k], scores 1–5
    QHash<Key, DenseBins> m_histogram;                  // (run, variant, metric)
    enum JudgeColumn { Verdicts, JudgeScoreSum, PanelSum, Passes, FirstDimension, JudgeColumnCount = FirstDimension + 6 };
    QHash<Key, std::array<double, JudgeColumnCount>> m_judges;
    QHash<qint64, Coincidences> m_coincidences;         // per run
    enum FleissColumn { Units, AgreementSum, FleissPasses, FleissColumnCount };
    QHash<Key, std::array<double, FleissColumnCount>> m_fleiss;  // (run, raters)
    Answer m_answer;
};

} // namespace Quorum
