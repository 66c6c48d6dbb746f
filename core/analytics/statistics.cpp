#include "statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>

namespace Quorum::Stats {

std::optional<double> percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto low = size_t(rank);
    // The two order statistics around the rank, without sorting the rest.
    std::nth_element(values.begin(), values.begin() + qsizetype(low), values.end());
    const double below = values[low];
    const double above = low + 1 < values.size() ? *std::min_element(values.begin() + qsizetype(low) + 1, values.end()) : below;
    return below + (above - below) * (rank - double(low));
}

void addCoincidences(Coincidences &o, const std::vector<int> &values)
{
    // o[c][k] += (c–k pairs in the unit) / (m_u − 1)
    const auto m = values.size();
    if (m < 2)
        return;
    for (size_t i = 0; i < m; ++i)
        for (size_t j = 0; j < m; ++j)
            if (i != j)
                o[values[i]][values[j]] += 1.0 / double(m - 1);
}

std::optional<double> krippendorffAlphaOrdinal(const Coincidences &o)
{
    std::map<int, double> n;
    double total = 0;
    for (const auto &[c, row] : o)
        for (const auto &[k, value] : row) {
            n[c] += value;
            total += value;
        }
    if (total <= 1 || n.size() < 2)
        return n.size() == 1 ? std::optional<double>(1.0) : std::nullopt; // one value used throughout: perfect agreement
    // Ordinal distance: δ²(c,k) = (Σ_{g between c and k} n_g − (n_c + n_k) / 2)²
    auto delta2 = [&](int c, int k) {
        if (c == k)
            return 0.0;
        double sum = 0;
        for (auto g = n.lower_bound(std::min(c, k)); g != n.end() && g->first <= std::max(c, k); ++g)
            sum += g->second;
        sum -= (n[c] + n[k]) / 2;
        return sum * sum;
    };
    double observed = 0, expected = 0;
    for (const auto &[c, nc] : n)
        for (const auto &[k, nk] : n) {
            const double d = delta2(c, k);
            if (const auto row = o.find(c); row != o.end())
                if (const auto cell = row->second.find(k); cell != row->second.end())
                    observed += cell->second * d;
            expected += nc * nk * d;
        }
    if (expected == 0)
        return 1.0;
    return 1.0 - (total - 1) * observed / expected;
}

std::optional<double> krippendorffAlphaOrdinal(const std::vector<std::vector<std::optional<int>>> &units)
{
    Coincidences o;
    for (const auto &unit : units) {
        std::vector<int> values;
        for (const auto &v : unit)
            if (v)
                values.push_back(*v);
        addCoincidences(o, values);
    }
    return krippendorffAlphaOrdinal(o);
}

void FleissSums::add(const std::vector<int> &counts)
{
    int raters = 0;
    double pairs = 0;
    if (categoryTotals.size() < counts.size())
        categoryTotals.resize(counts.size(), 0);
    for (size_t c = 0; c < counts.size(); ++c) {
        raters += counts[c];
        categoryTotals[c] += counts[c];
        pairs += double(counts[c]) * (counts[c] - 1);
    }
    if (subjects == 0)
        this->raters = raters;
    else if (raters != this->raters)
        this->raters = -1; // every subject needs the same number of ratings
    subjects += 1;
    if (raters >= 2)
        agreementSum += pairs / (double(raters) * (raters - 1));
}

std::optional<double> fleissKappa(const FleissSums &sums)
{
    if (sums.subjects == 0 || sums.raters < 2)
        return std::nullopt;
    const double meanAgreement = sums.agreementSum / sums.subjects;
    double chance = 0;
    for (const double total : sums.categoryTotals) {
        const double p = total / (sums.subjects * sums.raters);
        chance += p * p;
    }
    if (chance >= 1)
        return 1.0;
    return (meanAgreement - chance) / (1 - chance);
}

std::optional<double> fleissKappa(const std::vector<std::vector<int>> &counts)
{
    FleissSums sums;
    for (const auto &row : counts)
        sums.add(row);
    return fleissKappa(sums);
}

std::optional<double> percentileOfBins(const std::vector<Bin> &bins, double p)
{
    double total = 0;
    for (const Bin &b : bins)
        total += b.count;
    if (total < 1)
        return std::nullopt;
    // The value at a 0-based rank: the mean of the bin that holds it.
    auto valueAt = [&](double rank) {
        double seen = 0;
        for (const Bin &b : bins) {
            seen += b.count;
            if (rank < seen)
                return b.sum / b.count;
        }
        return bins.back().sum / bins.back().count;
    };
    const double rank = std::clamp(p, 0.0, 1.0) * (total - 1);
    const double low = std::floor(rank);
    const double a = valueAt(low), b = valueAt(std::min(low + 1, total - 1));
    return a + (b - a) * (rank - low);
}

std::shared_ptr<const ResampleCounts> ResampleCounts::of(size_t clusters, int resamples, quint64 seed)
{
    const auto make = [&] {
        auto t = std::make_shared<ResampleCounts>();
        t->m_clusters = clusters;
        t->m_resamples = resamples;
        t->m_counts.assign(clusters * size_t(std::max(resamples, 0)), 0);
        Resampler rng(seed);
        for (int r = 0; r < resamples; ++r) {
            quint32 *counts = t->m_counts.data() + size_t(r) * clusters;
            for (size_t i = 0; i < clusters; ++i)
                ++counts[rng.pick(clusters)];
        }
        return t;
    };
    // Kept: the tables of the last bootstraps, eight million counts in all (32 MB); one table of
    // more than a million counts (a thousand resamples of over 1,000 scenarios) is made for each
    // bootstrap, as the draws were before.
    constexpr size_t kLargestKept = size_t(1) << 20, kKeptInAll = size_t(8) << 20;
    const size_t size = clusters * size_t(std::max(resamples, 0));
    if (size > kLargestKept)
        return make();
    struct Kept
    {
        size_t clusters;
        int resamples;
        quint64 seed;
        std::shared_ptr<const ResampleCounts> table;
    };
    static std::mutex lock;
    static std::vector<Kept> kept;
    {
        const std::lock_guard<std::mutex> hold(lock);
        for (const Kept &k : kept)
            if (k.clusters == clusters && k.resamples == resamples && k.seed == seed)
                return k.table;
    }
    std::shared_ptr<const ResampleCounts> table = make();
    const std::lock_guard<std::mutex> hold(lock);
    size_t inAll = size;
    for (const Kept &k : kept)
        inAll += k.clusters * size_t(k.resamples);
    while (!kept.empty() && inAll > kKeptInAll) {
        inAll -= kept.front().clusters * size_t(kept.front().resamples);
        kept.erase(kept.begin());
    }
    kept.push_back({clusters, resamples, seed, table});
    return table;
}

namespace {
// The bootstrap of M ratios that share their denominators: one pass over each resample's draws.
// The resampled ratios of M numerators over shared denominators (a resample whose denominator
// sums to 0 is left out), each in resample order.
template<size_t M>
std::array<std::vector<double>, M> resampledRatios(const std::array<const std::vector<double> *, M> &numerators,
                                                   const std::vector<double> &denominators, int resamples, quint32 seed)
{
    const size_t clusters = denominators.size();
    std::array<std::vector<double>, M> ratios;
    if (clusters == 0 || std::any_of(numerators.cbegin(), numerators.cend(), [&](auto *n) { return n->size() != clusters; }))
        return ratios;
    const std::shared_ptr<const ResampleCounts> draws = ResampleCounts::of(clusters, resamples, seed);
    std::array<const double *, M> num;
    for (size_t m = 0; m < M; ++m) {
        ratios[m].reserve(size_t(resamples));
        num[m] = numerators[m]->data();
    }
    const double *den = denominators.data();
    for (int r = 0; r < resamples; ++r) {
        // Each cluster as often as it was drawn; four running sums apiece, so the adds overlap.
        const quint32 *counts = draws->resample(r);
        double n[M][4] = {}, d[4] = {0, 0, 0, 0};
        size_t i = 0;
        for (; i + 4 <= clusters; i += 4)
            for (size_t k = 0; k < 4; ++k) {
                const double c = double(counts[i + k]);
                for (size_t m = 0; m < M; ++m)
                    n[m][k] += c * num[m][i + k];
                d[k] += c * den[i + k];
            }
        for (; i < clusters; ++i) {
            const double c = double(counts[i]);
            for (size_t m = 0; m < M; ++m)
                n[m][0] += c * num[m][i];
            d[0] += c * den[i];
        }
        const double dSum = (d[0] + d[1]) + (d[2] + d[3]);
        if (dSum > 0)
            for (size_t m = 0; m < M; ++m)
                ratios[m].push_back(((n[m][0] + n[m][1]) + (n[m][2] + n[m][3])) / dSum);
    }
    return ratios;
}

template<size_t M>
std::array<std::optional<Interval>, M> bootstrapRatios(const std::array<const std::vector<double> *, M> &numerators,
                                                       const std::vector<double> &denominators, int resamples, quint32 seed)
{
    const std::array<std::vector<double>, M> ratios = resampledRatios<M>(numerators, denominators, resamples, seed);
    std::array<std::optional<Interval>, M> out;
    for (size_t m = 0; m < M; ++m)
        if (!ratios[m].empty())
            out[m] = Interval{*percentile(ratios[m], 0.025), *percentile(ratios[m], 0.975)};
    return out;
}
} // namespace

std::optional<Interval> bootstrapRatio(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                       int resamples, quint32 seed)
{
    return bootstrapRatios<1>({&numerators}, denominators, resamples, seed)[0];
}

std::vector<double> bootstrapRatioSamples(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                          int resamples, quint32 seed)
{
    return resampledRatios<1>({&numerators}, denominators, resamples, seed)[0];
}

std::pair<std::optional<Interval>, std::optional<Interval>> bootstrapRatioPair(const std::vector<double> &first, const std::vector<double> &second,
                                                                               const std::vector<double> &denominators, int resamples, quint32 seed)
{
    const auto both = bootstrapRatios<2>({&first, &second}, denominators, resamples, seed);
    return {both[0], both[1]};
}

std::vector<double> bradleyTerryRatings(const std::vector<std::vector<double>> &played, int iterations)
{
    const size_t n = played.size();
    // One virtual tie per pair that met (half a win each way): a variant that wins every game
    // gets a large but finite rating instead of one that runs off to infinity (METRICS.md).
    std::vector<std::vector<double>> wins = played;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            if (i != j && played[i][j] + played[j][i] > 0)
                wins[i][j] += 0.5;
    std::vector<double> strength(n, 1.0), total(n, 0.0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            total[i] += wins[i][j];
    // The games of each pair, once; each pair's share g / (sᵢ + sⱼ) is the same both ways, so it is
    // divided once per pair and summed in the same order as before.
    std::vector<double> games(n * n, 0), share(n * n, 0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            games[i * n + j] = i != j ? wins[i][j] + wins[j][i] : 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::vector<double> next(n, 1.0);
        double change = 0;
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                const double g = games[i * n + j];
                share[i * n + j] = share[j * n + i] = g > 0 ? g / (strength[i] + strength[j]) : 0;
            }
        for (size_t i = 0; i < n; ++i) {
            double denominator = 0;
            for (size_t j = 0; j < n; ++j)
                if (games[i * n + j] > 0)
                    denominator += share[i * n + j];
            next[i] = denominator > 0 ? total[i] / denominator : strength[i]; // every player who met another won half a game
        }
        double logSum = 0;
        for (const double p : next)
            logSum += std::log(p);
        const double scale = std::exp(logSum / double(n));
        for (size_t i = 0; i < n; ++i) {
            next[i] /= scale;
            change = std::max(change, std::abs(next[i] - strength[i]));
        }
        strength = std::move(next);
        if (change < 1e-12)
            break;
    }
    std::vector<double> ratings(n);
    for (size_t i = 0; i < n; ++i)
        ratings[i] = 1000 + 400 * std::log10(strength[i]);
    return ratings;
}

double mcnemarExactP(qint64 b, qint64 c)
{
    const qint64 n = b + c;
    if (n <= 0)
        return 1;
    // Σ_{i ≤ k} C(n, i) / 2ⁿ in logs (n may be in the millions): log C(n, i) = lgamma terms.
    const qint64 k = std::min(b, c);
    const double logHalfN = -double(n) * std::log(2.0);
    double tail = 0;
    for (qint64 i = 0; i <= k; ++i)
        tail += std::exp(std::lgamma(double(n) + 1) - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1) + logHalfN);
    return std::min(1.0, 2 * tail);
}

std::optional<double> cohensKappa(const std::vector<std::vector<double>> &table)
{
    const size_t k = table.size();
    double n = 0, agreed = 0;
    std::vector<double> rows(k, 0), columns(k, 0);
    for (size_t i = 0; i < k; ++i) {
        if (table[i].size() != k)
            return std::nullopt;
        for (size_t j = 0; j < k; ++j) {
            n += table[i][j];
            rows[i] += table[i][j];
            columns[j] += table[i][j];
        }
        agreed += table[i][i];
    }
    if (n <= 0)
        return std::nullopt;
    double chance = 0;
    for (size_t i = 0; i < k; ++i)
        chance += (rows[i] / n) * (columns[i] / n);
    if (chance >= 1)
        return std::nullopt;
    return (agreed / n - chance) / (1 - chance);
}

std::vector<double> holmAdjusted(const std::vector<double> &pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    for (size_t i = 0; i < m; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(m, 1);
    double running = 0;
    for (size_t rank = 0; rank < m; ++rank) {
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

std::optional<RepeatSummary> summarizeRepeats(const std::vector<std::vector<bool>> &repeats)
{
    RepeatSummary r;
    double shares = 0, all = 0;
    for (const std::vector<bool> &verdicts : repeats) {
        if (verdicts.size() < 2)
            continue;
        const auto passed = std::count(verdicts.cbegin(), verdicts.cend(), true);
        ++r.scenarios;
        shares += double(passed) / double(verdicts.size());
        all += passed == qint64(verdicts.size()) ? 1 : 0;
        r.flaky += passed > 0 && passed < qint64(verdicts.size()) ? 1 : 0;
    }
    if (r.scenarios == 0)
        return std::nullopt;
    r.passAt1 = shares / double(r.scenarios);
    r.passAllK = all / double(r.scenarios);
    return r;
}

} // namespace Quorum::Stats
