#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Quorum {

// A table model over a list of plain values, one per row; subclasses say what each column
// shows (data, headerData). One place for the storage and the row/column bookkeeping.
template<typename Item>
class ListTableModel : public QAbstractTableModel
{
public:
    ListTableModel(int columnCount, QObject *parent) : QAbstractTableModel(parent), m_columnCount(columnCount) {}

    void setItems(QList<Item> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    const QList<Item> &items() const { return m_items; }
    const Item &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

private:
    QList<Item> m_items;
    int m_columnCount;
};

} // namespace Quorum
