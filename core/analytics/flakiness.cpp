#include "flakiness.h"

#include "runcomparison.h"

#include <QHash>

#include <cmath>

namespace Quorum {

QList<VariantFlakiness> flakiness(const QString &store, qint64 runId, QString *error)
{
    InvocationReader invocations(store);
    RunsReader queries(store);
    QList<VariantFlakiness> out;
    QHash<qint64, QList<InvocationRow>> items; // the run read once, split by variant
    for (InvocationRow &r : variantItems(invocations, runId, -1))
        items[r.variantId].append(std::move(r));
    for (const VariantInfo &v : queries.variantInfo(runId, false)) {
        // One group per scenario × temperature, its verdicts in work-item order.
        QHash<QString, qsizetype> groupOf;
        QList<FlakyScenario> groups;
        std::vector<std::vector<bool>> verdicts;
        for (const InvocationRow &r : items.value(v.id)) {
            if (!r.juryPass)
                continue;
            const QString key = r.scenarioKey + u'\x1f' + QString::number(std::llround(r.temperature * 1000));
            auto it = groupOf.constFind(key);
            if (it == groupOf.constEnd()) {
                it = groupOf.insert(key, groups.size());
                groups.append({r.scenarioKey, r.promptStart, r.taskType, r.temperature, 0, 0});
                verdicts.emplace_back();
            }
            FlakyScenario &g = groups[*it];
            ++g.repeats;
            g.passed += *r.juryPass ? 1 : 0;
            verdicts[size_t(*it)].push_back(*r.juryPass);
        }
        VariantFlakiness f{v, Stats::summarizeRepeats(verdicts), {}};
        for (const FlakyScenario &g : groups)
            if (g.repeats >= 2 && g.passed > 0 && g.passed < g.repeats)
                f.flaky.append(g);
        out.append(f);
    }
    *error = invocations.error().isEmpty() ? queries.error() : invocations.error();
    return out;
}

} // namespace Quorum
