#include "regional.h"


#include "../config/jsondocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace Quorum {

QHash<QString, QString> defaultRegionTimeZones()
{
    return {
        {u"us-east-1"_qs, u"America/New_York"_qs},     {u"us-east-2"_qs, u"America/New_York"_qs},
        {u"us-west-1"_qs, u"America/Los_Angeles"_qs},  {u"us-west-2"_qs, u"America/Los_Angeles"_qs},
        {u"ca-central-1"_qs, u"America/Toronto"_qs},   {u"sa-east-1"_qs, u"America/Sao_Paulo"_qs},
        {u"eu-west-1"_qs, u"Europe/Dublin"_qs},        {u"eu-west-2"_qs, u"Europe/London"_qs},
        {u"eu-west-3"_qs, u"Europe/Paris"_qs},         {u"eu-central-1"_qs, u"Europe/Berlin"_qs},
        {u"eu-central-2"_qs, u"Europe/Zurich"_qs},     {u"eu-north-1"_qs, u"Europe/Stockholm"_qs},
        {u"eu-south-1"_qs, u"Europe/Rome"_qs},         {u"eu-south-2"_qs, u"Europe/Madrid"_qs},
        {u"ap-northeast-1"_qs, u"Asia/Tokyo"_qs},      {u"ap-northeast-2"_qs, u"Asia/Seoul"_qs},
        {u"ap-northeast-3"_qs, u"Asia/Tokyo"_qs},      {u"ap-southeast-1"_qs, u"Asia/Singapore"_qs},
        {u"ap-southeast-2"_qs, u"Australia/Sydney"_qs}, {u"ap-south-1"_qs, u"Asia/Kolkata"_qs},
        {u"ap-south-2"_qs, u"Asia/Kolkata"_qs},        {u"me-central-1"_qs, u"Asia/Dubai"_qs},
        {u"af-south-1"_qs, u"Africa/Johannesburg"_qs}, {u"us-gov-west-1"_qs, u"America/Los_Angeles"_qs},
        {u"us-gov-east-1"_qs, u"America/New_York"_qs},
    };
}

std::optional<QHash<QString, QString>> readRegionTimeZones(const QString &path, Diagnostics &diagnostics)
{
    const TextSource source = TextSource::fromFile(path, diagnostics);
    if (!source.isUsable())
        return std::nullopt;
    const std::optional<JsonInput> json = readJsonObject(source, diagnostics);
    if (!json)
        return std::nullopt;
    QHash<QString, QString> zones;
    bool ok = true;
    for (auto it = json->root.constBegin(); it != json->root.constEnd(); ++it) {
        const int line = json->locator.lineOf(jsonPath(QString(), it.key()));
        const QString zone = it.value().toString();
        if (!it.value().isString()) {
            diagnostics.error(path, line, QCoreApplication::translate("Regional", "the time zone of region \"%1\" must be a string "
                                                                      "such as \"America/New_York\"").arg(it.key()));
            ok = false;
        } else if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
            diagnostics.error(path, line, QCoreApplication::translate("Regional", "unknown time zone \"%1\" for region \"%2\" "
                                                                      "(use an IANA name such as \"Europe/Paris\")").arg(zone, it.key()));
            ok = false;
        } else {
            zones.insert(it.key(), zone);
        }
    }
    return ok ? std::optional(zones) : std::nullopt;
}

QList<RegionLocalHour> regionalByLocalHour(const QList<RegionHourRow> &rows, const QHash<QString, QString> &zoneOverrides)
{
    QHash<QString, QString> zones = defaultRegionTimeZones();
    for (auto it = zoneOverrides.cbegin(); it != zoneOverrides.cend(); ++it)
        zones.insert(it.key(), it.value());

    struct Sums { qint64 calls = 0; double ttftSum = 0; qint64 ttftCount = 0; double ttlbSum = 0; double ttlbMax = 0; };
    QMap<std::pair<QString, int>, Sums> buckets;
    QHash<QString, QString> usedZone;
    for (const RegionHourRow &r : rows) {
        QTimeZone zone(zones.value(r.region).toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        usedZone.insert(r.region, QString::fromUtf8(zone.id()));
        // The local hour at the start of that UTC hour (daylight saving included).
        const int hour = QDateTime::fromSecsSinceEpoch(r.hourUtc * 3600, zone).time().hour();
        Sums &s = buckets[{r.region, hour}];
        s.calls += r.calls;
        s.ttftSum += r.ttftSum;
        s.ttftCount += r.ttftCount;
        s.ttlbSum += r.ttlbSum;
        s.ttlbMax = std::max(s.ttlbMax, r.ttlbMax);
    }
    QList<RegionLocalHour> out;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const Sums &s = it.value();
        out.append({it.key().first, usedZone.value(it.key().first), it.key().second, s.calls,
                    s.ttftCount ? s.ttftSum / double(s.ttftCount) : 0, s.calls ? s.ttlbSum / double(s.calls) : 0, s.ttlbMax});
    }
    return out;
}

} // namespace Quorum
