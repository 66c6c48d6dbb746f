#pragma once

#include "domain/diagnostics.h"

#include "present/listtablemodel.h"

namespace Quorum {

// The problems found in imported files: severity, file, line, message.
class ProblemsModel final : public ListTableModel<Diagnostic>
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, MessageColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}

    void setDiagnostics(const Diagnostics &diagnostics) { setItems(diagnostics.sorted()); }
    const Diagnostic &diagnostic(int row) const { return item(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

};

} // namespace Quorum
