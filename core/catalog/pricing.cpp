#include "pricing.h"

namespace Quorum {

RequestCost priceRequest(const CatalogPrice &price, const TokenUsage &usage)
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

} // namespace Quorum
