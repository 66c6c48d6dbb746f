#pragma once

#include "domain/scenario.h"

#include "present/listtablemodel.h"

namespace Quorum {

// The scenarios of the open plan, one per row.
class ScenarioTableModel final : public ListTableModel<Scenario>
{
    Q_OBJECT

public:
    enum Column { TaskColumn, PromptColumn, GoldenColumn, ImageColumn, TokensColumn, SourceColumn, ColumnCount };

    explicit ScenarioTableModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

};

} // namespace Quorum
