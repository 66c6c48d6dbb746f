#pragma once

#include "widgets/chartbinding.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QMenu;

namespace Quorum {

class ChartView;
struct Breakdowns;
struct Leaderboard;

// A run's charts, one under the other, quality first: success with its 95 % interval, cost ×
// quality, the task-type heatmap, the jury's dimensions, ratings; then latency: by region (p50 to
// p90, then TTFT and TTLB box plots per region and tier), by the region's local hour, and the
// distribution of a chosen metric per variant; then temperature, repeated experiments, failures
// by class and retries by region. Each draws with ui/charts from ui/present's chart data;
// hovering shows the exact figures, clicking a mark asks for the invocations behind it.
class RunCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit RunCharts(QWidget *parent = nullptr);
    // Either may be null (still being computed): the charts that need it say so.
    void show(std::shared_ptr<const Leaderboard> board, std::shared_ptr<const Breakdowns> breakdowns);
    const QList<ChartView *> &charts() const { return m_charts; }
    QMenu *radarVariants() const { return m_radarMenu; }

Q_SIGNALS:
    void drillDown(const ChartTarget &target);

private:
    void showDistribution();
    void showRadar();
    ChartView *m_successChart, *m_costChart, *m_taskHeatmap, *m_radarChart, *m_ratingChart, *m_regionChart, *m_ttftBoxes,
        *m_ttlbBoxes, *m_localHours, *m_distribution, *m_temperatureChart, *m_scoreTemperatureChart, *m_experimentSpread,
        *m_errorsChart, *m_retriesChart;
    QList<ChartView *> m_charts; // all of the above, in order
    QComboBox *m_metric;        // the distribution's metric
    OpenTarget m_open;          // emits drillDown
    QMenu *m_radarMenu;         // a checkable entry per variant
    QSet<QString> m_radarHidden; // the variants left off the radar (kept from run to run)
    std::shared_ptr<const Leaderboard> m_board;
    std::shared_ptr<const Breakdowns> m_breakdowns;
};

} // namespace Quorum
