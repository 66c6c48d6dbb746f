#pragma once

#include "storage/store.h"

#include <memory>

#include <QWidget>

class QLabel;
class QTableView;
class QPushButton;
class QTabWidget;

namespace Quorum {

class CellTableModel;
class ChartView;
class RunTableModel;
struct Breakdowns;
struct Leaderboard;

// Every run in the open database. Loads off the GUI thread.
class RunsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPage(QWidget *parent = nullptr);

    // Shows the runs of this (opened) store; null shows that none is open.
    void setStore(std::shared_ptr<const Store> store);
    void refresh();
    RunTableModel *model() const { return m_model; }
    class LeaderboardModel *leaderboard() const { return m_leaderboard; }
    // The breakdown tables under the leaderboard: task types, temperatures, regions, experiments.
    CellTableModel *breakdown(int tab) const;
    // Loads the leaderboard of a run into the lower table (off the GUI thread).
    void showLeaderboard(qint64 runId);

Q_SIGNALS:
    void loaded(int runCount);
    void resumeRequested(qint64 runId);
    void rejudgeRequested(qint64 runId);
    void leaderboardLoaded(qint64 runId);
    void breakdownsLoaded(qint64 runId);

private:
    std::shared_ptr<const Store> m_store;
    quint64 m_generation = 0; // answers from an older refresh are dropped
    RunTableModel *m_model;
    QLabel *m_state;
    QTableView *m_view;
    QPushButton *m_resume;
    QPushButton *m_rejudge;
    class LeaderboardModel *m_leaderboard;
    QLabel *m_health;
    QLabel *m_verdicts;     // the answer to "which model?", above the leaderboard
    QTabWidget *m_details;
    CellTableModel *m_taskTypes, *m_temperatures, *m_regions, *m_experiments;
    // The Charts tab: success rates and ratings with their intervals, the task-type heatmap.
    ChartView *m_successChart, *m_ratingChart, *m_taskHeatmap, *m_costChart, *m_radarChart, *m_regionChart, *m_ttftHistogram,
        *m_temperatureChart;
    QList<ChartView *> m_charts; // all of the above
    std::shared_ptr<const Leaderboard> m_board;     // of the run shown, once computed
    std::shared_ptr<const Breakdowns> m_breakdowns;
    void showCharts();
    quint64 m_leaderboardGeneration = 0;
};

} // namespace Quorum
