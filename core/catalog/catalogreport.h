#pragma once

#include "modelcatalog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Quorum {

// How many of a catalog's models have each field: what an analyst can rely on, and what a
// refresh from Artificial Analysis or Hugging Face would add.
struct CatalogCoverage
{
    struct Field
    {
        QString name; // the snapshot's field name ("context_window", "prices.cache_read", …)
        qint64 count = 0;
    };
    qint64 models = 0;
    QList<Field> fields;
    QJsonObject toJson() const;
};
CatalogCoverage catalogCoverage(const ModelCatalog &catalog, const QDate &today);

// What changed between two snapshots: models added and removed, and per model the fields whose
// value changed (today's default-tier price, limits, …).
struct CatalogDiff
{
    struct Change
    {
        QString key;
        QString field;
        QString before;
        QString after;
    };
    QStringList added;
    QStringList removed;
    QList<Change> changed;
    QJsonObject toJson() const;
};
CatalogDiff catalogDiff(const ModelCatalog &before, const ModelCatalog &after, const QDate &today);

// One model in the model pipeline's template shape: every key of the template that the catalog
// can fill is filled (entity_benchmarks, dev_benchmarks, community_score by published score
// name; model_specs from prices and limits); the others stay as the template has them.
QJsonObject fillTemplate(const QJsonObject &templ, const CatalogModel &model, const QDate &today);
// A file name for a model's export: "openai_gpt-5.4.json".
QString exportFileName(const CatalogModel &model);

} // namespace Quorum
