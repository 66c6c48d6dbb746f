#include "leaderboard.h"

#include "parallel.h"

#include "../jury/llmjury.h"
#include "histograms.h"
#include "packedtallies.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace Quorum {

namespace {
constexpr double kPercentiles[4] = {0.5, 0.9, 0.95, 0.99};

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Pairwise ratings: per scenario, each pair of variants with a jury score is a game (the
// higher mean score wins, equal is a tie); bootstrap over scenarios for the intervals.
void computeRatings(const QList<RollupRow> &scenarios, QList<LeaderboardRow> &rows)
{
    QHash<qint64, int> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).variantId, int(i));
    const auto n = size_t(rows.size());
    QMap<qint64, QMap<int, double>> perScenario; // scenario → variant → mean score
    for (const RollupRow &r : scenarios)
        if (r.scored > 0 && index.contains(r.variantId))
            perScenario[r.key][index.value(r.variantId)] = r.scoreSum / double(r.scored);
    // Each scenario's games as a dense n × n tally of half wins (a win 2, a tie 1 each way): small
    // integers, so a resample's sums are exact, and packed so a resample reads little.
    Stats::PackedTallies games(n * n);
    std::vector<quint8> tally;
    for (const auto &variants : perScenario) {
        if (variants.size() < 2)
            continue;
        tally.assign(n * n, 0);
        for (auto a = variants.cbegin(); a != variants.cend(); ++a)
            for (auto b = std::next(a); b != variants.cend(); ++b) {
                const double sa = a.value(), sb = b.value();
                tally[size_t(a.key()) * n + size_t(b.key())] += sa > sb ? 2 : sa == sb ? 1 : 0;
                tally[size_t(b.key()) * n + size_t(a.key())] += sa < sb ? 2 : sa == sb ? 1 : 0;
            }
        games.append(tally);
    }
    const size_t scenarioCount = games.rows();
    if (scenarioCount == 0 || n < 2)
        return;
    // A fit of the games of each scenario taken `weights[s]` times.
    auto fit = [&](const quint32 *weights) {
        const std::vector<quint64> sum = games.weightedSums(weights);
        std::vector<std::vector<double>> wins(n, std::vector<double>(n, 0));
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                wins[i][j] = double(sum[i * n + j]) / 2;
        return Stats::bradleyTerryRatings(wins, 200);
    };
    const std::vector<quint32> once(scenarioCount, 1);
    const std::vector<double> ratings = fit(once.data());
    const int resamples = scenarioCount * n * n <= 200'000 ? 1000 : 200;
    // The resamples drawn from one seed (each scenario's count in each), then fitted on every core.
    const std::shared_ptr<const Stats::ResampleCounts> draws = Stats::ResampleCounts::of(scenarioCount, resamples, 20241122);
    std::vector<std::vector<double>> fitted(static_cast<size_t>(resamples));
    parallelFor(fitted.size(), [&](size_t r) { fitted[r] = fit(draws->resample(int(r))); });
    std::vector<std::vector<double>> samples(n);
    for (const std::vector<double> &sample : fitted)
        for (size_t i = 0; i < n; ++i)
            samples[i].push_back(sample[i]);
    for (size_t i = 0; i < n; ++i) {
        rows[qsizetype(i)].rating = ratings[i];
        rows[qsizetype(i)].ratingCi = Stats::Interval{*Stats::percentile(samples[i], 0.025), *Stats::percentile(samples[i], 0.975)};
    }
}

// Jury health from the run's agreement sums (RollupAccumulator::closeAnswer adds them per answer).
void computeHealth(const AgreementSums &agreement, const QList<JudgeRollupRow> &judgeRows, const QList<VariantInfo> &judges,
                   const QHash<qint64, QString> &variantFamily, JuryHealth *health)
{
    Stats::Coincidences coincidences[6];
    for (const auto &c : agreement.coincidences)
        if (c.dimension >= 0 && c.dimension < 6)
            coincidences[c.dimension][c.c][c.k] += c.weight;
    for (int d = 0; d < 6; ++d)
        health->alpha[d] = Stats::krippendorffAlphaOrdinal(coincidences[d]);
    // Fleiss' kappa needs the same number of ratings per answer: the answers with the most
    // common panel size (at least two valid verdicts) count.
    const AgreementSums::Fleiss *modal = nullptr;
    for (const auto &f : agreement.fleiss)
        if (f.raters >= 2 && (!modal || f.units > modal->units || (f.units == modal->units && f.raters > modal->raters)))
            modal = &f;
    if (modal)
        health->fleissKappa = Stats::fleissKappa(Stats::FleissSums{modal->units, modal->raters, modal->agreementSum,
                                                                   {modal->passes, modal->units * modal->raters - modal->passes}});
    // Leniency: a judge's mean minus the panel's mean on the answers it scored; split by whether
    // the answer came from the judge's own model family, for self-preference.
    for (const VariantInfo &judge : judges) {
        if (judge.scorer)
            continue;
        const QString family = modelFamily(judge.modelId);
        qint64 verdicts = 0;
        double sum = 0, panel = 0;
        std::pair<double, qint64> own, others; // sum of differences, count
        for (const JudgeRollupRow &r : judgeRows) {
            if (r.judgeId != judge.id)
                continue;
            verdicts += r.verdicts;
            sum += r.scoreSum;
            panel += r.panelSum;
            auto &bucket = variantFamily.value(r.variantId) == family ? own : others;
            bucket.first += r.scoreSum - r.panelSum;
            bucket.second += r.verdicts;
        }
        JudgeStanding standing{judge.id, judge.label, verdicts, verdicts ? sum / double(verdicts) : 0,
                               verdicts ? (sum - panel) / double(verdicts) : 0, std::nullopt};
        if (own.second > 0 && others.second > 0)
            standing.selfPreference = own.first / double(own.second) - others.first / double(others.second);
        health->judges.append(standing);
    }
}
} // namespace

std::optional<CompositeWeights> CompositeWeights::fromText(const QString &text, QString *error)
{
    CompositeWeights w;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const double value = part.section(u'=', 1).trimmed().toDouble(&ok);
        double *target = name == u"success" ? &w.success : name == u"latency" ? &w.latency : name == u"cost" ? &w.cost
                       : name == u"throughput" ? &w.throughput : nullptr;
        if (!target || !ok || value < 0 || !std::isfinite(value)) {
            *error = QCoreApplication::translate("Leaderboard", "\"%1\" is not a weight: write success=1,latency=0.5,cost=0.5,"
                                                               "throughput=0 (numbers of 0 or more)").arg(part.trimmed());
            return std::nullopt;
        }
        *target = value;
    }
    return w;
}

QString modelFamily(const QString &modelId)
{
    const qsizetype slash = modelId.indexOf(u'/');
    const QString provider = modelId.left(std::max<qsizetype>(0, slash));
    if (provider != u"bedrock" && provider != u"azure" && provider != u"openai-compatible" && provider != u"simulator")
        return provider;
    // Hosted models name their vendor: "us.anthropic.claude-…", "amazon.nova-…", "gpt-4o".
    QStringList parts = modelId.mid(slash + 1).split(u'.');
    static const QStringList kRegionPrefixes = {u"us"_qs, u"eu"_qs, u"apac"_qs, u"global"_qs, u"us-gov"_qs};
    if (parts.size() > 1 && kRegionPrefixes.contains(parts.first()))
        parts.removeFirst();
    const QString vendor = parts.first().section(u'-', 0, 0).toLower();
    return vendor.startsWith(u"gpt") ? u"openai"_qs : vendor;
}

namespace {
// One variant's row while its figures are summed: the per-scenario pass counts its interval
// needs, and the score sum its mean needs.
struct RowWork
{
    LeaderboardRow row;
    std::vector<double> passes, scored, scores; // per scenario with a jury outcome (scores: their sum)
    double scoreSum = 0;
};

// The rollups summed per variant.
QMap<qint64, RowWork> sumRollups(const QList<VariantInfo> &variants, const QList<RollupRow> &scenarios,
                                 const QList<JudgeRollupRow> &judgeRows)
{
    QMap<qint64, RowWork> work;
    for (const VariantInfo &v : variants) {
        work[v.id].row.variantId = v.id;
        work[v.id].row.label = v.label;
    }
    for (const RollupRow &s : scenarios) {
        RowWork &w = work[s.variantId];
        LeaderboardRow &r = w.row;
        r.invocations += s.invocations;
        r.errors += s.errors;
        r.scored += s.scored;
        r.passed += s.passed;
        r.disputed += s.disputed;
        r.totalCostUsd += s.costUsd;
        r.judgeCostUsd += s.judgeCostUsd;
        w.scoreSum += s.scoreSum;
        if (s.scored > 0) {
            w.passes.push_back(double(s.passed));
            w.scored.push_back(double(s.scored));
            w.scores.push_back(s.scoreSum);
        }
    }
    for (const JudgeRollupRow &j : judgeRows) {
        LeaderboardRow &r = work[j.variantId].row;
        for (int d = 0; d < 6; ++d)
            r.dimensionMeans[d] += j.dimensionSums[d];
        r.verdictsUsed += j.verdicts;
    }
    return work;
}

// Rates, means, percentiles from the histograms and cost per answer.
void finishRow(RowWork &w, const VariantHistograms &histogram)
{
    LeaderboardRow &r = w.row;
    r.successRate = r.scored ? double(r.passed) / double(r.scored) : 0;
    r.errorRate = r.invocations ? double(r.errors) / double(r.invocations) : 0;
    if (r.scored)
        r.meanScore = w.scoreSum / double(r.scored);
    for (double &mean : r.dimensionMeans)
        mean = r.verdictsUsed ? mean / double(r.verdictsUsed) : 0;
    const auto ttft = histogram.bins(r.variantId, HistogramBins::Ttft);
    const auto ttlb = histogram.bins(r.variantId, HistogramBins::Ttlb);
    for (int p = 0; p < 4; ++p) {
        r.ttftMs[p] = Stats::percentileOfBins(ttft, kPercentiles[p]);
        r.ttlbMs[p] = Stats::percentileOfBins(ttlb, kPercentiles[p]);
    }
    r.decodeTokensPerSecond = Stats::percentileOfBins(histogram.bins(r.variantId, HistogramBins::DecodeSpeed), 0.5);
    r.costPerAnswerUsd = r.invocations ? r.totalCostUsd / double(r.invocations) : 0;
}

// METRICS.md's composite score: success and latency, cost and throughput normalised by the best.
void applyComposite(QList<LeaderboardRow> &rows, const CompositeWeights &weights)
{
    double maxLatency = 0, maxCost = 0, maxThroughput = 0;
    for (const LeaderboardRow &r : std::as_const(rows)) {
        maxLatency = std::max(maxLatency, r.ttlbMs[0].value_or(0));
        maxCost = std::max(maxCost, r.costPerAnswerUsd);
        maxThroughput = std::max(maxThroughput, r.decodeTokensPerSecond.value_or(0));
    }
    for (LeaderboardRow &r : rows)
        r.composite = weights.success * r.successRate
                      + weights.latency * (maxLatency > 0 ? 1 - r.ttlbMs[0].value_or(maxLatency) / maxLatency : 0)
                      + weights.cost * (maxCost > 0 ? 1 - r.costPerAnswerUsd / maxCost : 0)
                      + weights.throughput * (maxThroughput > 0 ? r.decodeTokensPerSecond.value_or(0) / maxThroughput : 0);
}
} // namespace

Leaderboard computeLeaderboard(const RunReadout &run, const CompositeWeights &weights)
{
    Leaderboard board;
    QHash<qint64, QString> families;
    for (const VariantInfo &v : run.variants)
        families.insert(v.id, modelFamily(v.modelId));
    const QHash<qint64, QString> labels = run.variantLabels();
    for (const TaskCell &cell : run.taskMatrix)
        board.taskSuccess.append({labels.value(cell.variantId), cell.taskType, cell.scored, cell.passed});
    board.juryOnly = run.juryOnly;
    board.overrides = run.overrides;

    QMap<qint64, RowWork> work = sumRollups(run.variants, run.scenarios, run.judgeRollup);
    std::vector<RowWork *> rows;
    for (RowWork &w : work) {
        rows.push_back(&w);
        board.rows.append(w.row);
    }
    parallelFor(rows.size(), [&](size_t i) {
        std::tie(rows[i]->row.successCi, rows[i]->row.scoreCi) = Stats::bootstrapRatioPair(rows[i]->passes, rows[i]->scores, rows[i]->scored);
    });
    computeRatings(run.scenarios, board.rows);
    const VariantHistograms histogram(run.histograms);
    for (size_t i = 0; i < rows.size(); ++i) {
        finishRow(*rows[i], histogram);
        rows[i]->row.rating = board.rows.at(qsizetype(i)).rating;
        rows[i]->row.ratingCi = board.rows.at(qsizetype(i)).ratingCi;
        board.rows[qsizetype(i)] = rows[i]->row;
    }
    rankByComposite(board.rows, weights);
    computeHealth(run.agreement, run.judgeRollup, run.judges, families, &board.health);
    return board;
}

void rankByComposite(QList<LeaderboardRow> &rows, const CompositeWeights &weights)
{
    applyComposite(rows, weights);
    std::stable_sort(rows.begin(), rows.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) { return a.composite > b.composite; });
}

QList<qsizetype> paretoFrontier(const QList<LeaderboardRow> &rows)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &v = rows.at(i);
        if (v.scored == 0)
            continue;
        const bool beaten = std::any_of(rows.cbegin(), rows.cend(), [&](const LeaderboardRow &w) {
            return w.scored > 0 && w.costPerAnswerUsd <= v.costPerAnswerUsd && w.successRate >= v.successRate
                   && (w.costPerAnswerUsd < v.costPerAnswerUsd || w.successRate > v.successRate);
        });
        if (!beaten)
            out << i;
    }
    std::sort(out.begin(), out.end(), [&](qsizetype a, qsizetype b) { return rows.at(a).costPerAnswerUsd < rows.at(b).costPerAnswerUsd; });
    return out;
}

QJsonObject Leaderboard::toJson() const
{
    const QStringList dimensions = coreDimensions();
    QJsonArray rowsJson;
    for (const LeaderboardRow &r : rows) {
        QJsonObject means, ttft, ttlb;
        for (int d = 0; d < 6; ++d)
            means.insert(dimensions.at(d), r.dimensionMeans[d]);
        const char *names[4] = {"p50", "p90", "p95", "p99"};
        for (int p = 0; p < 4; ++p) {
            ttft.insert(QLatin1String(names[p]), optionalJson(r.ttftMs[p]));
            ttlb.insert(QLatin1String(names[p]), optionalJson(r.ttlbMs[p]));
        }
        rowsJson.append(QJsonObject{
            {u"variant"_qs, r.label}, {u"invocations"_qs, r.invocations}, {u"errors"_qs, r.errors},
            {u"error_rate"_qs, r.errorRate}, {u"scored"_qs, r.scored}, {u"passed"_qs, r.passed},
            {u"success_rate"_qs, r.successRate},
            {u"success_rate_ci95"_qs, r.successCi ? QJsonValue(QJsonArray{r.successCi->low, r.successCi->high}) : QJsonValue()},
            {u"mean_score"_qs, optionalJson(r.meanScore)},
            {u"mean_score_ci95"_qs, r.scoreCi ? QJsonValue(QJsonArray{r.scoreCi->low, r.scoreCi->high}) : QJsonValue()},
            {u"dimension_means"_qs, means},
            {u"ttft_ms"_qs, ttft}, {u"ttlb_ms"_qs, ttlb}, {u"decode_tokens_per_s"_qs, optionalJson(r.decodeTokensPerSecond)},
            {u"cost_per_answer_usd"_qs, r.costPerAnswerUsd}, {u"total_cost_usd"_qs, r.totalCostUsd},
            {u"judge_cost_usd"_qs, r.judgeCostUsd}, {u"disputed"_qs, r.disputed}, {u"composite"_qs, r.composite},
            {u"rating"_qs, optionalJson(r.rating)},
            {u"rating_ci95"_qs, r.ratingCi ? QJsonValue(QJsonArray{r.ratingCi->low, r.ratingCi->high}) : QJsonValue()}});
    }
    QJsonObject alpha;
    for (int d = 0; d < 6; ++d)
        alpha.insert(dimensions.at(d), optionalJson(health.alpha[d]));
    QJsonArray judgesJson;
    for (const JudgeStanding &j : health.judges)
        judgesJson.append(QJsonObject{{u"judge"_qs, j.label}, {u"verdicts"_qs, j.verdicts}, {u"mean_score"_qs, j.meanScore},
                                      {u"leniency"_qs, j.leniency}, {u"self_preference"_qs, optionalJson(j.selfPreference)}});
    QJsonArray heatmap;
    for (const TaskSuccess &t : taskSuccess)
        heatmap.append(QJsonObject{{u"variant"_qs, t.variant}, {u"task_type"_qs, t.taskType}, {u"scored"_qs, t.scored},
                                   {u"passed"_qs, t.passed},
                                   {u"success_rate"_qs, t.scored ? QJsonValue(double(t.passed) / double(t.scored)) : QJsonValue()}});
    return {{u"leaderboard"_qs, rowsJson},
            {u"overrides"_qs, overrides},
            {u"jury_only"_qs, juryOnly},
            {u"task_success"_qs, heatmap},
            {u"jury_health"_qs, QJsonObject{{u"krippendorff_alpha_ordinal"_qs, alpha},
                                            {u"fleiss_kappa_pass_fail"_qs, optionalJson(health.fleissKappa)},
                                            {u"judges"_qs, judgesJson}}}};
}

} // namespace Quorum
