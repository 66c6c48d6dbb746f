#pragma once

#include "storage/store.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace Quorum {

class CellTableModel;
class FiguresLoader;
struct Leaderboard;
class ReviewQueueModel;
class VerdictBar;

// People reviewing the jury, item by item (docs/METRICS.md, "People and the jury"): a run's
// review queue (disputed items, then those a judge failed on, then a calibration sample), the
// selected item whole with the verdict bar, and how far each judge and the jury agree with the
// people's verdicts so far, beside the jury's health. Keyboard-driven: P pass, F fail, then the
// reason and Enter saves and moves on; W withdraws; N or J next, K previous; R the reason.
// Reads and writes off the GUI thread.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<const Store> store);
    void refresh();                         // the runs again
    // Shows run `runId`'s queue (loading the runs first when needed).
    void review(qint64 runId);
    qint64 shownRun() const { return m_runId; }
    // Where this page gets runs' figures (the agreement, the jury's health): the window's one
    // loader, shared with its other screens (else a loader of its own).
    void setFiguresLoader(FiguresLoader *figures);

    ReviewQueueModel *queue() const { return m_queue; }
    QTableView *queueView() const { return m_queueView; }
    QTextBrowser *detail() const { return m_detail; }
    VerdictBar *verdictBar() const { return m_verdictBar; }
    CellTableModel *agreement() const { return m_agreement; }
    QLabel *health() const { return m_health; }
    QLabel *state() const { return m_state; }

Q_SIGNALS:
    void runsLoaded(int count);
    void queueLoaded(qint64 runId, int items);
    void agreementLoaded(qint64 runId);
    void itemShown(qint64 invocationId);
    void overridden(qint64 runId, qint64 invocationId); // a person's verdict was stored (or withdrawn)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadQueue();
    void loadAgreement();
    void showItem(int row);
    void step(int by);                      // to the next (or previous) row of the queue
    void showState();

    std::shared_ptr<const Store> m_store;
    qint64 m_runId = -1, m_pendingRun = -1;
    quint64 m_generation = 0, m_itemGeneration = 0;
    QHash<qint64, QString> m_judges;
    QComboBox *m_run, *m_variant;
    QSpinBox *m_sample;
    QPushButton *m_reload;
    QLabel *m_state, *m_health;
    ReviewQueueModel *m_queue;
    QTableView *m_queueView;
    QTextBrowser *m_detail;
    VerdictBar *m_verdictBar;
    CellTableModel *m_agreement;
    QTableView *m_agreementView;
    QSplitter *m_split = nullptr;
    bool m_sized = false;
    bool m_unread = false; // a store was set while the page was hidden: its runs are read later
    FiguresLoader *m_figures = nullptr;
    int m_disputed = 0, m_judgeFailed = 0, m_sampled = 0;
};

} // namespace Quorum
