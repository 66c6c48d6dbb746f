#pragma once

#include "domain/modelvariant.h"

#include <QAbstractTableModel>

namespace Quorum {

// Model variants or judges of the open plan, one per row.
class ProfileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProviderColumn, RegionColumn, TierColumn, InputCostColumn, OutputCostColumn,
                  RpmColumn, SourceColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setProfiles(QList<ModelVariant> profiles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ModelVariant> m_profiles;
};

} // namespace Quorum
