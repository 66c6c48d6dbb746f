#pragma once

#include "analytics/statistics.h"
#include "domain/records.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// How every figure reads, in one place for the screens, quorum-cli's text and the reports
// (METRICS.md says what the figures mean; this says how they look). "—" is a figure that is
// not known (nothing judged, no stream to time).
namespace Quorum::Figures {

QString unknown();
// A run's status as people read it ("completed", "abgeschlossen"); the store's name stays runStatusName().
QString runStatus(RunStatus status);
// 0.906 → "90.6%"
QString percent(double share, const QLocale &locale, int decimals = 1);
// "90.6% (82.3–98.4)": a rate and its 95 % interval, or the rate alone without one.
QString percentWithInterval(double share, const std::optional<Stats::Interval> &interval, const QLocale &locale);
// A jury score on the 1–5 scale: "3.98".
QString score(const std::optional<double> &value, const QLocale &locale);
// Milliseconds, whole: "719"; a pair of percentiles: "719 / 1282".
QString milliseconds(const std::optional<double> &value, const QLocale &locale);
QString millisecondsPair(const std::optional<double> &p50, const std::optional<double> &p90, const QLocale &locale);
// Tokens a second, whole.
QString tokensPerSecond(const std::optional<double> &value, const QLocale &locale);
// US dollars: "$0.00012" (answers cost fractions of a cent).
QString usd(double value, const QLocale &locale, int decimals = 5);
// A round amount on a chart's axis, as few digits as it has: "$0.000001", "$0.01", "$10".
QString usdTick(double value, const QLocale &locale);
// A count with its share: "8 (11.1%)".
QString countWithShare(qint64 count, double share, const QLocale &locale);
// A rating, whole: "1165".
QString rating(const std::optional<double> &value, const QLocale &locale);
// A composite score: "0.842".
QString composite(double value, const QLocale &locale);
// A 95 % interval of a rate alone: "82.3–98.4%".
QString percentInterval(const std::optional<Stats::Interval> &interval, const QLocale &locale);
// A 95 % interval of a rating: "1120–1210".
QString ratingInterval(const std::optional<Stats::Interval> &interval, const QLocale &locale);
// Any other measured number, with `decimals` places: "0.83", "12.5".
QString decimal(const std::optional<double> &value, const QLocale &locale, int decimals);
// A difference with its sign, rounded first so that nothing reads "-0.00": "+0.08", "-0.09", "0.00".
QString signedDecimal(double value, const QLocale &locale, int decimals);
// A p-value: three significant places, "< 0.0001" below that: "0.125", "0.0129", "< 0.0001".
QString pValue(double p, const QLocale &locale);
// A change of a rate in percentage points, signed: "-27.0 points".
QString points(double difference, const QLocale &locale);
// A whole count: "12,400" where the locale groups digits ("12400" in quorum-cli's C locale).
QString count(qint64 value, const QLocale &locale);
// The jury's six dimensions, in their stored order: "correctness" … "following instructions".
QStringList dimensionNames();
// A time span in seconds, rounded up to what people read: "48 s", "3 min 05 s", "2 h 07 min".
QString duration(double seconds, const QLocale &locale);
// Times, one style per purpose: a moment a person reads (a run made, an override saved, a
// baseline pinned), to the minute in local time, "2026-12-07 14:05"; an instant measured on the
// wire, to the millisecond, "2026-12-07 14:05:09.042"; a day (a price read, a price's start),
// "2026-12-07". Unknown (≤ 0, invalid) is "—". Files and JSON for programs keep ISO 8601.
QString moment(qint64 msecsSinceEpoch);
QString instant(qint64 msecsSinceEpoch);
QString day(const QDate &date);
// A scenario as a table shows it: the first words of its prompt (at most about 48 characters, cut
// at a word, "…" where cut), or its key where the prompt is empty; the tooltip names both.
QString scenario(const QString &promptStart, const QString &key);
// A verdict, the jury's, one judge's or a person's: "passed", "failed", or "no verdict" when unset.
QString verdict(const std::optional<bool> &passed);
QString scenarioTooltip(const QString &promptStart, const QString &key);

} // namespace Quorum::Figures
