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
        case StatusColumn: return Figures::runStatus(r.status);
        case CreatedColumn: return Figures::moment(r.createdAt);
        case ScenariosColumn: return r.scenarios;
        case ModelsColumn: return r.models;
        case JudgesColumn: return r.judges;
        case InvocationsColumn: return Figures::count(r.invocations, locale);
        case ErrorsColumn: return Figures::count(r.errors, locale);
        case CostColumn: return Figures::usd(r.costUsd, locale, 4);
        case FingerprintColumn: return r.scenarioFingerprint.left(12);
        default: break;
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case NameColumn: return r.name;
        case StatusColumn: return runStatusName(r.status);
        case CreatedColumn: return r.createdAt;
        case InvocationsColumn: return r.invocations;
        case ErrorsColumn: return r.errors;
        case CostColumn: return r.costUsd;
        case FingerprintColumn: return r.scenarioFingerprint;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole && index.column() == FingerprintColumn && !r.scenarioFingerprint.isEmpty()) {
        return tr("Scenario fingerprint %1: runs of the same scenarios share it").arg(r.scenarioFingerprint);
    } else if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != StatusColumn
               && index.column() != FingerprintColumn) {
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
    case JudgesColumn: return tr("Judges");
    case InvocationsColumn: return tr("Invocations");
    case ErrorsColumn: return tr("Errors");
    case CostColumn: return tr("Cost");
    case FingerprintColumn: return tr("Scenarios' fingerprint");
    default: return {};
    }
}

} // namespace Quorum
