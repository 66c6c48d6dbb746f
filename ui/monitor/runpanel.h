#pragma once

#include "engine/runcontroller.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace Quorum {

class ChartView;
class FiguresLoader;
class LeaderboardModel;

// The run in progress: overall and per-variant progress, live figures (in flight, calls/s,
// spend, ETA), failures by class (each opens its records), a live regional TTFT chart and a live
// leaderboard that fill in as results arrive; Pause/Resume and Stop. It shows the snapshots its
// controller sends (at most 20 a second); the work itself, and the leaderboard's reads, run off
// the GUI thread.
class RunPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    // Takes the controller to show and steer (it stays owned by its parent).
    void follow(RunController *controller);
    // Before a run is recorded: says what is happening, with nothing of the last run's left.
    void preparing(const QString &what);
    void showSnapshot(const ProgressSnapshot &snapshot);
    // Runs waiting for this one to finish (shown in the title).
    void setQueued(int waiting);
    LeaderboardModel *leaderboard() const { return m_board; }
    // Where the live leaderboard comes from: the window's one loader of runs' figures (else a
    // loader of its own).
    void setFiguresLoader(FiguresLoader *figures);
    ChartView *ttftChart() const { return m_chart; }

Q_SIGNALS:
    void closed();
    // A failure class was clicked: list the run's invocations that failed with it.
    void failuresRequested(qint64 runId, const QString &errorClass);
    void leaderboardUpdated();

private:
    void refreshLeaderboard();
    void sampleTtft(const ProgressSnapshot &s);
    void updateTitle();

    QPointer<RunController> m_controller;
    qint64 m_runId = 0;
    QString m_state;                // "", "completed", "stopping…", …
    int m_queued = 0;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_figures;
    QLabel *m_errors;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_close;
    QSpinBox *m_parallel;
    QGridLayout *m_variantGrid;
    QList<QProgressBar *> m_variantBars;
    ChartView *m_chart;
    QMap<QString, QList<QPointF>> m_ttft; // per region: (seconds since the start, latest TTFT ms)
    double m_lastSample = -1;
    LeaderboardModel *m_board;
    QTableView *m_boardView;
    QTimer *m_boardTimer;
    bool m_boardPending = false;
    bool m_boardAgain = false;
    FiguresLoader *m_loader = nullptr;
    bool m_ended = false;            // the followed run has finished
};

} // namespace Quorum
