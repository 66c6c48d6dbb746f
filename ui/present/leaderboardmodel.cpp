#include "leaderboardmodel.h"

#include "present/figures.h"

namespace Quorum {

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LeaderboardRow &r = item(index.row());
    const QLocale &locale = m_locale;
    using namespace Figures;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RankColumn: return index.row() + 1; // numbers, so a sorting view sorts them as numbers
        case VariantColumn: return r.label;
        case SuccessColumn: return r.scored == 0 ? unknown() : percentWithInterval(r.successRate, r.successCi, locale); // nothing judged
        case ScoreColumn: return score(r.meanScore, locale);
        case ErrorsColumn: return countWithShare(r.errors, r.errorRate, locale);
        case TtftColumn: return millisecondsPair(r.ttftMs[0], r.ttftMs[1], locale);
        case TtlbColumn: return millisecondsPair(r.ttlbMs[0], r.ttlbMs[1], locale);
        case DecodeColumn: return tokensPerSecond(r.decodeTokensPerSecond, locale);
        case CostColumn: return usd(r.costPerAnswerUsd, locale);
        case DisputedColumn: return r.disputed;
        case RatingColumn: return rating(r.rating, locale);
        case CompositeColumn: return composite(r.composite, locale);
        default: break;
        }
    } else if (role == Qt::UserRole) {
        // What the column sorts by: the figure itself (unknown sorts first), never its text.
        const auto value = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(-1.0); };
        switch (index.column()) {
        case RankColumn: return index.row();
        case VariantColumn: return r.label;
        case SuccessColumn: return r.scored == 0 ? -1.0 : r.successRate;
        case ScoreColumn: return value(r.meanScore);
        case ErrorsColumn: return r.errorRate;
        case TtftColumn: return value(r.ttftMs[0]);
        case TtlbColumn: return value(r.ttlbMs[0]);
        case DecodeColumn: return value(r.decodeTokensPerSecond);
        case CostColumn: return r.costPerAnswerUsd;
        case DisputedColumn: return r.disputed;
        case RatingColumn: return value(r.rating);
        case CompositeColumn: return r.composite;
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == RatingColumn && r.ratingCi) {
        return tr("Bradley–Terry rating from head-to-head jury scores (each pair that met also counts one tie, so a "
                  "variant that wins every game has a large but finite rating); 95% interval %1")
            .arg(Figures::ratingInterval(r.ratingCi, locale));
    } else if (role == Qt::ToolTipRole && index.column() == SuccessColumn) {
        return tr("%1 of %2 scored answers passed; 95% bootstrap interval over scenarios").arg(r.passed).arg(r.scored);
    } else if (role == Qt::TextAlignmentRole && isFigure(index.column())) {
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
