#pragma once

#include "analytics/itemcomparison.h"
#include "present/listtablemodel.h"

#include <QLocale>

namespace Quorum {

// The items of a comparison, one row each: what changed, the scenario, both verdicts, scores and
// times, and the changes. Changed only: the items whose verdict changed. SortRole sorts what
// changed first (pass → fail, fail → pass, not paired, same) and figures by value.
class ComparisonTableModel final : public ListTableModel<ComparedItem>
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, ScenarioColumn, TaskTypeColumn, ExperimentColumn, InvocationColumn, TemperatureColumn,
                  VerdictAColumn, VerdictBColumn, ScoreAColumn, ScoreBColumn, ScoreChangeColumn, TtlbAColumn, TtlbBColumn,
                  TtlbChangeColumn, AnswerAColumn, AnswerBColumn, ColumnCount };

    static constexpr int SortRole = Qt::UserRole + 1;
    explicit ComparisonTableModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Shows `items`, or only those changed.
    void show(const QList<ComparedItem> &items, bool changedOnly);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(ComparedItem::Change change);

private:
    QLocale m_locale;
};

} // namespace Quorum
