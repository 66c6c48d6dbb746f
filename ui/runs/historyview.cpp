#include "historyview.h"

#include "widgets/chartbinding.h"

#include "present/background.h"
#include "storage/runsreader.h"
#include "widgets/chartview.h"
#include "charts/linechart.h"
#include "present/breakdowntables.h"
#include "present/chartdata.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Sources
{
    QList<BaselineInfo> baselines;      // those the run is pinned as or was checked against
    QList<VariantFlakiness> flakiness;
    QString error;
};

QTableView *cellView(QWidget *parent, CellTableModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_metric(new QComboBox(this)), m_state(new QLabel(this)),
      m_repeatState(new QLabel(this)), m_chart(new ChartView(this)), m_table(new CellTableModel(trendHeaders(), this)),
      m_repeats(new CellTableModel(flakinessHeaders(), this)), m_flakyItems(new CellTableModel(flakyItemHeaders(), this))
{
    m_source->setObjectName(u"historySource"_qs);
    m_metric->setObjectName(u"historyMetric"_qs);
    m_chart->setObjectName(u"historyChart"_qs);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const ChartData::TrendMetric m : {ChartData::TrendMetric::Success, ChartData::TrendMetric::Score,
                                           ChartData::TrendMetric::TtftP50, ChartData::TrendMetric::CostPerAnswer})
        m_metric->addItem(ChartData::trendMetricName(m), int(m));
    auto *sourceLabel = new QLabel(tr("R&uns:"), this);
    sourceLabel->setBuddy(m_source);
    auto *metricLabel = new QLabel(tr("&Figure:"), this);
    metricLabel->setBuddy(m_metric);
    auto *bar = new QHBoxLayout;
    bar->addWidget(sourceLabel);
    bar->addWidget(m_source);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addStretch(1);
    m_state->setWordWrap(true);
    m_repeatState->setWordWrap(true);

    m_tableView = cellView(this, m_table);
    m_tableView->setObjectName(u"historyTable"_qs);
    m_repeatsView = cellView(this, m_repeats);
    m_flakyView = cellView(this, m_flakyItems);
    auto *repeats = new QGroupBox(tr("Repeats of this run: pass@1 beside pass^k, and the items whose verdict flips"), this);
    auto *repeatsLayout = new QVBoxLayout(repeats);
    repeatsLayout->addWidget(m_repeatState);
    repeatsLayout->addWidget(m_repeatsView);
    repeatsLayout->addWidget(m_flakyView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addWidget(m_chart);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(repeats);

    connect(m_source, &QComboBox::activated, this, &HistoryView::loadTrend);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &HistoryView::showChart);
}

void HistoryView::setRun(std::shared_ptr<const Store> store, qint64 runId)
{
    m_store = std::move(store);
    m_runId = runId;
    ++m_generation;
    m_trend.reset();
    m_table->setItems({});
    m_repeats->setItems({});
    m_flakyItems->setItems({});
    m_source->clear();
    m_stale = true;
    if (isVisible())
        load();
}

void HistoryView::setLeaderboard(std::shared_ptr<const Leaderboard> board)
{
    m_board = std::move(board);
    showChart();
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void HistoryView::load()
{
    m_stale = false;
    const auto s = m_store;
    const qint64 runId = m_runId;
    if (!s || runId < 0)
        return;
    const quint64 generation = m_generation;
    m_repeatState->setText(tr("Reading the repeats of run %1…").arg(runId));
    runInBackground(this, [s, runId] {
        RunsReader q(*s);
        Sources out;
        for (const BaselineInfo &b : q.baselines()) {
            bool member = b.runId == runId;
            for (const BaselineCheckRow &c : q.baselineChecks(b.runId))
                member = member || c.runId == runId;
            if (member)
                out.baselines.append(b);
        }
        out.flakiness = flakiness(s->location(), runId, &out.error);
        return out;
    }, [this, generation, runId](Sources sources) {
        if (generation != m_generation)
            return;
        m_source->clear();
        m_source->addItem(tr("Runs of the same scenarios"), QString());
        for (const BaselineInfo &b : std::as_const(sources.baselines))
            m_source->addItem(tr("Lineage of the baseline \"%1\" (run %2)").arg(b.name).arg(b.runId), b.name);
        m_source->setCurrentIndex(sources.baselines.isEmpty() ? 0 : 1); // a lineage, where there is one, says most
        const QLocale locale;
        m_repeats->setItems(flakinessRows(sources.flakiness, locale));
        m_flakyItems->setItems(flakyItemRows(sources.flakiness, locale));
        const bool repeated = std::any_of(sources.flakiness.cbegin(), sources.flakiness.cend(),
                                          [](const VariantFlakiness &v) { return v.summary.has_value(); });
        m_repeatsView->setVisible(repeated);
        m_flakyView->setVisible(m_flakyItems->rowCount() > 0);
        if (!sources.error.isEmpty())
            m_repeatState->setText(tr("Cannot read the repeats: %1").arg(sources.error));
        else if (!repeated)
            m_repeatState->setText(tr("Run %1 answered no scenario more than once at one temperature: run with more invocations "
                                      "or experiments to see which verdicts hold.").arg(runId));
        else if (m_flakyItems->rowCount() == 0)
            m_repeatState->setText(tr("No verdict flips across the repeats."));
        else
            m_repeatState->setText(tr("%1 items flip across their repeats:").arg(m_flakyItems->rowCount()));
        loadTrend();
    });
}

void HistoryView::loadTrend()
{
    const auto s = m_store;
    const qint64 runId = m_runId;
    if (!s || runId < 0)
        return;
    const QString baseline = m_source->currentData().toString();
    const quint64 generation = m_generation;
    m_state->setText(tr("Reading the runs…"));
    runInBackground(this, [s, runId, baseline] {
        if (baseline.isEmpty())
            return scenarioSetTrend(s->location(), runId);
        RunsReader q(*s);
        for (const BaselineInfo &b : q.baselines())
            if (b.name == baseline)
                return lineageTrend(s->location(), b.runId, b.name);
        Trend none;
        none.error = tr("the baseline \"%1\" is no longer pinned").arg(baseline);
        return none;
    }, [this, generation, runId](Trend t) {
        if (generation != m_generation)
            return;
        if (!t.error.isEmpty())
            m_state->setText(tr("Cannot read the history: %1").arg(t.error));
        else if (t.runs.size() < 2)
            m_state->setText(tr("Only this run so far: run the same scenarios again (or check a run against a baseline) to see a trend."));
        else
            m_state->setText(tr("%1 runs, oldest left — %2. Each variant's whiskers are its 95% interval.")
                                 .arg(t.runs.size()).arg(t.subject));
        m_table->setItems(trendRows(t, QLocale()));
        m_trend = std::move(t);
        showChart();
        Q_EMIT loaded(runId);
    });
}

void HistoryView::showChart()
{
    if (!m_trend)
        return;
    bindLines(m_chart, ChartData::trend(*m_trend, ChartData::TrendMetric(m_metric->currentData().toInt()), QLocale(), m_board.get()));
}

} // namespace Quorum
