#include "modelvariant.h"

#include <array>
#include <utility>

namespace Quorum {

namespace {
constexpr std::array<std::pair<Provider, const char *>, 8> kPrefixes{{
    {Provider::Bedrock, "bedrock"},
    {Provider::OpenAI, "openai"},
    {Provider::Anthropic, "anthropic"},
    {Provider::Gemini, "gemini"},
    {Provider::Azure, "azure"},
    {Provider::OpenAICompatible, "openai-compatible"},
    {Provider::Simulator, "simulator"},
    {Provider::External, "external"},
}};
constexpr std::array<std::pair<ServiceTier, const char *>, 4> kTiers{{
    {ServiceTier::Default, "default"},
    {ServiceTier::Priority, "priority"},
    {ServiceTier::Flex, "flex"},
    {ServiceTier::Reserved, "reserved"},
}};
} // namespace

// Name ↔ value lookups over the tables above.
template<typename T, size_t N>
QString nameOf(const std::array<std::pair<T, const char *>, N> &table, T value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename T, size_t N>
std::optional<T> valueOf(const std::array<std::pair<T, const char *>, N> &table, const QString &name, Qt::CaseSensitivity cs)
{
    for (const auto &[v, n] : table)
        if (name.compare(QLatin1String(n), cs) == 0)
            return v;
    return std::nullopt;
}

QString providerPrefix(Provider provider)
{
    return nameOf(kPrefixes, provider);
}

std::optional<Provider> providerFromPrefix(const QString &prefix)
{
    return valueOf(kPrefixes, prefix, Qt::CaseSensitive);
}

QString tierName(ServiceTier tier)
{
    return nameOf(kTiers, tier);
}

std::optional<ServiceTier> tierFromName(const QString &name)
{
    return valueOf(kTiers, name, Qt::CaseInsensitive);
}

QString ModelVariant::label() const
{
    QString text = displayName.isEmpty() ? model : displayName;
    if (!region.isEmpty())
        text += u'@' + region;
    if (tier != ServiceTier::Default)
        text += u'#' + tierName(tier);
    if (optimizedPrompts)
        text += u"_optimized"_qs;
    return text;
}

TokenPrice ModelVariant::price() const
{
    if (listPrice)
        return *listPrice;
    TokenPrice own;
    own.rates.input = inputCostPer1k * 1000;
    own.rates.output = outputCostPer1k * 1000;
    return own;
}

QString ModelVariant::key() const
{
    return modelId + u'|' + region + u'|' + tierName(tier) + (optimizedPrompts ? u"|optimized"_qs : QString());
}

} // namespace Quorum
