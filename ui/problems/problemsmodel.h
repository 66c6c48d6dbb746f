#pragma once

#include "config/diagnostics.h"

#include <QAbstractTableModel>

namespace Quorum {

// The problems found in imported files: severity, file, line, message.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostic &diagnostic(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_items;
};

} // namespace Quorum
