#include "progresstext.h"

#include "figures.h"

#include <QCoreApplication>

namespace Quorum::ProgressText {

QString timeLeft(double etaSeconds, const QLocale &locale)
{
    return etaSeconds > 0 ? Figures::duration(etaSeconds, locale) : Figures::unknown();
}

QString figures(const ProgressSnapshot &s, const QLocale &locale)
{
    return QCoreApplication::translate("ProgressText", "%1 in flight · %2 calls/s · %3 judge calls · %4 spent · %5 left")
        .arg(Figures::count(s.inFlight, locale), Figures::decimal(s.callsPerSecond, locale, 1),
             Figures::count(s.judgeCalls, locale), Figures::usd(s.spendUsd, locale, 4), timeLeft(s.etaSeconds, locale));
}

} // namespace Quorum::ProgressText
