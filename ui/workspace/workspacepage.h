#pragma once

#include "domain/runplan.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace Quorum {

class ProfileTableModel;
class ScenarioTableModel;

// The plan being prepared: its scenarios, models, judges, criteria and settings.
class WorkspacePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    void setPlan(const RunPlan &plan, const QString &source);
    const RunPlan &plan() const { return m_plan; }

private:
    void showSettings();

    RunPlan m_plan;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ScenarioTableModel *m_scenarios;
    ProfileTableModel *m_models;
    ProfileTableModel *m_judges;
    QFormLayout *m_settings;
    QLabel *m_criteria;
};

} // namespace Quorum
