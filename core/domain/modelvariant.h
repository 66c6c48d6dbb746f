#pragma once

#include "sourceref.h"
#include "tokenprice.h"

#include <QString>
#include <optional>

namespace Quorum {

// External: a model whose answers were produced elsewhere and read from a file; it is never called.
enum class Provider { Bedrock, OpenAI, Anthropic, Gemini, Azure, OpenAICompatible, Simulator, External };
enum class ServiceTier { Default, Priority, Flex, Reserved };

QString providerPrefix(Provider provider);
std::optional<Provider> providerFromPrefix(const QString &prefix);
QString tierName(ServiceTier tier);
std::optional<ServiceTier> tierFromName(const QString &name);

// A model as the analyst configured it: one provider model at one region and service tier,
// with its prices. Judges are model variants too (see JudgeProfile).
struct ModelVariant
{
    QString modelId;            // as written, with provider prefix: "bedrock/us.amazon.nova-2-lite-v1:0"
    Provider provider = Provider::Simulator;
    QString model;              // without the prefix
    QString region;
    ServiceTier tier = ServiceTier::Default;
    double inputCostPer1k = 0;  // USD per 1,000 input tokens
    double outputCostPer1k = 0;
    // The catalog's price where the variant's rates are its list price: with it come the rates of
    // cached tokens and the long-context break, and where the price is from. Attached when a run
    // is prepared and kept in the run's stored plan, so a stored run is never priced again.
    std::optional<TokenPrice> listPrice;
    QDate priceReadOn;
    QString priceSource;
    QString catalogVersion;
    std::optional<int> targetRpm;
    QString baseUrl;            // overrides the provider endpoint
    QString apiKeyEnv;          // name of the environment variable holding the key
    QString displayName;
    bool optimizedPrompts = false;  // asked the plan's optimized prompts (prompt optimization)
    SourceRef source;

    // "model@region[#tier][_optimized]": what an analyst reads in tables and what keys variants apart.
    QString label() const;
    // Identity of a variant: two with the same key are duplicates.
    QString key() const;
    // The price its calls are billed at: the list price where attached, else its own two rates.
    TokenPrice price() const;
};

// A judge is a model variant that scores answers instead of giving them.
using JudgeProfile = ModelVariant;

} // namespace Quorum
