#pragma once

#include "analytics/leaderboard.h"
#include "present/listtablemodel.h"

#include <QLocale>

namespace Quorum {

// A run's leaderboard, best composite score first: the one table the window shows and
// quorum-cli leaderboard prints (through TextTable), cell for cell the same text.
class LeaderboardModel final : public ListTableModel<LeaderboardRow>
{
    Q_OBJECT

public:
    enum Column { RankColumn, VariantColumn, SuccessColumn, ScoreColumn, ErrorsColumn, TtftColumn, TtlbColumn,
                  DecodeColumn, CostColumn, DisputedColumn, RatingColumn, CompositeColumn, ColumnCount };

    explicit LeaderboardModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}
    // The figures' locale: the user's on screen; quorum-cli's text uses the C locale, for scripts.
    void setLocale(const QLocale &locale) { m_locale = locale; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Figures are right-aligned, the variant's name left-aligned.
    static bool isFigure(int column) { return column != VariantColumn; }

private:
    QLocale m_locale;
};

} // namespace Quorum
