#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Quorum {

// Token prices in USD per million tokens. A rate the source does not give is empty: cached
// tokens without their own rate are billed as ordinary input.
struct TokenRates
{
    std::optional<double> input;
    std::optional<double> output;
    std::optional<double> cacheRead;
    std::optional<double> cacheWrite;
};

// What a model's tokens cost: its rates, and where it has one, the long-context break above
// which a request is billed wholly at other rates (docs/CATALOG.md, "Pricing a request").
struct TokenPrice
{
    TokenRates rates;
    std::optional<qint64> longContextAbove;
    TokenRates longContext;
};

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
RequestCost priceRequest(const TokenPrice &price, const TokenUsage &usage);

// Sanity range for a token price in USD per million tokens: a per-token price given as if per
// million (2.5e-6 for 2.5) falls far below it, a per-thousand one given per token far above.
// scripts/catalog/build.mjs applies the same range to the packages it reads.
inline constexpr double kPriceMinPerMtok = 0.001;
inline constexpr double kPriceMaxPerMtok = 1000;
// "" when `value` is a plausible rate, else what is wrong with it.
QString checkRate(double value, const QString &what);

// A price as the catalog and a stored plan write it: input_usd_per_mtok, output_usd_per_mtok,
// cache_read_usd_per_mtok, cache_write_usd_per_mtok (null where unknown) and, where there is
// one, long_context {above_input_tokens, the same four}.
void writeTokenPrice(QJsonObject &out, const TokenPrice &price);
// Reads what writeTokenPrice writes; "" or the first thing wrong with it.
QString readTokenPrice(const QJsonObject &in, TokenPrice &price);

} // namespace Quorum
