#pragma once

#include "../domain/modelvariant.h"
#include "../domain/tokenprice.h"
#include "matchrule.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace Quorum {

// A price per 1,000 input and output tokens: what a model variant is configured with.
struct ListPrice
{
    double inputPer1k = 0;
    double outputPer1k = 0;
};

// One dated price of one model at one service tier, with where it came from (its rates and
// long-context break are a TokenPrice, domain/tokenprice.h).
struct CatalogPrice : TokenPrice
{
    QString tier = u"default"_qs;      // default, priority, flex, batch, reserved
    std::optional<QDate> effectiveFrom; // empty: the source gives no date (in force before any dated one)
    QDate readOn;                       // the day the source was read (a package: its version's publish date)
    QString source;

    // Days between readOn and today; a price read longer ago than the stale setting is flagged.
    qint64 ageInDays(const QDate &today) const { return readOn.isValid() ? readOn.daysTo(today) : -1; }
};

// A score published for a model elsewhere (a benchmark, an arena), never measured by Quorum.
struct PublishedScore
{
    QString name;    // "MMLU-Pro", "GPQA Diamond", "Artificial Analysis Intelligence Index"
    double value = 0;
    QString metric; // "accuracy %", "index", "elo"
    QString source; // "Artificial Analysis", "Hugging Face"
    QString date;   // YYYY-MM-DD the source gave or was read on
};

// Where each field of a model came from: field → source. A handful of entries per model, kept
// in a list (a QHash's first block of storage alone is 2.3 KB, times 2,000 models).
class FieldSources
{
public:
    using Entry = std::pair<QString, QString>;
    QString value(const QString &field) const
    {
        for (const Entry &e : m_entries)
            if (e.first == field)
                return e.second;
        return {};
    }
    void insert(const QString &field, const QString &source)
    {
        for (Entry &e : m_entries)
            if (e.first == field) {
                e.second = source;
                return;
            }
        m_entries.append({field, source});
    }
    void reserve(qsizetype n) { m_entries.reserve(n); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    QList<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    QList<Entry>::const_iterator end() const { return m_entries.cend(); }

private:
    QList<Entry> m_entries;
};

// One model of one provider or service, as the catalog knows it (docs/CATALOG.md).
struct CatalogModel
{
    QString provider;                   // the service billing it: "openai", "bedrock", "groq", "openrouter", …
    QString model;                      // the id its API takes
    std::optional<Provider> api;        // how Quorum calls it; empty = browse only (no client for that service)
    QString baseUrl;                    // for OpenAI-compatible services
    QString displayName;
    QString family;
    QString releaseDate;                // YYYY-MM or YYYY-MM-DD; empty = not known
    QString knowledge;
    qint64 contextWindow = 0;           // tokens; 0 = not known
    qint64 maxOutput = 0;
    QStringList inputModalities;
    QStringList outputModalities;
    std::optional<bool> reasoning;
    std::optional<bool> openWeights;
    QString parameters;                 // "355B total / 32B active"
    QString architecture;               // "Mixture-of-Experts (MoE)"
    QStringList regions;
    QHash<QString, QString> bedrockIds; // geo prefix ("us", "eu", "apac") → the inference profile id
    QJsonValue match;                   // the rule for the ids it prices, as written (null: its id alone)
    QList<CatalogPrice> prices;
    QList<PublishedScore> scores;
    bool deprecated = false;
    FieldSources sources;               // field → where its value came from

    QString key() const { return provider + u'/' + model; }
    // The match rule, compiled when first asked (a catalog of 2,000 rarely needs most of them).
    const MatchRule &matchRule() const;
    // The price of a tier in force on a day: the newest whose effective_from is not after it.
    const CatalogPrice *priceOn(const QString &tier, const QDate &day) const;
    // Today's default-tier price (or a tier's), per 1,000 tokens, for the model form.
    std::optional<ListPrice> priceAt(ServiceTier tier) const;
    // Every price of a tier, oldest first: the model's price history.
    QList<CatalogPrice> history(const QString &tier) const;
    // The tiers it has prices for, in the order its prices name them.
    QStringList tiers() const;
    // The inference profile id of a Bedrock model in a region, where the catalog knows its geo.
    QString idForRegion(const QString &region, const QHash<QString, QStringList> &geoRegions) const;

private:
    mutable std::shared_ptr<const MatchRule> m_rule;
};

} // namespace Quorum
