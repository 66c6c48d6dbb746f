#pragma once

#include <QList>
#include <map>
#include <optional>
#include <memory>
#include <vector>

namespace Quorum::Stats {

// Percentile by linear interpolation between closest ranks (METRICS.md); p in 0 … 1.
// nullopt for no values.
std::optional<double> percentile(std::vector<double> values, double p);

// Percentile of values kept as histogram bins in ascending order, each with its count and the
// sum of its values (a bin stands for `count` values equal to its mean); same rule as above.
struct Bin
{
    double count = 0;
    double sum = 0;
};
std::optional<double> percentileOfBins(const std::vector<Bin> &bins, double p);

// Krippendorff's alpha with the ordinal metric. `units[u][r]` is rater r's value for unit u,
// nullopt where r gave none; units with fewer than two values do not count.
std::optional<double> krippendorffAlphaOrdinal(const std::vector<std::vector<std::optional<int>>> &units);
// The same from the coincidence matrix, which is a sum over units: o[c][k] adds, for each
// unit of m values, its number of c–k pairs over m − 1.
using Coincidences = std::map<int, std::map<int, double>>;
void addCoincidences(Coincidences &o, const std::vector<int> &unitValues);
std::optional<double> krippendorffAlphaOrdinal(const Coincidences &o);

// Fleiss' kappa. `counts[s][c]` is how many raters put subject s in category c; every subject
// must have the same number of ratings.
std::optional<double> fleissKappa(const std::vector<std::vector<int>> &counts);
// The same from sums over subjects: each subject's agreement, and the totals per category.
struct FleissSums
{
    double subjects = 0;
    int raters = 0;                     // per subject; -1 when they differ
    double agreementSum = 0;            // Σ_s Σ_c n_sc (n_sc − 1) / (n (n − 1))
    std::vector<double> categoryTotals;
    void add(const std::vector<int> &counts);
};
std::optional<double> fleissKappa(const FleissSums &sums);

// The random draws of every bootstrap here: SplitMix64, a fixed seed giving the same
// resamples on every machine (a report is reproducible), and cheap enough for millions of
// draws per analytics query.
class Resampler
{
public:
    explicit Resampler(quint64 seed) : m_state(seed) {}
    // A uniform index below n (Lemire's multiply-shift).
    size_t pick(size_t n)
    {
        m_state += 0x9E3779B97F4A7C15ull;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return size_t((quint64(quint32(z >> 32)) * quint64(n)) >> 32);
    }

private:
    quint64 m_state;
};

// How often each of `clusters` clusters is drawn in each of `resamples` resamples: the draws of
// Resampler(seed), `clusters` per resample, in order. The bootstraps of one run draw the same
// resamples over and over (every variant, every figure), so the tables are kept (a few, small ones)
// and shared; thread-safe.
class ResampleCounts
{
public:
    static std::shared_ptr<const ResampleCounts> of(size_t clusters, int resamples, quint64 seed);
    const quint32 *resample(int r) const { return m_counts.data() + size_t(r) * m_clusters; }
    int resamples() const { return m_resamples; }

private:
    size_t m_clusters = 0;
    int m_resamples = 0;
    std::vector<quint32> m_counts;
};

// 95 % percentile bootstrap of a ratio of sums over clusters (scenarios): each resample draws
// clusters with replacement and keeps each cluster's numerator and denominator together.
struct Interval
{
    double low = 0;
    double high = 0;
};
std::optional<Interval> bootstrapRatio(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                       int resamples = 1000, quint32 seed = 20241122);
// The ratio of each resample itself (those whose denominators sum above 0), for a test that
// needs more than the interval (a paired difference's p-value).
std::vector<double> bootstrapRatioSamples(const std::vector<double> &numerators, const std::vector<double> &denominators,
                                          int resamples = 1000, quint32 seed = 20241122);
// Two ratios over the same denominators from the same draws, in one pass: each interval exactly as
// bootstrapRatio gives it.
std::pair<std::optional<Interval>, std::optional<Interval>> bootstrapRatioPair(const std::vector<double> &first, const std::vector<double> &second,
                                                                               const std::vector<double> &denominators,
                                                                               int resamples = 1000, quint32 seed = 20241122);

// Bradley–Terry maximum-likelihood fit (Hunter's MM algorithm). `played[i][j]` is how often i
// beat j (a tie counts half to each); every pair that met also gets one virtual tie, so ratings
// stay finite when one variant wins every game. Returns ratings 1000 + 400·log10(strength),
// strengths normalised to a geometric mean of 1; a player with no comparisons gets 1000.
std::vector<double> bradleyTerryRatings(const std::vector<std::vector<double>> &played, int iterations = 500);

// McNemar's exact test on the discordant pairs of a paired pass/fail comparison (docs/METRICS.md):
// `b` passed only on the first side, `c` only on the second. The two-sided p-value,
// min(1, 2 · P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½); 1 when there is no discordant pair.
double mcnemarExactP(qint64 b, qint64 c);

// Cohen's κ of two raters over the same items. `table[i][j]` counts the items the first rater put
// in category i and the second in category j (a square table). nullopt without items, or when
// chance agreement is 1 (κ undefined).
std::optional<double> cohensKappa(const std::vector<std::vector<double>> &table);

// Holm–Bonferroni over m p-values: each one's adjusted p-value, in the given order
// (docs/METRICS.md); a test is rejected at level α exactly when its adjusted p-value ≤ α.
std::vector<double> holmAdjusted(const std::vector<double> &pValues);

// pass@1, pass^k and flakiness over scenarios answered k ≥ 2 times (docs/METRICS.md).
// `repeats[s]` holds scenario s's verdicts (true = passed); scenarios with fewer than two are left out.
struct RepeatSummary
{
    qint64 scenarios = 0;           // with k ≥ 2 repeats
    double passAt1 = 0;             // mean over them of the share of repeats that passed
    double passAllK = 0;            // share of them where every repeat passed
    qint64 flaky = 0;               // with both verdicts among their repeats
};
std::optional<RepeatSummary> summarizeRepeats(const std::vector<std::vector<bool>> &repeats);

} // namespace Quorum::Stats
