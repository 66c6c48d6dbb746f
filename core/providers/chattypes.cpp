#include "chattypes.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace Quorum {

namespace {
constexpr std::array<const char *, 10> kErrorClassNames = {
    "throttled", "server", "timeout", "network", "auth", "invalid_request", "quota", "content_filtered",
    "stream_broken", "unsupported_input"};
}

QString errorClassName(ErrorClass error)
{
    return QString::fromLatin1(kErrorClassNames.at(size_t(error)));
}

std::optional<ErrorClass> errorClassFromName(const QString &name)
{
    for (size_t i = 0; i < kErrorClassNames.size(); ++i)
        if (name == QLatin1String(kErrorClassNames[i]))
            return ErrorClass(i);
    return std::nullopt;
}

bool isRetryable(ErrorClass error)
{
    switch (error) {
    case ErrorClass::Throttled:
    case ErrorClass::Server:
    case ErrorClass::Timeout:
    case ErrorClass::Network:
    case ErrorClass::StreamBroken:
        return true;
    case ErrorClass::Auth:
    case ErrorClass::InvalidRequest:
    case ErrorClass::Quota:
    case ErrorClass::ContentFiltered:
    case ErrorClass::UnsupportedInput:
        return false;
    }
    return false;
}

double CallMetrics::decodeTokensPerSecond() const
{
    if (!ttftMs || ttlbMs <= *ttftMs || outputTokens <= 0)
        return 0;
    return double(outputTokens) / ((ttlbMs - *ttftMs) / 1000.0);
}

double CallMetrics::costUsd(const ModelVariant &variant) const
{
    return priceRequest(variant.price(), {inputTokens, cacheReadTokens, cacheWriteTokens, outputTokens}).usd;
}

std::optional<qint64> retryAfterMs(const QByteArray &retryAfter, const QByteArray &retryAfterMsHeader, const QDateTime &now)
{
    bool ok = false;
    if (!retryAfterMsHeader.isEmpty()) {
        const double ms = retryAfterMsHeader.trimmed().toDouble(&ok);
        if (ok && ms >= 0)
            return qint64(std::ceil(ms));
    }
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return qint64(std::ceil(seconds * 1000));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 estimateTokens(const QString &text)
{
    return text.isEmpty() ? 0 : std::max<qint64>(1, (text.size() + 3) / 4);
}

} // namespace Quorum
