#include "catalogjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Quorum::CatalogJson {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ModelCatalog", text); }

const QStringList kTiers = {u"default"_qs, u"priority"_qs, u"flex"_qs, u"batch"_qs, u"reserved"_qs};
// Every field a model entry may have; the overlay copies fields by these names.
const QStringList kFields = {u"api"_qs, u"base_url"_qs, u"name"_qs, u"family"_qs, u"release_date"_qs, u"knowledge"_qs,
                             u"context_window"_qs, u"max_output"_qs, u"modalities"_qs, u"reasoning"_qs, u"open_weights"_qs,
                             u"parameters"_qs, u"architecture"_qs, u"regions"_qs, u"bedrock_ids"_qs, u"match"_qs,
                             u"prices"_qs, u"scores"_qs, u"deprecated"_qs};

QJsonValue optionalBool(std::optional<bool> v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue optionalText(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
QJsonValue optionalCount(qint64 n) { return n > 0 ? QJsonValue(double(n)) : QJsonValue(); }

std::optional<QDate> readDate(const QJsonValue &v, bool &ok)
{
    ok = true;
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    ok = d.isValid();
    return d;
}

std::optional<CatalogPrice> readPrice(const QJsonObject &o, Problem &problem, StringPool &pool)
{
    CatalogPrice p;
    p.tier = o.contains(u"tier") ? pool.text(o.value(u"tier")) : u"default"_qs;
    if (!kTiers.contains(p.tier)) {
        problem = {{}, u"prices"_qs, tr("unknown tier \"%1\" (default, priority, flex, batch or reserved)").arg(p.tier)};
        return std::nullopt;
    }
    bool ok = true;
    p.effectiveFrom = readDate(o.value(u"effective_from"), ok);
    if (!ok) {
        problem = {{}, u"prices"_qs, tr("effective_from is not a date (YYYY-MM-DD)")};
        return std::nullopt;
    }
    const auto readOn = readDate(o.value(u"read_on"), ok);
    if (!ok || !readOn) {
        problem = {{}, u"prices"_qs, tr("a price needs read_on, the day its source was read (YYYY-MM-DD)")};
        return std::nullopt;
    }
    p.readOn = *readOn;
    p.source = pool.text(o.value(u"source"));
    if (p.source.isEmpty()) {
        problem = {{}, u"prices"_qs, tr("a price needs its source")};
        return std::nullopt;
    }
    if (const QString bad = readTokenPrice(o, p); !bad.isEmpty()) {
        problem = {{}, u"prices"_qs, bad};
        return std::nullopt;
    }
    if (!p.rates.input && !p.rates.output) {
        problem = {{}, u"prices"_qs, tr("a price needs input_usd_per_mtok or output_usd_per_mtok")};
        return std::nullopt;
    }
    return p;
}
} // namespace

QString StringPool::text(const QJsonValue &value)
{
    return text(value.toString());
}

QString StringPool::text(const QString &s)
{
    if (s.isEmpty())
        return s;
    const auto it = m_strings.constFind(s);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(s);
    return s;
}

std::optional<CatalogModel> readModel(const QJsonObject &entry, Problem &problem, const QString &forcedSource, StringPool *shared,
                                     bool checkRules)
{
    StringPool local;
    StringPool &pool = shared ? *shared : local;
    CatalogModel m;
    m.provider = pool.text(entry.value(u"provider"));
    m.model = entry.value(u"id").toString();
    problem.key = m.provider.isEmpty() || m.model.isEmpty() ? QString() : m.key();
    if (m.provider.isEmpty() || m.model.isEmpty()) {
        problem = {problem.key, {}, tr("a model needs \"provider\" and \"id\"")};
        return std::nullopt;
    }
    const QString key = m.key();
    const auto fail = [&](const QString &field, const QString &message) {
        problem = {key, field, message};
        return std::nullopt;
    };
    if (const QJsonValue api = entry.value(u"api"); api.isString()) {
        m.api = providerFromPrefix(api.toString());
        if (!m.api)
            return fail(u"api"_qs, tr("unknown API \"%1\"").arg(api.toString()));
    }
    m.baseUrl = entry.value(u"base_url").toString();
    m.displayName = entry.value(u"name").toString(m.model);
    if (m.displayName.isEmpty())
        m.displayName = m.model;
    m.family = pool.text(entry.value(u"family"));
    m.releaseDate = pool.text(entry.value(u"release_date"));
    m.knowledge = pool.text(entry.value(u"knowledge"));
    for (const auto &[field, target] : {std::pair{u"context_window"_qs, &m.contextWindow}, std::pair{u"max_output"_qs, &m.maxOutput}}) {
        const QJsonValue v = entry.value(field);
        if (v.isNull() || v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != qint64(v.toDouble()))
            return fail(field, tr("%1 is not a token count").arg(field));
        *target = qint64(v.toDouble());
    }
    const QJsonObject modalities = entry.value(u"modalities").toObject();
    for (const QJsonValue &v : modalities.value(u"input").toArray())
        m.inputModalities.append(pool.text(v));
    for (const QJsonValue &v : modalities.value(u"output").toArray())
        m.outputModalities.append(pool.text(v));
    if (entry.value(u"reasoning").isBool())
        m.reasoning = entry.value(u"reasoning").toBool();
    if (entry.value(u"open_weights").isBool())
        m.openWeights = entry.value(u"open_weights").toBool();
    m.parameters = entry.value(u"parameters").toString();
    m.architecture = entry.value(u"architecture").toString();
    for (const QJsonValue &v : entry.value(u"regions").toArray())
        m.regions.append(pool.text(v));
    const QJsonObject ids = entry.value(u"bedrock_ids").toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it)
        m.bedrockIds.insert(it.key(), it.value().toString());
    if (const QJsonValue match = entry.value(u"match"); match.isObject()) {
        if (checkRules && !MatchRule::fromJson(match))
            return fail(u"match"_qs, tr("the match rule is malformed"));
        m.match = match;
    } else if (!match.isNull() && !match.isUndefined()) {
        return fail(u"match"_qs, tr("the match rule is malformed"));
    }
    const QJsonValue prices = entry.value(u"prices");
    if (!prices.isUndefined() && !prices.isArray())
        return fail(u"prices"_qs, tr("\"prices\" must be a list"));
    const QJsonArray priceList = prices.toArray();
    m.prices.reserve(priceList.size());
    for (const QJsonValue &v : priceList) {
        auto price = readPrice(v.toObject(), problem, pool);
        if (!price) {
            problem.key = key;
            return std::nullopt;
        }
        m.prices.append(std::move(*price));
    }
    for (const QJsonValue &v : entry.value(u"scores").toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(u"value").isDouble() || s.value(u"name").toString().isEmpty())
            return fail(u"scores"_qs, tr("a score needs a name and a numeric value"));
        m.scores.append({s.value(u"name").toString(), s.value(u"value").toDouble(), s.value(u"metric").toString(),
                         s.value(u"source").toString(), s.value(u"date").toString()});
    }
    m.deprecated = entry.value(u"deprecated").toBool();
    if (!forcedSource.isEmpty()) {
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it)
            if (kFields.contains(it.key()))
                m.sources.insert(pool.text(it.key()), forcedSource);
    } else {
        const QJsonObject sources = entry.value(u"sources").toObject();
        m.sources.reserve(sources.size());
        for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
            m.sources.insert(pool.text(it.key()), pool.text(it.value()));
    }
    return m;
}

QJsonObject writePrice(const CatalogPrice &p)
{
    QJsonObject o{{u"tier"_qs, p.tier},
                  {u"effective_from"_qs, p.effectiveFrom ? QJsonValue(p.effectiveFrom->toString(Qt::ISODate)) : QJsonValue()},
                  {u"read_on"_qs, p.readOn.toString(Qt::ISODate)},
                  {u"source"_qs, p.source}};
    writeTokenPrice(o, p);
    return o;
}

QJsonObject writeModel(const CatalogModel &m)
{
    QJsonArray prices;
    for (const CatalogPrice &p : m.prices)
        prices.append(writePrice(p));
    QJsonArray scores;
    for (const PublishedScore &s : m.scores)
        scores.append(QJsonObject{{u"name"_qs, s.name}, {u"value"_qs, s.value}, {u"metric"_qs, s.metric},
                                  {u"source"_qs, s.source}, {u"date"_qs, s.date}});
    QJsonObject ids;
    for (auto it = m.bedrockIds.cbegin(); it != m.bedrockIds.cend(); ++it)
        ids.insert(it.key(), it.value());
    QJsonObject sources;
    for (const auto &[field, source] : m.sources)
        sources.insert(field, source);
    const bool modal = !m.inputModalities.isEmpty() || !m.outputModalities.isEmpty();
    return {{u"provider"_qs, m.provider},
            {u"id"_qs, m.model},
            {u"api"_qs, m.api ? QJsonValue(providerPrefix(*m.api)) : QJsonValue()},
            {u"base_url"_qs, optionalText(m.baseUrl)},
            {u"name"_qs, m.displayName},
            {u"family"_qs, optionalText(m.family)},
            {u"release_date"_qs, optionalText(m.releaseDate)},
            {u"knowledge"_qs, optionalText(m.knowledge)},
            {u"context_window"_qs, optionalCount(m.contextWindow)},
            {u"max_output"_qs, optionalCount(m.maxOutput)},
            {u"modalities"_qs, modal ? QJsonValue(QJsonObject{{u"input"_qs, QJsonArray::fromStringList(m.inputModalities)},
                                                             {u"output"_qs, QJsonArray::fromStringList(m.outputModalities)}})
                                     : QJsonValue()},
            {u"reasoning"_qs, optionalBool(m.reasoning)},
            {u"open_weights"_qs, optionalBool(m.openWeights)},
            {u"parameters"_qs, optionalText(m.parameters)},
            {u"architecture"_qs, optionalText(m.architecture)},
            {u"regions"_qs, QJsonArray::fromStringList(m.regions)},
            {u"bedrock_ids"_qs, ids.isEmpty() ? QJsonValue() : QJsonValue(ids)},
            {u"match"_qs, m.match.isObject() ? m.match : QJsonValue()},
            {u"prices"_qs, prices},
            {u"scores"_qs, scores},
            {u"deprecated"_qs, m.deprecated},
            {u"sources"_qs, sources}};
}

void overlay(CatalogModel &base, const CatalogModel &top)
{
    QJsonObject merged = writeModel(base);
    const QJsonObject over = writeModel(top);
    QJsonObject sources = merged.value(u"sources").toObject();
    for (const auto &[field, source] : top.sources) {
        if (field == u"prices") {
            // A tier the top gives replaces that tier's history; other tiers stay.
            QSet<QString> tiers;
            for (const CatalogPrice &p : top.prices)
                tiers.insert(p.tier);
            QJsonArray prices;
            for (const CatalogPrice &p : base.prices)
                if (!tiers.contains(p.tier))
                    prices.append(writePrice(p));
            for (const QJsonValue &p : over.value(u"prices").toArray())
                prices.append(p);
            merged.insert(field, prices);
        } else if (field == u"scores") {
            QJsonArray scores;
            for (const PublishedScore &s : base.scores)
                if (std::none_of(top.scores.cbegin(), top.scores.cend(),
                                 [&](const PublishedScore &t) { return t.name == s.name && t.source == s.source; }))
                    scores.append(QJsonObject{{u"name"_qs, s.name}, {u"value"_qs, s.value}, {u"metric"_qs, s.metric},
                                              {u"source"_qs, s.source}, {u"date"_qs, s.date}});
            for (const QJsonValue &s : over.value(u"scores").toArray())
                scores.append(s);
            merged.insert(field, scores);
        } else {
            merged.insert(field, over.value(field));
        }
        sources.insert(field, source);
    }
    merged.insert(u"sources"_qs, sources);
    Problem ignored;
    if (auto model = readModel(merged, ignored))
        base = std::move(*model);
}

} // namespace Quorum::CatalogJson
