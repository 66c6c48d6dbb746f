#pragma once

#include "analytics/flakiness.h"
#include "analytics/leaderboard.h"
#include "analytics/trend.h"
#include "storage/store.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace Quorum {

class CellTableModel;
class ChartView;

// A run among the others (docs/METRICS.md, "History" and "Repeats and flakiness"): each
// variant's success rate, mean score (with their 95 % intervals), TTFT p50 or cost per answer
// over the runs of the same scenarios, or over the lineage of a baseline the run belongs to, as a
// chart and a table; under it, the run's own repeats: pass@1 beside pass^k and the items whose
// verdict flips. Reads off the GUI thread, and only once shown.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    void setRun(std::shared_ptr<const Store> store, qint64 runId);
    // The shown run's leaderboard: a variant's colour in the chart is its colour there.
    void setLeaderboard(std::shared_ptr<const Leaderboard> board);
    // The runs to follow: 0 the runs of the same scenarios, 1… each baseline the run belongs to.
    QComboBox *source() const { return m_source; }
    QComboBox *metric() const { return m_metric; }
    const std::optional<Trend> &trend() const { return m_trend; }
    CellTableModel *table() const { return m_table; }
    CellTableModel *repeats() const { return m_repeats; }
    CellTableModel *flakyItems() const { return m_flakyItems; }
    ChartView *chart() const { return m_chart; }

Q_SIGNALS:
    void loaded(qint64 runId);          // the trend and the repeats are shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loadTrend();
    void showChart();

    std::shared_ptr<const Store> m_store;
    qint64 m_runId = -1;
    bool m_stale = false;
    quint64 m_generation = 0;
    QComboBox *m_source, *m_metric;
    QLabel *m_state, *m_repeatState;
    ChartView *m_chart;
    CellTableModel *m_table, *m_repeats, *m_flakyItems;
    QTableView *m_tableView, *m_repeatsView, *m_flakyView;
    std::optional<Trend> m_trend;
    std::shared_ptr<const Leaderboard> m_board;
};

} // namespace Quorum
