#include "runtablemodel.h"
#include "figures.h"

#include <QDateTime>
#include <QLocale>

namespace Quorum {

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RunSummary &r = item(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return r.id;
        case NameColumn: return r.name;
        case StatusColumn: return runStatusName(r.status);
        case CreatedColumn: return locale.toString(QDateTime::fromMSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
        case ScenariosColumn: return r.scenarios;
        case ModelsColumn: return r.models;
        case InvocationsColumn: return locale.toString(r.invocations);
        case ErrorsColumn: return locale.toString(r.errors);
        case CostColumn: return Figures::usd(r.costUsd, locale, 4);
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != StatusColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Run");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case ScenariosColumn: return tr("Scenarios");
    case ModelsColumn: return tr("Models");
    case InvocationsColumn: return tr("Invocations");
    case ErrorsColumn: return tr("Errors");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}

} // namespace Quorum
