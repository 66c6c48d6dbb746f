#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace Quorum {

// Parses one JSON object out of a response body or stream event; nullopt when it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &bytes);
// An integer field that may be absent or null.
std::optional<qint64> optionalInt(const QJsonValue &value);

} // namespace Quorum
