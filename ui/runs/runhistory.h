#pragma once

#include "storage/store.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {

class RunTableModel;
struct RunSummary;

// Every run in the open store: found by name, status, number or fingerprint, filtered by status,
// sorted by any column's value; the selected one resumed, re-judged, its plan reopened, or
// deleted (after a confirmation) with everything stored with it. Reads and deletes off the GUI
// thread.
class RunHistory final : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistory(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<const Store> store);
    void refresh();
    RunTableModel *model() const { return m_model; }
    QSortFilterProxyModel *view() const { return m_history; } // the table's sorted, filtered view of model()
    const RunSummary *selectedRun() const;
    // Selects a run without announcing it (the page shows it already).
    void select(qint64 runId);
    void deleteRun(qint64 runId);
    // Pins a run as the named baseline (off the GUI thread; baselinePinned says when).
    void pinBaseline(qint64 runId, const QString &name);
    // Its height showing the search bar and `rows` rows of the table.
    int heightFor(int rows) const;

Q_SIGNALS:
    void loaded(int runCount);
    void runSelected(qint64 runId);
    void resumeRequested(qint64 runId);
    void rejudgeRequested(qint64 runId);
    void planRequested(qint64 runId);
    void reportRequested(qint64 runId);
    void deleted(qint64 runId, const QString &error);
    void baselinePinned(qint64 runId, const QString &name, const QString &error);

private:
    // Writes one row to the store off the GUI thread; `done` gets "" or why not.
    void write(WriteOp op, std::function<void(const QString &)> done);
    std::shared_ptr<const Store> m_store;
    quint64 m_generation = 0; // answers from an older refresh are dropped
    qint64 m_selected = -1;
    RunTableModel *m_model;
    QSortFilterProxyModel *m_history;
    QLabel *m_state;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QPushButton *m_resume, *m_rejudge, *m_openPlan, *m_report, *m_pin, *m_delete;
};

} // namespace Quorum
