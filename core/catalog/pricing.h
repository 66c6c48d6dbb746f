#pragma once

#include "catalogmodel.h"

namespace Quorum {

// The tokens of one request as Quorum stores them: input counts every prompt token, cached
// ones included (the providers that report cached tokens apart have them added back).
struct TokenUsage
{
    qint64 input = 0;
    qint64 cacheRead = 0;  // of input: read from the provider's prompt cache
    qint64 cacheWrite = 0; // of input: written to it
    qint64 output = 0;
};

struct RequestCost
{
    double usd = 0;
    bool longContext = false; // billed at the long-context rates
};

// What one request costs at a price, the way providers bill it: once the input (cached tokens
// included) is above the price's long-context threshold, the whole request is billed at the
// long-context rates; cached tokens at their own rates where the price has them, else as input.
RequestCost priceRequest(const CatalogPrice &price, const TokenUsage &usage);

} // namespace Quorum
