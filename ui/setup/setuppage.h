#pragma once

#include "domain/diagnostics.h"
#include "domain/runplan.h"
#include "models/keyaccess.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;

namespace Quorum {

class JuryPage;
class PlanDocument;
class ProfilesPage;
class RunSettingsForm;
class ScenariosPage;

// The plan being set up, in forms: its name and whether it can run, then Scenarios, Models, Jury
// and Run Settings. Files dropped on it are imported where they belong.
class SetupPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(QWidget *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    // The valid plan (what Save writes and Run runs).
    const RunPlan &plan() const;
    void setPlan(const RunPlan &plan, const QString &path);
    void setKeyAccess(const KeyAccess &access);

    ScenariosPage *scenarios() const { return m_scenarios; }
    ProfilesPage *models() const { return m_models; }
    JuryPage *jury() const { return m_jury; }
    RunSettingsForm *runSettings() const { return m_settings; }
    QTabWidget *tabs() const { return m_tabs; }
    // Imports files where they belong: scenarios (a CSV through its mapping), models, judges,
    // judge questions; a plan is handed to planDropped.
    void importFiles(const QStringList &paths);

Q_SIGNALS:
    void problemsFound(const QString &what, const Diagnostics &diagnostics);
    void status(const QString &message);
    void planDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showState();

    PlanDocument *m_document;
    QLineEdit *m_name;
    QLabel *m_state;
    QTabWidget *m_tabs;
    ScenariosPage *m_scenarios;
    ProfilesPage *m_models;
    JuryPage *m_jury;
    RunSettingsForm *m_settings;
};

} // namespace Quorum
