#include "runspage.h"

#include "common/background.h"
#include "present/breakdowntables.h"
#include "present/leaderboardmodel.h"
#include "present/summaries.h"
#include "present/runtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Loaded
{
    QList<RunSummary> runs;
    QString error;
};
} // namespace

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent), m_model(new RunTableModel(this)), m_state(new QLabel(this)), m_view(new QTableView(this))
{
    m_view->setObjectName(u"runTable"_qs);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunTableModel::NameColumn, QHeaderView::Stretch);
    m_state->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeButton"_qs);
    m_resume->setToolTip(tr("Finish the missing work of the selected run"));
    m_resume->setEnabled(false);
    m_rejudge = new QPushButton(tr("Re-judge…"), this);
    m_rejudge->setObjectName(u"rejudgeButton"_qs);
    m_rejudge->setToolTip(tr("Score the selected run's answers again with another jury, without calling its models"));
    m_rejudge->setEnabled(false);
    auto selectedRun = [this]() -> const RunSummary * {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        return rows.isEmpty() ? nullptr : &m_model->item(rows.first().row());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, selectedRun] {
        const RunSummary *run = selectedRun();
        m_resume->setEnabled(run && run->status != RunStatus::Completed && run->status != RunStatus::Running);
        m_rejudge->setEnabled(run && run->status != RunStatus::Running);
        if (run)
            showLeaderboard(run->id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this, selectedRun] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT resumeRequested(run->id);
    });

    connect(m_rejudge, &QPushButton::clicked, this, [this, selectedRun] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT rejudgeRequested(run->id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_resume);
    top->addWidget(m_rejudge);
    top->addWidget(refreshButton);
    m_leaderboard = new LeaderboardModel(this);
    auto *board = new QTableView(this);
    board->setObjectName(u"leaderboardTable"_qs);
    board->setModel(m_leaderboard);
    board->verticalHeader()->hide();
    board->setAlternatingRowColors(true);
    board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    board->horizontalHeader()->setSectionResizeMode(LeaderboardModel::VariantColumn, QHeaderView::Stretch);
    m_health = new QLabel(tr("Select a run to see its leaderboard."), this);
    m_health->setWordWrap(true);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(board, 1);
    lowerLayout->addWidget(m_health);
    // The leaderboard first, then the run's breakdowns, each a table.
    m_details = new QTabWidget(this);
    m_details->setObjectName(u"runDetails"_qs);
    m_details->addTab(lower, tr("Leaderboard"));
    auto addTable = [this](const QString &title, const QStringList &headers, const QString &tooltip) {
        auto *model = new CellTableModel(headers, this);
        auto *view = new QTableView(this);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setSortingEnabled(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        m_details->setTabToolTip(m_details->addTab(view, title), tooltip);
        return model;
    };
    m_taskTypes = addTable(tr("Task types"), taskTypeHeaders(), tr("Each variant on the scenarios of each task type"));
    m_temperatures = addTable(tr("Temperatures"), temperatureHeaders(), tr("Every figure grouped by temperature"));
    m_regions = addTable(tr("Regions"), regionHeaders(), tr("Latency per region, then per model × region × tier"));
    m_experiments = addTable(tr("Experiments"), experimentHeaders(),
                             tr("Repeated experiments: the median per variant and scenario, disputed when the spread exceeds the threshold"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

CellTableModel *RunsPage::breakdown(int tab) const
{
    const CellTableModel *models[] = {m_taskTypes, m_temperatures, m_regions, m_experiments};
    return tab >= 0 && tab < 4 ? const_cast<CellTableModel *>(models[tab]) : nullptr;
}

void RunsPage::showLeaderboard(qint64 runId)
{
    const quint64 generation = ++m_leaderboardGeneration;
    m_health->setText(tr("Computing the leaderboard of run %1…").arg(runId));
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    runInBackground(this, [store, runId] {
        Breakdowns b = computeBreakdowns(*store, runId);
        return b;
    }, [this, generation, runId](Breakdowns b) {
        if (generation != m_leaderboardGeneration)
            return;
        m_taskTypes->setItems(taskTypeRows(b));
        m_temperatures->setItems(temperatureRows(b));
        m_regions->setItems(regionRows(b));
        m_experiments->setItems(experimentRows(b));
        m_details->setTabText(4, b.experiments.experiments > 1 ? tr("Experiments (%1 disputed)").arg([&] {
            qint64 n = 0;
            for (const qint64 d : std::as_const(b.experiments.disputedCells))
                n += d;
            return n;
        }()) : tr("Experiments"));
        Q_EMIT breakdownsLoaded(runId);
    });
    runInBackground(this, [store, runId] { return computeLeaderboard(*store, runId); }, [this, generation, runId](Leaderboard board) {
        if (generation != m_leaderboardGeneration)
            return;
        m_leaderboard->setItems(board.rows);
        m_health->setText(Summaries::juryHealth(board, runId, QLocale()));
        Q_EMIT leaderboardLoaded(runId);
    });
}

void RunsPage::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    refresh();
}

void RunsPage::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        m_model->setItems({});
        m_state->setText(tr("No database is open. Use File › Open Database…"));
        return;
    }
    const QString where = m_store->location();
    m_state->setText(tr("Loading runs from %1…").arg(where));
    const std::shared_ptr<const Store> store = m_store;
    runInBackground(this, [store] {
        RunQueries queries = store->reader();
        Loaded result{queries.runs(), queries.error()};
        return result;
    }, [this, generation, where](Loaded result) {
        if (generation != m_generation)
            return;
        m_model->setItems(result.runs);
        if (!result.error.isEmpty())
            m_state->setText(tr("Cannot read runs from %1: %2").arg(where, result.error));
        else if (result.runs.isEmpty())
            m_state->setText(tr("No runs yet in %1. Runs appear here as soon as they start.").arg(where));
        else
            m_state->setText(tr("%n run(s) in %1.", nullptr, int(result.runs.size())).arg(where));
        if (!result.runs.isEmpty() && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0); // the newest run's leaderboard, without a click
        Q_EMIT loaded(int(result.runs.size()));
    });
}

} // namespace Quorum
