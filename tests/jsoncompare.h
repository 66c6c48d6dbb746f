#pragma once

// Comparing figures computed twice (from rollups and from rows, or in two stores): equal but for
// the last bits of floating-point sums, which SQLite and PostgreSQL add up in their own order.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Quorum::TestSupport {

inline bool close(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

inline bool close(const std::optional<double> &a, const std::optional<double> &b, double relative = 1e-9)
{
    return a.has_value() == b.has_value() && (!a || close(*a, *b, relative));
}

// Two JSON documents equal but for the last bits of floating-point sums.
inline bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where, const QString &path = {})
{
    if (a.isDouble() && b.isDouble()) {
        if (!close(a.toDouble(), b.toDouble()))
            *where = path;
        return where->isEmpty();
    }
    if (a.type() != b.type()) {
        *where = path;
        return false;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            *where = path + u"[size]"_qs;
        for (qsizetype i = 0; i < x.size() && where->isEmpty(); ++i)
            sameJson(x.at(i), y.at(i), where, path + u'[' + QString::number(i) + u']');
        return where->isEmpty();
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            *where = path + u"{keys}"_qs;
        for (auto it = x.constBegin(); it != x.constEnd() && where->isEmpty(); ++it)
            sameJson(it.value(), y.value(it.key()), where, path + u'.' + it.key());
        return where->isEmpty();
    }
    if (a != b)
        *where = path;
    return where->isEmpty();
}

} // namespace Quorum::TestSupport
