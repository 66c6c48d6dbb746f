#pragma once

#include "catalog/catalogmodel.h"

#include "config/profileimporter.h"
#include "domain/diagnostics.h"
#include "keyaccess.h"

#include <QWidget>

class QAction;
class QTableView;

namespace Quorum {

class PlanDocument;
class ProfileForm;
class VariantTableModel;

// The models (or the jury) of the plan: the table of variants, the form of the selected one, and
// the actions Add, Duplicate, Remove, Move Up/Down, Import and Export (360-eval profile files,
// unchanged) and, for models, Probe Tiers.
class ProfilesPage final : public QWidget
{
    Q_OBJECT

public:
    ProfilesPage(PlanDocument *document, ProfileKind kind, QWidget *parent = nullptr);

    void setKeyAccess(const KeyAccess &access);
    void importFile(const QString &path);
    void exportFile(const QString &path);
    void select(int row);
    // A model from the catalog as a new variant: its API's provider, its id (a Bedrock model's
    // for its first region), that region, its default-tier list price and its name (Add to Plan).
    void addFromCatalog(const CatalogModel &model, const QHash<QString, QStringList> &bedrockGeo);
    int selectedRow() const;
    QTableView *table() const { return m_table; }
    ProfileForm *form() const { return m_form; }
    // Probe Tiers' cache folder (tests use their own).
    void setProbeCacheDirectory(const QString &directory);

Q_SIGNALS:
    void problemsFound(const QString &what, const Diagnostics &diagnostics);
    void status(const QString &message);
    void imported(bool ok);
    void exported(bool ok);
    void probed();

private:
    void add();
    void duplicate();
    void remove();
    void move(int delta);
    void probeTiers();
    void loadCachedProbe();
    QAction *action(const QString &text, const QKeySequence &shortcut, const QString &name, void (ProfilesPage::*slot)());

    PlanDocument *m_document;
    ProfileKind m_kind;
    KeyAccess m_keys;
    QString m_probeDirectory;
    VariantTableModel *m_model;
    QTableView *m_table;
    ProfileForm *m_form;
    QAction *m_probe = nullptr;
};

} // namespace Quorum
