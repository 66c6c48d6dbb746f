#pragma once

#include "catalog/modelcatalog.h"
#include "setup/models/keyaccess.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Quorum {

class CatalogTableModel;

// Filters the catalog as the analyst types: every word must be in the model's provider, id,
// name, family or modalities; plus the provider box and the two switches.
class CatalogFilter final : public QSortFilterProxyModel
{
public:
    explicit CatalogFilter(QObject *parent = nullptr);
    void setWords(const QString &text);
    void setProvider(const QString &provider);
    void setCallableOnly(bool on);
    void setScoredOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_words;
    QString m_provider;
    bool m_callableOnly = false;
    bool m_scoredOnly = false;
};

// The model catalog (docs/CATALOG.md): every model in a sortable, filterable table, the chosen
// model whole with its price history and published scores (with the attribution each source
// asks for), Add to Plan, and a refresh of the published scores. The catalog is read off the
// GUI thread.
class CatalogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void load();                      // the user's catalog, again (after a refresh or an override)
    CatalogTableModel *table() const { return m_model; }
    CatalogFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QTextBrowser *detail() const { return m_detail; }
    const ModelCatalog &catalog() const { return m_catalog; }
    // Options of the refresh (tests and the demo point them at the loopback fakes).
    void setRefreshUrls(const QString &aaBaseUrl, const QString &hfBaseUrl);
    // Where the sources' keys come from (the executables give the keychain; ui links none).
    void setKeyAccess(const KeyAccess &access) { m_keys = access; }

Q_SIGNALS:
    void loaded(int models);
    void addToPlan(const Quorum::CatalogModel &model);
    void refreshed(const QString &report);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCount();
    void showModel();
    void refresh();

    ModelCatalog m_catalog;
    CatalogTableModel *m_model;
    CatalogFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QCheckBox *m_callable;
    QCheckBox *m_scored;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_add;
    QPushButton *m_refresh;
    KeyAccess m_keys;
    QString m_aaUrl;
    QString m_hfUrl;
    bool m_loaded = false;
};

} // namespace Quorum
