#pragma once

#include "catalog/catalogreport.h"
#include "catalog/modelcatalog.h"
#include "listtablemodel.h"

#include <QDate>
#include <QLocale>
#include <QString>

// How the model catalog reads, for the Catalog page, quorum-cli catalog and the reports.
namespace Quorum {

namespace CatalogText {
// A price a million tokens: "$2.50", "$0.075", "—".
QString perMillion(std::optional<double> usd, const QLocale &locale);
// A token count as people say it: "1.05M", "200K", "8,192"; "—" when unknown.
QString tokens(qint64 count, const QLocale &locale);
// The setting for when a price counts as stale, in days (QSettings "catalog/staleDays", 90).
int staleDays();
// "read 2026-09-23, 75 days ago" and, past the stale setting, "— check it".
QString readOn(const CatalogPrice &price, const QDate &today, int staleAfterDays);
bool isStale(const CatalogPrice &price, const QDate &today, int staleAfterDays);
// "Artificial Analysis" figures are shown with the attribution its terms ask for.
QString attribution(const QString &source);
// A model whole, field by field with each field's source, its price history and its scores
// (quorum-cli catalog show).
QString describe(const CatalogModel &model, const QDate &today, const QLocale &locale);
// The same as HTML for the Catalog page: fields with their sources, the price history as a
// table (the price in force marked, a stale one flagged), the published scores with attribution.
// Everything from a source is escaped.
QString describeHtml(const CatalogModel &model, const QDate &today, const QLocale &locale);
QStringList coverageHeaders();
QList<QList<QVariant>> coverageRows(const CatalogCoverage &coverage, const QLocale &locale);
QString diffText(const CatalogDiff &diff);
} // namespace CatalogText

// The catalog as a table: one row a model, figures formatted for reading (DisplayRole), raw for
// sorting (SortRole), and one lower-case text per row for the filter (SearchRole).
class CatalogTableModel final : public ListTableModel<CatalogModel>
{
public:
    enum Column { Model, Provider, Context, MaxOutput, Input, Output, CacheRead, Released, Modalities, PriceRead, Scores, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchRole, KeyRole, StaleRole };

    explicit CatalogTableModel(QObject *parent = nullptr);
    void setCatalog(const ModelCatalog &catalog, const QDate &today);
    static QStringList headers();
    // A row's cells as they read (quorum-cli catalog list prints the same).
    QList<QVariant> cells(int row) const;
    // The lower-case text the filter searches (provider, id, name, family, modalities, API).
    const QString &searchText(int row) const { return m_rows.at(row).search; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RowCache
    {
        QString name;   // the Model column's text: shown and sorted by, so built once
        QString search;
        qsizetype price = -1; // today's default-tier price, in the model's prices
    };
    const CatalogPrice *priceOf(int row) const;
    QList<RowCache> m_rows;
    QDate m_today;
    int m_staleDays = 90;
    QLocale m_locale;
};

} // namespace Quorum
