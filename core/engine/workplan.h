#pragma once

#include "../domain/runplan.h"

#include <QList>

namespace Quorum {

// One call to make: a scenario for a model variant at a temperature, the i-th invocation of
// the e-th experiment. `number` is its stable identity within the run: the same plan always
// expands to the same numbers, so resume and dedupe are exact.
struct WorkItem
{
    qint64 number = 0;
    int scenario = 0;       // index into RunPlan::scenarios
    int variant = 0;        // index into RunPlan::models
    int experiment = 0;
    int invocation = 0;
    double temperature = 0;
};

// The expansion of a plan: scenarios × variants × temperatures × invocations × experiments.
class WorkPlan final
{
public:
    explicit WorkPlan(const RunPlan &plan);

    qint64 size() const { return m_size; }
    WorkItem item(qint64 number) const;
    // The temperatures a scenario runs at for a variant (METRICS.md: base·(1 + 0.25·k),
    // k = −n … n, within the provider's range, duplicates removed).
    QList<double> temperatures(int scenario, int variant) const;

    qint64 modelCalls() const { return m_size; }
    qint64 judgeCalls() const;
    // Spend if every answer were as long as its output-token cap (outputTokenCap: the scenario's
    // expected_output_tokens, else max_output_tokens) and prompts ~4 characters a token.
    double estimatedCostUsd() const;
    // Hours at the variants' target RPM (the slowest variant decides), in seconds; 0 when no
    // variant has a rate limit.
    double estimatedSecondsAtTargetRpm() const;

private:
    RunPlan m_plan; // a copy: cheap (implicitly shared lists), and no lifetime to watch
    int m_temperatureSlots = 1; // 2n + 1 before clamping; items beyond a scenario's list are skipped
    qint64 m_size = 0;
};

double maxTemperature(Provider provider);
QList<double> temperatureVariations(double base, int n, double maximum);

// Seconds left of a run of `total` items with `done` of them done after `elapsedSeconds`: from
// the plan's estimate at first (`plannedSeconds` for the whole run; 0 = none), converging on the
// measured rate as items are done.
double remainingSeconds(qint64 total, qint64 done, double elapsedSeconds, double plannedSeconds);

} // namespace Quorum
