#include "itemcomparison.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace Quorum {

namespace {
// An item's place in its run: scenario, experiment, invocation, temperature to the thousandth
// (as the temperature rollup keys it). A run has each once; should a side list one place twice,
// its k-th occurrence pairs with the other side's k-th.
QString itemKey(const InvocationRow &r)
{
    return r.scenarioKey + u'\x1f' + QString::number(r.experiment) + u'\x1f' + QString::number(r.invocationIndex) + u'\x1f'
           + QString::number(std::llround(r.temperature * 1000));
}
QStringList itemKeys(const QList<InvocationRow> &rows)
{
    QHash<QString, int> seen;
    QStringList keys;
    keys.reserve(rows.size());
    for (const InvocationRow &r : rows) {
        const QString key = itemKey(r);
        const int k = seen[key]++;
        keys.append(k == 0 ? key : key + u'#' + QString::number(k));
    }
    return keys;
}

// One scenario's pairs, summed: what the bootstrap resamples.
struct Cluster
{
    double pairs = 0, passA = 0, passB = 0;
    double scored = 0, scoreA = 0, scoreB = 0;
};

QJsonValue intervalValue(const std::optional<Stats::Interval> &i)
{
    return i ? QJsonValue(QJsonArray{i->low, i->high}) : QJsonValue();
}
QJsonValue optionalValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
bool leavesOutZero(const std::optional<Stats::Interval> &i)
{
    return i && (i->low > 0 || i->high < 0);
}
} // namespace

std::optional<double> ComparedItem::scoreChange() const
{
    if (!a.juryScore || !b.juryScore)
        return std::nullopt;
    return *b.juryScore - *a.juryScore;
}

bool ItemComparison::successDetectable(double level) const
{
    return leavesOutZero(successCi) && mcnemarP < level;
}

bool ItemComparison::scoreDetectable(double level) const
{
    return leavesOutZero(scoreCi) && scoreP < level;
}

QString verdictName(ItemComparison::Verdict verdict)
{
    switch (verdict) {
    case ItemComparison::Verdict::Better: return u"better"_qs;
    case ItemComparison::Verdict::Worse: return u"worse"_qs;
    case ItemComparison::Verdict::NoDifference: break;
    }
    return u"no_detectable_difference"_qs;
}

QString changeName(ComparedItem::Change change)
{
    switch (change) {
    case ComparedItem::Change::Broke: return u"broke"_qs;
    case ComparedItem::Change::Fixed: return u"fixed"_qs;
    case ComparedItem::Change::Unpaired: return u"unpaired"_qs;
    case ComparedItem::Change::Same: break;
    }
    return u"same"_qs;
}

void comparePairs(ItemComparison &c, const std::vector<PairedOutcome> &pairs, const ComparisonOptions &options)
{
    std::vector<Cluster> clusters;
    for (const PairedOutcome &p : pairs) {
        if (p.cluster >= clusters.size())
            clusters.resize(p.cluster + 1);
        Cluster &k = clusters[p.cluster];
        k.pairs += 1;
        k.passA += p.passA ? 1 : 0;
        k.passB += p.passB ? 1 : 0;
        if (p.scoreA && p.scoreB) {
            k.scored += 1;
            k.scoreA += *p.scoreA;
            k.scoreB += *p.scoreB;
        }
        ++c.pairs;
        if (p.passA != p.passB)
            ++(p.passA ? c.broke : c.fixed);
        else
            ++(p.passA ? c.bothPassed : c.bothFailed);
    }
    c.mcnemarP = Stats::mcnemarExactP(c.broke, c.fixed);
    if (clusters.empty())
        return;

    double pairCount = 0, passA = 0, passB = 0, scored = 0, scoreA = 0, scoreB = 0;
    std::vector<double> pairsOf, passDifference, scoredOf, scoreDifference;
    for (const Cluster &k : clusters) {
        pairCount += k.pairs;
        passA += k.passA;
        passB += k.passB;
        scored += k.scored;
        scoreA += k.scoreA;
        scoreB += k.scoreB;
        pairsOf.push_back(k.pairs);
        passDifference.push_back(k.passB - k.passA);
        scoredOf.push_back(k.scored);
        scoreDifference.push_back(k.scoreB - k.scoreA);
    }
    c.successA = passA / pairCount;
    c.successB = passB / pairCount;
    c.successDifference = c.successB - c.successA;
    c.scoredPairs = qint64(scored);
    if (scored > 0) {
        c.meanScoreA = scoreA / scored;
        c.meanScoreB = scoreB / scored;
        c.scoreDifference = *c.meanScoreB - *c.meanScoreA;
    }
    // The scenario-clustered bootstrap of both differences: B − A summed over the drawn clusters,
    // over their pairs (or their scored pairs), with the fixed seed's draws.
    const std::vector<double> success = Stats::bootstrapRatioSamples(passDifference, pairsOf, options.resamples, options.seed);
    const std::vector<double> score = Stats::bootstrapRatioSamples(scoreDifference, scoredOf, options.resamples, options.seed);
    c.successCi = Stats::Interval{*Stats::percentile(success, 0.025), *Stats::percentile(success, 0.975)};
    if (c.scoreDifference && !score.empty()) {
        c.scoreCi = Stats::Interval{*Stats::percentile(score, 0.025), *Stats::percentile(score, 0.975)};
        // Two-sided: twice the smaller share of resampled differences on either side of zero.
        const auto below = std::count_if(score.cbegin(), score.cend(), [](double d) { return d <= 0; });
        const auto above = std::count_if(score.cbegin(), score.cend(), [](double d) { return d >= 0; });
        c.scoreP = std::min(1.0, 2.0 * double(1 + std::min(below, above)) / double(score.size() + 1));
    }
    if (c.successDetectable(options.level))
        c.verdict = c.successDifference > 0 ? ItemComparison::Verdict::Better : ItemComparison::Verdict::Worse;
    else if (c.scoreDetectable(options.level)) {
        c.verdict = *c.scoreDifference > 0 ? ItemComparison::Verdict::Better : ItemComparison::Verdict::Worse;
        c.verdictByScore = true;
    }
}

ItemComparison compareItems(const QList<InvocationRow> &a, const QList<InvocationRow> &b, const ComparisonOptions &options)
{
    ItemComparison c;
    QHash<QString, qsizetype> inB;
    QSet<QString> scenariosA, scenariosB;
    const QStringList keysA = itemKeys(a), keysB = itemKeys(b);
    for (qsizetype i = 0; i < b.size(); ++i) {
        inB.insert(keysB.at(i), i);
        scenariosB.insert(b.at(i).scenarioKey);
    }
    for (const InvocationRow &r : a)
        scenariosA.insert(r.scenarioKey);
    c.scenariosA = scenariosA.size();
    c.scenariosB = scenariosB.size();
    c.commonScenarios = QSet<QString>(scenariosA).intersect(scenariosB).size();

    // Each scenario a cluster, numbered as A's items first reach it.
    QHash<QString, size_t> clusterOf;
    std::vector<PairedOutcome> pairs;
    double latencySum = 0;
    qint64 latencyN = 0;
    for (qsizetype ia = 0; ia < a.size(); ++ia) {
        const InvocationRow &ra = a.at(ia);
        const auto found = inB.constFind(keysA.at(ia));
        if (found == inB.constEnd())
            continue;
        ComparedItem item{ra, b.at(*found)};
        if (item.a.ok && item.b.ok) {
            latencySum += item.latencyChangeMs();
            ++latencyN;
        }
        if (!item.a.juryPass || !item.b.juryPass)
            item.change = ComparedItem::Change::Unpaired;
        else if (*item.a.juryPass != *item.b.juryPass)
            item.change = *item.a.juryPass ? ComparedItem::Change::Broke : ComparedItem::Change::Fixed;
        if (item.change != ComparedItem::Change::Unpaired) {
            auto slot = clusterOf.find(ra.scenarioKey);
            if (slot == clusterOf.end())
                slot = clusterOf.insert(ra.scenarioKey, size_t(clusterOf.size()));
            const size_t cluster = *slot;
            const bool scored = item.scoreChange().has_value();
            pairs.push_back({cluster, *item.a.juryPass, *item.b.juryPass, scored ? item.a.juryScore : std::nullopt,
                             scored ? item.b.juryScore : std::nullopt});
        }
        c.lined.append(item);
    }
    c.items = c.lined.size();
    c.meanLatencyChangeMs = latencyN > 0 ? latencySum / double(latencyN) : 0;
    comparePairs(c, pairs, options);
    return c;
}

QJsonObject ItemComparison::toJson(bool withItems) const
{
    QJsonObject o{{u"a"_qs, a},
                  {u"b"_qs, b},
                  {u"scenarios_a"_qs, scenariosA},
                  {u"scenarios_b"_qs, scenariosB},
                  {u"common_scenarios"_qs, commonScenarios},
                  {u"items"_qs, items},
                  {u"pairs"_qs, pairs},
                  {u"both_passed"_qs, bothPassed},
                  {u"both_failed"_qs, bothFailed},
                  {u"passed_a_failed_b"_qs, broke},
                  {u"failed_a_passed_b"_qs, fixed},
                  {u"success_rate_a"_qs, successA},
                  {u"success_rate_b"_qs, successB},
                  {u"success_rate_difference"_qs, successDifference},
                  {u"success_rate_difference_ci95"_qs, intervalValue(successCi)},
                  {u"mcnemar_p"_qs, mcnemarP},
                  {u"scored_pairs"_qs, scoredPairs},
                  {u"mean_score_a"_qs, optionalValue(meanScoreA)},
                  {u"mean_score_b"_qs, optionalValue(meanScoreB)},
                  {u"mean_score_difference"_qs, optionalValue(scoreDifference)},
                  {u"mean_score_difference_ci95"_qs, intervalValue(scoreCi)},
                  {u"mean_score_p"_qs, scoreP},
                  {u"mean_ttlb_change_ms"_qs, meanLatencyChangeMs},
                  {u"verdict"_qs, verdictName(verdict)}};
    if (withItems) {
        QJsonArray list;
        for (const ComparedItem &i : lined) {
            if (!i.changed())
                continue;
            auto side = [](const InvocationRow &r) {
                QJsonObject s{{u"invocation_id"_qs, r.id}, {u"passed"_qs, r.juryPass ? QJsonValue(*r.juryPass) : QJsonValue()},
                              {u"score"_qs, r.juryScore ? QJsonValue(*r.juryScore) : QJsonValue()}, {u"ttlb_ms"_qs, r.ttlbMs},
                              {u"answer_start"_qs, r.answerStart}};
                if (!r.errorClass.isEmpty())
                    s.insert(u"error_class"_qs, r.errorClass);
                return s;
            };
            list.append(QJsonObject{{u"scenario"_qs, i.a.scenarioKey}, {u"task_type"_qs, i.a.taskType},
                                    {u"experiment"_qs, i.a.experiment}, {u"invocation"_qs, i.a.invocationIndex},
                                    {u"temperature"_qs, i.a.temperature}, {u"change"_qs, changeName(i.change)},
                                    {u"a"_qs, side(i.a)}, {u"b"_qs, side(i.b)}});
        }
        o.insert(u"changed_items"_qs, list);
    }
    return o;
}

} // namespace Quorum
