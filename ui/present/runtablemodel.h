#pragma once

#include "storage/runsreader.h"

#include "present/listtablemodel.h"

namespace Quorum {

// The runs kept in the database, newest first. Qt::UserRole holds each cell's value to sort by
// (numbers as numbers, times as instants).
class RunTableModel final : public ListTableModel<RunSummary>
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, StatusColumn, CreatedColumn, ScenariosColumn, ModelsColumn, JudgesColumn,
                  InvocationsColumn, ErrorsColumn, CostColumn, FingerprintColumn, ColumnCount };

    explicit RunTableModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

};

} // namespace Quorum
