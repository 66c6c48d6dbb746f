#include "comparisonmodel.h"

#include "present/figures.h"
#include "present/invocationmodel.h"

namespace Quorum {

void ComparisonTableModel::show(const QList<ComparedItem> &items, bool changedOnly)
{
    if (!changedOnly) {
        setItems(items);
        return;
    }
    QList<ComparedItem> changed;
    for (const ComparedItem &i : items)
        if (i.changed())
            changed.append(i);
    setItems(changed);
}

QString ComparisonTableModel::changeText(ComparedItem::Change change)
{
    switch (change) {
    case ComparedItem::Change::Broke: return tr("pass → fail");
    case ComparedItem::Change::Fixed: return tr("fail → pass");
    case ComparedItem::Change::Unpaired: return tr("not paired");
    case ComparedItem::Change::Same: break;
    }
    return tr("same verdict");
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparedItem &i = item(index.row());
    using namespace Figures;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChangeColumn: return changeText(i.change);
        case ScenarioColumn: return scenario(i.a.promptStart, i.a.scenarioKey);
        case TaskTypeColumn: return i.a.taskType;
        case ExperimentColumn: return i.a.experiment + 1;
        case InvocationColumn: return i.a.invocationIndex + 1;
        case TemperatureColumn: return decimal(i.a.temperature, m_locale, 2);
        case VerdictAColumn: return InvocationTableModel::verdictText(i.a);
        case VerdictBColumn: return InvocationTableModel::verdictText(i.b);
        case ScoreAColumn: return score(i.a.juryScore, m_locale);
        case ScoreBColumn: return score(i.b.juryScore, m_locale);
        case ScoreChangeColumn: return i.scoreChange() ? signedDecimal(*i.scoreChange(), m_locale, 2) : unknown();
        case TtlbAColumn: return i.a.ok ? milliseconds(i.a.ttlbMs, m_locale) : unknown();
        case TtlbBColumn: return i.b.ok ? milliseconds(i.b.ttlbMs, m_locale) : unknown();
        case TtlbChangeColumn: return i.a.ok && i.b.ok ? signedDecimal(i.latencyChangeMs(), m_locale, 0) : unknown();
        case AnswerAColumn: return i.a.answerStart;
        case AnswerBColumn: return i.b.answerStart;
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= ExperimentColumn && index.column() != VerdictAColumn
               && index.column() != VerdictBColumn && index.column() < AnswerAColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == ScenarioColumn) {
        return scenarioTooltip(i.a.promptStart, i.a.scenarioKey);
    } else if (role == Qt::ToolTipRole && (index.column() == AnswerAColumn || index.column() == AnswerBColumn)) {
        return tr("Select the row to read both answers side by side below");
    } else if (role == Qt::UserRole) {
        return int(i.change);
    } else if (role == SortRole) {
        switch (index.column()) {
        case ChangeColumn: {
            const int order[] = {3, 0, 1, 2}; // Same, Broke, Fixed, Unpaired
            return order[int(i.change)];
        }
        case ExperimentColumn: return i.a.experiment;
        case InvocationColumn: return i.a.invocationIndex;
        case TemperatureColumn: return i.a.temperature;
        case ScoreAColumn: return i.a.juryScore ? QVariant(*i.a.juryScore) : QVariant(-1.0);
        case ScoreBColumn: return i.b.juryScore ? QVariant(*i.b.juryScore) : QVariant(-1.0);
        case ScoreChangeColumn: return i.scoreChange().value_or(0);
        case TtlbAColumn: return i.a.ttlbMs;
        case TtlbBColumn: return i.b.ttlbMs;
        case TtlbChangeColumn: return i.latencyChangeMs();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case ScenarioColumn: return tr("Scenario");
    case TaskTypeColumn: return tr("Task type");
    case ExperimentColumn: return tr("Exp.");
    case InvocationColumn: return tr("Inv.");
    case TemperatureColumn: return tr("Temp.");
    case VerdictAColumn: return tr("A verdict");
    case VerdictBColumn: return tr("B verdict");
    case ScoreAColumn: return tr("A score");
    case ScoreBColumn: return tr("B score");
    case ScoreChangeColumn: return tr("Δ score");
    case TtlbAColumn: return tr("A TTLB ms");
    case TtlbBColumn: return tr("B TTLB ms");
    case TtlbChangeColumn: return tr("Δ TTLB ms");
    case AnswerAColumn: return tr("A answer");
    case AnswerBColumn: return tr("B answer");
    default: return {};
    }
}

} // namespace Quorum
