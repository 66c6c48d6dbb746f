#pragma once

#include "present/listtablemodel.h"
#include "storage/invocations.h"

#include <QHash>
#include <QLocale>

namespace Quorum {

// The invocations behind a figure (the drill-down's list): one row each, its verdict, timings,
// tokens and cost as every other screen writes them, and the answer's first words.
class InvocationTableModel final : public ListTableModel<InvocationRow>
{
    Q_OBJECT

public:
    enum Column { ItemColumn, VariantColumn, ScenarioColumn, TaskTypeColumn, TemperatureColumn, ExperimentColumn,
                  VerdictColumn, ScoreColumn, TtftColumn, TtlbColumn, TokensColumn, CostColumn, AttemptsColumn,
                  AnswerColumn, ColumnCount };

    explicit InvocationTableModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The labels of the run's variants, by id (RunsReader::variantInfo).
    void setVariantLabels(QHash<qint64, QString> labels) { m_labels = std::move(labels); }
    QString variantLabel(qint64 variantId) const { return m_labels.value(variantId, QString::number(variantId)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "passed", "failed", "not judged", or "error: throttled": the verdict column's text.
    static QString verdictText(const InvocationRow &row);

private:
    QLocale m_locale;
    QHash<qint64, QString> m_labels;
};

} // namespace Quorum
