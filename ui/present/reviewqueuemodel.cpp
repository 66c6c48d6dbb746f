#include "reviewqueuemodel.h"

#include "figures.h"
#include "invocationmodel.h"

namespace Quorum {

void ReviewQueueModel::setDecided(int row, std::optional<bool> passed)
{
    m_decided.insert(item(row).row.id, passed);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Review::QueueItem &q = item(index.row());
    const InvocationRow &r = q.row;
    const auto decided = m_decided.constFind(r.id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhyColumn: return Review::whyName(q.why);
        case ItemColumn: return r.id;
        case VariantColumn: return m_labels.value(r.variantId, QString::number(r.variantId));
        case ScenarioColumn: return Figures::scenario(r.promptStart, r.scenarioKey);
        case JuryColumn: return InvocationTableModel::verdictText(r);
        case ScoreColumn: return Figures::score(r.juryOwnScore, m_locale);
        case DecidedColumn:
            if (decided == m_decided.cend())
                return QString();
            return *decided ? Figures::verdict(*decided) : tr("withdrawn");
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && (index.column() == ItemColumn || index.column() == ScoreColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == ScenarioColumn) {
        return Figures::scenarioTooltip(r.promptStart, r.scenarioKey);
    } else if (role == Qt::ToolTipRole && index.column() == ItemColumn) {
        return tr("The item's id, as quorum-cli override set and override history take it");
    } else if (role == Qt::ToolTipRole && index.column() == WhyColumn) {
        switch (q.why) {
        case Review::QueueItem::Why::Disputed: return tr("The judges disagree past the dispute threshold");
        case Review::QueueItem::Why::JudgeFailed: return tr("At least one judge's verdict failed or could not be read");
        case Review::QueueItem::Why::Sample: return tr("Drawn at random (a fixed seed) to check the jury where it agrees");
        }
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhyColumn: return tr("Why");
    case ItemColumn: return tr("Id");
    case VariantColumn: return tr("Model variant");
    case ScenarioColumn: return tr("Scenario");
    case JuryColumn: return tr("Jury");
    case ScoreColumn: return tr("Jury score");
    case DecidedColumn: return tr("Your verdict");
    default: return {};
    }
}

} // namespace Quorum
