#include "runcharts.h"

#include "widgets/chartbinding.h"

#include "charts/bubblechart.h"
#include "charts/heatmap.h"
#include "charts/histogramchart.h"
#include "charts/intervalchart.h"
#include "charts/linechart.h"
#include "charts/radarchart.h"
#include "widgets/chartview.h"
#include "present/chartdata.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quorum {


RunCharts::RunCharts(QWidget *parent)
    : QWidget(parent), m_metric(new QComboBox(this)), m_open([this](const ChartTarget &t) { Q_EMIT drillDown(t); }),
      m_radarMenu(new QMenu(this))
{
    auto *layout = new QVBoxLayout(this);
    const std::pair<ChartView **, QString> views[] = {
        {&m_successChart, u"successChart"_qs},         {&m_costChart, u"costQualityChart"_qs},
        {&m_taskHeatmap, u"taskHeatmap"_qs},           {&m_radarChart, u"dimensionRadar"_qs},
        {&m_ratingChart, u"ratingChart"_qs},           {&m_regionChart, u"regionalTtftChart"_qs},
        {&m_ttftBoxes, u"ttftBoxes"_qs},               {&m_ttlbBoxes, u"ttlbBoxes"_qs},
        {&m_localHours, u"localHourChart"_qs},         {&m_distribution, u"distributionChart"_qs},
        {&m_temperatureChart, u"temperatureChart"_qs}, {&m_scoreTemperatureChart, u"scoreTemperatureChart"_qs},
        {&m_experimentSpread, u"experimentSpread"_qs}, {&m_errorsChart, u"errorsChart"_qs},
        {&m_retriesChart, u"retriesChart"_qs}};
    m_metric->setObjectName(u"distributionMetric"_qs);
    m_metric->setAccessibleName(tr("Distribution of"));
    for (const auto &[name, metric] : {std::pair{tr("Time to first token"), u"ttft_ms"_qs}, {tr("Time to last byte"), u"ttlb_ms"_qs},
                                       {tr("Decode speed"), u"decode_tokens_per_s"_qs}, {tr("Output tokens"), u"output_tokens"_qs},
                                       {tr("Jury score"), u"jury_score"_qs}})
        m_metric->addItem(name, metric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &RunCharts::showDistribution);
    for (const auto &[view, name] : views) {
        *view = new ChartView(this);
        (*view)->setObjectName(name);
        if (view == &m_radarChart) {
            // Which variants the radar draws (a crowded radar hides its lines).
            auto *row = new QHBoxLayout;
            auto *pick = new QToolButton(this);
            pick->setObjectName(u"radarVariants"_qs);
            pick->setText(tr("&Variants on the radar"));
            pick->setPopupMode(QToolButton::InstantPopup);
            pick->setMenu(m_radarMenu);
            row->addWidget(pick);
            row->addStretch(1);
            layout->addLayout(row);
        }
        if (view == &m_distribution) {
            auto *row = new QHBoxLayout;
            auto *label = new QLabel(tr("&Distribution of"), this);
            label->setBuddy(m_metric);
            row->addWidget(label);
            row->addWidget(m_metric);
            row->addStretch(1);
            layout->addLayout(row);
        }
        layout->addWidget(*view);
        m_charts << *view;
    }
    layout->addStretch(1);
}

void RunCharts::showRadar()
{
    if (!m_board)
        return;
    ChartData::Radar data = m_breakdowns ? ChartData::dimensions(*m_board, *m_breakdowns, QLocale())
                                         : ChartData::dimensions(*m_board, QLocale());
    data.series.removeIf([this](const ChartData::Radar::Series &x) { return m_radarHidden.contains(x.label); });
    bindChart(m_open, m_radarChart, std::move(data), Charts::paintRadar,
              [](const ChartData::Radar &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> ChartHit {
                  const qsizetype i = Charts::layoutRadar(r, c, s).seriesAt(at, c);
                  return i < 0 ? ChartHit{} : ChartHit{c.series.at(i).tooltip, {c.series.at(i).label, {}, {}, {}}};
              },
              Charts::radarHeight);
}

void RunCharts::showDistribution()
{
    if (!m_board || !m_breakdowns)
        return;
    bindChart(m_open, m_distribution, ChartData::distributions(*m_board, *m_breakdowns, m_metric->currentData().toString(), QLocale()),
              Charts::paintHistograms,
              [](const ChartData::Histograms &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> ChartHit {
                  const qsizetype i = Charts::layoutHistograms(r, c, s).panelAt(at);
                  return i < 0 ? ChartHit{} : ChartHit{c.panels.at(i).tooltip, {c.panels.at(i).label, {}, {}, {}}};
              },
              Charts::histogramsHeight);
}

void RunCharts::show(std::shared_ptr<const Leaderboard> board, std::shared_ptr<const Breakdowns> breakdowns)
{
    m_board = board;
    m_breakdowns = breakdowns;
    for (ChartView *chart : std::as_const(m_charts))
        chart->show();
    const auto waiting = [](ChartView *view) {
        view->setChart([text = tr("Computing…")](QPainter &p, const QRectF &r, const Charts::Style &s) {
            p.fillRect(r, s.background);
            p.setPen(s.muted);
            p.setFont(s.label);
            p.drawText(r, Qt::AlignCenter, text);
        }, {}, [](const Charts::Style &) { return 80.0; });
    };
    if (!board) {
        for (ChartView *chart : std::as_const(m_charts))
            waiting(chart);
        return;
    }
    const QLocale locale;
    const auto intervals = [this](ChartView *view, ChartData::Intervals data) { bindIntervals(view, std::move(data), m_open); };
    intervals(m_successChart, ChartData::successRates(*board, locale));
    intervals(m_ratingChart, ChartData::ratings(*board, locale));
    bindBubbles(m_costChart, ChartData::costQuality(*board, locale), m_open);
    // The radar's variants to choose from: every one with verdicts, all shown at first.
    m_radarMenu->clear();
    for (const ChartData::Radar::Series &series : ChartData::dimensions(*board, locale).series) {
        QAction *a = m_radarMenu->addAction(series.label);
        a->setCheckable(true);
        a->setChecked(!m_radarHidden.contains(series.label));
        connect(a, &QAction::toggled, this, [this, label = series.label](bool on) {
            if (on)
                m_radarHidden.remove(label);
            else
                m_radarHidden.insert(label);
            showRadar();
        });
    }
    showRadar();
    if (!breakdowns) {
        for (ChartView *chart : {m_taskHeatmap, m_regionChart, m_ttftBoxes, m_ttlbBoxes, m_localHours, m_distribution,
                                 m_temperatureChart, m_scoreTemperatureChart, m_experimentSpread, m_errorsChart, m_retriesChart})
            waiting(chart);
        return;
    }
    bindChart(m_open, m_taskHeatmap, ChartData::taskSuccess(*board, *breakdowns, locale), Charts::paintHeatmap,
              [](const ChartData::Heatmap &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> ChartHit {
                  const auto [row, column] = Charts::layoutHeatmap(r, c, s).cellAt(at);
                  if (row < 0)
                      return {};
                  const QString tip = c.tooltips.value(row * c.columns.size() + column);
                  return {tip, {c.at(row, column) ? c.rows.at(row) : QString(), c.columns.at(column), {}, {}}};
              },
              Charts::heatmapHeight);
    intervals(m_regionChart, ChartData::regionalTtft(*breakdowns, locale));
    intervals(m_ttftBoxes, ChartData::regionalBoxes(*board, *breakdowns, u"ttft_ms"_qs, locale));
    intervals(m_ttlbBoxes, ChartData::regionalBoxes(*board, *breakdowns, u"ttlb_ms"_qs, locale));
    bindLines(m_localHours, ChartData::latencyByLocalHour(*breakdowns, locale));
    showDistribution();
    // Temperature lines open the variant's invocations at that temperature.
    for (const auto &[view, data] : {std::pair{m_temperatureChart, ChartData::successByTemperature(*board, *breakdowns, locale)},
                                     {m_scoreTemperatureChart, ChartData::scoreByTemperature(*board, *breakdowns, locale)}})
        bindChart(m_open, view, data, Charts::paintLines,
                  [](const ChartData::Lines &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> ChartHit {
                      const auto [series, point] = Charts::layoutLines(r, c, s).pointAt(at, c);
                      if (series < 0)
                          return {};
                      const ChartData::Lines::Series &line = c.series.at(series);
                      return {line.tooltips.value(point), {line.label, {}, line.points.value(point).x(), {}}};
                  },
                  Charts::linesHeight);
    ChartData::Intervals spread = ChartData::experimentSpread(*board, *breakdowns, locale);
    m_experimentSpread->setVisible(!spread.rows.isEmpty()); // one experiment: nothing to compare
    intervals(m_experimentSpread, std::move(spread));
    intervals(m_errorsChart, ChartData::errorsByClass(*board, *breakdowns, locale));
    intervals(m_retriesChart, ChartData::retriesByRegion(*breakdowns, locale));
}

} // namespace Quorum
