#include "runspage.h"

#include "common/background.h"
#include "common/chartview.h"
#include "charts/bubblechart.h"
#include "charts/heatmap.h"
#include "charts/histogramchart.h"
#include "charts/intervalchart.h"
#include "charts/linechart.h"
#include "charts/radarchart.h"
#include "present/chartdata.h"
#include "present/breakdowntables.h"
#include "present/leaderboardmodel.h"
#include "present/summaries.h"
#include "present/runtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    m_verdicts = new QLabel(this);
    m_verdicts->setObjectName(u"verdicts"_qs);
    m_verdicts->setWordWrap(true);
    m_verdicts->setMargin(4);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_verdicts); // the answer first, the table of figures under it
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
    // The charts of the same figures, second after the leaderboard.
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    // In the order the tab shows them.
    const std::pair<ChartView **, QString> views[] = {
        {&m_successChart, u"successChart"_qs},   {&m_costChart, u"costQualityChart"_qs},
        {&m_taskHeatmap, u"taskHeatmap"_qs},     {&m_radarChart, u"dimensionRadar"_qs},
        {&m_regionChart, u"regionalTtftChart"_qs}, {&m_ttftHistogram, u"ttftHistogram"_qs},
        {&m_temperatureChart, u"temperatureChart"_qs}, {&m_ratingChart, u"ratingChart"_qs}};
    for (const auto &[view, name] : views) {
        *view = new ChartView(charts);
        (*view)->setObjectName(name);
        chartsLayout->addWidget(*view);
        m_charts << *view;
    }
    chartsLayout->addStretch(1);
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(u"runCharts"_qs);
    chartsScroll->setWidget(charts);
    chartsScroll->setWidgetResizable(true);
    m_details->setTabToolTip(m_details->insertTab(1, chartsScroll, tr("Charts")),
                             tr("Success with its 95% interval, cost against quality, success by task type, the jury's dimensions, latency by region, ratings"));
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
    m_board.reset();
    m_breakdowns.reset();
    showCharts();
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
        m_breakdowns = std::make_shared<const Breakdowns>(b);
        showCharts();
        m_details->setTabText(m_details->count() - 1, b.experiments.experiments > 1 ? tr("Experiments (%1 disputed)").arg([&] {
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
        const QStringList verdicts = Summaries::verdicts(board, QLocale());
        m_verdicts->setText(verdicts.isEmpty() ? QString() : u"• "_qs + verdicts.join(u"\n• "_qs));
        m_verdicts->setVisible(!verdicts.isEmpty());
        m_board = std::make_shared<const Leaderboard>(board);
        showCharts();
        m_health->setText(Summaries::juryHealth(board, runId, QLocale()));
        Q_EMIT leaderboardLoaded(runId);
    });
}

namespace {
// One chart's data into its view: painted, hit for tooltips and sized by its chart type's functions.
template<typename Data, typename Paint, typename Tip, typename Height>
void showChart(ChartView *view, Data data, Paint paint, Tip tip, Height height)
{
    const auto chart = std::make_shared<const Data>(std::move(data));
    view->setChart([chart, paint](QPainter &p, const QRectF &r, const Charts::Style &s) { paint(p, r, *chart, s); },
                   [chart, tip](const QPointF &at, const QRectF &r, const Charts::Style &s) { return tip(*chart, at, r, s); },
                   [chart, height](const Charts::Style &s) { return height(*chart, s); });
}

void showIntervals(ChartView *view, ChartData::Intervals data)
{
    showChart(view, std::move(data), Charts::paintIntervals,
              [](const ChartData::Intervals &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const qsizetype row = Charts::layoutIntervals(r, c, s).rowAt(at);
                  return row < 0 ? QString() : c.rows.at(row).tooltip;
              },
              Charts::intervalsHeight);
}
} // namespace

void RunsPage::showCharts()
{
    const QLocale locale;
    if (!m_board) {
        const auto empty = [](const QString &text) {
            return [text](QPainter &p, const QRectF &r, const Charts::Style &s) {
                p.fillRect(r, s.background);
                p.setPen(s.muted);
                p.setFont(s.label);
                p.drawText(r, Qt::AlignCenter, text);
            };
        };
        for (ChartView *chart : std::as_const(m_charts))
            chart->setChart(empty(tr("Computing…")), {}, [](const Charts::Style &) { return 80.0; });
        return;
    }
    showIntervals(m_successChart, ChartData::successRates(*m_board, locale));
    showIntervals(m_ratingChart, ChartData::ratings(*m_board, locale));
    showChart(m_costChart, ChartData::costQuality(*m_board, locale), Charts::paintBubbles,
              [](const ChartData::Bubbles &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const qsizetype i = Charts::layoutBubbles(r, c, s).pointAt(at, c);
                  return i < 0 ? QString() : c.points.at(i).tooltip;
              },
              Charts::bubblesHeight);
    showChart(m_radarChart, ChartData::dimensions(*m_board, locale), Charts::paintRadar,
              [](const ChartData::Radar &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const qsizetype i = Charts::layoutRadar(r, c, s).seriesAt(at, c);
                  return i < 0 ? QString() : c.series.at(i).tooltip;
              },
              Charts::radarHeight);
    if (!m_breakdowns)
        return;
    showChart(m_taskHeatmap, ChartData::taskSuccess(*m_board, *m_breakdowns, locale), Charts::paintHeatmap,
              [](const ChartData::Heatmap &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const auto [row, column] = Charts::layoutHeatmap(r, c, s).cellAt(at);
                  return row < 0 ? QString() : c.tooltips.value(row * c.columns.size() + column);
              },
              Charts::heatmapHeight);
    showIntervals(m_regionChart, ChartData::regionalTtft(*m_breakdowns, locale));
    showChart(m_ttftHistogram, ChartData::distributions(*m_board, *m_breakdowns, u"ttft_ms"_qs, locale), Charts::paintHistograms,
              [](const ChartData::Histograms &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const qsizetype i = Charts::layoutHistograms(r, c, s).panelAt(at);
                  return i < 0 ? QString() : c.panels.at(i).tooltip;
              },
              Charts::histogramsHeight);
    showChart(m_temperatureChart, ChartData::successByTemperature(*m_board, *m_breakdowns, locale), Charts::paintLines,
              [](const ChartData::Lines &c, const QPointF &at, const QRectF &r, const Charts::Style &s) {
                  const auto [series, point] = Charts::layoutLines(r, c, s).pointAt(at, c);
                  return series < 0 ? QString() : c.series.at(series).tooltips.value(point);
              },
              Charts::linesHeight);
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
