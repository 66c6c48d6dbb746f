#pragma once

#include "domain/modelvariant.h"

#include "present/listtablemodel.h"

namespace Quorum {

// Model variants or judges of the open plan, one per row.
class ProfileTableModel final : public ListTableModel<ModelVariant>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProviderColumn, RegionColumn, TierColumn, InputCostColumn, OutputCostColumn,
                  RpmColumn, SourceColumn, ColumnCount };

    explicit ProfileTableModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

};

} // namespace Quorum
