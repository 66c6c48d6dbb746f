#include "runcharts.h"

#include "charts/bubblechart.h"
#include "charts/heatmap.h"
#include "charts/histogramchart.h"
#include "charts/intervalchart.h"
#include "charts/linechart.h"
#include "charts/radarchart.h"
#include "common/chartview.h"
#include "present/chartdata.h"

#include <QVBoxLayout>

namespace Quorum {

namespace {
// What is under the pointer: its exact figures, and where a click leads (no variant: nowhere).
struct Hit
{
    QString tooltip;
    ChartTarget target;
};

// One chart's data into its view: painted, hit-tested for tooltips and clicks, and sized by its
// chart type's functions.
template<typename Data, typename Paint, typename HitTest, typename Height>
void showChart(RunCharts *charts, ChartView *view, Data data, Paint paint, HitTest hit, Height height)
{
    const auto chart = std::make_shared<const Data>(std::move(data));
    view->setChart([chart, paint](QPainter &p, const QRectF &r, const Charts::Style &s) { paint(p, r, *chart, s); },
                   [chart, hit](const QPointF &at, const QRectF &r, const Charts::Style &s) { return hit(*chart, at, r, s).tooltip; },
                   [chart, height](const Charts::Style &s) { return height(*chart, s); },
                   [chart, hit, charts](const QPointF &at, const QRectF &r, const Charts::Style &s, bool open) {
                       const Hit h = hit(*chart, at, r, s);
                       if (h.target.variant.isEmpty())
                           return false;
                       if (open)
                           Q_EMIT charts->drillDown(h.target);
                       return true;
                   });
}

Hit intervalHit(const ChartData::Intervals &c, const QPointF &at, const QRectF &r, const Charts::Style &s)
{
    const qsizetype row = Charts::layoutIntervals(r, c, s).rowAt(at);
    if (row < 0)
        return {};
    const ChartData::Intervals::Row &x = c.rows.at(row);
    return {x.tooltip, {x.group ? QString() : x.label, {}, {}}};
}
} // namespace

RunCharts::RunCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    const std::pair<ChartView **, QString> views[] = {
        {&m_successChart, u"successChart"_qs},   {&m_costChart, u"costQualityChart"_qs},
        {&m_taskHeatmap, u"taskHeatmap"_qs},     {&m_radarChart, u"dimensionRadar"_qs},
        {&m_regionChart, u"regionalTtftChart"_qs}, {&m_ttftHistogram, u"ttftHistogram"_qs},
        {&m_temperatureChart, u"temperatureChart"_qs}, {&m_ratingChart, u"ratingChart"_qs}};
    for (const auto &[view, name] : views) {
        *view = new ChartView(this);
        (*view)->setObjectName(name);
        layout->addWidget(*view);
        m_charts << *view;
    }
    layout->addStretch(1);
}

void RunCharts::show(std::shared_ptr<const Leaderboard> board, std::shared_ptr<const Breakdowns> breakdowns)
{
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
    showChart(this, m_successChart, ChartData::successRates(*board, locale), Charts::paintIntervals, intervalHit, Charts::intervalsHeight);
    showChart(this, m_ratingChart, ChartData::ratings(*board, locale), Charts::paintIntervals, intervalHit, Charts::intervalsHeight);
    showChart(this, m_costChart, ChartData::costQuality(*board, locale), Charts::paintBubbles,
              [](const ChartData::Bubbles &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> Hit {
                  const qsizetype i = Charts::layoutBubbles(r, c, s).pointAt(at, c);
                  return i < 0 ? Hit{} : Hit{c.points.at(i).tooltip, {c.points.at(i).label, {}, {}}};
              },
              Charts::bubblesHeight);
    showChart(this, m_radarChart, ChartData::dimensions(*board, locale), Charts::paintRadar,
              [](const ChartData::Radar &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> Hit {
                  const qsizetype i = Charts::layoutRadar(r, c, s).seriesAt(at, c);
                  return i < 0 ? Hit{} : Hit{c.series.at(i).tooltip, {c.series.at(i).label, {}, {}}};
              },
              Charts::radarHeight);
    if (!breakdowns) {
        for (ChartView *chart : {m_taskHeatmap, m_regionChart, m_ttftHistogram, m_temperatureChart})
            waiting(chart);
        return;
    }
    showChart(this, m_taskHeatmap, ChartData::taskSuccess(*board, *breakdowns, locale), Charts::paintHeatmap,
              [](const ChartData::Heatmap &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> Hit {
                  const auto [row, column] = Charts::layoutHeatmap(r, c, s).cellAt(at);
                  if (row < 0)
                      return {};
                  const QString tip = c.tooltips.value(row * c.columns.size() + column);
                  return {tip, {c.at(row, column) ? c.rows.at(row) : QString(), c.columns.at(column), {}}};
              },
              Charts::heatmapHeight);
    showChart(this, m_regionChart, ChartData::regionalTtft(*breakdowns, locale), Charts::paintIntervals, intervalHit,
              Charts::intervalsHeight);
    showChart(this, m_ttftHistogram, ChartData::distributions(*board, *breakdowns, u"ttft_ms"_qs, locale), Charts::paintHistograms,
              [](const ChartData::Histograms &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> Hit {
                  const qsizetype i = Charts::layoutHistograms(r, c, s).panelAt(at);
                  return i < 0 ? Hit{} : Hit{c.panels.at(i).tooltip, {c.panels.at(i).label, {}, {}}};
              },
              Charts::histogramsHeight);
    showChart(this, m_temperatureChart, ChartData::successByTemperature(*board, *breakdowns, locale), Charts::paintLines,
              [](const ChartData::Lines &c, const QPointF &at, const QRectF &r, const Charts::Style &s) -> Hit {
                  const auto [series, point] = Charts::layoutLines(r, c, s).pointAt(at, c);
                  if (series < 0)
                      return {};
                  const ChartData::Lines::Series &line = c.series.at(series);
                  return {line.tooltips.value(point), {line.label, {}, line.points.value(point).x()}};
              },
              Charts::linesHeight);
}

} // namespace Quorum
