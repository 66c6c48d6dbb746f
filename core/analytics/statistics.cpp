#include "statistics.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <map>

namespace Quorum::Stats {

std::optional<double> percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto low = size_t(rank);
    const size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

std::optional<double> krippendorffAlphaOrdinal(const std::vector<std::vector<std::optional<int>>> &units)
{
    // Coincidence matrix o[c][k] = Σ_u (c–k pairs in u) / (m_u − 1)
    std::map<int, std::map<int, double>> o;
    for (const auto &unit : units) {
        std::vector<int> values;
        for (const auto &v : unit)
            if (v)
                values.push_back(*v);
        const auto m = values.size();
        if (m < 2)
            continue;
        for (size_t i = 0; i < m; ++i)
            for (size_t j = 0; j < m; ++j)
                if (i != j)
                    o[values[i]][values[j]] += 1.0 / double(m - 1);
    }
    std::map<int, double> n;
    double total = 0;
    for (const auto &[c, row] : o)
        for (const auto &[k, value] : row) {
            n[c] += value;
            total += value;
        }
    if (total <= 1 || n.size() < 2)
        return n.size() == 1 ? std::optional<double>(1.0) : std::nullopt; // one value used throughout: perfect agreement
    std::vector<int> categories;
    for (const auto &[c, count] : n)
        categories.push_back(c);
    // Ordinal distance: δ²(c,k) = (Σ_{g between c and k} n_g − (n_c + n_k) / 2)²
    auto delta2 = [&](int c, int k) {
        if (c == k)
            return 0.0;
        const int lo = std::min(c, k), hi = std::max(c, k);
        double sum = 0;
        for (const int g : categories)
            if (g >= lo && g <= hi)
                sum += n[g];
        sum -= (n[c] + n[k]) / 2;
        return sum * sum;
    };
    double observed = 0, expected = 0;
    for (const int c : categories)
        for (const int k : categories) {
            const double d = delta2(c, k);
            observed += o[c][k] * d;
            expected += n[c] * n[k] * d;
        }
    if (expected == 0)
        return 1.0;
    return 1.0 - (total - 1) * observed / expected;
}

std::optional<double> fleissKappa(const std::vector<std::vector<int>> &counts)
{
    if (counts.empty() || counts.front().empty())
        return std::nullopt;
    const size_t categories = counts.front().size();
    int raters = 0;
    for (const int x : counts.front())
        raters += x;
    if (raters < 2)
        return std::nullopt;
    const double subjects = double(counts.size());
    std::vector<double> share(categories, 0);
    double meanAgreement = 0;
    for (const auto &row : counts) {
        int sum = 0;
        double pairs = 0;
        for (size_t c = 0; c < categories; ++c) {
            sum += row[c];
            share[c] += row[c];
            pairs += double(row[c]) * (row[c] - 1);
        }
        if (sum != raters)
            return std::nullopt; // every subject needs the same number of ratings
        meanAgreement += pairs / (double(raters) * (raters - 1));
    }
    meanAgreement /= subjects;
    double chance = 0;
    for (double &p : share) {
        p /= subjects * raters;
        chance += p * p;
    }
    if (chance >= 1)
        return 1.0;
    return (meanAgreement - chance) / (1 - chance);
}

std::optional<Interval> bootstrapRatio(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                       int resamples, quint32 seed)
{
    const size_t clusters = numerators.size();
    if (clusters == 0 || denominators.size() != clusters)
        return std::nullopt;
    QRandomGenerator rng(seed);
    std::vector<double> ratios;
    ratios.reserve(size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        double num = 0, den = 0;
        for (size_t i = 0; i < clusters; ++i) {
            const auto pick = size_t(rng.bounded(quint32(clusters)));
            num += numerators[pick];
            den += denominators[pick];
        }
        if (den > 0)
            ratios.push_back(num / den);
    }
    if (ratios.empty())
        return std::nullopt;
    return Interval{*percentile(ratios, 0.025), *percentile(ratios, 0.975)};
}

std::vector<double> bradleyTerryRatings(const std::vector<std::vector<double>> &wins, int iterations)
{
    const size_t n = wins.size();
    std::vector<double> strength(n, 1.0), total(n, 0.0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            total[i] += wins[i][j];
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::vector<double> next(n, 1.0);
        double change = 0;
        for (size_t i = 0; i < n; ++i) {
            double denominator = 0;
            for (size_t j = 0; j < n; ++j) {
                const double games = wins[i][j] + wins[j][i];
                if (i != j && games > 0)
                    denominator += games / (strength[i] + strength[j]);
            }
            // A player who never won keeps a tiny strength instead of zero (the MLE is at the boundary).
            next[i] = denominator > 0 ? std::max(total[i], 1e-9) / denominator : strength[i];
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

} // namespace Quorum::Stats
