#include "runhistory.h"
#include "present/figures.h"

#include "present/background.h"
#include "storage/runsreader.h"
#include "present/runtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Loaded
{
    QList<RunSummary> runs;
    QString error;
};

// The run history's view: text matches the name, status or id; a status choice keeps only it.
class HistoryFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto at = [&](int column) { return sourceModel()->index(row, column, parent).data(Qt::UserRole).toString(); };
        if (!m_status.isEmpty() && at(RunTableModel::StatusColumn) != m_status)
            return false;
        const QString &text = m_text;
        return text.isEmpty() || at(RunTableModel::NameColumn).contains(text, Qt::CaseInsensitive)
               || at(RunTableModel::StatusColumn).contains(text, Qt::CaseInsensitive) // the store's name, and as shown
               || sourceModel()->index(row, RunTableModel::StatusColumn, parent).data().toString().contains(text, Qt::CaseInsensitive)
               || at(RunTableModel::IdColumn) == text
               || at(RunTableModel::FingerprintColumn).startsWith(text, Qt::CaseInsensitive);
    }

private:
    QString m_status, m_text;
};


} // namespace

RunHistory::RunHistory(QWidget *parent)
    : QWidget(parent), m_model(new RunTableModel(this)), m_history(new HistoryFilter(this)), m_state(new QLabel(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_view(new QTableView(this))
{
    m_history->setSourceModel(m_model);
    m_history->setSortRole(Qt::UserRole);
    m_view->setObjectName(u"runTable"_qs);
    m_view->setModel(m_history);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunTableModel::IdColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunTableModel::NameColumn, QHeaderView::Stretch);
    m_search->setObjectName(u"runSearch"_qs);
    m_search->setPlaceholderText(tr("Find runs by name, status, number or fingerprint"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<HistoryFilter *>(m_history)->setText(text); });
    m_statusFilter->setObjectName(u"runStatusFilter"_qs);
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const RunStatus s : {RunStatus::Completed, RunStatus::Running, RunStatus::Paused, RunStatus::Cancelled, RunStatus::Failed,
                              RunStatus::Planned})
        m_statusFilter->addItem(Figures::runStatus(s), runStatusName(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<HistoryFilter *>(m_history)->setStatus(m_statusFilter->currentData().toString()); });
    m_state->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &RunHistory::refresh);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeButton"_qs);
    m_resume->setToolTip(tr("Finish the missing work of the selected run"));
    m_rejudge = new QPushButton(tr("Re-judge…"), this);
    m_rejudge->setObjectName(u"rejudgeButton"_qs);
    m_rejudge->setToolTip(tr("Score the selected run's answers again with another jury, without calling its models"));
    m_openPlan = new QPushButton(tr("Open Plan"), this);
    m_openPlan->setObjectName(u"openPlanButton"_qs);
    m_openPlan->setToolTip(tr("Open the plan that made the selected run in the Workspace, to change it or run it again"));
    m_report = new QPushButton(tr("Export Report…"), this);
    m_report->setObjectName(u"exportReportButton"_qs);
    m_report->setToolTip(tr("Write the selected run's report as one HTML file to send to anyone: figures, charts and answers"));
    m_pin = new QPushButton(tr("Pin as Baseline…"), this);
    m_pin->setObjectName(u"pinBaselineButton"_qs);
    m_pin->setToolTip(tr("Name the selected run as a baseline: quorum-cli run --baseline NAME then fails (exit 3) when a later "
                         "run is significantly worse"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(u"deleteRunButton"_qs);
    m_delete->setToolTip(tr("Delete the selected run and everything stored with it"));
    for (QPushButton *b : {m_resume, m_rejudge, m_openPlan, m_report, m_pin, m_delete})
        b->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const RunSummary *run = selectedRun();
        m_resume->setEnabled(run && run->status != RunStatus::Completed && run->status != RunStatus::Running);
        m_rejudge->setEnabled(run && run->status != RunStatus::Running);
        m_openPlan->setEnabled(run);
        m_report->setEnabled(run);
        m_pin->setEnabled(run && run->status == RunStatus::Completed);
        m_delete->setEnabled(run && run->status != RunStatus::Running);
        if (run && run->id != m_selected) {
            m_selected = run->id;
            Q_EMIT runSelected(run->id);
        }
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT resumeRequested(run->id);
    });
    connect(m_rejudge, &QPushButton::clicked, this, [this] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT rejudgeRequested(run->id);
    });
    connect(m_openPlan, &QPushButton::clicked, this, [this] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT planRequested(run->id);
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT reportRequested(run->id);
    });
    connect(m_pin, &QPushButton::clicked, this, [this] {
        const RunSummary *run = selectedRun();
        if (!run)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Pin Run %1 as Baseline").arg(run->id),
                                                   tr("Baseline name (pinning a name again moves it to this run):"), QLineEdit::Normal,
                                                   u"main"_qs, &ok).trimmed();
        if (ok && !name.isEmpty())
            pinBaseline(run->id, name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const RunSummary *run = selectedRun();
        if (!run)
            return;
        const auto answer = QMessageBox::warning(
            this, tr("Delete run %1?").arg(run->id),
            tr("Run %1 “%2” and everything stored with it (%n invocation(s), their verdicts, attempts and errors) will be "
               "deleted from %3. This cannot be undone.", nullptr, int(qMin<qint64>(run->invocations, INT_MAX)))
                .arg(run->id).arg(run->name, m_store ? m_store->displayedLocation() : QString()),
            QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            deleteRun(run->id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_statusFilter);
    top->addWidget(m_state, 3);
    for (QPushButton *b : {m_resume, m_rejudge, m_openPlan, m_report, m_pin, m_delete, refreshButton})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_view);
}


int RunHistory::heightFor(int rows) const
{
    return m_search->sizeHint().height() + layout()->spacing() + m_view->horizontalHeader()->height()
           + m_view->verticalHeader()->defaultSectionSize() * rows + 4;
}

const RunSummary *RunHistory::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->item(m_history->mapToSource(rows.first()).row());
}

void RunHistory::select(qint64 runId)
{
    m_selected = runId;
    for (int i = 0; i < m_history->rowCount(); ++i)
        if (m_model->item(m_history->mapToSource(m_history->index(i, 0)).row()).id == runId) {
            const QSignalBlocker quiet(m_view->selectionModel()); // the page shows it already
            m_view->selectRow(i);
            return;
        }
}

void RunHistory::write(WriteOp op, std::function<void(const QString &)> done)
{
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    runInBackground(this, [store, op = std::move(op)] { return store->write({op}); },
                    [done = std::move(done)](QString error) { done(error); });
}

void RunHistory::deleteRun(qint64 runId)
{
    m_state->setText(tr("Deleting run %1…").arg(runId));
    write(RunDeletion{runId}, [this, runId](const QString &error) {
        if (error.isEmpty() && runId == m_selected)
            m_selected = -1;
        m_state->setText(error.isEmpty() ? tr("Run %1 deleted.").arg(runId) : tr("Run %1 was not deleted: %2").arg(runId).arg(error));
        if (error.isEmpty())
            refresh();
        Q_EMIT deleted(runId, error);
    });
}

void RunHistory::pinBaseline(qint64 runId, const QString &name)
{
    write(BaselinePin{name, runId, QDateTime::currentMSecsSinceEpoch(), osUserName()}, [this, runId, name](const QString &error) {
        m_state->setText(error.isEmpty() ? tr("Run %1 is the baseline “%2”: quorum-cli run --baseline %2 checks later runs against it.")
                                               .arg(runId).arg(name)
                                         : tr("Run %1 was not pinned: %2").arg(runId).arg(error));
        Q_EMIT baselinePinned(runId, name, error);
    });
}

void RunHistory::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    m_selected = -1;
    refresh();
}

void RunHistory::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        m_model->setItems({});
        m_state->setText(tr("No database is open. Use File › Open Database…"));
        return;
    }
    m_state->setText(tr("Loading runs from %1…").arg(m_store->displayedLocation()));
    const std::shared_ptr<const Store> store = m_store;
    runInBackground(this, [store] {
        RunsReader queries(*store);
        Loaded result{queries.runs(), queries.error()};
        return result;
    }, [this, generation, store](Loaded result) {
        if (generation != m_generation)
            return;
        const QString where = store->displayedLocation();
        const qint64 kept = m_selected;
        m_model->setItems(result.runs); // clears the selection: put back below
        m_selected = kept;
        if (!result.error.isEmpty())
            m_state->setText(tr("Cannot read runs from %1: %2").arg(where, result.error));
        else if (result.runs.isEmpty())
            m_state->setText(tr("No runs yet in %1. Runs appear here as soon as they start.").arg(where));
        else
            m_state->setText(tr("%n run(s) in %1.", nullptr, int(result.runs.size())).arg(where));
        // Keep the selected run selected; else the newest, so its page shows without a click.
        int row = 0;
        for (int i = 0; i < m_history->rowCount(); ++i)
            if (m_model->item(m_history->mapToSource(m_history->index(i, 0)).row()).id == kept)
                row = i;
        if (m_history->rowCount() > 0)
            m_view->selectRow(row);
        else
            m_selected = -1;
        Q_EMIT loaded(int(result.runs.size()));
    });
}

} // namespace Quorum
