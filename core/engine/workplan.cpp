#include "workplan.h"

#include <algorithm>
#include <cmath>

namespace Quorum {

double maxTemperature(Provider provider)
{
    return provider == Provider::Anthropic ? 1.0 : 2.0;
}

QList<double> temperatureVariations(double base, int n, double maximum)
{
    QList<double> out;
    for (int k = -n; k <= n; ++k) {
        double t = std::clamp(base * (1 + 0.25 * k), 0.0, maximum);
        t = std::round(t * 1000) / 1000; // 0.1 + 0.2 style noise must not make duplicates differ
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

WorkPlan::WorkPlan(const RunPlan &plan) : m_plan(plan)
{
    m_temperatureSlots = 2 * std::max(0, plan.settings.temperatureVariations) + 1;
    m_size = qint64(plan.scenarios.size()) * plan.models.size() * m_temperatureSlots
             * std::max(1, plan.settings.invocations) * std::max(1, plan.settings.experiments);
}

QList<double> WorkPlan::temperatures(int scenario, int variant) const
{
    const Scenario &s = m_plan.scenarios.at(scenario);
    const double base = s.temperature.value_or(m_plan.settings.temperature);
    return temperatureVariations(base, m_plan.settings.temperatureVariations, maxTemperature(m_plan.models.at(variant).provider));
}

WorkItem WorkPlan::item(qint64 number) const
{
    // number = ((((experiment·S + scenario)·V + variant)·T + slot)·I + invocation)
    const qint64 invocations = std::max(1, m_plan.settings.invocations);
    const qint64 variants = m_plan.models.size();
    const qint64 scenarios = m_plan.scenarios.size();
    WorkItem w;
    w.number = number;
    qint64 rest = number;
    w.invocation = int(rest % invocations);
    rest /= invocations;
    const int slot = int(rest % m_temperatureSlots);
    rest /= m_temperatureSlots;
    w.variant = int(rest % variants);
    rest /= variants;
    w.scenario = int(rest % scenarios);
    w.experiment = int(rest / scenarios);
    const QList<double> temps = temperatures(w.scenario, w.variant);
    // Clamping can merge temperatures: slots past the distinct ones repeat the last, and are
    // marked by a negative temperature so the engine skips them.
    w.temperature = slot < temps.size() ? temps.at(slot) : -1;
    return w;
}

qint64 WorkPlan::judgeCalls() const
{
    if (m_plan.settings.latencyOnly || m_plan.scenarios.isEmpty())
        return 0;
    // Every scenario has as many work items; those a scorer decides call no judge.
    return m_size / m_plan.scenarios.size() * m_plan.juriedScenarios() * m_plan.judges.size();
}

double WorkPlan::estimatedCostUsd() const
{
    double perPass = 0;
    const int repeats = m_temperatureSlots * std::max(1, m_plan.settings.invocations) * std::max(1, m_plan.settings.experiments);
    for (const Scenario &s : m_plan.scenarios) {
        const double input = double(s.prompt.size()) / 4 + 20;
        const double output = outputTokenCap(s, m_plan.settings); // at most what a call may be billed
        for (const ModelVariant &m : m_plan.models) {
            perPass += (input * m.inputCostPer1k + output * m.outputCostPer1k) / 1000;
            if (m_plan.settings.latencyOnly || !s.scorer.isEmpty())
                continue;
            // Each judge reads prompt, answer and golden answer and writes a short verdict.
            for (const JudgeProfile &j : m_plan.judges)
                perPass += ((input + 2 * output + 300) * j.inputCostPer1k + 250 * j.outputCostPer1k) / 1000;
        }
    }
    return perPass * repeats;
}

double WorkPlan::estimatedSecondsAtTargetRpm() const
{
    if (m_plan.models.isEmpty())
        return 0;
    // Calls are paced per model and region (RunState::variantKey): its tiers share the rate.
    const double perVariant = double(m_size) / double(m_plan.models.size());
    QHash<QString, std::pair<double, double>> keys; // model@region → (calls, the lowest target RPM)
    for (const ModelVariant &m : m_plan.models) {
        auto &[calls, rpm] = keys[m.modelId + u'@' + m.region];
        calls += perVariant;
        if (m.targetRpm && *m.targetRpm > 0)
            rpm = rpm > 0 ? std::min(rpm, double(*m.targetRpm)) : double(*m.targetRpm);
    }
    double slowest = 0;
    for (const auto &[calls, rpm] : std::as_const(keys))
        if (rpm > 0)
            slowest = std::max(slowest, calls / rpm * 60);
    return slowest;
}

double remainingSeconds(qint64 total, qint64 done, double elapsedSeconds, double plannedSeconds)
{
    const qint64 left = std::max<qint64>(0, total - done);
    if (left == 0)
        return 0;
    const double measured = elapsedSeconds > 0 && done > 0 ? double(done) / elapsedSeconds : 0;
    const double planned = plannedSeconds > 0 && total > 0 ? double(total) / plannedSeconds : 0;
    if (planned <= 0)
        return measured > 0 ? double(left) / measured : 0;
    // The measured rate counts for more as more items are done; the first ones finish late
    // (a whole latency before any is done), so the plan's rate leads until a tenth is done.
    const double settled = std::max(10.0, 0.1 * double(total));
    const double weight = double(done) / (double(done) + settled);
    const double rate = weight * measured + (1 - weight) * planned;
    return double(left) / rate;
}

} // namespace Quorum
