#include "analytics/leaderboard.h"
#include "analytics/packedtallies.h"
#include "analytics/statistics.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Quorum;

class TstStatistics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // McNemar's exact test, by hand: b = 1, c = 6, n = 7: 2 · (C(7,0) + C(7,1)) / 2⁷ = 16 / 128.
    void mcnemarByHand()
    {
        QCOMPARE(Stats::mcnemarExactP(1, 6), 0.125);
        QCOMPARE(Stats::mcnemarExactP(6, 1), 0.125);
        QCOMPARE(Stats::mcnemarExactP(0, 0), 1.0);
        QCOMPARE(Stats::mcnemarExactP(3, 3), 1.0);        // 2 · P(X ≤ 3 | n = 6) = 2 · 42/64 > 1
        QCOMPARE(Stats::mcnemarExactP(0, 10), 2.0 / 1024); // 2 · C(10,0) / 2¹⁰
        // b = 2, c = 12, n = 14: 2 · (1 + 14 + 91) / 16384.
        QVERIFY(std::abs(Stats::mcnemarExactP(2, 12) - 212.0 / 16384) < 1e-12);
        // Large n stays finite and symmetric: 500 vs 520 discordant pairs is no evidence.
        QVERIFY(Stats::mcnemarExactP(500, 520) > 0.5);
    }
    // Cohen's κ, the worked examples of Wikipedia's "Cohen's kappa" article: (20, 5, 10, 15) gives
    // 0.4; the pair with the same 60 % agreement, (45, 15, 25, 15) and (25, 35, 5, 35), gives
    // 0.1304 and 0.2593.
    void cohensKappaPublishedExamples()
    {
        QVERIFY(std::abs(*Stats::cohensKappa({{20, 5}, {10, 15}}) - 0.4) < 1e-12);
        QCOMPARE(QString::number(*Stats::cohensKappa({{45, 15}, {25, 15}}), 'f', 4), u"0.1304"_qs);
        QCOMPARE(QString::number(*Stats::cohensKappa({{25, 35}, {5, 35}}), 'f', 4), u"0.2593"_qs);
        QVERIFY(std::abs(*Stats::cohensKappa({{10, 0}, {0, 10}}) - 1) < 1e-12);
        QVERIFY(!Stats::cohensKappa({{10, 0}, {0, 0}})); // chance agreement 1: undefined
        QVERIFY(!Stats::cohensKappa({}));
    }
    // Holm–Bonferroni, by hand (docs/METRICS.md): p = 0.01, 0.04, 0.03, 0.005, m = 4 →
    // 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, max(0.04·1, 0.06) = 0.06.
    void holmByHand()
    {
        const std::vector<double> adjusted = Stats::holmAdjusted({0.01, 0.04, 0.03, 0.005});
        const std::vector<double> expected = {0.03, 0.06, 0.06, 0.02};
        QCOMPARE(adjusted.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(adjusted[i] - expected[i]) < 1e-12, qPrintable(QString::number(adjusted[i])));
        QCOMPARE(Stats::holmAdjusted({0.9, 0.8})[0], 1.0); // capped at 1
        QVERIFY(Stats::holmAdjusted({}).empty());
    }
    // Three scenarios with repeats, by hand: (pass, pass, pass), (pass, fail, pass), (fail, fail);
    // one answered once is left out. pass@1 = (1 + 2/3 + 0) / 3, pass^k = 1/3, one flaky.
    void repeatsByHand()
    {
        const auto r = Stats::summarizeRepeats({{true, true, true}, {true, false, true}, {false, false}, {true}});
        QVERIFY(r);
        QCOMPARE(r->scenarios, 3);
        QVERIFY(std::abs(r->passAt1 - (1 + 2.0 / 3) / 3) < 1e-12);
        QVERIFY(std::abs(r->passAllK - 1.0 / 3) < 1e-12);
        QCOMPARE(r->flaky, 1);
        QVERIFY(!Stats::summarizeRepeats({{true}, {}}));
    }
    void percentiles()
    {
        QCOMPARE(*Stats::percentile({1, 2, 3, 4}, 0.5), 2.5);
        QCOMPARE(*Stats::percentile({10}, 0.99), 10.0);
        QCOMPARE(*Stats::percentile({4, 1, 3, 2, 5}, 0.9), 4.6);
        QCOMPARE(*Stats::percentile({1, 2}, 0), 1.0);
        QCOMPARE(*Stats::percentile({3, 1, 3, 2, 3, 1}, 0.5), 2.5); // 1 1 2 3 3 3: between the third and fourth
        QCOMPARE(*Stats::percentile({3, 1, 3, 2, 3, 1}, 1), 3.0);
        QCOMPARE(*Stats::percentile({9, 7, 8}, 0.25), 7.5);
        // 0 to 999 in a scrambled order: the value at each rank is the rank.
        std::vector<double> scrambled;
        for (int i = 0; i < 1000; ++i)
            scrambled.push_back(double(i * 337 % 1000));
        for (const double p : {0.025, 0.5, 0.975, 0.999})
            QVERIFY2(std::abs(*Stats::percentile(scrambled, p) - p * 999) < 1e-9, qPrintable(QString::number(p)));
        QVERIFY(!Stats::percentile({}, 0.5));
    }
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers, 12 units,
    // values 1–5 with missing data. The published ordinal alpha is 0.815.
    void krippendorffPublishedExample()
    {
        const std::optional<int> _;
        const std::vector<std::vector<std::optional<int>>> observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
            {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
        };
        std::vector<std::vector<std::optional<int>>> units(12);
        for (const auto &observer : observers)
            for (size_t u = 0; u < 12; ++u)
                units[u].push_back(observer[u]);
        QCOMPARE(qRound(*Stats::krippendorffAlphaOrdinal(units) * 1000), 815);
    }
    void krippendorffPerfectAndNone()
    {
        QCOMPARE(*Stats::krippendorffAlphaOrdinal({{1, 1}, {3, 3}, {5, 5}}), 1.0);
        QVERIFY(!Stats::krippendorffAlphaOrdinal({{1}, {2}}));
    }
    // The textbook example (Fleiss 1971, as in Wikipedia): 10 subjects, 14 raters, 5 categories,
    // kappa 0.210.
    void fleissPublishedExample()
    {
        const std::vector<std::vector<int>> counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        QCOMPARE(qRound(*Stats::fleissKappa(counts) * 1000), 210);
        QVERIFY(!Stats::fleissKappa({{1, 1}, {3, 0}})); // unequal numbers of ratings
    }
    void bradleyTerryTwoPlayers()
    {
        // A beats B 3 times out of 4, plus the virtual tie: 3.5 : 1.5, so A is 400·log10(7/3) ≈ 147.19 above B.
        const auto r = Stats::bradleyTerryRatings({{0, 3}, {1, 0}});
        QCOMPARE(qRound((r[0] - r[1]) * 100), 14719);
        QCOMPARE(qRound((r[0] + r[1]) * 1000), 2000000); // geometric mean of strengths is 1
        // Winning every game: 5.5 : 0.5, 400·log10(11) ≈ 416.56 above, finite.
        const auto sweep = Stats::bradleyTerryRatings({{0, 5}, {0, 0}});
        QCOMPARE(qRound((sweep[0] - sweep[1]) * 100), 41656);
    }
    // A small tournament with a cycle and ties: the fit satisfies the likelihood equations
    // W_i = Σ_j n_ij · p_i / (p_i + p_j) for every player.
    void bradleyTerryMaximisesTheLikelihood()
    {
        const std::vector<std::vector<double>> wins = {{0, 7, 2.5, 4}, {3, 0, 6, 5}, {5.5, 4, 0, 1}, {2, 5, 7, 0}};
        const auto ratings = Stats::bradleyTerryRatings(wins, 5000);
        std::vector<double> p;
        for (const double r : ratings)
            p.push_back(std::pow(10, (r - 1000) / 400));
        for (size_t i = 0; i < 4; ++i) {
            double won = 0, expected = 0;
            for (size_t j = 0; j < 4; ++j) {
                if (i == j)
                    continue;
                won += wins[i][j] + 0.5; // each pair met, so each has its virtual tie
                expected += (wins[i][j] + wins[j][i] + 1) * p[i] / (p[i] + p[j]);
            }
            QVERIFY2(std::abs(won - expected) < 1e-6, qPrintable(QString::number(won - expected)));
        }
        QCOMPARE(Stats::bradleyTerryRatings({{0, 0}, {0, 0}})[0], 1000.0); // no games: no information
    }
    void compositeWeightsFromText()
    {
        QString error;
        const auto w = CompositeWeights::fromText(u"cost=2, throughput=0.25"_qs, &error);
        QVERIFY(w);
        QCOMPARE(w->success, 1.0);
        QCOMPARE(w->latency, 0.5);
        QCOMPARE(w->cost, 2.0);
        QCOMPARE(w->throughput, 0.25);
        QVERIFY(!CompositeWeights::fromText(u"latency=-1"_qs, &error));
        QVERIFY(!CompositeWeights::fromText(u"speed=1"_qs, &error));
        QVERIFY(error.contains(u"\"speed=1\" is not a weight"_qs));
    }

    void modelFamilies()
    {
        QCOMPARE(modelFamily(u"anthropic/claude-haiku"_qs), u"anthropic"_qs);
        QCOMPARE(modelFamily(u"bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0"_qs), u"anthropic"_qs);
        QCOMPARE(modelFamily(u"bedrock/amazon.nova-pro-v1:0"_qs), u"amazon"_qs);
        QCOMPARE(modelFamily(u"bedrock/openai.gpt-oss-120b-1:0"_qs), u"openai"_qs);
        QCOMPARE(modelFamily(u"azure/gpt-4o"_qs), u"openai"_qs);
        QCOMPARE(modelFamily(u"openai/gpt-4o"_qs), u"openai"_qs);
    }
    // A resample's table of counts holds what its draws picked, each resample its own draws in
    // order; one bootstrap of a ratio equals the ratio of the drawn clusters summed one by one.
    void resampleCountsAreTheDraws()
    {
        const size_t clusters = 7;
        const auto table = Stats::ResampleCounts::of(clusters, 5, 99);
        QCOMPARE(table, Stats::ResampleCounts::of(clusters, 5, 99)); // kept and shared
        Stats::Resampler rng(99);
        std::vector<double> num = {1, 0, 2, 5, 3, 0, 1}, other = {0.5, 1, 1, 4, 2, 3, 0}, den = {2, 1, 2, 5, 4, 3, 2}, byHand,
                            otherByHand;
        for (int r = 0; r < 5; ++r) {
            std::vector<quint32> counts(clusters, 0);
            double n = 0, o = 0, d = 0;
            for (size_t i = 0; i < clusters; ++i) {
                const size_t pick = rng.pick(clusters);
                ++counts[pick];
                n += num[pick];
                o += other[pick];
                d += den[pick];
            }
            byHand.push_back(n / d);
            otherByHand.push_back(o / d);
            QCOMPARE(std::vector<quint32>(table->resample(r), table->resample(r) + clusters), counts);
        }
        const auto ci = Stats::bootstrapRatio(num, den, 5, 99);
        QVERIFY(ci);
        QCOMPARE(ci->low, *Stats::percentile(byHand, 0.025));
        QCOMPARE(ci->high, *Stats::percentile(byHand, 0.975));
        // Two ratios over the same denominators from the same draws: each as if bootstrapped alone.
        const auto [first, second] = Stats::bootstrapRatioPair(num, other, den, 5, 99);
        QVERIFY(first && second);
        QCOMPARE(first->low, ci->low);
        QCOMPARE(first->high, ci->high);
        QVERIFY(std::abs(second->low - *Stats::percentile(otherByHand, 0.025)) < 1e-12);
        QVERIFY(std::abs(second->high - *Stats::percentile(otherByHand, 0.975)) < 1e-12);
        QVERIFY(second->low != first->low || second->high != first->high);
        QVERIFY(!Stats::bootstrapRatioPair(num, {1, 2}, den, 5, 99).first); // a numerator of another length: no interval
    }
    // Weighted sums of packed tallies equal the sums cell by cell, whether the lanes are emptied
    // often (a small capacity), a weight is too large for them, or the capacity is the natural one.
    void packedTalliesSumExactly()
    {
        const size_t cells = 11, rows = 300; // 11 cells: the last word half used
        std::vector<std::vector<quint8>> table;
        std::vector<quint32> weights;
        Stats::Resampler rng(7);
        Stats::PackedTallies packed(cells);
        for (size_t r = 0; r < rows; ++r) {
            std::vector<quint8> row(cells);
            for (quint8 &v : row)
                v = quint8(r == 5 ? 255 : rng.pick(3)); // one row with the largest value
            table.push_back(row);
            packed.append(row);
            weights.push_back(r == 9 ? 1000 : quint32(rng.pick(6))); // one weight past any small capacity
        }
        std::vector<quint64> byHand(cells, 0);
        for (size_t r = 0; r < rows; ++r)
            for (size_t k = 0; k < cells; ++k)
                byHand[k] += quint64(weights[r]) * table[r][k];
        QCOMPARE(packed.rows(), rows);
        QCOMPARE(packed.laneCapacity(), quint64(65535 / 255));
        QCOMPARE(packed.weightedSums(weights.data()), byHand);
        packed.setLaneCapacity(7);
        QCOMPARE(packed.laneCapacity(), quint64(7));
        QCOMPARE(packed.weightedSums(weights.data()), byHand);
        // Lanes filled to the brim: 257 rows of 255 with weight 1 (65,535 in each lane), then more.
        Stats::PackedTallies full(5);
        std::vector<quint32> ones;
        for (int r = 0; r < 600; ++r) {
            full.append(std::vector<quint8>(5, 255));
            ones.push_back(1);
        }
        QCOMPARE(full.weightedSums(ones.data()), std::vector<quint64>(5, 600 * 255));
    }
    void bootstrapIsReproducibleAndCoversTheEstimate()
    {
        std::vector<double> passes, scored;
        for (int i = 0; i < 200; ++i) {
            passes.push_back(i % 4 == 0 ? 0 : 2);
            scored.push_back(2);
        }
        const auto a = Stats::bootstrapRatio(passes, scored);
        const auto b = Stats::bootstrapRatio(passes, scored);
        QCOMPARE(a->low, b->low);
        QCOMPARE(a->high, b->high);
        QVERIFY(a->low < 0.75 && a->high > 0.75);
        QVERIFY(a->high - a->low < 0.15);
    }
};

QTEST_GUILESS_MAIN(TstStatistics)
#include "tst_statistics.moc"
