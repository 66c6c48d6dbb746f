#include "invocationmodel.h"

#include "present/figures.h"


namespace Quorum {

QString InvocationTableModel::verdictText(const InvocationRow &r)
{
    if (!r.ok)
        return r.errorClass.isEmpty() ? tr("error") : tr("error: %1").arg(r.errorClass);
    if (!r.juryPass)
        return tr("not judged");
    if (r.overridden)
        return *r.juryPass ? (r.juryOwnPass ? (*r.juryOwnPass ? tr("passed (reviewed)") : tr("passed (override; jury: failed)"))
                                            : tr("passed (override; jury: none)"))
                           : (r.juryOwnPass ? (*r.juryOwnPass ? tr("failed (override; jury: passed)") : tr("failed (reviewed)"))
                                            : tr("failed (override; jury: none)"));
    return *r.juryPass ? (r.disputed ? tr("passed, disputed") : tr("passed")) : (r.disputed ? tr("failed, disputed") : tr("failed"));
}

QVariant InvocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InvocationRow &r = item(index.row());
    using namespace Figures;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn: return r.workItem;
        case VariantColumn: return variantLabel(r.variantId);
        case ScenarioColumn: return scenario(r.promptStart, r.scenarioKey);
        case TaskTypeColumn: return r.taskType;
        case TemperatureColumn: return decimal(r.temperature, m_locale, 2);
        case ExperimentColumn: return r.experiment + 1;
        case VerdictColumn: return verdictText(r);
        case ScoreColumn: return score(r.juryScore, m_locale);
        case TtftColumn: return milliseconds(r.ttftMs, m_locale);
        case TtlbColumn: return r.ok ? milliseconds(r.ttlbMs, m_locale) : unknown();
        case TokensColumn: return count(r.outputTokens, m_locale);
        case CostColumn: return usd(r.costUsd, m_locale);
        case AttemptsColumn: return r.attempts;
        case AnswerColumn: return r.answerStart;
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == AnswerColumn) {
        return tr("Select the row to read the whole answer below");
    } else if (role == Qt::ToolTipRole && index.column() == ScenarioColumn) {
        return scenarioTooltip(r.promptStart, r.scenarioKey);
    } else if (role == Qt::ToolTipRole && index.column() == CostColumn) {
        return tr("The model's cost; the jury's: %1").arg(usd(r.judgeCostUsd, m_locale));
    } else if (role == Qt::TextAlignmentRole && index.column() != VariantColumn && index.column() != ScenarioColumn
               && index.column() != TaskTypeColumn && index.column() != VerdictColumn && index.column() != AnswerColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant InvocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case VariantColumn: return tr("Model variant");
    case ScenarioColumn: return tr("Scenario");
    case TaskTypeColumn: return tr("Task type");
    case TemperatureColumn: return tr("Temp.");
    case ExperimentColumn: return tr("Exp.");
    case VerdictColumn: return tr("Verdict");
    case ScoreColumn: return tr("Jury score");
    case TtftColumn: return tr("TTFT ms");
    case TtlbColumn: return tr("TTLB ms");
    case TokensColumn: return tr("Output tokens");
    case CostColumn: return tr("Cost");
    case AttemptsColumn: return tr("Attempts");
    case AnswerColumn: return tr("Answer");
    default: return {};
    }
}

} // namespace Quorum
