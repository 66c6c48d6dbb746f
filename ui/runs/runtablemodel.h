#pragma once

#include "storage/runqueries.h"

#include <QAbstractTableModel>

namespace Quorum {

// The runs kept in the database, newest first.
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, StatusColumn, CreatedColumn, ScenariosColumn, ModelsColumn, InvocationsColumn,
                  ErrorsColumn, CostColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRuns(QList<RunSummary> runs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunSummary> m_runs;
};

} // namespace Quorum
