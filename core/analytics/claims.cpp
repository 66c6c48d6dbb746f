#include "claims.h"

#include "parallel.h"

#include <QHash>

#include <algorithm>

namespace Quorum {

namespace {
// An item's place (METRICS.md "Items and pairs"): scenario, experiment, invocation, temperature.
// Its k-th occurrence in a side's list (0 but where a side lists a place twice).
struct Place
{
    qint64 scenario = 0;
    int experiment = 0, invocation = 0;
    qint64 temperatureMilli = 0;
    int occurrence = 0;
    bool operator==(const Place &) const = default;
};
size_t qHash(const Place &p, size_t seed = 0)
{
    return qHashMulti(seed, p.scenario, p.experiment, p.invocation, p.temperatureMilli, p.occurrence);
}
Place placeOf(const ItemOutcome &o, int occurrence)
{
    return {o.scenarioId, o.experiment, o.invocationIndex, o.temperatureMilli, occurrence};
}

// A variant's items in work-item order, by place (a place listed twice: its k-th pairs with the
// other side's k-th, as compareItems lines them up).
struct Side
{
    QList<std::pair<const ItemOutcome *, int>> items; // each with its occurrence at its place
    QHash<Place, const ItemOutcome *> byPlace;
};
} // namespace

AccuracyClaim accuracyClaim(const QList<ItemOutcome> &items, QList<ClaimStanding> standings, const ComparisonOptions &options)
{
    AccuracyClaim claim;
    std::stable_sort(standings.begin(), standings.end(),
                     [](const ClaimStanding &a, const ClaimStanding &b) { return a.successRate > b.successRate; });
    if (standings.isEmpty())
        return claim;
    claim.best = standings.first();
    QHash<qint64, Side> sides;
    for (const ClaimStanding &s : std::as_const(standings))
        sides.insert(s.variantId, {});
    for (const ItemOutcome &o : items) {
        const auto side = sides.find(o.variantId);
        if (side == sides.end())
            continue;
        int k = 0;
        while (side->byPlace.contains(placeOf(o, k)))
            ++k;
        side->byPlace.insert(placeOf(o, k), &o);
        side->items.append({&o, k});
    }
    const Side &best = *sides.constFind(claim.best.variantId);
    // Each comparison on its own core: each reads the sides, none writes them.
    std::vector<PairedClaim> compared(size_t(standings.size() - 1));
    parallelFor(compared.size(), [&](size_t j) {
        const ClaimStanding &other = standings.at(qsizetype(j) + 1);
        const Side &side = *sides.constFind(other.variantId);
        // The pairs in the best's item order, each scenario a cluster numbered as first reached.
        std::vector<PairedOutcome> pairs;
        QHash<qint64, size_t> clusterOf;
        for (const auto &[a, k] : best.items) {
            const ItemOutcome *b = side.byPlace.value(placeOf(*a, k));
            if (!b || !a->passed || !b->passed)
                continue;
            const size_t cluster = *clusterOf.insert(a->scenarioId, clusterOf.value(a->scenarioId, size_t(clusterOf.size())));
            const bool scored = a->score && b->score;
            pairs.push_back({cluster, *a->passed, *b->passed, scored ? a->score : std::nullopt, scored ? b->score : std::nullopt});
        }
        PairedClaim &c = compared[j];
        c.variantId = other.variantId;
        c.label = other.label;
        c.comparison.a = claim.best.label;
        c.comparison.b = other.label;
        comparePairs(c.comparison, pairs, options);
        // The comparison's two tests, each counting where its interval leaves out zero (as its verdict).
        const ItemComparison &x = c.comparison;
        const bool successCounts = x.successCi && (x.successCi->low > 0 || x.successCi->high < 0);
        const bool scoreCounts = x.scoreCi && (x.scoreCi->low > 0 || x.scoreCi->high < 0);
        const double successP = successCounts ? x.mcnemarP : 1, scoreP = scoreCounts ? x.scoreP : 1;
        c.test = scoreP < successP ? u"paired_bootstrap"_qs : u"mcnemar"_qs;
        c.p = std::min(successP, scoreP);
    });
    std::vector<double> ps;
    for (size_t j = 0; j < compared.size(); ++j) {
        if (standings.at(qsizetype(j) + 1).successRate == claim.best.successRate)
            claim.tied << standings.at(qsizetype(j) + 1);
        if (compared[j].comparison.pairs > 0) // without an item in common there is no test to count
            ps.push_back(compared[j].p);
        claim.others << std::move(compared[j]);
    }
    const std::vector<double> adjusted = Stats::holmAdjusted(ps);
    size_t next = 0;
    for (PairedClaim &c : claim.others) {
        if (c.comparison.pairs == 0)
            continue;
        c.pHolm = adjusted.at(next++);
        c.apart = c.pHolm < options.level;
    }
    claim.tests = int(next);
    return claim;
}

Claims pairedClaims(const QList<ItemOutcome> &items, const QHash<qint64, QString> &taskTypeOf, const QList<ClaimStanding> &run,
                    const QList<std::pair<QString, QList<ClaimStanding>>> &taskTypes, const ComparisonOptions &options)
{
    Claims out;
    if (run.size() >= 2)
        out.run = accuracyClaim(items, run, options);
    // Each task type's items, sorted out once.
    QHash<QString, QList<ItemOutcome>> byType;
    for (const ItemOutcome &o : items)
        byType[taskTypeOf.value(o.scenarioId, u"(none)"_qs)].append(o);
    for (const auto &[taskType, standings] : taskTypes)
        if (standings.size() >= 2) {
            AccuracyClaim c = accuracyClaim(byType.value(taskType), standings, options);
            c.taskType = taskType;
            out.taskTypes << c;
        }
    return out;
}

} // namespace Quorum
