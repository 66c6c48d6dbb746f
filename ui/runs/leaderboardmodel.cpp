#include "leaderboardmodel.h"

#include <QLocale>

namespace Quorum {

namespace {
QString milliseconds(const std::optional<double> &p50, const std::optional<double> &p90)
{
    if (!p50)
        return QStringLiteral("—");
    return QStringLiteral("%1 / %2").arg(QLocale().toString(*p50, 'f', 0), QLocale().toString(p90.value_or(0), 'f', 0));
}
} // namespace

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LeaderboardRow &r = item(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case VariantColumn: return r.label;
        case SuccessColumn:
            return r.successCi ? tr("%1% (%2–%3)").arg(locale.toString(r.successRate * 100, 'f', 1),
                                                       locale.toString(r.successCi->low * 100, 'f', 1),
                                                       locale.toString(r.successCi->high * 100, 'f', 1))
                               : tr("%1%").arg(locale.toString(r.successRate * 100, 'f', 1));
        case ScoreColumn: return r.meanScore ? locale.toString(*r.meanScore, 'f', 2) : QStringLiteral("—");
        case ErrorsColumn: return tr("%1 (%2%)").arg(r.errors).arg(locale.toString(r.errorRate * 100, 'f', 1));
        case TtftColumn: return milliseconds(r.ttftMs[0], r.ttftMs[1]);
        case TtlbColumn: return milliseconds(r.ttlbMs[0], r.ttlbMs[1]);
        case DecodeColumn: return r.decodeTokensPerSecond ? locale.toString(*r.decodeTokensPerSecond, 'f', 0) : QStringLiteral("—");
        case CostColumn: return QStringLiteral("$%1").arg(locale.toString(r.costPerAnswerUsd, 'f', 5));
        case DisputedColumn: return r.disputed;
        case RatingColumn: return r.rating ? locale.toString(*r.rating, 'f', 0) : QStringLiteral("—");
        case CompositeColumn: return locale.toString(r.composite, 'f', 3);
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == RatingColumn && r.ratingCi) {
        return tr("Bradley–Terry rating from head-to-head jury scores (each pair that met also counts one tie, so a "
                  "variant that wins every game has a large but finite rating); 95% interval %1–%2")
            .arg(locale.toString(r.ratingCi->low, 'f', 0), locale.toString(r.ratingCi->high, 'f', 0));
    } else if (role == Qt::ToolTipRole && index.column() == SuccessColumn) {
        return tr("%1 of %2 scored answers passed; 95% bootstrap interval over scenarios").arg(r.passed).arg(r.scored);
    } else if (role == Qt::TextAlignmentRole && index.column() != VariantColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case VariantColumn: return tr("Model variant");
    case SuccessColumn: return tr("Success (95% CI)");
    case ScoreColumn: return tr("Jury score");
    case ErrorsColumn: return tr("Errors");
    case TtftColumn: return tr("TTFT p50 / p90 ms");
    case TtlbColumn: return tr("TTLB p50 / p90 ms");
    case DecodeColumn: return tr("Tokens/s");
    case CostColumn: return tr("Cost / answer");
    case DisputedColumn: return tr("Disputed");
    case RatingColumn: return tr("Rating");
    case CompositeColumn: return tr("Composite");
    default: return {};
    }
}

} // namespace Quorum
