#include "runspage.h"

#include "common/background.h"
#include "drilldown/drilldownpanel.h"
#include "present/breakdowntables.h"
#include "present/leaderboardmodel.h"
#include "present/runtablemodel.h"
#include "present/summaries.h"
#include "runs/runcharts.h"
#include "runs/runsummary.h"

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
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
               || at(RunTableModel::StatusColumn).contains(text, Qt::CaseInsensitive) || at(RunTableModel::IdColumn) == text
               || at(RunTableModel::FingerprintColumn).startsWith(text, Qt::CaseInsensitive);
    }

private:
    QString m_status, m_text;
};


} // namespace

RunsPage::RunsPage(QWidget *parent)
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
        m_statusFilter->addItem(runStatusName(s), runStatusName(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<HistoryFilter *>(m_history)->setStatus(m_statusFilter->currentData().toString()); });
    m_state->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeButton"_qs);
    m_resume->setToolTip(tr("Finish the missing work of the selected run"));
    m_rejudge = new QPushButton(tr("Re-judge…"), this);
    m_rejudge->setObjectName(u"rejudgeButton"_qs);
    m_rejudge->setToolTip(tr("Score the selected run's answers again with another jury, without calling its models"));
    m_openPlan = new QPushButton(tr("Open Plan"), this);
    m_openPlan->setObjectName(u"openPlanButton"_qs);
    m_openPlan->setToolTip(tr("Open the plan that made the selected run in the Workspace, to change it or run it again"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(u"deleteRunButton"_qs);
    m_delete->setToolTip(tr("Delete the selected run and everything stored with it"));
    for (QPushButton *b : {m_resume, m_rejudge, m_openPlan, m_delete})
        b->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const RunSummary *run = selectedRun();
        m_resume->setEnabled(run && run->status != RunStatus::Completed && run->status != RunStatus::Running);
        m_rejudge->setEnabled(run && run->status != RunStatus::Running);
        m_openPlan->setEnabled(run);
        m_delete->setEnabled(run && run->status != RunStatus::Running);
        if (run && run->id != m_shownRun)
            showLeaderboard(run->id);
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
    for (QPushButton *b : {m_resume, m_rejudge, m_openPlan, m_delete, refreshButton})
        top->addWidget(b);

    m_leaderboard = new LeaderboardModel(this);
    m_boardSort = new QSortFilterProxyModel(this);
    m_boardSort->setSourceModel(m_leaderboard);
    m_boardSort->setSortRole(Qt::UserRole);
    m_boardView = new QTableView(this);
    m_boardView->setObjectName(u"leaderboardTable"_qs);
    m_boardView->setModel(m_boardSort);
    m_boardView->setSortingEnabled(true);
    m_boardView->sortByColumn(LeaderboardModel::RankColumn, Qt::AscendingOrder);
    m_boardView->verticalHeader()->hide();
    m_boardView->setAlternatingRowColors(true);
    m_boardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_boardView->setToolTip(tr("Click a heading to sort; double-click a variant (or press Enter) to list its invocations"));
    m_boardView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_boardView->horizontalHeader()->setSectionResizeMode(LeaderboardModel::VariantColumn, QHeaderView::Stretch);
    connect(m_boardView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            drillTo({m_leaderboard->item(m_boardSort->mapToSource(index).row()).label, {}, {}, {}});
    });
    m_health = new QLabel(tr("Select a run to see its leaderboard."), this);
    m_health->setWordWrap(true);
    // The composite's weights, live: the ranking and the verdicts follow as they change.
    auto *weights = new QHBoxLayout;
    auto *weightsLabel = new QLabel(tr("Composite weights:"), this);
    weightsLabel->setToolTip(tr("composite = success × w₁ + (1 − TTLB / slowest) × w₂ + (1 − cost / dearest) × w₃ + "
                                "(tokens/s / fastest) × w₄"));
    weights->addWidget(weightsLabel);
    const CompositeWeights defaults;
    const std::pair<QString, double> names[] = {{tr("&success"), defaults.success}, {tr("lat&ency"), defaults.latency},
                                                {tr("c&ost"), defaults.cost}, {tr("&throughput"), defaults.throughput}};
    for (const auto &[name, value] : names) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0, 10);
        box->setSingleStep(0.1);
        box->setDecimals(2);
        box->setValue(value);
        box->setObjectName(u"weight_"_qs + QString(name).remove(u'&'));
        auto *label = new QLabel(name, this);
        label->setBuddy(box);
        weights->addWidget(label);
        weights->addWidget(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RunsPage::reweight);
        m_weights << box;
    }
    auto *reset = new QPushButton(tr("Defaults"), this);
    reset->setToolTip(tr("360-eval's weights: success 1, latency 0.5, cost 0.5, throughput 0"));
    connect(reset, &QPushButton::clicked, this, [this] {
        const CompositeWeights d;
        const double values[] = {d.success, d.latency, d.cost, d.throughput};
        for (qsizetype i = 0; i < m_weights.size(); ++i) {
            const QSignalBlocker quiet(m_weights.at(i));
            m_weights.at(i)->setValue(values[i]);
        }
        reweight();
    });
    weights->addWidget(reset);
    weights->addStretch(1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(weights);
    lowerLayout->addWidget(m_boardView, 1);
    lowerLayout->addWidget(m_health);
    m_details = new QTabWidget(this);
    m_details->setObjectName(u"runDetails"_qs);
    // First the answer: each verdict beside its chart; the figures follow tab by tab.
    m_summary = new RunSummaryView(this);
    connect(m_summary, &RunSummaryView::drillDown, this, &RunsPage::drillTo);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setObjectName(u"runSummaryScroll"_qs);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    m_details->setTabToolTip(m_details->addTab(summaryScroll, tr("&Summary")),
                             tr("Which model to use: each verdict beside the chart that shows it"));
    m_details->addTab(lower, tr("&Leaderboard"));
    // The charts of the same figures, second after the leaderboard.
    m_charts = new RunCharts(this);
    connect(m_charts, &RunCharts::drillDown, this, &RunsPage::drillTo);
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(u"runCharts"_qs);
    chartsScroll->setWidget(m_charts);
    chartsScroll->setWidgetResizable(true);
    m_details->setTabToolTip(m_details->addTab(chartsScroll, tr("&Charts")),
                             tr("Success with its 95% interval, cost against quality, success by task type, the jury's dimensions, "
                                "latency by region, ratings; click a mark to list the invocations behind it"));
    m_drill = new DrillDownPanel(this);
    m_details->setTabToolTip(m_details->addTab(m_drill, tr("&Answers")),
                             tr("Every invocation of the run, filtered; each one's prompt, answer, verdicts and attempts"));
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
    m_splitter = splitter;
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_view);
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true; // the history a few rows high; the run shown gets the rest (the user may drag it)
    const int history = m_view->horizontalHeader()->height() + m_view->verticalHeader()->defaultSectionSize() * 3 + 4;
    m_splitter->setSizes({history, std::max(history, m_splitter->height() - history)});
}

const RunSummary *RunsPage::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->item(m_history->mapToSource(rows.first()).row());
}

CellTableModel *RunsPage::breakdown(int tab) const
{
    const CellTableModel *models[] = {m_taskTypes, m_temperatures, m_regions, m_experiments};
    return tab >= 0 && tab < 4 ? const_cast<CellTableModel *>(models[tab]) : nullptr;
}

void RunsPage::drillTo(const ChartTarget &target)
{
    InvocationFilter f;
    if (m_board)
        for (const LeaderboardRow &row : m_board->rows)
            if (row.label == target.variant)
                f.variantId = row.variantId;
    f.taskType = target.taskType;
    f.temperature = target.temperature;
    if (!target.errorClass.isEmpty()) {
        f.verdict = InvocationFilter::Verdict::Error;
        f.errorClass = target.errorClass;
    }
    showInvocations(f);
}

void RunsPage::showInvocations(const InvocationFilter &filter)
{
    m_details->setCurrentWidget(m_drill);
    m_drill->showFilter(filter);
}

void RunsPage::showInvocations(qint64 runId, const InvocationFilter &filter)
{
    if (runId == m_shownRun && !m_pendingFilter) {
        showInvocations(filter);
        return;
    }
    showLeaderboard(runId);
    m_pendingFilter = std::make_unique<InvocationFilter>(filter);
    m_details->setCurrentWidget(m_drill);
}

void RunsPage::showLeaderboard(qint64 runId)
{
    m_pendingFilter.reset();
    const quint64 generation = ++m_leaderboardGeneration;
    m_shownRun = runId;
    m_health->setText(tr("Computing the leaderboard of run %1…").arg(runId));
    m_board.reset();
    m_breakdowns.reset();
    m_charts->show(m_board, m_breakdowns);
    m_summary->show(nullptr, runId);
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    struct Names
    {
        QHash<qint64, QString> variants, judges;
    };
    runInBackground(this, [store, runId] {
        RunQueries q = store->reader();
        Names n;
        for (const VariantInfo &v : q.variantInfo(runId, false))
            n.variants.insert(v.id, v.label);
        for (const VariantInfo &v : q.variantInfo(runId, true))
            n.judges.insert(v.id, v.label);
        return n;
    }, [this, generation, store, runId](Names n) {
        if (generation != m_leaderboardGeneration)
            return;
        m_drill->setRun(store, runId, std::move(n.variants), std::move(n.judges));
        const std::unique_ptr<InvocationFilter> pending = std::move(m_pendingFilter);
        m_drill->showFilter(pending ? *pending : InvocationFilter{});
    });
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
        m_breakdowns = std::make_shared<const Breakdowns>(b);
        m_charts->show(m_board, m_breakdowns);
        qint64 disputed = 0;
        for (const qint64 d : std::as_const(b.experiments.disputedCells))
            disputed += d;
        m_details->setTabText(m_details->count() - 1,
                              b.experiments.experiments > 1 ? tr("Experiments (%1 disputed)").arg(disputed) : tr("Experiments"));
        Q_EMIT breakdownsLoaded(runId);
    });
    runInBackground(this, [store, runId] { return computeLeaderboard(*store, runId); }, [this, generation, runId](Leaderboard board) {
        if (generation != m_leaderboardGeneration)
            return;
        m_board = std::make_shared<const Leaderboard>(board);
        reweight(); // the table and the verdicts, with the weights shown
        m_charts->show(m_board, m_breakdowns);
        m_health->setText(Summaries::juryHealth(board, runId, QLocale()));
        Q_EMIT leaderboardLoaded(runId);
    });
}

void RunsPage::reweight()
{
    if (!m_board) {
        m_leaderboard->setItems({});
        m_summary->show(nullptr, m_shownRun);
        return;
    }
    CompositeWeights w;
    double *values[] = {&w.success, &w.latency, &w.cost, &w.throughput};
    for (qsizetype i = 0; i < m_weights.size(); ++i)
        *values[i] = m_weights.at(i)->value();
    Leaderboard ranked = *m_board;
    rankByComposite(ranked.rows, w);
    m_leaderboard->setItems(ranked.rows);
    m_summary->show(&ranked, m_shownRun);
}

void RunsPage::deleteRun(qint64 runId)
{
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    m_state->setText(tr("Deleting run %1…").arg(runId));
    runInBackground(this, [store, runId]() -> QString {
        const std::unique_ptr<StoreWriter> writer = store->writer();
        if (QString e = writer->start(); !e.isEmpty())
            return e;
        writer->submit(RunDeletion{runId});
        if (!writer->flush(600000))
            return tr("the store did not finish deleting in time");
        return writer->lastError();
    }, [this, runId](QString error) {
        if (error.isEmpty() && runId == m_shownRun)
            m_shownRun = -1;
        m_state->setText(error.isEmpty() ? tr("Run %1 deleted.").arg(runId) : tr("Run %1 was not deleted: %2").arg(runId).arg(error));
        if (error.isEmpty())
            refresh();
        Q_EMIT deleted(runId, error);
    });
}

void RunsPage::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    m_shownRun = -1;
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
    m_state->setText(tr("Loading runs from %1…").arg(m_store->displayedLocation()));
    const std::shared_ptr<const Store> store = m_store;
    runInBackground(this, [store] {
        RunQueries queries = store->reader();
        Loaded result{queries.runs(), queries.error()};
        return result;
    }, [this, generation, store](Loaded result) {
        if (generation != m_generation)
            return;
        const QString where = store->displayedLocation();
        const qint64 shown = m_shownRun;
        m_model->setItems(result.runs);
        if (!result.error.isEmpty())
            m_state->setText(tr("Cannot read runs from %1: %2").arg(where, result.error));
        else if (result.runs.isEmpty())
            m_state->setText(tr("No runs yet in %1. Runs appear here as soon as they start.").arg(where));
        else
            m_state->setText(tr("%n run(s) in %1.", nullptr, int(result.runs.size())).arg(where));
        // Keep the run shown selected; else the newest run's leaderboard, without a click.
        int row = 0;
        for (int i = 0; i < m_history->rowCount(); ++i)
            if (m_model->item(m_history->mapToSource(m_history->index(i, 0)).row()).id == shown)
                row = i;
        if (m_history->rowCount() > 0)
            m_view->selectRow(row);
        else
            m_shownRun = -1;
        Q_EMIT loaded(int(result.runs.size()));
    });
}

} // namespace Quorum
