#include "profiletablemodel.h"

#include <QFileInfo>
#include <QLocale>

namespace Quorum {

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ModelVariant &m = item(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case NameColumn: return m.displayName.isEmpty() ? m.model : m.displayName;
        case ProviderColumn: return providerPrefix(m.provider);
        case RegionColumn: return m.region;
        case TierColumn: return tierName(m.tier);
        case InputCostColumn: return QStringLiteral("$%1").arg(locale.toString(m.inputCostPer1k, 'g', 6));
        case OutputCostColumn: return QStringLiteral("$%1").arg(locale.toString(m.outputCostPer1k, 'g', 6));
        case RpmColumn: return m.targetRpm ? QVariant(*m.targetRpm) : QVariant(tr("unlimited"));
        case SourceColumn: return QStringLiteral("%1:%2").arg(QFileInfo(m.source.file).fileName()).arg(m.source.line);
        default: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn)
            return QString(m.modelId + (m.baseUrl.isEmpty() ? QString() : u"\n"_qs + m.baseUrl));
        if (index.column() == SourceColumn)
            return QStringLiteral("%1:%2").arg(m.source.file).arg(m.source.line);
    } else if (role == Qt::TextAlignmentRole && index.column() >= InputCostColumn && index.column() <= RpmColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Model");
    case ProviderColumn: return tr("Provider");
    case RegionColumn: return tr("Region");
    case TierColumn: return tr("Tier");
    case InputCostColumn: return tr("Input / 1K tokens");
    case OutputCostColumn: return tr("Output / 1K tokens");
    case RpmColumn: return tr("Target RPM");
    case SourceColumn: return tr("From");
    default: return {};
    }
}

} // namespace Quorum
