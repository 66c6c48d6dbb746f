#include "catalogmodel.h"

namespace Quorum {

const MatchRule &CatalogModel::matchRule() const
{
    // Copies of a catalog are read from several threads: two may compile the rule at once, and
    // either result is the same.
    std::shared_ptr<const MatchRule> rule = std::atomic_load(&m_rule);
    if (!rule) {
        auto compiled = match.isObject() ? MatchRule::fromJson(match) : std::nullopt;
        rule = std::make_shared<const MatchRule>(compiled ? *compiled : MatchRule::equals(model));
        std::atomic_store(&m_rule, rule);
    }
    return *rule;
}

const CatalogPrice *CatalogModel::priceOn(const QString &tier, const QDate &day) const
{
    const CatalogPrice *best = nullptr;
    for (const CatalogPrice &p : prices) {
        if (p.tier != tier || (p.effectiveFrom && *p.effectiveFrom > day))
            continue;
        if (!best || (p.effectiveFrom && (!best->effectiveFrom || *p.effectiveFrom >= *best->effectiveFrom)))
            best = &p;
    }
    return best;
}

std::optional<ListPrice> CatalogModel::priceAt(ServiceTier tier) const
{
    const CatalogPrice *p = priceOn(tierName(tier), QDate::currentDate());
    if (!p || !p->rates.input || !p->rates.output)
        return std::nullopt;
    return ListPrice{*p->rates.input / 1000.0, *p->rates.output / 1000.0};
}

QList<CatalogPrice> CatalogModel::history(const QString &tier) const
{
    QList<CatalogPrice> out;
    for (const CatalogPrice &p : prices)
        if (p.tier == tier)
            out.append(p);
    std::stable_sort(out.begin(), out.end(), [](const CatalogPrice &a, const CatalogPrice &b) {
        return a.effectiveFrom.value_or(QDate(1, 1, 1)) < b.effectiveFrom.value_or(QDate(1, 1, 1));
    });
    return out;
}

QStringList CatalogModel::tiers() const
{
    QStringList out;
    for (const CatalogPrice &p : prices)
        if (!out.contains(p.tier))
            out.append(p.tier);
    return out;
}

QString CatalogModel::idForRegion(const QString &region, const QHash<QString, QStringList> &geoRegions) const
{
    for (auto it = bedrockIds.cbegin(); it != bedrockIds.cend(); ++it)
        if (geoRegions.value(it.key()).contains(region))
            return it.value();
    return bedrockIds.isEmpty() ? model : QString();
}

} // namespace Quorum
