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

} // namespace Quorum::Stats
