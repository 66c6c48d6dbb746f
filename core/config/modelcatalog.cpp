#include "modelcatalog.h"

#include "inputrecord.h"
#include "jsondocument.h"
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ModelCatalog", text); }

std::optional<ListPrice> readPair(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble() || pair.at(0).toDouble() < 0 || pair.at(1).toDouble() < 0)
        return std::nullopt;
    return ListPrice{pair.at(0).toDouble(), pair.at(1).toDouble()};
}
} // namespace

std::optional<ListPrice> CatalogModel::priceAt(ServiceTier tier) const
{
    if (tier == ServiceTier::Default)
        return price;
    if (const auto it = tierPrices.constFind(tier); it != tierPrices.cend())
        return *it;
    return std::nullopt;
}

std::optional<ModelCatalog> ModelCatalog::parse(const TextSource &source, Diagnostics &diagnostics)
{
    Diagnostics found;
    const auto input = readJsonObject(source, found);
    if (!input) {
        diagnostics.append(found);
        return std::nullopt;
    }
    const QString file = source.fileName();
    ModelCatalog catalog;
    const QJsonObject regions = input->root.value(u"regions").toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const auto provider = providerFromPrefix(it.key());
        if (!provider) {
            found.error(file, input->locator.lineOf(jsonPath(u"regions"_qs, it.key())), tr("unknown provider \"%1\"").arg(it.key()));
            continue;
        }
        for (const QJsonValue &r : it.value().toArray())
            catalog.m_regions[*provider].append(r.toString());
    }
    const QList<InputRecord> records = recordsFromArray(file, input->root.value(u"models").toArray(), u"models"_qs, input->locator, found);
    for (const InputRecord &record : records) {
        RecordReader r(record, found);
        r.warnUnknown({u"provider"_qs, u"model"_qs, u"display_name"_qs, u"context_window"_qs, u"input_per_1k"_qs,
                       u"output_per_1k"_qs, u"tiers"_qs, u"prices_read"_qs, u"source"_qs});
        CatalogModel m;
        const QString providerName = r.text(u"provider"_qs, RecordReader::Need::Required).value_or(QString());
        if (const auto p = providerFromPrefix(providerName))
            m.provider = *p;
        else if (!providerName.isEmpty())
            r.error(u"provider"_qs, tr("unknown provider \"%1\"").arg(providerName));
        m.model = r.text(u"model"_qs, RecordReader::Need::Required).value_or(QString());
        m.displayName = r.text(u"display_name"_qs).value_or(m.model);
        m.contextWindow = r.integer(u"context_window"_qs).value_or(0);
        const auto in = r.number(u"input_per_1k"_qs);
        const auto out = r.number(u"output_per_1k"_qs);
        if (in.has_value() != out.has_value())
            r.error(u"input_per_1k"_qs, tr("give both prices or neither"));
        else if (in && (*in < 0 || *out < 0))
            r.error(u"input_per_1k"_qs, tr("a price must not be negative"));
        else if (in)
            m.price = ListPrice{*in, *out};
        const QJsonObject tiers = record.fields.value(u"tiers").toObject();
        for (auto t = tiers.begin(); t != tiers.end(); ++t) {
            const auto tier = tierFromName(t.key());
            const auto pair = readPair(t.value());
            if (!tier || *tier == ServiceTier::Default || !pair)
                r.error(u"tiers"_qs, tr("\"tiers\" maps priority, flex or reserved to [input, output] prices, not \"%1\"").arg(t.key()));
            else
                m.tierPrices.insert(*tier, *pair);
        }
        m.pricesRead = r.text(u"prices_read"_qs, RecordReader::Need::Optional, true).value_or(QString());
        if (m.price && m.pricesRead.isEmpty())
            r.error(u"prices_read"_qs, tr("a price needs the date its page was read"));
        m.source = r.text(u"source"_qs, RecordReader::Need::Optional, true).value_or(QString());
        if (!r.failed())
            catalog.m_models.append(std::move(m));
    }
    diagnostics.append(found);
    if (found.hasErrors())
        return std::nullopt;
    return catalog;
}

const ModelCatalog &ModelCatalog::builtIn()
{
    static const ModelCatalog catalog = [] {
        Diagnostics ignored; // tst_setup checks the built-in file parses cleanly
        QFile file(u":/quorum/models/catalog.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return ModelCatalog();
        return parse(TextSource::fromBytes(u"catalog.json"_qs, file.readAll(), ignored), ignored).value_or(ModelCatalog());
    }();
    return catalog;
}

QList<CatalogModel> ModelCatalog::models(Provider provider) const
{
    QList<CatalogModel> out;
    for (const CatalogModel &m : m_models)
        if (m.provider == provider)
            out.append(m);
    return out;
}

const CatalogModel *ModelCatalog::find(Provider provider, const QString &model) const
{
    for (const CatalogModel &m : m_models)
        if (m.provider == provider && m.model == model)
            return &m;
    return nullptr;
}

} // namespace Quorum
