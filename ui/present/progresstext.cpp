#include "progresstext.h"

#include "figures.h"

#include <QCoreApplication>

namespace Quorum::ProgressText {

QString timeLeft(double etaSeconds, const QLocale &locale)
{
    return etaSeconds > 0 ? Figures::duration(etaSeconds, locale) : Figures::unknown();
}

QString accessProblem(const AccessProblem &p)
{
    return QCoreApplication::translate("ProgressText", "%1 %2: %3 (%4)")
        .arg(p.isJudge ? QCoreApplication::translate("ProgressText", "Judge") : QCoreApplication::translate("ProgressText", "Model"),
             p.label, p.message, errorClassName(p.errorClass));
}

QString costEstimate(const RunPlan &plan, const WorkPlan &work, const QLocale &locale, const QString &figure)
{
    bool somethingUnpriced = false;
    for (const ModelVariant &m : plan.models + plan.judges)
        somethingUnpriced |= m.inputCostPer1k == 0 && m.outputCostPer1k == 0;
    const double costUsd = work.estimatedCostUsd();
    return QCoreApplication::translate("ProgressText", "at most %1, if every answer is as long as its output-token cap%2")
        .arg(figure.arg(Figures::usd(costUsd, locale, 2)),
             somethingUnpriced ? QCoreApplication::translate("ProgressText", " (some models have no price)") : QString());
}

QString durationEstimate(const RunPlan &plan, const WorkPlan &work, const QLocale &locale, const QString &figure)
{
    bool everyModelHasRpm = !plan.models.isEmpty();
    for (const ModelVariant &m : plan.models)
        everyModelHasRpm &= m.targetRpm.has_value();
    const double seconds = work.estimatedSecondsAtTargetRpm();
    const int parallel = plan.settings.parallel;
    if (seconds <= 0)
        return QCoreApplication::translate("ProgressText",
                                           "duration unknown: no model has a target RPM (the providers' speed decides, %1 calls at a "
                                           "time per model)")
            .arg(parallel);
    return QCoreApplication::translate("ProgressText", "at least %1 at the target rates%2")
        .arg(figure.arg(Figures::duration(seconds, locale)),
             everyModelHasRpm ? QString() : QCoreApplication::translate("ProgressText", " (models without a target RPM not counted)"));
}

QString figures(const ProgressSnapshot &s, const QLocale &locale)
{
    // Every item stored and nothing in flight: no time is left to say.
    if (s.total > 0 && s.done >= s.total && s.inFlight == 0)
        return QCoreApplication::translate("ProgressText", "%1 calls/s · %2 judge calls · %3 spent · all %4 done")
            .arg(Figures::decimal(s.callsPerSecond, locale, 1), Figures::count(s.judgeCalls, locale), Figures::usd(s.spendUsd, locale, 4),
                 Figures::count(s.total, locale));
    return QCoreApplication::translate("ProgressText", "%1 in flight · %2 calls/s · %3 judge calls · %4 spent · %5 left")
        .arg(Figures::count(s.inFlight, locale), Figures::decimal(s.callsPerSecond, locale, 1),
             Figures::count(s.judgeCalls, locale), Figures::usd(s.spendUsd, locale, 4), timeLeft(s.etaSeconds, locale));
}

} // namespace Quorum::ProgressText
