#include "chartdata.h"
#include "figures.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Quorum::ChartData {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ChartData", text); }
} // namespace

QString trendMetricName(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::Success: return tr("success rate");
    case TrendMetric::Score: return tr("mean jury score");
    case TrendMetric::TtftP50: return tr("TTFT p50");
    case TrendMetric::CostPerAnswer: return tr("cost per answer");
    }
    return {};
}

Lines trend(const Trend &trend, TrendMetric metric, const QLocale &locale, const Leaderboard *board)
{
    Lines chart;
    chart.title = tr("%1 over time: %2").arg(trendMetricName(metric), trend.subject);
    chart.title[0] = chart.title.at(0).toUpper();
    chart.xTitle = tr("run (oldest left)");
    switch (metric) {
    case TrendMetric::Success: chart.yTitle = tr("success rate (%)"); break;
    case TrendMetric::Score: chart.yTitle = tr("mean jury score (1–5)"); break;
    case TrendMetric::TtftP50: chart.yTitle = tr("time to first token, p50 (ms)"); break;
    case TrendMetric::CostPerAnswer: chart.yTitle = tr("cost per answer (USD)"); break;
    }
    QHash<qint64, qsizetype> place;
    for (qsizetype i = 0; i < trend.runs.size(); ++i)
        place.insert(trend.runs.at(i).id, i);
    double high = 0;
    // The variants side by side at each run, a little apart, so that their whiskers do not hide one another.
    const double count = double(trend.series.size());
    const double step = count > 1 ? std::min(0.1, 0.6 / (count - 1)) : 0;
    for (qsizetype s = 0; s < trend.series.size(); ++s) {
        const double dodge = (double(s) - (count - 1) / 2) * step;
        const TrendSeries &in = trend.series.at(s);
        Lines::Series out;
        out.label = in.variant;
        const bool onBoard = board && std::any_of(board->rows.cbegin(), board->rows.cend(),
                                                   [&](const LeaderboardRow &r) { return r.label == in.variant; });
        out.color = onBoard ? colorOf(*board, in.variant) : int((board ? board->rows.size() : 0) + s);
        for (const TrendPoint &p : in.points) {
            std::optional<double> value;
            std::optional<Stats::Interval> ci;
            QString text;
            switch (metric) {
            case TrendMetric::Success:
                if (p.scored > 0) {
                    value = p.successRate * 100;
                    if (p.successCi)
                        ci = Stats::Interval{p.successCi->low * 100, p.successCi->high * 100};
                    text = tr("success %1 over %2 judged answers").arg(Figures::percentWithInterval(p.successRate, p.successCi, locale),
                                                                        Figures::count(p.scored, locale));
                }
                break;
            case TrendMetric::Score:
                value = p.meanScore;
                ci = p.scoreCi;
                if (value)
                    text = tr("mean jury score %1 (95% CI %2–%3)")
                               .arg(Figures::score(value, locale), ci ? Figures::score(ci->low, locale) : Figures::unknown(),
                                    ci ? Figures::score(ci->high, locale) : Figures::unknown());
                break;
            case TrendMetric::TtftP50:
                value = p.ttftP50Ms;
                if (value)
                    text = tr("TTFT p50 %1 ms").arg(Figures::milliseconds(value, locale));
                break;
            case TrendMetric::CostPerAnswer:
                value = p.costPerAnswerUsd;
                text = tr("%1 per answer").arg(Figures::usd(p.costPerAnswerUsd, locale));
                break;
            }
            if (!value || !place.contains(p.runId))
                continue;
            const RunSummary &run = trend.runs.at(place.value(p.runId));
            out.points << QPointF(double(place.value(p.runId)) + dodge, *value);
            out.tooltips << tr("%1 · run %2 (%3): %4")
                                .arg(in.variant).arg(run.id)
                                .arg(Figures::moment(p.at), text);
            out.lows << (ci ? ci->low : *value);
            out.highs << (ci ? ci->high : *value);
            high = std::max({high, *value, ci ? ci->high : *value});
        }
        if (metric != TrendMetric::Success && metric != TrendMetric::Score) {
            out.lows.clear();
            out.highs.clear();
        }
        if (!out.points.isEmpty())
            chart.series << out;
    }
    const qsizetype n = trend.runs.size();
    chart.xMin = -0.5;
    chart.xMax = double(std::max<qsizetype>(n, 1)) - 0.5;
    const qsizetype every = std::max<qsizetype>(1, (n + 11) / 12); // a dozen run labels at most
    for (qsizetype i = 0; i < n; i += every) {
        chart.xTicks << double(i);
        chart.xTickTexts << tr("run %1").arg(trend.runs.at(i).id);
    }
    switch (metric) {
    case TrendMetric::Success:
    case TrendMetric::Score: {
        const bool score = metric == TrendMetric::Score;
        chart.yMin = score ? 1 : 0;
        chart.yMax = score ? 5 : 100;
        for (double y = chart.yMin; y <= chart.yMax + 1e-9; y += score ? 1 : 20) {
            chart.yTicks << y;
            chart.yTickTexts << locale.toString(y, 'f', 0);
        }
        break;
    }
    case TrendMetric::TtftP50:
    case TrendMetric::CostPerAnswer: {
        const bool cost = metric == TrendMetric::CostPerAnswer;
        const Axis axis = axisFromZero(high, cost ? 1e-6 : 10, [&](double v) {
            return cost ? Figures::usdTick(v, locale) : Figures::milliseconds(v, locale);
        });
        chart.yMin = 0;
        chart.yMax = axis.max;
        chart.yTicks = axis.ticks;
        chart.yTickTexts = axis.texts;
        break;
    }
    }
    return chart;
}

} // namespace Quorum::ChartData
