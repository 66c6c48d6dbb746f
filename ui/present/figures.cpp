#include "figures.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Quorum::Figures {

QString unknown()
{
    return QStringLiteral("—");
}

QString runStatus(RunStatus status)
{
    switch (status) {
    case RunStatus::Planned: return QCoreApplication::translate("Figures", "planned");
    case RunStatus::Running: return QCoreApplication::translate("Figures", "running");
    case RunStatus::Paused: return QCoreApplication::translate("Figures", "paused");
    case RunStatus::Completed: return QCoreApplication::translate("Figures", "completed");
    case RunStatus::Cancelled: return QCoreApplication::translate("Figures", "stopped");
    case RunStatus::Failed: return QCoreApplication::translate("Figures", "failed");
    }
    return runStatusName(status);
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
    // At least two significant digits: a cheap model's cost per answer is not "$0.00000".
    if (value != 0 && std::isfinite(value))
        decimals = std::max(decimals, std::min(int(-std::floor(std::log10(std::abs(value)))) + 1, 10));
    return QStringLiteral("$%1").arg(locale.toString(value, 'f', decimals));
}

QString usdTick(double value, const QLocale &locale)
{
    int decimals = 0;
    while (decimals < 10 && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-9 * std::pow(10.0, decimals))
        ++decimals;
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

QString percentInterval(const std::optional<Stats::Interval> &interval, const QLocale &locale)
{
    if (!interval)
        return unknown();
    return QCoreApplication::translate("Figures", "%1–%2%")
        .arg(locale.toString(interval->low * 100, 'f', 1), locale.toString(interval->high * 100, 'f', 1));
}

QString ratingInterval(const std::optional<Stats::Interval> &interval, const QLocale &locale)
{
    if (!interval)
        return unknown();
    return QStringLiteral("%1–%2").arg(locale.toString(interval->low, 'f', 0), locale.toString(interval->high, 'f', 0));
}

namespace {
// The value as printed with `decimals` places; what rounds to zero is zero, never "-0.00".
double roundedTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded;
}
} // namespace

QString decimal(const std::optional<double> &value, const QLocale &locale, int decimals)
{
    return value ? locale.toString(roundedTo(*value, decimals), 'f', decimals) : unknown();
}

QString signedDecimal(double value, const QLocale &locale, int decimals)
{
    const double rounded = roundedTo(value, decimals);
    return (rounded > 0 ? u"+"_qs : QString()) + locale.toString(rounded, 'f', decimals);
}

QString pValue(double p, const QLocale &locale)
{
    if (p < 0.0001)
        return u"< "_qs + locale.toString(0.0001, 'f', 4);
    if (p >= 0.9995)
        return locale.toString(1.0, 'f', 0);
    return locale.toString(p, 'g', 3);
}

QString points(double difference, const QLocale &locale)
{
    return QCoreApplication::translate("Figures", "%1 points").arg(signedDecimal(difference * 100, locale, 1));
}

QString count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString scenario(const QString &promptStart, const QString &key)
{
    constexpr qsizetype kMost = 48;
    const QString text = promptStart.simplified();
    if (text.isEmpty())
        return key;
    if (text.size() <= kMost)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', kMost);
    if (cut < kMost / 2) // one long word: cut inside it
        cut = kMost;
    QString out = text.left(cut);
    while (!out.isEmpty() && out.back().isPunct())
        out.chop(1);
    return out + u'…';
}

QString moment(qint64 msecsSinceEpoch)
{
    return msecsSinceEpoch <= 0 ? unknown() : QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(u"yyyy-MM-dd HH:mm"_qs);
}

QString instant(qint64 msecsSinceEpoch)
{
    return msecsSinceEpoch <= 0 ? unknown() : QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_qs);
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_qs) : unknown();
}

QString verdict(const std::optional<bool> &passed)
{
    return !passed ? QCoreApplication::translate("Figures", "no verdict")
                   : *passed ? QCoreApplication::translate("Figures", "passed") : QCoreApplication::translate("Figures", "failed");
}

QString scenarioTooltip(const QString &promptStart, const QString &key)
{
    const QString text = promptStart.simplified();
    return text.isEmpty() ? QCoreApplication::translate("Figures", "Scenario %1").arg(key)
                          : QCoreApplication::translate("Figures", "Scenario %1: %2").arg(key, text);
}

QString duration(double seconds, const QLocale &locale)
{
    if (!(seconds >= 0) || !std::isfinite(seconds))
        return unknown();
    const auto total = qint64(std::ceil(seconds));
    auto two = [&](qint64 v) { return locale.toString(v).rightJustified(2, locale.zeroDigit().at(0)); };
    if (total < 60)
        return QCoreApplication::translate("Figures", "%1 s").arg(locale.toString(total));
    if (total < 3600)
        return QCoreApplication::translate("Figures", "%1 min %2 s").arg(locale.toString(total / 60), two(total % 60));
    return QCoreApplication::translate("Figures", "%1 h %2 min").arg(locale.toString(total / 3600), two(total % 3600 / 60));
}

QStringList dimensionNames()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Figures", text); };
    return {tr("correctness"), tr("completeness"), tr("relevance"), tr("format"), tr("coherence"), tr("following instructions")};
}

} // namespace Quorum::Figures
