#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Quorum {

// Latency by region and by hour of the day in that region's own time zone (METRICS.md,
// "Regional"): what an analyst means by "slower in the US afternoon".
struct RegionLocalHour
{
    QString region;
    QString timeZone;       // IANA id used
    int localHour = 0;      // 0 … 23
    qint64 calls = 0;
    double meanTtftMs = 0;
    double meanTtlbMs = 0;
    double maxTtlbMs = 0;
};

// The IANA time zone of each AWS region Quorum knows (editable: pass overrides below).
QHash<QString, QString> defaultRegionTimeZones();

// From the run's hourly rollups; regions without a known zone are reported in UTC.
QList<RegionLocalHour> regionalByLocalHour(const QString &databasePath, qint64 runId,
                                           const QHash<QString, QString> &zoneOverrides = {});

} // namespace Quorum
