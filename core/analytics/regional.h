#pragma once

#include "../storage/runreadout.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

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

// Reads a user's region → IANA zone map: a JSON object such as {"us-east-1": "America/Chicago"}.
// Problems are reported as FILE:LINE; nullopt when there is any error.
class Diagnostics;
std::optional<QHash<QString, QString>> readRegionTimeZones(const QString &path, Diagnostics &diagnostics);

// From the run's hourly rollups; regions without a known zone are reported in UTC.
QList<RegionLocalHour> regionalByLocalHour(const QList<RegionHourRow> &rows, const QHash<QString, QString> &zoneOverrides = {});

} // namespace Quorum
