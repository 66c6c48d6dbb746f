#pragma once

#include "config/profileimporter.h"

#include <QAbstractTableModel>

namespace Quorum {

class PlanDocument;

// The models (or the jury) of the plan being set up, one row per variant as the analyst typed
// it, with each row's problems. Reads the document; edits go through the form.
class VariantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProviderColumn, ModelColumn, RegionColumn, TierColumn, InputColumn, OutputColumn, RpmColumn, ColumnCount };

    VariantTableModel(PlanDocument *document, ProfileKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    PlanDocument *m_document;
    ProfileKind m_kind;
    int m_rows = 0;
    QList<QString> m_problems; // per row: the first error, "" when the row reads
};

} // namespace Quorum
