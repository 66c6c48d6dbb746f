#include "tokenprice.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Quorum {

RequestCost priceRequest(const TokenPrice &price, const TokenUsage &usage)
{
    RequestCost cost;
    cost.longContext = price.longContextAbove && usage.input > *price.longContextAbove;
    const TokenRates &r = cost.longContext ? price.longContext : price.rates;
    const double input = r.input.value_or(0);
    const qint64 cached = usage.cacheRead + usage.cacheWrite;
    const qint64 uncached = std::max<qint64>(0, usage.input - cached);
    cost.usd = (double(uncached) * input + double(usage.cacheRead) * r.cacheRead.value_or(input)
                + double(usage.cacheWrite) * r.cacheWrite.value_or(input) + double(usage.output) * r.output.value_or(0))
        / 1e6;
    return cost;
}

namespace {
QString tr(const char *text) { return QCoreApplication::translate("TokenPrice", text); }

const char16_t *const kRateKeys[] = {u"input_usd_per_mtok", u"output_usd_per_mtok", u"cache_read_usd_per_mtok", u"cache_write_usd_per_mtok"};

std::optional<double> &rate(TokenRates &r, int i)
{
    switch (i) {
    case 0: return r.input;
    case 1: return r.output;
    case 2: return r.cacheRead;
    default: return r.cacheWrite;
    }
}

void writeRates(QJsonObject &out, const TokenRates &r)
{
    for (int i = 0; i < 4; ++i) {
        const std::optional<double> v = rate(const_cast<TokenRates &>(r), i);
        out.insert(QString::fromUtf16(kRateKeys[i]), v ? QJsonValue(*v) : QJsonValue());
    }
}

QString readRates(const QJsonObject &in, TokenRates &r)
{
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = in.value(QStringView(kRateKeys[i]));
        if (v.isUndefined() || v.isNull())
            continue;
        const QString key = QString::fromUtf16(kRateKeys[i]);
        if (!v.isDouble())
            return tr("%1 is not a number").arg(key);
        if (const QString bad = checkRate(v.toDouble(), key); !bad.isEmpty())
            return bad;
        rate(r, i) = v.toDouble();
    }
    return {};
}
} // namespace

QString checkRate(double value, const QString &what)
{
    if (!std::isfinite(value) || value < 0)
        return tr("%1 must not be negative").arg(what);
    if (value != 0 && (value < kPriceMinPerMtok || value > kPriceMaxPerMtok))
        return tr("%1 = %2 USD per million tokens is outside %3–%4: a price per token or per thousand tokens given as per million?")
            .arg(what)
            .arg(value)
            .arg(kPriceMinPerMtok)
            .arg(kPriceMaxPerMtok);
    return {};
}

void writeTokenPrice(QJsonObject &out, const TokenPrice &price)
{
    writeRates(out, price.rates);
    if (price.longContextAbove) {
        QJsonObject lc{{u"above_input_tokens"_qs, double(*price.longContextAbove)}};
        writeRates(lc, price.longContext);
        out.insert(u"long_context"_qs, lc);
    }
}

QString readTokenPrice(const QJsonObject &in, TokenPrice &price)
{
    if (QString bad = readRates(in, price.rates); !bad.isEmpty())
        return bad;
    const QJsonValue lc = in.value(u"long_context");
    if (lc.isObject()) {
        const QJsonObject l = lc.toObject();
        const double above = l.value(u"above_input_tokens").toDouble(-1);
        if (above <= 0 || above != double(qint64(above)))
            return tr("long_context needs above_input_tokens, a token count");
        price.longContextAbove = qint64(above);
        return readRates(l, price.longContext);
    }
    return {};
}

} // namespace Quorum
