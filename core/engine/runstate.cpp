#include "runstate.h"

#include <QDateTime>

namespace Quorum {

qint64 RunState::take(bool *finished)
{
    QMutexLocker lock(&mutex);
    *finished = true;
    if (cancelled)
        return -1;
    const size_t variants = pending.size();
    for (size_t step = 0; step < variants; ++step) {
        const size_t v = (nextVariant + step) % variants;
        if (pending[v].empty())
            continue;
        *finished = false;
        if (inFlightPerVariant[v] >= perVariantLimit)
            continue;
        const qint64 number = pending[v].front();
        if (experimentWaitMs > 0) {
            const int experiment = int(number / itemsPerExperiment);
            if (experiment > currentExperiment || double(QDateTime::currentMSecsSinceEpoch()) < experimentOpensAtMs)
                continue; // this variant's next item belongs to an experiment not yet open
        }
        pending[v].pop_front();
        ++inFlightPerVariant[v];
        nextVariant = v + 1; // spread starts over the variants
        ++inFlight;
        return number;
    }
    return -1;
}

void RunState::release(qint64 number, int variant, bool itemFailed, double costUsd, const QString &errorClass)
{
    QMutexLocker lock(&mutex);
    const auto experiment = size_t(number / itemsPerExperiment);
    if (experiment < remainingPerExperiment.size() && --remainingPerExperiment[experiment] == 0
        && int(experiment) == currentExperiment) {
        while (size_t(currentExperiment) < remainingPerExperiment.size() && remainingPerExperiment[size_t(currentExperiment)] == 0)
            ++currentExperiment;
        experimentOpensAtMs = double(QDateTime::currentMSecsSinceEpoch()) + experimentWaitMs;
    }
    --inFlightPerVariant[size_t(variant)];
    ++donePerVariant[size_t(variant)];
    ++done;
    --inFlight;
    if (itemFailed) {
        ++failed;
        ++errorsByClass[errorClass];
    }
    spendUsd += costUsd;
    if (budgetUsd > 0 && spendUsd >= budgetUsd)
        cancelled = true; // the budget cap stops the run cleanly
}

void RunState::abandon(int variant)
{
    QMutexLocker lock(&mutex);
    --inFlightPerVariant[size_t(variant)];
    --inFlight;
}

QString RunState::variantKey(int variant) const
{
    const ModelVariant &m = plan.models.at(variant);
    return m.modelId + u'@' + m.region;
}

} // namespace Quorum
