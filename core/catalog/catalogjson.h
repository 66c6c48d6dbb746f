#pragma once

#include "catalogmodel.h"

#include <QJsonObject>
#include <QSet>
#include <optional>

namespace Quorum::CatalogJson {

// Why an entry could not be read: its key (PROVIDER/ID when known), the field, and what is wrong.
struct Problem
{
    QString key;
    QString field;
    QString message;
};

// Shares the strings a catalog repeats thousands of times (sources, dates, providers, modalities)
// while it is read: one allocation each instead of one per model. One pool per reading thread.
class StringPool
{
public:
    QString text(const QJsonValue &value);
    QString text(const QString &value);

private:
    QSet<QString> m_strings;
};

// One model entry as the snapshot, refresh caches and the overrides file write it
// (docs/CATALOG.md). forcedSource, when given, is recorded as the source of every field the
// entry has (the user's overrides say so); otherwise the entry's own "sources" are kept.
// checkRules compiles the match rule to report a malformed one; the shipped snapshot's rules are
// checked by the build script and by tst_catalog, and compiled only when first used.
std::optional<CatalogModel> readModel(const QJsonObject &entry, Problem &problem, const QString &forcedSource = {},
                                     StringPool *pool = nullptr, bool checkRules = true);
QJsonObject writeModel(const CatalogModel &model);
// A price's own JSON, as in a model's "prices" (catalog show, the price history).
QJsonObject writePrice(const CatalogPrice &price);

// Puts the fields top has a source for over base (see ModelCatalog::overlay).
void overlay(CatalogModel &base, const CatalogModel &top);

} // namespace Quorum::CatalogJson
