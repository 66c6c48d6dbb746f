#pragma once

#include <QList>
#include <optional>
#include <vector>

namespace Quorum::Stats {

// Percentile by linear interpolation between closest ranks (METRICS.md); p in 0 … 1.
// nullopt for no values.
std::optional<double> percentile(std::vector<double> values, double p);

// Krippendorff's alpha with the ordinal metric. `units[u][r]` is rater r's value for unit u,
// nullopt where r gave none; units with fewer than two values do not count.
std::optional<double> krippendorffAlphaOrdinal(const std::vector<std::vector<std::optional<int>>> &units);

// Fleiss' kappa. `counts[s][c]` is how many raters put subject s in category c; every subject
// must have the same number of ratings.
std::optional<double> fleissKappa(const std::vector<std::vector<int>> &counts);

// 95 % percentile bootstrap of a ratio of sums over clusters (scenarios): each resample draws
// clusters with replacement and keeps each cluster's numerator and denominator together.
struct Interval
{
    double low = 0;
    double high = 0;
};
std::optional<Interval> bootstrapRatio(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                       int resamples = 1000, quint32 seed = 20241122);

// Bradley–Terry maximum-likelihood fit (Hunter's MM algorithm). `wins[i][j]` is how often i
// beat j (a tie counts half to each). Returns ratings 1000 + 400·log10(strength), strengths
// normalised to a geometric mean of 1; a player with no comparisons gets 1000.
std::vector<double> bradleyTerryRatings(const std::vector<std::vector<double>> &wins, int iterations = 500);

} // namespace Quorum::Stats
