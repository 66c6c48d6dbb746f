#include "figures.h"

#include <QCoreApplication>

namespace Quorum::Figures {

QString unknown()
{
    return QStringLiteral("—");
}

QString percent(double share, const QLocale &locale, int decimals)
{
    return QCoreApplication::translate("Figures", "%1%").arg(locale.toString(share * 100, 'f', decimals));
}

QString percentWithInterval(double share, const std::optional<Stats::Interval> &interval, const QLocale &locale)
{
    if (!interval)
        return percent(share, locale);
    return QCoreApplication::translate("Figures", "%1% (%2–%3)")
        .arg(locale.toString(share * 100, 'f', 1), locale.toString(interval->low * 100, 'f', 1),
             locale.toString(interval->high * 100, 'f', 1));
}

QString score(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 2) : unknown();
}

QString milliseconds(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 0) : unknown();
}

QString millisecondsPair(const std::optional<double> &p50, const std::optional<double> &p90, const QLocale &locale)
{
    if (!p50)
        return unknown();
    return QStringLiteral("%1 / %2").arg(milliseconds(p50, locale), milliseconds(p90, locale));
}

QString tokensPerSecond(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 0) : unknown();
}

QString usd(double value, const QLocale &locale, int decimals)
{
    return QStringLiteral("$%1").arg(locale.toString(value, 'f', decimals));
}

QString countWithShare(qint64 count, double share, const QLocale &locale)
{
    return QCoreApplication::translate("Figures", "%1 (%2%)").arg(locale.toString(count), locale.toString(share * 100, 'f', 1));
}

QString rating(const std::optional<double> &value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 0) : unknown();
}

QString composite(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 3);
}

} // namespace Quorum::Figures
