#include "modelcatalog.h"

#include "../config/jsonlocator.h"
#include "catalogjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>


namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ModelCatalog", text); }

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

std::optional<ModelCatalog> ModelCatalog::parse(const TextSource &source, Diagnostics &diagnostics, Mode mode)
{
    return parse(source.fileName(), source.text().toUtf8(), diagnostics, mode);
}

std::optional<ModelCatalog> ModelCatalog::parse(const QString &file, const QByteArray &bytes, Diagnostics &diagnostics, Mode mode)
{
    // Lines are found only when there is something to report: the snapshot has 2,000 models.
    std::optional<JsonLocator> locator;
    const auto lineOf = [&](const QString &path) {
        if (!locator)
            locator.emplace(QString::fromUtf8(bytes));
        return locator->lineOf(path);
    };
    const auto notJson = [&](const QJsonParseError &error) {
        diagnostics.error(file, JsonLocator::lineAtOffset(bytes, error.offset), tr("not valid JSON: %1").arg(error.errorString()));
        return std::nullopt;
    };

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return notJson(error);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(u"models").isArray()) {
        diagnostics.error(file, 1, tr("not a model catalog: it needs a \"models\" list"));
        return std::nullopt;
    }

    // The user's overrides win over every source and say so, field by field.
    const QString overrides = mode == Mode::Strict ? tr("your overrides (%1)").arg(file) : QString();
    ModelCatalog catalog;
    catalog.m_version = root.value(u"catalog_version").toString();
    for (const QJsonValue &s : root.value(u"sources").toArray()) {
        const QJsonObject o = s.toObject();
        catalog.m_sources.append({o.value(u"id").toString(), o.value(u"package").toString(), o.value(u"version").toString(),
                                  o.value(u"published").toString(), o.value(u"license").toString(),
                                  o.value(u"notice").toString(), o.value(u"homepage").toString()});
    }
    const QJsonObject regions = root.value(u"regions").toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it)
        catalog.m_regions.insert(it.key(), stringList(it.value()));
    const QJsonObject geo = root.value(u"bedrock_geo").toObject();
    for (auto it = geo.begin(); it != geo.end(); ++it)
        catalog.m_bedrockGeo.insert(it.key(), stringList(it.value()));

    // One thread: a second one cost more (its own heap, its pages) than it saved, measured.
    const QJsonArray models = root.value(u"models").toArray();
    CatalogJson::StringPool pool;
    const bool checkRules = mode == Mode::Strict || models.size() < 512;
    Diagnostics found;
    catalog.m_models.reserve(models.size());
    for (qsizetype i = 0; i < models.size(); ++i) {
        CatalogJson::Problem problem;
        auto model = CatalogJson::readModel(models.at(i).toObject(), problem, overrides, &pool, checkRules);
        if (!model) {
            const QString path = problem.field.isEmpty() ? jsonPath(u"models"_qs, i) : jsonPath(jsonPath(u"models"_qs, i), problem.field);
            found.error(file, lineOf(path), problem.key.isEmpty() ? problem.message : tr("%1: %2").arg(problem.key, problem.message),
                        problem.field);
            continue;
        }
        if (catalog.m_byKey.contains(model->key())) {
            found.warning(file, lineOf(jsonPath(u"models"_qs, i)), tr("%1: listed twice; the first is kept").arg(model->key()));
            continue;
        }
        catalog.m_byKey.insert(model->key(), catalog.m_models.size());
        catalog.m_models.append(std::move(*model));
    }
    diagnostics.append(found);
    if (mode == Mode::Strict && found.hasErrors())
        return std::nullopt;
    return catalog;
}

void ModelCatalog::index()
{
    m_byKey.clear();
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_byKey.insert(m_models.at(i).key(), i);
}

void ModelCatalog::overlay(const ModelCatalog &other)
{
    for (const CatalogModel &top : other.m_models) {
        const auto it = m_byKey.constFind(top.key());
        if (it == m_byKey.cend()) {
            m_byKey.insert(top.key(), m_models.size());
            m_models.append(top);
            continue;
        }
        CatalogJson::overlay(m_models[*it], top);
    }
    if (!other.m_version.isEmpty())
        m_version += u'+' + other.m_version;
    for (const CatalogSource &s : other.m_sources)
        m_sources.append(s);
}

const ModelCatalog &ModelCatalog::builtIn()
{
    // Built once and kept for the life of the process, never destroyed: freeing 2,000 models
    // one allocation at a time would add ~10 ms to every `quorum-cli catalog` command's exit.
    static const ModelCatalog *const catalog = [] {
        Diagnostics ignored; // tst_catalog checks the built-in file parses cleanly
        QFile file(u":/quorum/models/catalog.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return new ModelCatalog();
        return new ModelCatalog(parse(u"catalog.json"_qs, file.readAll(), ignored).value_or(ModelCatalog()));
    }();
    return *catalog;
}

ModelCatalog ModelCatalog::forUser(Diagnostics &diagnostics)
{
    ModelCatalog catalog = builtIn();
    const QStringList layers = {CatalogPaths::refreshFile(u"artificial-analysis"_qs), CatalogPaths::refreshFile(u"huggingface"_qs),
                                CatalogPaths::overridesFile()};
    for (const QString &path : layers) {
        if (!QFile::exists(path))
            continue;
        const bool overrides = path == layers.last();
        const TextSource source = TextSource::fromFile(path, diagnostics);
        if (!source.isUsable())
            continue;
        if (auto layer = parse(source, diagnostics, overrides ? Mode::Strict : Mode::Snapshot))
            catalog.overlay(*layer);
    }
    return catalog;
}

QList<CatalogModel> ModelCatalog::models(Provider api) const
{
    QList<CatalogModel> out;
    for (const CatalogModel &m : m_models)
        if (m.api == api)
            out.append(m);
    return out;
}

namespace {
// "https://api.groq.com/openai/v1/" and "https://api.groq.com/openai" name one endpoint.
QString endpoint(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    if (url.endsWith(u"/v1"))
        url.chop(3);
    return url.toLower();
}
} // namespace

const CatalogModel *ModelCatalog::find(Provider api, const QString &model, const QString &baseUrl) const
{
    if (model.isEmpty())
        return nullptr;
    const QString wanted = api == Provider::OpenAICompatible ? endpoint(baseUrl) : QString();
    const auto serves = [&](const CatalogModel &m) { return m.api == api && (wanted.isEmpty() || endpoint(m.baseUrl) == wanted); };
    for (const CatalogModel &m : m_models)
        if (serves(m) && m.model.compare(model, Qt::CaseInsensitive) == 0)
            return &m;
    for (const CatalogModel &m : m_models)
        if (serves(m) && std::any_of(m.bedrockIds.cbegin(), m.bedrockIds.cend(), [&](const QString &id) { return id == model; }))
            return &m;
    for (const CatalogModel &m : m_models)
        if (serves(m) && m.matchRule().matches(model))
            return &m;
    return nullptr;
}

const CatalogModel *ModelCatalog::find(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : &m_models.at(*it);
}

QJsonObject ModelCatalog::toJson(const CatalogModel &model)
{
    return CatalogJson::writeModel(model);
}

QJsonObject ModelCatalog::toJson() const
{
    QJsonArray models;
    for (const CatalogModel &m : m_models)
        models.append(toJson(m));
    QJsonArray sources;
    for (const CatalogSource &s : m_sources)
        sources.append(QJsonObject{{u"id"_qs, s.id}, {u"package"_qs, s.package}, {u"version"_qs, s.version},
                                   {u"published"_qs, s.published}, {u"license"_qs, s.license}, {u"notice"_qs, s.notice},
                                   {u"homepage"_qs, s.homepage}});
    QJsonObject regions;
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
        regions.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject geo;
    for (auto it = m_bedrockGeo.cbegin(); it != m_bedrockGeo.cend(); ++it)
        geo.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {{u"quorum_model_catalog"_qs, 2}, {u"catalog_version"_qs, m_version}, {u"sources"_qs, sources},
            {u"regions"_qs, regions}, {u"bedrock_geo"_qs, geo}, {u"models"_qs, models}};
}

namespace CatalogPaths {
namespace {
QString folder(QStandardPaths::StandardLocation location)
{
    const QString moved = qEnvironmentVariable("QUORUM_CATALOG_DIR");
    return moved.isEmpty() ? QStandardPaths::writableLocation(location) : moved;
}
} // namespace

QString overridesFile()
{
    return QDir(folder(QStandardPaths::AppConfigLocation)).filePath(u"catalog-overrides.json"_qs);
}

QString refreshFile(const QString &source)
{
    return QDir(folder(QStandardPaths::AppDataLocation)).filePath(u"catalog-%1.json"_qs.arg(source));
}
} // namespace CatalogPaths

} // namespace Quorum
