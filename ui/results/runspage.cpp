#include "runspage.h"

#include "present/publishedscores.h"

#include "present/background.h"
#include "results/drilldownpanel.h"
#include "present/breakdowntables.h"
#include "present/leaderboardmodel.h"
#include "present/runtablemodel.h"
#include "present/reviewtext.h"
#include "present/runfigures.h"
#include "present/summaries.h"
#include "results/runcharts.h"
#include "results/reportexport.h"
#include "runs/historyview.h"
#include "runs/runhistory.h"
#include "results/runsummary.h"

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"
#include "analytics/review.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

RunsPage::RunsPage(QWidget *parent) : QWidget(parent), m_runs(new RunHistory(this)), m_figures(nullptr)
{
    setFiguresLoader(new FiguresLoader(this));
    connect(m_runs, &RunHistory::runSelected, this, &RunsPage::showLeaderboard);
    connect(m_runs, &RunHistory::loaded, this, &RunsPage::loaded);
    connect(m_runs, &RunHistory::resumeRequested, this, &RunsPage::resumeRequested);
    connect(m_runs, &RunHistory::rejudgeRequested, this, &RunsPage::rejudgeRequested);
    connect(m_runs, &RunHistory::planRequested, this, &RunsPage::planRequested);
    connect(m_runs, &RunHistory::reportRequested, this, [this](qint64 runId) {
        if (!m_store)
            return;
        const RunSummary *run = m_runs->selectedRun();
        auto *job = new ReportExport(this, m_store, runId, run && run->id == runId ? run->name : QString());
        connect(job, &ReportExport::finished, this, &RunsPage::reportExported);
        job->start();
    });
    connect(m_runs, &RunHistory::deleted, this, [this](qint64 runId, const QString &error) {
        if (error.isEmpty() && runId == m_shownRun)
            m_shownRun = -1;
        Q_EMIT deleted(runId, error);
    });
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
    m_health->setObjectName(u"runHealth"_qs);
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
    m_juryOnly = new QCheckBox(tr("&Jury only"), this);
    m_juryOnly->setObjectName(u"juryOnly"_qs);
    m_juryOnly->setToolTip(tr("The jury's own verdicts and scores, leaving out people's overrides (as quorum-cli's --jury-only)"));
    connect(m_juryOnly, &QCheckBox::toggled, this, [this] { loadFigures(); });
    weights->addWidget(m_juryOnly);
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
    connect(m_summary, &RunSummaryView::claimsWanted, this, [this] {
        if (const auto start = std::exchange(m_startClaims, {}))
            start();
    });
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
    connect(m_drill, &DrillDownPanel::overridden, this, [this](qint64 runId, qint64 invocationId) {
        m_figures->invalidate(runId); // read again by every screen that shows the run's figures
        Q_EMIT overridden(runId, invocationId);
    });
    m_details->setTabToolTip(m_details->addTab(m_drill, tr("&Answers")),
                             tr("Every invocation of the run, filtered; each one's prompt, answer, verdicts and attempts"));
    m_history = new HistoryView(this);
    m_history->setObjectName(u"runTrend"_qs);
    m_details->setTabToolTip(m_details->addTab(m_history, tr("&History")),
                             tr("Each variant's figures over the runs of the same scenarios or of a baseline's lineage; the run's "
                                "repeats and the items whose verdict flips"));
    // A breakdown table: its model, and the view of it (through `proxy` when given), as a tab
    // below `above` when given.
    auto addTable = [this](const QString &title, const QStringList &headers, const QString &tooltip,
                           QSortFilterProxyModel *proxy = nullptr, QLayout *above = nullptr) {
        auto *model = new CellTableModel(headers, this);
        auto *view = new QTableView(this);
        if (proxy)
            proxy->setSourceModel(model);
        view->setModel(proxy ? static_cast<QAbstractItemModel *>(proxy) : model);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setSortingEnabled(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        QWidget *tab = view;
        if (above) {
            tab = new QWidget(this);
            auto *tabLayout = new QVBoxLayout(tab);
            tabLayout->setContentsMargins(0, 0, 0, 0);
            tabLayout->addLayout(above);
            tabLayout->addWidget(view, 1);
        }
        m_details->setTabToolTip(m_details->addTab(tab, title), tooltip);
        return model;
    };
    // One task type's leaderboard at a time, or all of them: the task column filters the table.
    auto *taskProxy = new QSortFilterProxyModel(this);
    taskProxy->setFilterKeyColumn(1);
    m_taskFilter = new QComboBox(this);
    m_taskFilter->setObjectName(u"taskTypeFilter"_qs);
    m_taskFilter->addItem(tr("All task types"), QString());
    connect(m_taskFilter, &QComboBox::currentIndexChanged, this, [this, taskProxy] {
        const QString task = m_taskFilter->currentData().toString();
        taskProxy->setFilterRegularExpression(task.isEmpty() ? QRegularExpression()
                                                             : QRegularExpression(u'^' + QRegularExpression::escape(task) + u'$'));
    });
    auto *taskLabel = new QLabel(tr("Leaderboard of the task &type:"), this);
    taskLabel->setBuddy(m_taskFilter);
    auto *taskBar = new QHBoxLayout;
    taskBar->addWidget(taskLabel);
    taskBar->addWidget(m_taskFilter);
    taskBar->addStretch(1);
    m_taskTypes = addTable(tr("Task types"), taskTypeHeaders(), tr("Each variant on the scenarios of each task type"), taskProxy,
                           taskBar);
    m_temperatures = addTable(tr("Temperatures"), temperatureHeaders(), tr("Every figure grouped by temperature"));
    m_regions = addTable(tr("Regions"), regionHeaders(), tr("Latency per region, then per model × region × tier"));
    m_experiments = addTable(tr("Experiments"), experimentHeaders(),
                             tr("Repeated experiments: the median per variant and scenario, disputed when the spread exceeds the threshold"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->addWidget(m_runs);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true; // the history a few rows high; the run shown gets the rest (the user may drag it)
    const int history = m_runs->heightFor(3);
    m_splitter->setSizes({history, std::max(history, m_splitter->height() - history)});
}

RunTableModel *RunsPage::model() const
{
    return m_runs->model();
}

QSortFilterProxyModel *RunsPage::history() const
{
    return m_runs->view();
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
    m_runs->select(runId);
    ++m_leaderboardGeneration;
    m_shownRun = runId;
    m_drillShown = false;
    m_health->setText(tr("Computing the leaderboard of run %1…").arg(runId));
    m_board.reset();
    m_breakdowns.reset();
    m_charts->show(m_board, m_breakdowns);
    m_summary->setClaims(std::nullopt);
    m_startClaims = {}; // the last run's, not yet started
    m_summary->show(nullptr, runId);
    const std::shared_ptr<const Store> store = m_store;
    if (!store)
        return;
    loadFigures();
}

void RunsPage::overridesChanged(qint64 runId)
{
    if (runId != m_shownRun)
        return;
    m_drill->showFilter(m_drill->filter()); // its verdicts read again (when next shown)
}

void RunsPage::setFiguresLoader(FiguresLoader *figures)
{
    if (m_figures && m_figures->parent() == this)
        delete m_figures;
    m_figures = figures;
    m_figures->setStore(m_store);
    m_figures->watch(this, [this] { return m_shownRun; }, [this] { loadFigures(); });
}

void RunsPage::loadFigures()
{
    const std::shared_ptr<const Store> store = m_store;
    const qint64 runId = m_shownRun;
    if (!store || runId < 0)
        return;
    const quint64 shown = m_leaderboardGeneration;
    m_figures->request(this, runId, m_juryOnly->isChecked(), [this, store, runId, shown](FiguresLoader::Figures f) {
        if (!m_drillShown) {
            // The Answers and History tabs, once per run shown: they name variants as the figures do.
            m_drillShown = true;
            m_drill->setRun(store, runId, f->variantLabels, f->judgeLabels);
            m_history->setRun(store, runId);
            const std::unique_ptr<InvocationFilter> pending = std::move(m_pendingFilter);
            m_drill->showFilter(pending ? *pending : InvocationFilter{});
        }
        // The leaderboard first: the table, the verdicts and the jury's health.
        m_board = std::shared_ptr<const Leaderboard>(f, &f->board);
        m_breakdowns = std::shared_ptr<const Breakdowns>(f, &f->breakdowns);
        m_history->setLeaderboard(m_board);
        reweight(); // the table and the verdicts, with the weights shown
        QStringList health{Summaries::juryHealth(f->board, f->breakdowns.errors, runId, QLocale())};
        if (f->board.overrides > 0) {
            health << Summaries::overrideNote(f->board);
            // The jury's line; every judge's is on the Review tab.
            health << tr("Against people, %1 (each judge: Run › Review the Jury).")
                          .arg(Summaries::agreementLines(f->agreement.mid(0, 1), QLocale()).constFirst());
        }
        if (!f->error.isEmpty())
            health << tr("Cannot read every figure of run %1: %2").arg(QString::number(runId), f->error);
        m_health->setText(health.join(u"\n"_qs));
        Q_EMIT leaderboardLoaded(runId);
        // Then the breakdowns and the charts.
        const Breakdowns &b = f->breakdowns;
        m_taskTypes->setItems(taskTypeRows(b));
        {
            const QString kept = m_taskFilter->currentData().toString();
            QStringList tasks;
            for (const TaskStanding &t : std::as_const(b.taskTypes))
                if (!tasks.contains(t.taskType))
                    tasks << t.taskType;
            tasks.sort();
            const QSignalBlocker quiet(m_taskFilter);
            while (m_taskFilter->count() > 1)
                m_taskFilter->removeItem(1);
            for (const QString &t : std::as_const(tasks))
                m_taskFilter->addItem(t, t);
            m_taskFilter->setCurrentIndex(std::max(0, m_taskFilter->findData(kept)));
            Q_EMIT m_taskFilter->currentIndexChanged(m_taskFilter->currentIndex());
        }
        m_temperatures->setItems(temperatureRows(b));
        m_regions->setItems(regionRows(b));
        // The repeated experiments' table (a row per variant and scenario: tens of thousands on a large
        // run) is written off the GUI thread, and shown when done.
        runInBackground(this, [f] { return experimentRows(f->breakdowns); }, [this, f](QList<QList<QVariant>> rows) {
            if (m_breakdowns.get() == &f->breakdowns) // still the figures shown (not another run's, nor older ones)
                m_experiments->setItems(rows);
        });
        m_charts->show(m_board, m_breakdowns);
        qint64 disputed = 0;
        for (const qint64 d : std::as_const(b.experiments.disputedCells))
            disputed += d;
        m_details->setTabText(m_details->count() - 1,
                              b.experiments.experiments > 1 ? tr("Experiments (%1 disputed)").arg(disputed) : tr("Experiments"));
        Q_EMIT breakdownsLoaded(runId);
        // The models' published scores (the user's catalog: a refresh's too) beside the measured.
        runInBackground(this, [f] {
            Diagnostics ignored; // the Catalog page says what is wrong with the user's catalog files
            return comparePublished(f->board, f->variants, ModelCatalog::forUser(ignored), QLocale());
        }, [this, shown](PublishedComparison published) {
            if (shown == m_leaderboardGeneration)
                m_summary->setPublished(published);
        });
        // "Most accurate" by paired tests: every answer's verdict read (the biggest read of a large
        // run, so after the rest is shown), then the sentence written again.
        if (f->claims) {
            m_summary->setClaims(f->claims);
            reweight();
            return;
        }
        const quint64 ticket = ++m_claimsTicket; // only the newest figures' claims are shown
        m_startClaims = [this, store, runId, f, shown, ticket] {
            runInBackground(this, [store, runId, f] {
                QString ignored; // the figures above said what could not be read
                return f->claimsOf(RunReadout::readItems(store->location(), runId, f->juryOnly, &ignored));
            }, [this, shown, ticket](Claims claims) {
                if (shown != m_leaderboardGeneration || ticket != m_claimsTicket)
                    return;
                m_summary->setClaims(std::move(claims));
                reweight();
                Q_EMIT claimsLoaded(m_shownRun);
            });
        };
        m_summary->wantClaims();
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

void RunsPage::exportReport(qint64 runId, const QString &path)
{
    if (!m_store)
        return;
    auto *job = new ReportExport(this, m_store, runId);
    connect(job, &ReportExport::finished, this, &RunsPage::reportExported);
    ReportChoice choice;
    (path.endsWith(u".pdf"_qs, Qt::CaseInsensitive) ? choice.pdfPath : choice.htmlPath) = path;
    job->writeTo(choice);
}

void RunsPage::deleteRun(qint64 runId)
{
    m_runs->deleteRun(runId);
}

void RunsPage::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    m_shownRun = -1;
    m_figures->setStore(m_store);
    m_runs->setStore(m_store);
}

void RunsPage::refresh()
{
    m_runs->refresh();
}

} // namespace Quorum
