#include "pricecheck.h"

#include "../providers/chattypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PriceCheck", text); }

const CatalogModel *entryOf(const ModelCatalog &catalog, const ModelVariant &v)
{
    return catalog.find(v.provider, v.model, v.baseUrl);
}

// The variant's rates are the list price when both agree to a hundred-millionth of a dollar per
// 1,000 tokens (what the form writes back from the catalog).
bool sameRates(const ModelVariant &v, const CatalogPrice &p)
{
    const auto same = [](double per1k, std::optional<double> perMillion) {
        return perMillion && std::abs(per1k * 1000 - *perMillion) < 1e-5;
    };
    return same(v.inputCostPer1k, p.rates.input) && same(v.outputCostPer1k, p.rates.output);
}

// Said with the setting's number of days, which is never one: no plural form is needed.
QString staleNote(const ModelVariant &v, const QDate &readOn, int staleAfterDays)
{
    return tr("the list price of %1 was read %2, more than %3 days ago: check it").arg(v.label(), readOn.toString(Qt::ISODate)).arg(staleAfterDays);
}
} // namespace

QStringList attachListPrices(RunPlan &plan, const ModelCatalog &catalog, const QDate &today, int staleAfterDays)
{
    QStringList notes;
    for (QList<ModelVariant> *list : {&plan.models, &plan.judges})
        for (ModelVariant &v : *list) {
            if (!v.listPrice) {
                const CatalogModel *entry = entryOf(catalog, v);
                const CatalogPrice *p = entry ? entry->priceOn(tierName(v.tier), today) : nullptr;
                if (!p || !sameRates(v, *p))
                    continue;
                v.listPrice = static_cast<const TokenPrice &>(*p);
                v.priceReadOn = p->readOn;
                v.priceSource = p->source;
                v.catalogVersion = catalog.version();
            }
            if (v.priceReadOn.isValid() && v.priceReadOn.daysTo(today) > staleAfterDays)
                notes << staleNote(v, v.priceReadOn, staleAfterDays);
        }
    return notes;
}

Diagnostics catalogWarnings(const RunPlan &plan, const ModelCatalog &catalog, const QDate &today, int staleAfterDays)
{
    Diagnostics out;
    const QLocale c = QLocale::c();
    // The scenario that needs the most room: its prompt's estimated tokens and its output cap.
    qint64 longestNeed = 0, longestPrompt = 0;
    int biggestCap = 0;
    QString longestKey;
    for (const Scenario &s : plan.scenarios) {
        const qint64 prompt = estimateTokens(s.prompt);
        const int cap = outputTokenCap(s, plan.settings);
        if (prompt + cap > longestNeed) {
            longestNeed = prompt + cap;
            longestPrompt = prompt;
            longestKey = s.id;
        }
        biggestCap = std::max(biggestCap, cap);
    }
    for (const QList<ModelVariant> *list : {&plan.models, &plan.judges})
        for (const ModelVariant &v : *list) {
            const CatalogModel *entry = entryOf(catalog, v);
            if (!entry)
                continue;
            if (list == &plan.models && entry->contextWindow > 0 && longestNeed > entry->contextWindow)
                out.warning(v.source.file, v.source.line,
                            tr("scenario %1 needs about %2 prompt and %3 output tokens, more than the %4-token context window of %5")
                                .arg(longestKey, c.toString(longestPrompt), c.toString(longestNeed - longestPrompt),
                                     c.toString(entry->contextWindow), entry->displayName),
                            u"model_id"_qs);
            if (list == &plan.models && entry->maxOutput > 0 && biggestCap > entry->maxOutput)
                out.warning(v.source.file, v.source.line,
                            tr("an output cap of %1 tokens is above the %2 tokens %3 can write").arg(c.toString(biggestCap), c.toString(entry->maxOutput),
                                                                                                entry->displayName),
                            u"model_id"_qs);
            const CatalogPrice *p = entry->priceOn(tierName(v.tier), today);
            if (p && sameRates(v, *p) && p->readOn.daysTo(today) > staleAfterDays)
                out.warning(v.source.file, v.source.line, staleNote(v, p->readOn, staleAfterDays), u"input_token_cost"_qs);
        }
    return out;
}

} // namespace Quorum
