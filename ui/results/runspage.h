#pragma once

#include "storage/store.h"

#include <memory>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QPushButton;
class QTabWidget;

namespace Quorum {

class CellTableModel;
class FiguresLoader;
class DrillDownPanel;
class HistoryView;
class RunCharts;
class RunHistory;
class RunSummaryView;
class RunTableModel;
struct Breakdowns;
struct ChartTarget;
struct InvocationFilter;
struct Leaderboard;
struct RunSummary;

// Every run in the open store, and the one selected: its verdicts and leaderboard, its charts,
// the invocations behind any figure, and its breakdowns. Loads off the GUI thread.
class RunsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPage(QWidget *parent = nullptr);

    // Shows the runs of this (opened) store; null shows that none is open.
    void setStore(std::shared_ptr<const Store> store);
    void refresh();
    RunTableModel *model() const;
    QSortFilterProxyModel *history() const; // the table's sorted, filtered view of model()
    class LeaderboardModel *leaderboard() const { return m_leaderboard; }
    // The breakdown tables under the leaderboard: task types, temperatures, regions, experiments.
    CellTableModel *breakdown(int tab) const;
    RunCharts *charts() const { return m_charts; }
    RunSummaryView *summary() const { return m_summary; }
    DrillDownPanel *drillDown() const { return m_drill; }
    HistoryView *historyView() const { return m_history; }
    // Loads the leaderboard of a run into the lower table (off the GUI thread).
    void showLeaderboard(qint64 runId);
    // Lists the shown run's invocations that pass `filter` on the Answers tab, and goes there.
    void showInvocations(const InvocationFilter &filter);
    // The same for any run: shows that run first.
    void showInvocations(qint64 runId, const InvocationFilter &filter);
    // Writes a run's report to `path`, PDF when it ends in .pdf, else HTML (off the GUI thread;
    // `reportExported` says when).
    void exportReport(qint64 runId, const QString &path);
    // Deletes a run and everything stored with it (off the GUI thread; `deleted` says when).
    void deleteRun(qint64 runId);
    qint64 shownRun() const { return m_shownRun; }
    // People's verdicts on run `runId` changed on another page: the Answers tab reads its verdicts
    // again (the figures loader, shared, reads the figures again by itself).
    void overridesChanged(qint64 runId);
    // Where this page gets runs' figures: the window's one loader, shared with its other screens
    // (else a loader of its own).
    void setFiguresLoader(FiguresLoader *figures);
    FiguresLoader *figuresLoader() const { return m_figures; }
    QCheckBox *juryOnly() const { return m_juryOnly; }

Q_SIGNALS:
    void loaded(int runCount);
    void resumeRequested(qint64 runId);
    void rejudgeRequested(qint64 runId);
    void planRequested(qint64 runId);
    void leaderboardLoaded(qint64 runId);
    void breakdownsLoaded(qint64 runId);
    void claimsLoaded(qint64 runId); // the summary's "most accurate" by paired tests
    void deleted(qint64 runId, const QString &error);
    void reportExported(const QString &path, const QString &error);
    void overridden(qint64 runId, qint64 invocationId); // a person's verdict was stored in the drill-down

protected:
    void showEvent(QShowEvent *event) override;

private:
    void drillTo(const ChartTarget &target);
    void loadFigures();     // the shown run's leaderboard and breakdowns, jury-only when asked
    void reweight();        // ranks the shown run's leaderboard with the weights shown
    std::shared_ptr<const Store> m_store;
    RunHistory *m_runs;
    class LeaderboardModel *m_leaderboard;
    QSortFilterProxyModel *m_boardSort;
    QTableView *m_boardView;
    QList<QDoubleSpinBox *> m_weights; // the composite's: success, latency, cost, throughput
    QLabel *m_health;
    QCheckBox *m_juryOnly;
    RunSummaryView *m_summary; // the answer to "which model?", each verdict beside its chart
    QTabWidget *m_details;
    CellTableModel *m_taskTypes, *m_temperatures, *m_regions, *m_experiments;
    QComboBox *m_taskFilter;   // the task types tab: one task type's leaderboard, or all
    RunCharts *m_charts;
    DrillDownPanel *m_drill;
    HistoryView *m_history;
    std::shared_ptr<const Leaderboard> m_board;     // of the run shown, once computed
    std::shared_ptr<const Breakdowns> m_breakdowns;
    qint64 m_shownRun = -1;
    std::unique_ptr<InvocationFilter> m_pendingFilter; // for the run being shown, once its names are read
    QSplitter *m_splitter = nullptr;
    bool m_sized = false;
    FiguresLoader *m_figures;
    bool m_drillShown = false; // the Answers tab knows the shown run
    quint64 m_leaderboardGeneration = 0;
    quint64 m_claimsTicket = 0;
    std::function<void()> m_startClaims; // reads the shown run's items, once the summary is painted
};

} // namespace Quorum
