#pragma once

#include "domain/scenario.h"

#include <QAbstractTableModel>

namespace Quorum {

// The scenarios of the open plan, one per row.
class ScenarioTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, PromptColumn, GoldenColumn, ImageColumn, TokensColumn, SourceColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setScenarios(QList<Scenario> scenarios);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Scenario> m_scenarios;
};

} // namespace Quorum
