#pragma once

#include "config/profileimporter.h"
#include "engine/probe.h"
#include "keyaccess.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Quorum {

class KeyPanel;
class PlanDocument;

// The form beside the models (or the jury) table: one variant's provider, model id (with the
// catalog's suggestions and prices), region, service tiers (models only: each checked tier is a
// variant of its own), prices, target RPM, endpoint, key variable and name; its key status with
// Set key… and Test connection. Every keystroke is checked by the profile reader and its message
// shown beside the field; only a draft that reads reaches the plan.
class ProfileForm final : public QWidget
{
    Q_OBJECT

public:
    ProfileForm(PlanDocument *document, ProfileKind kind, QWidget *parent = nullptr);

    void setRow(int row); // -1: none
    int row() const { return m_row; }
    void setKeyAccess(const KeyAccess &access);
    void setProbe(const std::optional<ProbeReport> &report);

    // The tier check box of a tier (tests drive it).
    QCheckBox *tierBox(ServiceTier tier) const;

Q_SIGNALS:
    // The form added or removed rows (a tier) and asks the table to select this one.
    void rowChosen(int row);

private:
    void load();                          // widgets ← the draft
    void showProblems();
    void showKeyStatus();
    void commit(const QString &field);    // the draft ← widgets
    void pickCatalogModel(int index);
    void toggleTier(ServiceTier tier, bool on);
    void fillModelSuggestions();
    QJsonObject fieldsFromWidgets() const;
    QList<int> tierGroup() const;         // rows with this row's model, region and endpoint
    QLabel *messageLabel();

    PlanDocument *m_document;
    ProfileKind m_kind;
    std::optional<ProbeReport> m_probe;
    int m_row = -1;
    bool m_loading = false;
    QLineEdit *m_typing = nullptr;  // the field whose keystroke is being applied

    QLabel *m_general;
    QComboBox *m_provider;
    QComboBox *m_model;
    QLabel *m_catalogNote;
    QComboBox *m_region;
    QWidget *m_tiers;
    QList<QCheckBox *> m_tierBoxes;
    QLabel *m_tierNote;
    QLineEdit *m_input;
    QLineEdit *m_output;
    QLineEdit *m_rpm;
    QLineEdit *m_baseUrl;
    QLineEdit *m_keyEnv;
    QLineEdit *m_name;
    KeyPanel *m_keyPanel;
    QHash<QString, QLabel *> m_messages; // field → its message line
};

} // namespace Quorum
