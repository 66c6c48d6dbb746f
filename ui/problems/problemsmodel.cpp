#include "problemsmodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace Quorum {

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic &d = item(index.row());
    const bool error = d.severity == Diagnostic::Severity::Error;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn: return error ? tr("Error") : tr("Warning");
        case FileColumn: return QFileInfo(d.file).fileName();
        case LineColumn: return d.line > 0 ? QVariant(d.line) : QVariant();
        case MessageColumn: return d.message;
        default: break;
        }
    } else if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    } else if (role == Qt::ToolTipRole) {
        return d.toString();
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

} // namespace Quorum
