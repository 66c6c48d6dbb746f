#pragma once

#include "analytics/breakdowns.h"
#include "present/listtablemodel.h"

#include <QStringList>
#include <QVariant>

namespace Quorum {

// A read-only table of already formatted cells (text left, numbers right): the breakdowns of
// a run as the Runs page shows them under its leaderboard.
class CellTableModel final : public ListTableModel<QList<QVariant>>
{
    Q_OBJECT

public:
    CellTableModel(QStringList headers, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
};

// The rows of each breakdown table, in the models' column order.
QList<QList<QVariant>> taskTypeRows(const Breakdowns &b);
QList<QList<QVariant>> temperatureRows(const Breakdowns &b);
QList<QList<QVariant>> regionRows(const Breakdowns &b);
QList<QList<QVariant>> experimentRows(const Breakdowns &b);

QStringList taskTypeHeaders();
QStringList temperatureHeaders();
QStringList regionHeaders();
QStringList experimentHeaders();

} // namespace Quorum
