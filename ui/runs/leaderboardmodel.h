#pragma once

#include "analytics/leaderboard.h"
#include "common/listtablemodel.h"

namespace Quorum {

// A run's leaderboard, best composite score first.
class LeaderboardModel final : public ListTableModel<LeaderboardRow>
{
    Q_OBJECT

public:
    enum Column { RankColumn, VariantColumn, SuccessColumn, ScoreColumn, ErrorsColumn, TtftColumn, TtlbColumn,
                  DecodeColumn, CostColumn, DisputedColumn, RatingColumn, CompositeColumn, ColumnCount };

    explicit LeaderboardModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Quorum
