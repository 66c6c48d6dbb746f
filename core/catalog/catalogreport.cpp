#include "catalogreport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Quorum {

namespace {
const CatalogPrice *todaysPrice(const CatalogModel &m, const QDate &today)
{
    return m.priceOn(u"default"_qs, today);
}

// "MMLU-Pro", "MMLU Pro", "mmlu_pro" name one benchmark.
QString benchmarkKey(const QString &name)
{
    static const QRegularExpression apart(u"[^a-z0-9]+"_qs);
    return name.toLower().remove(apart);
}

std::optional<double> scoreNamed(const CatalogModel &m, const QString &name)
{
    const QString key = benchmarkKey(name);
    for (const PublishedScore &s : m.scores)
        if (benchmarkKey(s.name) == key)
            return s.value;
    return std::nullopt;
}

QString number(std::optional<double> v) { return v ? QString::number(*v, 'g', 10) : QString(); }
} // namespace

CatalogCoverage catalogCoverage(const ModelCatalog &catalog, const QDate &today)
{
    using Test = std::function<bool(const CatalogModel &)>;
    const QList<std::pair<QString, Test>> fields = {
        {u"name"_qs, [](const CatalogModel &m) { return m.displayName != m.model; }},
        {u"api"_qs, [](const CatalogModel &m) { return m.api.has_value(); }},
        {u"release_date"_qs, [](const CatalogModel &m) { return !m.releaseDate.isEmpty(); }},
        {u"context_window"_qs, [](const CatalogModel &m) { return m.contextWindow > 0; }},
        {u"max_output"_qs, [](const CatalogModel &m) { return m.maxOutput > 0; }},
        {u"modalities"_qs, [](const CatalogModel &m) { return !m.inputModalities.isEmpty(); }},
        {u"reasoning"_qs, [](const CatalogModel &m) { return m.reasoning.has_value(); }},
        {u"open_weights"_qs, [](const CatalogModel &m) { return m.openWeights.has_value(); }},
        {u"parameters"_qs, [](const CatalogModel &m) { return !m.parameters.isEmpty(); }},
        {u"architecture"_qs, [](const CatalogModel &m) { return !m.architecture.isEmpty(); }},
        {u"regions"_qs, [](const CatalogModel &m) { return !m.regions.isEmpty(); }},
        {u"prices"_qs, [&](const CatalogModel &m) { return todaysPrice(m, today) != nullptr; }},
        {u"prices.cache_read"_qs, [&](const CatalogModel &m) { const auto *p = todaysPrice(m, today); return p && p->rates.cacheRead; }},
        {u"prices.cache_write"_qs, [&](const CatalogModel &m) { const auto *p = todaysPrice(m, today); return p && p->rates.cacheWrite; }},
        {u"prices.long_context"_qs, [&](const CatalogModel &m) { const auto *p = todaysPrice(m, today); return p && p->longContextAbove; }},
        {u"prices.effective_from"_qs, [](const CatalogModel &m) {
             return std::any_of(m.prices.cbegin(), m.prices.cend(), [](const CatalogPrice &p) { return p.effectiveFrom.has_value(); });
         }},
        {u"prices.tiers"_qs, [](const CatalogModel &m) {
             return std::any_of(m.prices.cbegin(), m.prices.cend(), [](const CatalogPrice &p) { return p.tier != u"default"; });
         }},
        {u"scores"_qs, [](const CatalogModel &m) { return !m.scores.isEmpty(); }},
    };
    CatalogCoverage coverage;
    coverage.models = catalog.models().size();
    for (const auto &[name, test] : fields) {
        CatalogCoverage::Field f{name, 0};
        for (const CatalogModel &m : catalog.models())
            f.count += test(m) ? 1 : 0;
        coverage.fields.append(f);
    }
    return coverage;
}

QJsonObject CatalogCoverage::toJson() const
{
    QJsonObject out;
    for (const Field &f : fields)
        out.insert(f.name, QJsonObject{{u"count"_qs, double(f.count)}, {u"share"_qs, models > 0 ? double(f.count) / double(models) : 0.0}});
    return {{u"models"_qs, double(models)}, {u"fields"_qs, out}};
}

CatalogDiff catalogDiff(const ModelCatalog &before, const ModelCatalog &after, const QDate &today)
{
    CatalogDiff diff;
    for (const CatalogModel &m : before.models())
        if (!after.find(m.key()))
            diff.removed.append(m.key());
    for (const CatalogModel &m : after.models()) {
        const CatalogModel *old = before.find(m.key());
        if (!old) {
            diff.added.append(m.key());
            continue;
        }
        const CatalogPrice *p0 = todaysPrice(*old, today);
        const CatalogPrice *p1 = todaysPrice(m, today);
        const QList<std::tuple<QString, QString, QString>> fields = {
            {u"input_usd_per_mtok"_qs, number(p0 ? p0->rates.input : std::nullopt), number(p1 ? p1->rates.input : std::nullopt)},
            {u"output_usd_per_mtok"_qs, number(p0 ? p0->rates.output : std::nullopt), number(p1 ? p1->rates.output : std::nullopt)},
            {u"cache_read_usd_per_mtok"_qs, number(p0 ? p0->rates.cacheRead : std::nullopt), number(p1 ? p1->rates.cacheRead : std::nullopt)},
            {u"context_window"_qs, number(old->contextWindow ? std::optional<double>(old->contextWindow) : std::nullopt),
             number(m.contextWindow ? std::optional<double>(m.contextWindow) : std::nullopt)},
            {u"max_output"_qs, number(old->maxOutput ? std::optional<double>(old->maxOutput) : std::nullopt),
             number(m.maxOutput ? std::optional<double>(m.maxOutput) : std::nullopt)},
            {u"name"_qs, old->displayName, m.displayName},
            {u"deprecated"_qs, old->deprecated ? u"true"_qs : u"false"_qs, m.deprecated ? u"true"_qs : u"false"_qs},
        };
        for (const auto &[field, a, b] : fields)
            if (a != b)
                diff.changed.append({m.key(), field, a, b});
    }
    return diff;
}

QJsonObject CatalogDiff::toJson() const
{
    QJsonArray changes;
    for (const Change &c : changed)
        changes.append(QJsonObject{{u"model"_qs, c.key}, {u"field"_qs, c.field},
                                   {u"before"_qs, c.before.isEmpty() ? QJsonValue() : QJsonValue(c.before)},
                                   {u"after"_qs, c.after.isEmpty() ? QJsonValue() : QJsonValue(c.after)}});
    return {{u"added"_qs, QJsonArray::fromStringList(added)}, {u"removed"_qs, QJsonArray::fromStringList(removed)},
            {u"changed"_qs, changes}};
}

QJsonObject fillTemplate(const QJsonObject &templ, const CatalogModel &model, const QDate &today)
{
    QJsonObject out = templ;
    const auto fillScores = [&](const QString &section, const QHash<QString, QString> &aliases) {
        QJsonObject s = out.value(section).toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            auto v = scoreNamed(model, aliases.value(it.key(), it.key()));
            if (!v)
                v = scoreNamed(model, it.key());
            it.value() = v ? QJsonValue(*v) : QJsonValue();
        }
        if (out.contains(section))
            out.insert(section, s);
    };
    fillScores(u"entity_benchmarks"_qs, {{u"artificial_analysis"_qs, u"Artificial Analysis Intelligence Index"_qs}});
    fillScores(u"dev_benchmarks"_qs, {});
    fillScores(u"community_score"_qs, {{u"lm_sys_arena_score"_qs, u"LMArena"_qs}, {u"hf_score"_qs, u"Hugging Face likes"_qs}});
    if (out.contains(u"model_specs")) {
        QJsonObject specs = out.value(u"model_specs").toObject();
        const CatalogPrice *p = todaysPrice(model, today);
        const QHash<QString, QJsonValue> known = {
            {u"input_price"_qs, p && p->rates.input ? QJsonValue(*p->rates.input) : QJsonValue()},
            {u"output_price"_qs, p && p->rates.output ? QJsonValue(*p->rates.output) : QJsonValue()},
            {u"context_window"_qs, model.contextWindow > 0 ? QJsonValue(double(model.contextWindow)) : QJsonValue()},
            {u"max_output"_qs, model.maxOutput > 0 ? QJsonValue(double(model.maxOutput)) : QJsonValue()},
            {u"param_count"_qs, model.parameters.isEmpty() ? QJsonValue() : QJsonValue(model.parameters)},
            {u"architecture"_qs, model.architecture.isEmpty() ? QJsonValue() : QJsonValue(model.architecture)},
            {u"release_date"_qs, model.releaseDate.isEmpty() ? QJsonValue() : QJsonValue(model.releaseDate)},
        };
        for (auto it = specs.begin(); it != specs.end(); ++it)
            if (known.contains(it.key()))
                it.value() = known.value(it.key());
        out.insert(u"model_specs"_qs, specs);
    }
    return out;
}

QString exportFileName(const CatalogModel &model)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_qs);
    return QString(model.provider + u'_' + model.model).replace(unsafe, u"-"_qs) + u".json"_qs;
}

} // namespace Quorum
