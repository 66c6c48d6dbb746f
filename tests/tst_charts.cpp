// The chart builders: the data each chart shows (from a leaderboard and breakdowns made by
// hand here), where the painters put it, the colours they give it, and what an SVG export
// writes of a name that came from a user.
#include "charts/bubblechart.h"
#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "charts/heatmap.h"
#include "charts/histogramchart.h"
#include "charts/intervalchart.h"
#include "charts/linechart.h"
#include "charts/radarchart.h"
#include "present/chartdata.h"

#include <QTest>

using namespace Quorum;

namespace {
Leaderboard board()
{
    Leaderboard b;
    LeaderboardRow cheap;
    cheap.label = u"Cheap@us-east-1"_qs;
    cheap.successRate = 0.635;
    cheap.successCi = Stats::Interval{0.5, 0.766};
    cheap.scored = 200;
    cheap.passed = 127;
    cheap.rating = 900;
    cheap.ratingCi = Stats::Interval{860, 940};
    LeaderboardRow strong = cheap;
    strong.label = u"Strong <b>max</b>@us-west-2"_qs; // a name with markup in it stays text
    strong.successRate = 0.964;
    strong.successCi = Stats::Interval{0.923, 0.995};
    strong.passed = 193;
    strong.rating = 1140;
    strong.ratingCi = Stats::Interval{1090, 1210};
    b.rows = {cheap, strong};
    return b;
}

Breakdowns breakdowns()
{
    Breakdowns b;
    auto standing = [](const QString &variant, const QString &task, std::optional<double> rate) {
        TaskStanding t;
        t.variant = variant;
        t.taskType = task;
        t.successRate = rate;
        t.scored = 10;
        t.passed = rate ? qint64(*rate * 10) : 0;
        return t;
    };
    b.taskTypes = {standing(u"Strong <b>max</b>@us-west-2"_qs, u"reasoning"_qs, 1.0), standing(u"Cheap@us-east-1"_qs, u"reasoning"_qs, 0.0),
                   standing(u"Cheap@us-east-1"_qs, u"extraction"_qs, 0.8)}; // Strong has no extraction cell
    return b;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

Charts::Style light()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return Charts::Style::fromPalette(p);
}
} // namespace

class TstCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successRatesAreOnAPercentAxis()
    {
        const ChartData::Intervals c = ChartData::successRates(board(), QLocale::c());
        QCOMPARE(c.rows.size(), 2);
        QCOMPARE(c.rows.at(0).label, u"Cheap@us-east-1"_qs);
        QCOMPARE(c.rows.at(0).value, 63.5);
        QCOMPARE(*c.rows.at(0).low, 50.0);
        QCOMPARE(*c.rows.at(0).high, 76.6);
        QCOMPARE(c.rows.at(0).valueText, u"63.5%"_qs);
        QCOMPARE(c.rows.at(0).tooltip, u"Cheap@us-east-1: success 63.5% (95% interval 50.0–76.6%), 127 of 200 answers passed"_qs);
        QCOMPARE(c.axisMin, 0.0);
        QCOMPARE(c.axisMax, 100.0);
        QCOMPARE(c.tickTexts, (QStringList{u"0"_qs, u"20"_qs, u"40"_qs, u"60"_qs, u"80"_qs, u"100"_qs}));
    }

    void ratingsAxisHoldsEveryInterval()
    {
        const ChartData::Intervals c = ChartData::ratings(board(), QLocale::c());
        QCOMPARE(c.rows.size(), 2);
        QVERIFY(c.axisMin <= 860 && c.axisMax >= 1210);
        QVERIFY(c.axisMax - c.axisMin < 600); // not blown out: about the intervals' span
        QVERIFY(!c.ticks.isEmpty());
        for (const double t : c.ticks) {
            QVERIFY(t >= c.axisMin && t <= c.axisMax);
            QCOMPARE(std::fmod(t, 50.0), 0.0); // round steps (50 or 100 here)
        }
    }

    void taskHeatmapFollowsTheLeaderboard()
    {
        const ChartData::Heatmap m = ChartData::taskSuccess(board(), breakdowns(), QLocale::c());
        QCOMPARE(m.rows, (QStringList{u"Cheap@us-east-1"_qs, u"Strong <b>max</b>@us-west-2"_qs})); // leaderboard order
        QCOMPARE(m.columns, (QStringList{u"extraction"_qs, u"reasoning"_qs}));                     // by name
        QCOMPARE(m.at(0, 0).value_or(-1), 0.8);
        QCOMPARE(m.at(0, 1).value_or(-1), 0.0);
        QVERIFY(!m.at(1, 0));
        QCOMPARE(m.cellTexts, (QStringList{u"80%"_qs, u"0%"_qs, QString(), u"100%"_qs}));
        QCOMPARE(m.tooltips.at(2), u"Strong <b>max</b>@us-west-2 on extraction: nothing judged"_qs);
    }

    void intervalsAreWhereTheirValuesSay()
    {
        const ChartData::Intervals c = ChartData::successRates(board(), QLocale::c());
        const QRectF area(0, 0, 800, Charts::intervalsHeight(c, light()));
        const Charts::IntervalLayout l = Charts::layoutIntervals(area, c, light());
        QCOMPARE(l.xOf(0), l.plot.left());
        QCOMPARE(l.xOf(100), l.plot.right());
        QCOMPARE(l.xOf(50), l.plot.center().x());
        QCOMPARE(l.rowAt(l.rows.at(1).center()), 1);
        QCOMPARE(l.rowAt(QPointF(-5, -5)), -1);
        // Painted: the dot of each value in the series colour, the whisker's end at its bound.
        const QImage image = Charts::toImage([&](QPainter &p, const QRectF &r) { Charts::paintIntervals(p, r, c, light()); },
                                             area.size().toSize());
        for (int i = 0; i < 2; ++i) {
            const QPointF dot(l.xOf(c.rows.at(i).value), l.rows.at(i).center().y());
            QVERIFY2(near(image.pixelColor(dot.toPoint()), light().seriesColor(0)), qPrintable(image.pixelColor(dot.toPoint()).name()));
            const QPoint whisker(int(l.xOf(*c.rows.at(i).high)), int(l.rows.at(i).center().y()) - 3);
            QVERIFY2(near(image.pixelColor(whisker), light().seriesColor(0), 40), qPrintable(image.pixelColor(whisker).name()));
        }
        const QPoint empty(int(l.xOf(30)), int(l.rows.at(0).center().y())); // left of the cheap row's interval: background
        QVERIFY(near(image.pixelColor(empty), Qt::white));
    }

    void heatmapCellsAreOnTheScale()
    {
        // Viridis' ends, from its published table: 0 → #440154, 1 → #fde725.
        QVERIFY(near(Charts::scaleColor(0), QColor(0x44, 0x01, 0x54), 1));
        QVERIFY(near(Charts::scaleColor(1), QColor(0xfd, 0xe7, 0x25), 1));
        QCOMPARE(Charts::textOn(Charts::scaleColor(1)), QColor(Qt::black));
        QCOMPARE(Charts::textOn(Charts::scaleColor(0)), QColor(Qt::white));
        const ChartData::Heatmap m = ChartData::taskSuccess(board(), breakdowns(), QLocale::c());
        const QRectF area(0, 0, 700, Charts::heatmapHeight(m, light()));
        const Charts::HeatmapLayout l = Charts::layoutHeatmap(area, m, light());
        QCOMPARE(l.cellAt(l.cellRect(1, 0).center()), (std::pair<qsizetype, qsizetype>(1, 0)));
        QCOMPARE(l.cellAt(QPointF(0, 0)), (std::pair<qsizetype, qsizetype>(-1, -1)));
        const QImage image = Charts::toImage([&](QPainter &p, const QRectF &r) { Charts::paintHeatmap(p, r, m, light()); },
                                             area.size().toSize());
        auto corner = [&](qsizetype row, qsizetype column) { // inside the cell, away from its text
            return image.pixelColor((l.cellRect(row, column).topLeft() + QPointF(4, 4)).toPoint());
        };
        QVERIFY(near(corner(0, 1), Charts::scaleColor(0), 2));   // Cheap, reasoning: 0 %
        QVERIFY(near(corner(1, 1), Charts::scaleColor(1), 2));   // Strong, reasoning: 100 %
        QVERIFY(near(corner(0, 0), Charts::scaleColor(0.8), 2)); // Cheap, extraction: 80 %
        QVERIFY(!near(corner(1, 0), Charts::scaleColor(0), 30) && !near(corner(1, 0), Charts::scaleColor(1), 30)); // nothing measured
    }

    // Cost × quality: the frontier through the variants no other beats, a log cost axis.
    void costQualityDrawsTheFrontier()
    {
        Leaderboard b = board();
        b.rows[0].costPerAnswerUsd = 0.000008;  // cheap, 63.5 %
        b.rows[1].costPerAnswerUsd = 0.00047;   // dear, 96.4 %
        LeaderboardRow beaten = b.rows[0];      // dearer than cheap and worse than it: off the frontier
        beaten.label = u"Beaten"_qs;
        beaten.costPerAnswerUsd = 0.00002;
        beaten.successRate = 0.6;
        b.rows << beaten;
        for (LeaderboardRow &r : b.rows)
            r.decodeTokensPerSecond = 100;
        b.rows[0].decodeTokensPerSecond = 200;
        const ChartData::Bubbles c = ChartData::costQuality(b, QLocale::c());
        QCOMPARE(c.points.size(), 3);
        QCOMPARE(c.frontier, (QList<qsizetype>{0, 1})); // cheapest first
        QCOMPARE(c.points.at(2).color, 2);              // the variant's place on the leaderboard, as in every chart
        QVERIFY(c.points.at(0).onFrontier && c.points.at(1).onFrontier && !c.points.at(2).onFrontier);
        QCOMPARE(c.points.at(0).size, 1.0);             // the fastest is the largest
        QCOMPARE(c.xMin, 1e-6);
        QCOMPARE(c.xMax, 1e-3);
        QCOMPARE(c.xTickTexts, (QStringList{u"$0.000001"_qs, u"$0.00001"_qs, u"$0.0001"_qs, u"$0.001"_qs}));
        const QRectF area(0, 0, 800, Charts::bubblesHeight(c, light()));
        const Charts::BubbleLayout l = Charts::layoutBubbles(area, c, light());
        QCOMPARE(l.pointOf(1e-6, 0), l.plot.bottomLeft());
        QCOMPARE(l.pointOf(1e-3, 100), l.plot.topRight());
        QVERIFY(std::abs(l.pointOf(std::pow(10.0, -4.5), 50).x() - l.plot.center().x()) < 0.5); // log: halfway is 10^-4.5
        QCOMPARE(l.pointAt(l.pointOf(c.points.at(1).x, c.points.at(1).y), c), 1);
        QCOMPARE(l.pointAt(l.plot.topLeft(), c), -1);
        QVERIFY(c.points.at(0).tooltip.contains(u"on the frontier"_qs));
        QVERIFY(!c.points.at(2).tooltip.contains(u"on the frontier"_qs));
        QCOMPARE(c.yTickTexts, (QStringList{u"0"_qs, u"20"_qs, u"40"_qs, u"60"_qs, u"80"_qs, u"100"_qs}));
        // The axes' numbers in the reader's locale (Arabic digits in Egypt), as every figure's text.
        const ChartData::Bubbles arabic = ChartData::costQuality(b, QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(arabic.yTickTexts.at(1), u"\u0662\u0660"_qs);
        QCOMPARE(ChartData::dimensions(b, QLocale(QLocale::Arabic, QLocale::Egypt)).ringTexts,
                 (QStringList{u"\u0661"_qs, u"\u0662"_qs, u"\u0663"_qs, u"\u0664"_qs, u"\u0665"_qs}));
    }

    void radarSpokesAndScale()
    {
        Leaderboard b = board();
        for (LeaderboardRow &r : b.rows) {
            r.verdictsUsed = 10;
            for (int d = 0; d < 6; ++d)
                r.dimensionMeans[d] = 1 + d * 0.5; // 1 … 3.5
        }
        b.rows[1].verdictsUsed = 0; // no judge model's verdicts: not on the radar
        const ChartData::Radar c = ChartData::dimensions(b, QLocale::c());
        QCOMPARE(c.axes.size(), 6);
        QCOMPARE(c.series.size(), 1);
        QCOMPARE(c.series.at(0).values.at(5), 3.5);
        const Charts::RadarLayout l = Charts::layoutRadar(QRectF(0, 0, 800, 360), c, light());
        QCOMPARE(l.pointOf(0, 1), l.centre);                                   // 1 at the centre
        QVERIFY(std::abs(l.pointOf(0, 5).y() - (l.centre.y() - l.radius)) < 1e-9); // 5 at the rim, the first spoke up
        QVERIFY(std::abs(QLineF(l.centre, l.pointOf(3, 3)).length() - l.radius / 2) < 1e-9);
        QCOMPARE(l.seriesAt(l.pointOf(2, 2), c), 0);
        QCOMPARE(l.seriesAt(QPointF(1, 1), c), -1);
    }

    void regionsHeadTheirVariants()
    {
        Breakdowns b;
        RegionLatency region;
        region.region = u"eu-west-1"_qs;
        region.calls = 20;
        region.ttftMs[0] = 350;
        region.ttftMs[1] = 440;
        RegionLatency variant = region;
        variant.variant = u"Cheap@eu-west-1"_qs;
        b.regions = {region, variant};
        const ChartData::Intervals c = ChartData::regionalTtft(b, QLocale::c());
        QCOMPARE(c.rows.size(), 2);
        QVERIFY(c.rows.at(0).group && !c.rows.at(1).group);
        QCOMPARE(c.rows.at(1).label, u"Cheap@eu-west-1"_qs);
        QCOMPARE(c.rows.at(0).value, 350.0);
        QCOMPARE(*c.rows.at(0).high, 440.0);
        QCOMPARE(c.rows.at(0).valueText, u"350 / 440"_qs);
        QVERIFY(c.axisMin == 0 && c.axisMax >= 440);
    }

    void distributionsShareOneAxis()
    {
        Breakdowns b;
        Distribution fast;
        fast.variant = u"Fast"_qs;
        fast.metric = u"ttft_ms"_qs;
        fast.count = 10;
        fast.min = 100;
        fast.max = 300;
        fast.bins = {{100, 200, 8}, {200, 300, 2}};
        fast.percentiles[0] = 150;
        fast.percentiles[1] = 260;
        fast.percentiles[3] = 295;
        Distribution slow = fast;
        slow.variant = u"Slow"_qs;
        slow.min = 700;
        slow.max = 900;
        slow.bins = {{700, 800, 1}, {800, 900, 9}};
        slow.percentiles[0] = 850;
        slow.percentiles[1] = slow.percentiles[3] = std::nullopt;
        Distribution region = fast; // a whole region's: not a panel of its own
        region.variant.clear();
        Distribution other = fast;
        other.metric = u"ttlb_ms"_qs;
        b.distributions = {fast, slow, region, other};
        const ChartData::Histograms c = ChartData::distributions(Leaderboard{}, b, u"ttft_ms"_qs, QLocale::c());
        QCOMPARE(c.panels.size(), 2);
        QCOMPARE(c.panels.at(0).largest, 8);
        QCOMPARE(c.panels.at(0).markers.size(), 3);
        QCOMPARE(c.panels.at(0).markers.at(1).text, u"p90 260"_qs);
        QCOMPARE(c.panels.at(1).markers.size(), 1);
        QVERIFY(c.axisMin <= 100 && c.axisMax >= 900); // one axis for both
        QCOMPARE(c.panels.at(0).tooltip, u"Fast: 10 values, p50 150, p90 260, p99 295"_qs);
        const QRectF area(0, 0, 800, Charts::histogramsHeight(c, light()));
        const Charts::HistogramLayout l = Charts::layoutHistograms(area, c, light());
        QCOMPARE(l.panelAt(l.panels.at(1).center()), 1);
        const QImage image = Charts::toImage([&](QPainter &p, const QRectF &r) { Charts::paintHistograms(p, r, c, light()); },
                                             area.size().toSize());
        // The tallest bar of each panel reaches its top; the slow panel is empty where the fast one has bars.
        const QPointF tallFast(l.xOf(120), l.panels.at(0).top() + 3), tallSlow(l.xOf(880), l.panels.at(1).top() + 3);
        QVERIFY2(!near(image.pixelColor(tallFast.toPoint()), Qt::white, 20), qPrintable(image.pixelColor(tallFast.toPoint()).name()));
        QVERIFY2(!near(image.pixelColor(tallSlow.toPoint()), Qt::white, 20), qPrintable(image.pixelColor(tallSlow.toPoint()).name()));
        const QPointF gap(l.xOf(120), l.panels.at(1).bottom() - 3);
        QVERIFY(near(image.pixelColor(gap.toPoint()), Qt::white, 20));
    }

    void temperatureLinesAscend()
    {
        Breakdowns b;
        auto at = [](const QString &variant, double temperature, std::optional<double> rate) {
            TemperatureStanding t;
            t.variant = variant;
            t.temperature = temperature;
            t.successRate = rate;
            t.scored = 10;
            t.passed = rate ? qint64(*rate * 10) : 0;
            return t;
        };
        b.temperatures = {at(u"A"_qs, 0.875, 0.6), at(u"A"_qs, 0.525, 0.9), at(u"B"_qs, 0.7, std::nullopt), at(u"A"_qs, 0.7, 0.8)};
        Leaderboard order;
        order.rows.resize(2);
        order.rows[0].label = u"B"_qs;
        order.rows[1].label = u"A"_qs;
        const ChartData::Lines c = ChartData::successByTemperature(order, b, QLocale::c());
        QCOMPARE(c.series.size(), 1); // B has nothing judged
        QCOMPARE(c.series.at(0).color, 1); // A's colour is its place on the leaderboard, in this chart as in the others
        QCOMPARE(c.series.at(0).points, (QList<QPointF>{{0.525, 90}, {0.7, 80}, {0.875, 60}}));
        QCOMPARE(c.series.at(0).tooltips.at(0), u"A at temperature 0.525: success 90.0%, 9 of 10 answers passed"_qs);
        QVERIFY(c.xMin < 0.525 && c.xMax > 0.875);
        const Charts::LineLayout l = Charts::layoutLines(QRectF(0, 0, 700, Charts::linesHeight(c, light())), c, light());
        QCOMPARE(l.pointAt(l.pointOf({0.7, 80}), c), (std::pair<qsizetype, qsizetype>(0, 1)));
        QVERIFY(l.pointOf({0.525, 90}).y() < l.pointOf({0.875, 60}).y()); // higher success is higher up
    }

    // A name from a user is text in the SVG: escaped, never markup.
    // Box plots per region then variant: the quartiles as the breakdowns give them, the axis past
    // every p95, a row stands for its variant, a region's row does not.
    void regionalBoxesHoldTheQuartiles()
    {
        Breakdowns b;
        RegionLatency region;
        region.region = u"eu-west-1"_qs;
        region.calls = 40;
        const double q[5] = {100, 200, 300, 450, 900};
        for (int i = 0; i < 5; ++i)
            region.ttftBox[i] = q[i];
        RegionLatency variant = region;
        variant.variant = u"Cheap@eu-west-1"_qs;
        variant.ttftBox[4] = 1250;
        b.regions = {region, variant};
        const ChartData::Intervals c = ChartData::regionalBoxes(board(), b, u"ttft_ms"_qs, QLocale::c());
        QCOMPARE(c.rows.size(), 2);
        QCOMPARE(c.rows.at(0).box, (QList<double>{100, 200, 300, 450, 900}));
        QVERIFY(c.rows.at(0).group && !c.rows.at(0).variant);
        QVERIFY(c.rows.at(1).variant);
        QCOMPARE(c.rows.at(0).color, -1); // the region's whole in grey
        QCOMPARE(c.rows.at(1).valueText, u"300"_qs);
        QVERIFY(c.axisMax >= 1250);
        QVERIFY(c.rows.at(1).tooltip.contains(u"p25 200, median 300, p75 450, p95 1250 ms over 40 calls"_qs));
        QVERIFY(ChartData::regionalBoxes(board(), b, u"ttlb_ms"_qs, QLocale::c()).rows.isEmpty()); // no TTLB box measured
        // Painted: the box's fill between p25 and p75, background left of p5.
        const QRectF area(0, 0, 800, Charts::intervalsHeight(c, light()));
        const Charts::IntervalLayout l = Charts::layoutIntervals(area, c, light());
        const QImage image = Charts::toImage([&](QPainter &p, const QRectF &r) { Charts::paintIntervals(p, r, c, light()); },
                                             area.size().toSize());
        const qreal y = l.rows.at(1).center().y();
        QVERIFY(!near(image.pixelColor(QPoint(int(l.xOf(250)), int(y) - 4)), Qt::white));
        QVERIFY(near(image.pixelColor(QPoint(int(l.xOf(50)), int(y))), Qt::white));
    }

    // Failures stacked by class, most frequent class first; the share is of the variant's calls;
    // a judge's failures are listed but open nothing; a click on a part names its class.
    void errorsStackByClass()
    {
        Breakdowns b;
        b.errors = {{u"api"_qs, u"Cheap@us-east-1"_qs, {}, u"throttled"_qs, 6}, {u"api"_qs, u"Cheap@us-east-1"_qs, {}, u"timeout"_qs, 2},
                    {u"api"_qs, u"Strong <b>max</b>@us-west-2"_qs, {}, u"timeout"_qs, 1},
                    {u"judge"_qs, u"Cheap@us-east-1"_qs, u"judge-a"_qs, u"judge_failure"_qs, 3}};
        Leaderboard lb = board();
        lb.rows[0].invocations = 200;
        lb.rows[1].invocations = 200;
        const ChartData::Intervals c = ChartData::errorsByClass(lb, b, QLocale::c());
        QCOMPARE(c.parts, (QStringList{u"throttled"_qs, u"judge_failure"_qs, u"timeout"_qs}));
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(c.rows.at(0).segments, (QList<double>{6, 0, 2}));
        QCOMPARE(c.rows.at(0).valueText, u"8 (4.0%)"_qs);
        QCOMPARE(c.rows.at(1).segments, (QList<double>{0, 0, 1}));
        QCOMPARE(c.rows.at(2).label, u"judge judge-a"_qs);
        QVERIFY(!c.rows.at(2).variant);
        QCOMPARE(c.rows.at(2).segments, (QList<double>{0, 3, 0}));
        QCOMPARE(c.axisMin, 0.0);
        QVERIFY(c.axisMax >= 8);
        QVERIFY(c.stacked);
        Breakdowns none;
        const ChartData::Intervals quiet = ChartData::errorsByClass(lb, none, QLocale::c());
        QCOMPARE(quiet.tickTexts, (QStringList{u"0"_qs, u"1"_qs})); // whole counts, never "0 0 1 1"
        QVERIFY(quiet.rows.at(0).segments.isEmpty());
        const QRectF area(0, 0, 800, Charts::intervalsHeight(c, light()));
        const Charts::IntervalLayout l = Charts::layoutIntervals(area, c, light());
        const qreal y = l.rows.at(0).center().y();
        QCOMPARE(l.partAt(c, 0, QPointF(l.xOf(3), y)), 0);
        QCOMPARE(l.partAt(c, 0, QPointF(l.xOf(7), y)), 2);
        QCOMPARE(l.partAt(c, 1, QPointF(l.xOf(5), l.rows.at(1).center().y())), -1); // past Strong's one failure
        QVERIFY(l.legend.height() > 0);
        const QImage image = Charts::toImage([&](QPainter &p, const QRectF &r) { Charts::paintIntervals(p, r, c, light()); },
                                             area.size().toSize());
        QVERIFY(near(image.pixelColor(QPoint(int(l.xOf(3)), int(y))), light().seriesColor(0)));
        QVERIFY(near(image.pixelColor(QPoint(int(l.xOf(7)), int(y))), light().seriesColor(2)));
    }

    // Spread across experiments: each variant's box from its scenarios' spreads (worked by hand),
    // the disputed ones marked, the threshold drawn.
    void experimentSpreadMarksTheDisputed()
    {
        Breakdowns b;
        b.experiments.experiments = 2;
        b.experiments.disputeThreshold = 1.5;
        for (const double spread : {0.0, 0.5, 1.0, 2.0}) {
            ExperimentCell cell;
            cell.variant = u"Cheap@us-east-1"_qs;
            cell.spread = spread;
            cell.disputed = spread > 1.5;
            b.experiments.cells << cell;
        }
        const ChartData::Intervals c = ChartData::experimentSpread(board(), b, QLocale::c());
        QCOMPARE(c.rows.size(), 1); // Strong has no cell
        // Linear interpolation between closest ranks over 0, 0.5, 1, 2: p25 = 0.375, p50 = 0.75, p75 = 1.25.
        QCOMPARE(c.rows.at(0).box.at(1), 0.375);
        QCOMPARE(c.rows.at(0).box.at(2), 0.75);
        QCOMPARE(c.rows.at(0).box.at(3), 1.25);
        QCOMPARE(c.rows.at(0).marks, QList<double>{2.0});
        QCOMPARE(c.rows.at(0).valueText, u"1 of 4 disputed"_qs);
        QCOMPARE(c.reference.value_or(-1), 1.5);
        QVERIFY(c.axisMax >= 2.0);
        b.experiments.experiments = 1;
        QVERIFY(ChartData::experimentSpread(board(), b, QLocale::c()).rows.isEmpty());
    }

    // Latency by the region's local hour: a line per region, hours ascending, on a 0–23 axis.
    void localHoursAscend()
    {
        Breakdowns b;
        b.localHours = {{u"us-east-1"_qs, u"America/New_York"_qs, 14, 10, 500, 900, 1200},
                        {u"us-east-1"_qs, u"America/New_York"_qs, 3, 5, 300, 700, 800},
                        {u"eu-west-1"_qs, u"Europe/Dublin"_qs, 9, 7, 650, 1000, 1500}};
        const ChartData::Lines c = ChartData::latencyByLocalHour(b, QLocale::c());
        QCOMPARE(c.series.size(), 2);
        QCOMPARE(c.series.at(1).label, u"us-east-1"_qs); // by region name
        QCOMPARE(c.series.at(1).points, (QList<QPointF>{{3, 300}, {14, 500}}));
        QVERIFY(c.series.at(1).tooltips.at(1).startsWith(u"us-east-1 at 14:00 local time (America/New_York): mean TTFT 500 ms"_qs));
        QCOMPARE(c.xMin, -0.5);
        QCOMPARE(c.xMax, 23.5);
        QVERIFY(c.yMax >= 650);
    }

    // The run's own dimensions become more radar axes; a variant never scored on one sits at the
    // floor and its tooltip says the figure is unknown.
    void radarTakesUserDimensions()
    {
        Leaderboard lb = board();
        for (LeaderboardRow &r : lb.rows) {
            r.verdictsUsed = 10;
            for (double &d : r.dimensionMeans)
                d = 4;
        }
        Breakdowns b;
        b.extraDimensions[u"Cheap@us-east-1"_qs] = {{u"brevity"_qs, 4.5}, {u"Accuracy"_qs, 3.0}};
        const ChartData::Radar c = ChartData::dimensions(lb, b, QLocale::c());
        QCOMPARE(c.axes.size(), 8);
        QCOMPARE(c.axes.mid(6), (QStringList{u"Accuracy"_qs, u"brevity"_qs}));
        QCOMPARE(c.series.at(0).values.mid(6), (QList<double>{3.0, 4.5}));
        QCOMPARE(c.series.at(1).values.mid(6), (QList<double>{1.0, 1.0}));
        QVERIFY(c.series.at(1).tooltip.endsWith(u"Accuracy —, brevity —"_qs));
        QCOMPARE(ChartData::dimensions(lb, Breakdowns{}, QLocale::c()).axes.size(), 6);
    }

    void svgEscapesNames()
    {
        Leaderboard b = board();
        b.rows[0].label = u"</text><script>alert(1)</script>"_qs;
        const ChartData::Intervals c = ChartData::successRates(b, QLocale::c());
        const QByteArray svg = Charts::toSvg([&](QPainter &p, const QRectF &r) { Charts::paintIntervals(p, r, c, light()); },
                                             QSize(900, 240));
        QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
        QVERIFY2(!svg.contains("<script>"), svg.left(400).constData());
        QVERIFY(svg.contains("&lt;script&gt;"));
    }
};

QTEST_MAIN(TstCharts)
#include "tst_charts.moc"
