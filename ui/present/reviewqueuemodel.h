#pragma once

#include "analytics/review.h"
#include "present/listtablemodel.h"

#include <QHash>
#include <QLocale>

#include <optional>

namespace Quorum {

// The review queue (Review::reviewQueue): one row per item, why it is there, the jury's verdict,
// and what the reviewer decided in this session (the answer is read whole beside it).
class ReviewQueueModel final : public ListTableModel<Review::QueueItem>
{
    Q_OBJECT

public:
    enum Column { WhyColumn, DecidedColumn, ItemColumn, VariantColumn, ScenarioColumn, JuryColumn, ScoreColumn, ColumnCount };

    explicit ReviewQueueModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setVariantLabels(QHash<qint64, QString> labels) { m_labels = std::move(labels); }
    // What a reviewer stored for the row's item: a verdict, or a withdrawal (unset).
    void setDecided(int row, std::optional<bool> passed);
    bool isDecided(int row) const { return m_decided.contains(item(row).row.id); }
    int decidedCount() const { return int(m_decided.size()); }
    void clearDecided() { m_decided.clear(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QLocale m_locale;
    QHash<qint64, QString> m_labels;
    QHash<qint64, std::optional<bool>> m_decided; // by invocation id
};

} // namespace Quorum
