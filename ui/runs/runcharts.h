#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

namespace Quorum {

class ChartView;
struct Breakdowns;
struct Leaderboard;

// What a click on a chart's mark points at: the invocations of a variant, perhaps on one task
// type or at one temperature.
struct ChartTarget
{
    QString variant;                // the variant's label, as the leaderboard names it
    QString taskType;
    std::optional<double> temperature;
};

// A run's charts, one under the other in the order the tab shows them: success with its 95 %
// interval, cost × quality, task-type heatmap, the jury's dimensions, regional TTFT, the TTFT
// distributions, success by temperature, ratings. Each draws with ui/charts from ui/present's
// chart data; hovering shows the exact figures, clicking a mark asks for the invocations behind it.
class RunCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit RunCharts(QWidget *parent = nullptr);
    // Either may be null (still being computed): the charts that need it say so.
    void show(std::shared_ptr<const Leaderboard> board, std::shared_ptr<const Breakdowns> breakdowns);
    const QList<ChartView *> &charts() const { return m_charts; }

Q_SIGNALS:
    void drillDown(const ChartTarget &target);

private:
    ChartView *m_successChart, *m_ratingChart, *m_taskHeatmap, *m_costChart, *m_radarChart, *m_regionChart, *m_ttftHistogram,
        *m_temperatureChart;
    QList<ChartView *> m_charts; // all of the above, in order
};

} // namespace Quorum
