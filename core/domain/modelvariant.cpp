#include "modelvariant.h"

#include <array>
#include <utility>

namespace Quorum {

namespace {
constexpr std::array<std::pair<Provider, const char *>, 7> kPrefixes{{
    {Provider::Bedrock, "bedrock"},
    {Provider::OpenAI, "openai"},
    {Provider::Anthropic, "anthropic"},
    {Provider::Gemini, "gemini"},
    {Provider::Azure, "azure"},
    {Provider::OpenAICompatible, "openai-compatible"},
    {Provider::Simulator, "simulator"},
}};
constexpr std::array<std::pair<ServiceTier, const char *>, 4> kTiers{{
    {ServiceTier::Default, "default"},
    {ServiceTier::Priority, "priority"},
    {ServiceTier::Flex, "flex"},
    {ServiceTier::Reserved, "reserved"},
}};
} // namespace

QString providerPrefix(Provider provider)
{
    for (const auto &[p, name] : kPrefixes)
        if (p == provider)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Provider> providerFromPrefix(const QString &prefix)
{
    for (const auto &[p, name] : kPrefixes)
        if (prefix == QLatin1String(name))
            return p;
    return std::nullopt;
}

QString tierName(ServiceTier tier)
{
    for (const auto &[t, name] : kTiers)
        if (t == tier)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ServiceTier> tierFromName(const QString &name)
{
    for (const auto &[t, n] : kTiers)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString ModelVariant::label() const
{
    QString text = displayName.isEmpty() ? model : displayName;
    if (!region.isEmpty())
        text += u'@' + region;
    if (tier != ServiceTier::Default)
        text += u'#' + tierName(tier);
    return text;
}

QString ModelVariant::key() const
{
    return modelId + u'|' + region + u'|' + tierName(tier);
}

} // namespace Quorum
