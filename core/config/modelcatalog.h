#pragma once

#include "../domain/diagnostics.h"
#include "../domain/modelvariant.h"
#include "../domain/textsource.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace Quorum {

// A price per 1,000 input and output tokens, as a vendor publishes it.
struct ListPrice
{
    double inputPer1k = 0;
    double outputPer1k = 0;
};

// One well-known model of one provider: what the setup form suggests and fills in.
struct CatalogModel
{
    Provider provider = Provider::Simulator;
    QString model;                  // without the provider prefix
    QString displayName;
    qint64 contextWindow = 0;       // tokens; 0 = not known
    std::optional<ListPrice> price; // the default tier's; empty = no price could be confirmed
    QHash<ServiceTier, ListPrice> tierPrices; // other tiers the vendor lists a price for
    QString pricesRead;             // the date the price page was read (YYYY-MM-DD)
    QString source;                 // where

    // The list price at a tier: its own where the vendor lists one, the default tier's for the
    // default tier; empty when unknown.
    std::optional<ListPrice> priceAt(ServiceTier tier) const;
};

// The catalog (resources/models/catalog.json): models per provider and the regions worth
// suggesting (AWS's for Bedrock).
class ModelCatalog final
{
public:
    // The catalog compiled into Quorum.
    static const ModelCatalog &builtIn();
    static std::optional<ModelCatalog> parse(const TextSource &source, Diagnostics &diagnostics);

    const QList<CatalogModel> &models() const { return m_models; }
    QList<CatalogModel> models(Provider provider) const;
    const CatalogModel *find(Provider provider, const QString &model) const;
    // Suggested regions for a provider; empty where the provider has no regions to choose.
    QStringList regions(Provider provider) const { return m_regions.value(provider); }

private:
    QList<CatalogModel> m_models;
    QHash<Provider, QStringList> m_regions;
};

} // namespace Quorum
