#include "leaderboard.h"

#include "../jury/llmjury.h"
#include "../storage/runqueries.h"
#include "../storage/runstore.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>

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
void computeRatings(const QList<InvocationFact> &invocations, QList<LeaderboardRow> &rows)
{
    QHash<qint64, int> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).variantId, int(i));
    const auto n = size_t(rows.size());
    QMap<qint64, QHash<int, std::pair<double, int>>> perScenario; // scenario → variant → (sum, count)
    for (const InvocationFact &f : invocations)
        if (f.score && index.contains(f.variantId)) {
            auto &cell = perScenario[f.scenarioId][index.value(f.variantId)];
            cell.first += *f.score;
            ++cell.second;
        }
    // Each scenario's games as a list of (winner, loser, weight).
    struct Game { int a, b; double aWins, bWins; };
    std::vector<std::vector<Game>> games;
    for (const auto &variants : perScenario) {
        std::vector<Game> list;
        for (auto a = variants.cbegin(); a != variants.cend(); ++a)
            for (auto b = std::next(a); b != variants.cend(); ++b) {
                const double sa = a.value().first / a.value().second, sb = b.value().first / b.value().second;
                list.push_back({a.key(), b.key(), sa > sb ? 1.0 : sa == sb ? 0.5 : 0.0, sa < sb ? 1.0 : sa == sb ? 0.5 : 0.0});
            }
        if (!list.empty())
            games.push_back(std::move(list));
    }
    if (games.empty() || n < 2)
        return;
    auto fit = [&](const std::vector<size_t> &picks) {
        std::vector<std::vector<double>> wins(n, std::vector<double>(n, 0));
        for (const size_t s : picks)
            for (const Game &g : games[s]) {
                wins[size_t(g.a)][size_t(g.b)] += g.aWins;
                wins[size_t(g.b)][size_t(g.a)] += g.bWins;
            }
        return Stats::bradleyTerryRatings(wins, 200);
    };
    std::vector<size_t> all(games.size());
    for (size_t s = 0; s < all.size(); ++s)
        all[s] = s;
    const std::vector<double> ratings = fit(all);
    const int resamples = games.size() * n * n <= 200'000 ? 1000 : 200;
    QRandomGenerator rng(20241122);
    std::vector<std::vector<double>> samples(n);
    for (int r = 0; r < resamples; ++r) {
        std::vector<size_t> picks(games.size());
        for (size_t &p : picks)
            p = size_t(rng.bounded(quint32(games.size())));
        const std::vector<double> sample = fit(picks);
        for (size_t i = 0; i < n; ++i)
            samples[i].push_back(sample[i]);
    }
    for (size_t i = 0; i < n; ++i) {
        rows[qsizetype(i)].rating = ratings[i];
        rows[qsizetype(i)].ratingCi = Stats::Interval{*Stats::percentile(samples[i], 0.025), *Stats::percentile(samples[i], 0.975)};
    }
}

void computeHealth(const QList<VerdictFact> &verdicts, const QHash<qint64, QString> &judgeLabels, JuryHealth *health,
                   const QHash<qint64, QString> &judgeFamily, const QHash<qint64, QString> &answerFamily)
{
    QList<qint64> judges = judgeLabels.keys();
    std::sort(judges.begin(), judges.end());
    QHash<qint64, int> judgeIndex;
    for (qsizetype i = 0; i < judges.size(); ++i)
        judgeIndex.insert(judges.at(i), int(i));
    // Group the verdicts by invocation: units of the agreement statistics.
    QMap<qint64, QList<const VerdictFact *>> byInvocation;
    for (const VerdictFact &v : verdicts)
        byInvocation[v.invocationId] << &v;
    for (int d = 0; d < 6; ++d) {
        std::vector<std::vector<std::optional<int>>> units;
        for (const auto &list : byInvocation) {
            std::vector<std::optional<int>> unit(size_t(judges.size()));
            for (const VerdictFact *v : list)
                unit[size_t(judgeIndex.value(v->judgeId))] = v->scores[d];
            units.push_back(std::move(unit));
        }
        health->alpha[d] = Stats::krippendorffAlphaOrdinal(units);
    }
    // Fleiss' kappa needs the same number of ratings per subject: the answers with the most
    // common number of valid verdicts (at least two) count.
    QHash<qsizetype, int> sizes;
    for (const auto &list : byInvocation)
        if (list.size() >= 2)
            ++sizes[list.size()];
    qsizetype raters = 0;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        if (it.value() > sizes.value(raters) || (it.value() == sizes.value(raters) && it.key() > raters))
            raters = it.key();
    std::vector<std::vector<int>> counts;
    for (const auto &list : byInvocation) {
        if (raters < 2 || list.size() != raters)
            continue;
        int passes = 0;
        for (const VerdictFact *v : list)
            passes += v->passed ? 1 : 0;
        counts.push_back({passes, int(list.size()) - passes});
    }
    health->fleissKappa = counts.empty() ? std::nullopt : Stats::fleissKappa(counts);
    // Leniency: a judge's mean minus the panel's mean on the answers it scored; split by whether
    // the answer came from the judge's own model family, for self-preference.
    QHash<qint64, double> sum, panelSum;
    QHash<qint64, qint64> count;
    QHash<qint64, std::pair<double, qint64>> own, others; // judge → (sum of differences, count)
    for (auto it = byInvocation.cbegin(); it != byInvocation.cend(); ++it) {
        const auto &list = it.value();
        double panel = 0;
        for (const VerdictFact *v : list)
            panel += v->weighted;
        panel /= double(list.size());
        for (const VerdictFact *v : list) {
            sum[v->judgeId] += v->weighted;
            panelSum[v->judgeId] += panel;
            ++count[v->judgeId];
            auto &bucket = judgeFamily.value(v->judgeId) == answerFamily.value(it.key()) ? own[v->judgeId] : others[v->judgeId];
            bucket.first += v->weighted - panel;
            ++bucket.second;
        }
    }
    for (const qint64 judge : judges) {
        const qint64 n = count.value(judge);
        JudgeStanding standing{judge, judgeLabels.value(judge), n, n ? sum.value(judge) / double(n) : 0,
                               n ? (sum.value(judge) - panelSum.value(judge)) / double(n) : 0, std::nullopt};
        const auto mine = own.value(judge), rest = others.value(judge);
        if (mine.second > 0 && rest.second > 0)
            standing.selfPreference = mine.first / double(mine.second) - rest.first / double(rest.second);
        health->judges.append(standing);
    }
}
} // namespace

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

Leaderboard computeLeaderboard(const QString &databasePath, qint64 runId, const CompositeWeights &weights, QString *error)
{
    Leaderboard board;
    RunQueries queries(databasePath);
    const QList<InvocationFact> invocations = queries.invocationFacts(runId);
    const QList<VerdictFact> verdicts = queries.verdictFacts(runId);
    const QHash<qint64, QString> labels = queries.variantLabels(runId, false);
    const QHash<qint64, QString> judgeLabels = queries.variantLabels(runId, true);
    const QHash<qint64, QString> judgeModels = queries.modelIds(runId, true);
    const QHash<qint64, QString> variantModels = queries.modelIds(runId, false);
    for (const TaskCell &cell : queries.taskMatrix(runId))
        board.taskSuccess.append({labels.value(cell.variantId), cell.taskType, cell.scored, cell.passed});
    if (error)
        *error = queries.error();
    RunStore::closeConnection(databasePath);

    QHash<qint64, qint64> variantOfInvocation;
    struct Work
    {
        LeaderboardRow row;
        std::vector<double> ttft, ttlb, decode;
        QMap<qint64, std::pair<double, double>> perScenario; // passes, scored
        double scoreSum = 0;
        double dimensionSums[6] = {};
        qint64 verdictCount = 0;
    };
    QMap<qint64, Work> work;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        work[it.key()].row.variantId = it.key();
        work[it.key()].row.label = it.value();
    }
    for (const InvocationFact &f : invocations) {
        variantOfInvocation.insert(f.id, f.variantId);
        Work &w = work[f.variantId];
        LeaderboardRow &r = w.row;
        ++r.invocations;
        r.totalCostUsd += f.costUsd;
        r.judgeCostUsd += f.judgeCostUsd;
        r.disputed += f.disputed ? 1 : 0;
        if (!f.ok) {
            ++r.errors;
            continue;
        }
        if (f.passed) {
            ++r.scored;
            r.passed += *f.passed ? 1 : 0;
            w.scoreSum += f.score.value_or(0);
            auto &scenario = w.perScenario[f.scenarioId];
            scenario.first += *f.passed ? 1 : 0;
            scenario.second += 1;
        }
        w.ttlb.push_back(f.ttlbMs);
        if (f.ttftMs) {
            w.ttft.push_back(*f.ttftMs);
            if (f.ttlbMs > *f.ttftMs && f.outputTokens > 0)
                w.decode.push_back(double(f.outputTokens) / ((f.ttlbMs - *f.ttftMs) / 1000));
        }
    }
    for (const VerdictFact &v : verdicts) {
        Work &w = work[variantOfInvocation.value(v.invocationId)];
        for (int d = 0; d < 6; ++d)
            w.dimensionSums[d] += v.scores[d];
        ++w.verdictCount;
    }

    double maxLatency = 0, maxCost = 0, maxThroughput = 0;
    for (Work &w : work) {
        LeaderboardRow &r = w.row;
        r.successRate = r.scored ? double(r.passed) / double(r.scored) : 0;
        r.errorRate = r.invocations ? double(r.errors) / double(r.invocations) : 0;
        if (r.scored)
            r.meanScore = w.scoreSum / double(r.scored);
        for (int d = 0; d < 6; ++d)
            r.dimensionMeans[d] = w.verdictCount ? w.dimensionSums[d] / double(w.verdictCount) : 0;
        for (int p = 0; p < 4; ++p) {
            r.ttftMs[p] = Stats::percentile(w.ttft, kPercentiles[p]);
            r.ttlbMs[p] = Stats::percentile(w.ttlb, kPercentiles[p]);
        }
        r.decodeTokensPerSecond = Stats::percentile(w.decode, 0.5);
        r.costPerAnswerUsd = r.invocations ? r.totalCostUsd / double(r.invocations) : 0;
        std::vector<double> passes, scored;
        for (const auto &[p, s] : w.perScenario) {
            passes.push_back(p);
            scored.push_back(s);
        }
        r.successCi = Stats::bootstrapRatio(passes, scored);
        maxLatency = std::max(maxLatency, r.ttlbMs[0].value_or(0));
        maxCost = std::max(maxCost, r.costPerAnswerUsd);
        maxThroughput = std::max(maxThroughput, r.decodeTokensPerSecond.value_or(0));
    }
    for (Work &w : work) {
        LeaderboardRow &r = w.row;
        r.composite = weights.success * r.successRate
                      + weights.latency * (maxLatency > 0 ? 1 - r.ttlbMs[0].value_or(maxLatency) / maxLatency : 0)
                      + weights.cost * (maxCost > 0 ? 1 - r.costPerAnswerUsd / maxCost : 0)
                      + weights.throughput * (maxThroughput > 0 ? r.decodeTokensPerSecond.value_or(0) / maxThroughput : 0);
        board.rows.append(r);
    }
    computeRatings(invocations, board.rows);
    std::stable_sort(board.rows.begin(), board.rows.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
        return a.composite > b.composite;
    });
    QHash<qint64, QString> judgeFamily, answerFamily;
    for (auto it = judgeModels.cbegin(); it != judgeModels.cend(); ++it)
        judgeFamily.insert(it.key(), modelFamily(it.value()));
    for (auto it = variantOfInvocation.cbegin(); it != variantOfInvocation.cend(); ++it)
        answerFamily.insert(it.key(), modelFamily(variantModels.value(it.value())));
    computeHealth(verdicts, judgeLabels, &board.health, judgeFamily, answerFamily);
    return board;
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
            {u"mean_score"_qs, optionalJson(r.meanScore)}, {u"dimension_means"_qs, means},
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
            {u"task_success"_qs, heatmap},
            {u"jury_health"_qs, QJsonObject{{u"krippendorff_alpha_ordinal"_qs, alpha},
                                            {u"fleiss_kappa_pass_fail"_qs, optionalJson(health.fleissKappa)},
                                            {u"judges"_qs, judgesJson}}}};
}

} // namespace Quorum
