#include "analytics/claims.h"
#include "analytics/itemcomparison.h"
#include "present/summaries.h"

#include <QTest>

using namespace Quorum;

// "Most accurate" by paired tests (docs/METRICS.md, "Claims"), on runs built here item by item;
// every expected figure and sentence worked out by hand below.
class TstClaims final : public QObject
{
    Q_OBJECT

    // One pass/fail item per scenario (no score: a deterministic scorer's verdicts).
    static void answer(QList<ItemOutcome> &items, qint64 variant, qint64 scenario, std::optional<bool> passed)
    {
        ItemOutcome o;
        o.variantId = variant;
        o.scenarioId = scenario;
        o.passed = passed;
        items << o;
    }
    static LeaderboardRow row(qint64 id, const QString &label, qint64 scored, qint64 passed, Stats::Interval ci)
    {
        LeaderboardRow r;
        r.variantId = id;
        r.label = label;
        r.scored = r.invocations = scored;
        r.passed = passed;
        r.successRate = double(passed) / double(scored);
        r.successCi = ci;
        return r;
    }
    // The summary's "most accurate" sentence for the rows and their claim.
    static QString accuracySentence(const QList<LeaderboardRow> &rows, const AccuracyClaim &claim)
    {
        Leaderboard board;
        board.rows = rows;
        Claims claims;
        claims.run = claim;
        return Summaries::verdicts(board, &claims, QLocale::c()).at(1);
    }
    static QList<ClaimStanding> standings(const QList<LeaderboardRow> &rows)
    {
        QList<ClaimStanding> out;
        for (const LeaderboardRow &r : rows)
            out.append({r.variantId, r.label, r.scored, r.successRate});
        return out;
    }

private Q_SLOTS:
    // 40 scenarios. A passes 36 (90 %), B 30 (75 %); B passes only where A passes, so the six
    // discordant items all favour A: McNemar's p = 2 · C(6,0) / 2⁶ = 0.03125. The marginal 95 %
    // intervals (Wilson: A 77–96 %, B 60–86 %) overlap, which the old rule read as "no detectable
    // difference"; the paired tests tell them apart.
    void pairedTestsSeparateWhatOverlappingIntervalsCannot()
    {
        QList<ItemOutcome> items;
        for (qint64 s = 0; s < 40; ++s) {
            answer(items, 1, s, s >= 4);  // A fails scenarios 0–3
            answer(items, 2, s, s >= 10); // B fails 0–9
        }
        const QList<LeaderboardRow> rows = {row(2, u"B"_qs, 40, 30, {0.60, 0.86}), row(1, u"A"_qs, 40, 36, {0.77, 0.96})};
        QVERIFY(rows.at(0).successCi->high > rows.at(1).successCi->low); // the intervals overlap
        const AccuracyClaim claim = accuracyClaim(items, standings(rows));
        QCOMPARE(claim.best.label, u"A"_qs);
        QCOMPARE(claim.others.size(), 1);
        const PairedClaim &b = claim.others.first();
        QCOMPARE(b.comparison.pairs, 40);
        QCOMPARE(b.comparison.broke, 6); // passed by A, failed by B
        QCOMPARE(b.comparison.fixed, 0);
        QCOMPARE(b.comparison.mcnemarP, 0.03125);
        QVERIFY(b.comparison.successCi->high < 0); // B − A, every resample below zero
        QCOMPARE(b.test, u"mcnemar"_qs);
        QCOMPARE(b.pHolm, 0.03125); // one comparison: Holm leaves it
        QVERIFY(b.apart);
        QCOMPARE(accuracySentence(rows, claim),
                 u"Most accurate: A, 90.0% (77.0–96.0), better than each other variant on the same items (paired tests)."_qs);
        // The paired comparison of the same two (quorum-cli compare) agrees, figure for figure.
        QList<InvocationRow> a, other;
        for (const ItemOutcome &o : std::as_const(items)) {
            InvocationRow r;
            r.scenarioKey = QString::number(o.scenarioId);
            r.ok = true;
            r.juryPass = o.passed;
            (o.variantId == 1 ? a : other) << r;
        }
        const ItemComparison compared = compareItems(a, other);
        QCOMPARE(compared.verdict, ItemComparison::Verdict::Worse); // B against A
        QCOMPARE(compared.mcnemarP, b.comparison.mcnemarP);
        QCOMPARE(compared.successCi->low, b.comparison.successCi->low);
        QCOMPARE(compared.successCi->high, b.comparison.successCi->high);
    }

    // The converse: intervals far apart, yet on the items both answered the two cannot be told
    // apart. A answers scenarios 0–39 and passes 39 (97.5 %); B answers 30–69 and passes 20 (50 %).
    // They share scenarios 30–39: A passes all ten, B five (30–34); McNemar b = 5, c = 0:
    // p = 2 / 2⁵ = 0.0625, not below 0.05.
    void farApartIntervalsOnFewCommonItemsAreNotAClaim()
    {
        QList<ItemOutcome> items;
        for (qint64 s = 0; s < 40; ++s)
            answer(items, 1, s, s != 0);
        for (qint64 s = 30; s < 70; ++s)
            answer(items, 2, s, s < 35 || s >= 55);
        const QList<LeaderboardRow> rows = {row(1, u"A"_qs, 40, 39, {0.87, 1.0}), row(2, u"B"_qs, 40, 20, {0.35, 0.65})};
        QVERIFY(rows.at(0).successCi->low > rows.at(1).successCi->high); // the intervals do not overlap
        const AccuracyClaim claim = accuracyClaim(items, standings(rows));
        const PairedClaim &b = claim.others.first();
        QCOMPARE(b.comparison.pairs, 10);
        QCOMPARE(b.comparison.broke, 5);
        QCOMPARE(b.comparison.mcnemarP, 0.0625);
        QVERIFY(!b.apart);
        QCOMPARE(accuracySentence(rows, claim),
                 u"Most accurate: A, 97.5% (87.0–100.0), but on the same items it cannot be told apart from B, 50.0% (35.0–65.0), "
                 u"adjusted p 0.0625 (paired tests)."_qs);
    }

    // Holm across three variants, by hand. A (best) fails scenarios 0–1 of 40; B fails 0–7
    // (b = 6, p = 2/2⁶ = 0.03125); C fails 0–9 (b = 8, p = 2/2⁸ = 0.0078125). Holm: the smaller
    // times 2 = 0.015625, the larger times 1 = 0.03125 (and not below the one before): both below
    // 0.05, both told apart. (Bonferroni would give B 0.0625: not apart.) D shares no scenario
    // with A: no test, so not one of the comparisons Holm counts, and named as such.
    void holmAcrossThreeByHand()
    {
        QList<ItemOutcome> items;
        for (qint64 s = 0; s < 40; ++s) {
            answer(items, 1, s, s >= 2);
            answer(items, 2, s, s >= 8);
            answer(items, 3, s, s >= 10);
            answer(items, 4, 100 + s, s % 2 == 0 ? std::optional<bool>(false) : std::nullopt);
        }
        answer(items, 2, 7, std::nullopt); // a second answer at B's place 7, without a verdict: no pair
        const QList<LeaderboardRow> rows = {row(1, u"A"_qs, 40, 38, {0.85, 1.0}), row(2, u"B"_qs, 40, 32, {0.65, 0.9}),
                                            row(3, u"C"_qs, 40, 30, {0.6, 0.87}), row(4, u"D"_qs, 20, 0, {0, 0.15})};
        const AccuracyClaim claim = accuracyClaim(items, standings(rows));
        QCOMPARE(claim.others.size(), 3);
        QCOMPARE(claim.others.at(0).label, u"B"_qs);
        QCOMPARE(claim.others.at(0).p, 0.03125);
        QCOMPARE(claim.others.at(0).pHolm, 0.03125);
        QCOMPARE(claim.others.at(1).label, u"C"_qs);
        QCOMPARE(claim.others.at(1).p, 0.0078125);
        QCOMPARE(claim.others.at(1).pHolm, 0.015625);
        QCOMPARE(claim.tests, 2);
        QCOMPARE(claim.others.at(2).comparison.pairs, 0);
        QCOMPARE(claim.others.at(2).pHolm, 1.0);
        QVERIFY(claim.others.at(0).apart && claim.others.at(1).apart && !claim.others.at(2).apart);
        QCOMPARE(accuracySentence(rows, claim),
                 u"Most accurate: A, 95.0% (85.0–100.0), but on the same items it cannot be told apart from D (no judged item in "
                 u"common) (paired tests, Holm–Bonferroni across 2 comparisons); it is better than the remaining 2."_qs);

        // E fails as B does: three tests. Holm: C 0.0078125 · 3 = 0.0234375; B and E 0.03125 · 2
        // = 0.0625 and 0.03125 · 1, raised to 0.0625. Each alone would be told apart (p < 0.05);
        // together B and E are not.
        for (qint64 s = 0; s < 40; ++s)
            answer(items, 5, s, s >= 8);
        QList<LeaderboardRow> five = rows;
        five.insert(2, row(5, u"E"_qs, 40, 32, {0.65, 0.9}));
        const AccuracyClaim more = accuracyClaim(items, standings(five));
        QCOMPARE(more.tests, 3);
        QCOMPARE(more.others.at(0).label, u"B"_qs);
        QCOMPARE(more.others.at(1).label, u"E"_qs);
        QCOMPARE(more.others.at(2).label, u"C"_qs);
        QCOMPARE(more.others.at(0).pHolm, 0.0625);
        QCOMPARE(more.others.at(1).pHolm, 0.0625);
        QCOMPARE(more.others.at(2).pHolm, 0.0234375);
        QVERIFY(!more.others.at(0).apart && !more.others.at(1).apart && more.others.at(2).apart);
        QCOMPARE(accuracySentence(five, more),
                 u"Most accurate: A, 95.0% (85.0–100.0), but on the same items it cannot be told apart from B, 80.0% (65.0–90.0), "
                 u"adjusted p 0.0625; E, 80.0% (65.0–90.0), adjusted p 0.0625; D (no judged item in common) (paired tests, "
                 u"Holm–Bonferroni across 3 comparisons); it is better than the remaining one."_qs);
    }
};

QTEST_GUILESS_MAIN(TstClaims)
#include "tst_claims.moc"
