#include "summaries.h"

#include "figures.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace Quorum::Summaries {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Summaries", text);
}
} // namespace

QString juryHealth(const Leaderboard &board, const QList<Breakdowns::Errors> &errors, qint64 runId, const QLocale &locale)
{
    const QStringList names = {tr("correctness"), tr("completeness"), tr("relevance"), tr("format"), tr("coherence"),
                               tr("instructions")};
    QStringList alphas;
    for (int d = 0; d < 6; ++d)
        if (board.health.alpha[d])
            alphas << tr("%1 %2").arg(names.at(d), Figures::decimal(board.health.alpha[d], locale, 2));
    QStringList judges;
    qint64 verdicts = 0;
    for (const JudgeStanding &j : board.health.judges) {
        judges << (j.selfPreference ? tr("%1 %2 (%3 with its own family's models)")
                                          .arg(j.label, Figures::signedDecimal(j.leniency, locale, 2),
                                               Figures::signedDecimal(*j.selfPreference, locale, 2))
                                    : tr("%1 %2").arg(j.label, Figures::signedDecimal(j.leniency, locale, 2)));
        verdicts += j.verdicts;
    }
    if (board.rows.isEmpty())
        return tr("Run %1 has no results yet.").arg(runId);
    if (verdicts == 0) {
        // Judges that were asked and all failed: how many calls, and why (Errors lists each).
        QMap<QString, qint64> why;
        qint64 failed = 0;
        for (const Breakdowns::Errors &e : errors)
            if (e.category == u"judge" && !e.judge.isEmpty()) {
                why[e.errorClass] += e.count;
                failed += e.count;
            }
        if (failed == 0)
            return tr("Run %1 has no verdicts of judge models (latency only, or scorers only).").arg(runId);
        QStringList classes;
        for (auto it = why.cbegin(); it != why.cend(); ++it)
            classes << tr("%1: %2").arg(it.key(), Figures::count(it.value(), locale));
        return tr("Run %1 has no verdicts of judge models: all %2 judge calls failed (%3). The Errors section lists each with "
                  "its message.").arg(QString::number(runId), Figures::count(failed, locale), classes.join(u", "_qs));
    }
    if (alphas.isEmpty())
        return tr("Agreement needs two judges or more on the same answers. Judge leniency: %1.").arg(judges.join(u", "));
    return tr("Jury agreement (Krippendorff's α): %1. Pass/fail agreement (Fleiss' κ): %2. Judge leniency (its mean score minus "
              "the panel's on the same answers): %3.")
        .arg(alphas.join(u", "),
             board.health.fleissKappa ? locale.toString(*board.health.fleissKappa, 'f', 2) : Figures::unknown(),
             judges.join(u", "));
}

QStringList verdicts(const Leaderboard &board, const Claims *paired, const QLocale &locale)
{
    QStringList out;
    for (const Verdict &v : verdictList(board, paired, locale))
        out << v.text;
    return out;
}

namespace {
// What the latency figures behind a claim are: the leaderboard's medians, or a task type's means
// (its scenarios' rollups hold sums, not distributions).
struct LatencyTerms
{
    QString ttft, ttlb;
};

// "Most accurate" (docs/METRICS.md, "Claims"): the paired claim's best against each other
// variant; without the claim yet (the window computes it after the rest), it says so.
QString accuracy(const QList<const LeaderboardRow *> &judged, const AccuracyClaim *claim, const QLocale &locale)
{
    const auto rowOf = [&](const QString &label) {
        const auto it = std::find_if(judged.cbegin(), judged.cend(), [&](const LeaderboardRow *r) { return r->label == label; });
        return it != judged.cend() ? *it : nullptr;
    };
    const auto withRate = [&](const QString &label) {
        const LeaderboardRow *r = rowOf(label);
        return r ? tr("%1, %2").arg(label, Figures::percentWithInterval(r->successRate, r->successCi, locale)) : label;
    };
    if (judged.size() == 1)
        return tr("Most accurate: %1, the only variant judged (%2).")
            .arg(judged.first()->label, Figures::percentWithInterval(judged.first()->successRate, judged.first()->successCi, locale));
    if (!claim) {
        QList<const LeaderboardRow *> bySuccess = judged;
        std::stable_sort(bySuccess.begin(), bySuccess.end(),
                         [](const LeaderboardRow *a, const LeaderboardRow *b) { return a->successRate > b->successRate; });
        return tr("Most accurate: %1; comparing it with the others item by item…").arg(withRate(bySuccess.first()->label));
    }
    const QString best = claim->best.label;
    QStringList group;
    int apart = 0;
    for (const PairedClaim &c : claim->others) {
        if (c.apart)
            ++apart;
        else if (c.comparison.pairs == 0)
            group << tr("%1 (no judged item in common)").arg(c.label);
        else if (std::any_of(claim->tied.cbegin(), claim->tied.cend(), [&](const ClaimStanding &t) { return t.variantId == c.variantId; }))
            group << tr("%1 (adjusted p %2)").arg(c.label, Figures::pValue(c.pHolm, locale)); // its rate is the tie's, said
        else
            group << tr("%1, adjusted p %2").arg(withRate(c.label), Figures::pValue(c.pHolm, locale));
    }
    const int tests = claim->tests;
    // No "%n …(s)" here: quorum-cli and its reports print without a translator.
    const QString how = tests == 1 ? tr("paired tests") : tr("paired tests, Holm–Bonferroni across %1 comparisons").arg(tests);
    const QString rest = group.isEmpty() || apart == 0 ? u"."_qs
                         : apart == 1                  ? tr("; it is better than the remaining one.")
                                                       : tr("; it is better than the remaining %1.").arg(apart);
    const QString list = group.join(u"; "_qs); // each entry has commas of its own
    if (claim->tied.isEmpty()) {
        if (group.isEmpty())
            return tr("Most accurate: %1, better than each other variant on the same items (%2).").arg(withRate(best), how);
        return tr("Most accurate: %1, but on the same items it cannot be told apart from %2 (%3)").arg(withRate(best), list, how) + rest;
    }
    QStringList names{best};
    for (const ClaimStanding &t : claim->tied)
        names << t.label;
    const QString tied = names.size() == 2 ? tr("%1 and %2").arg(names.at(0), names.at(1))
                                           : tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_qs), names.last());
    const QString tie = tr("Most accurate: %1 tie at %2.").arg(tied, Figures::percent(claim->best.successRate, locale));
    if (group.isEmpty())
        return tie + u' ' + tr("%1 is better than each other variant on the same items (%2).").arg(best, how);
    return tie + u' ' + tr("On the same items %1 cannot be told apart from %2 (%3)").arg(best, list, how) + rest;
}

// The five claims over rows in composite order (best first), every figure from them.
QList<Verdict> claims(const QList<LeaderboardRow> &rows, const LatencyTerms &terms, const AccuracyClaim *claim, const QLocale &locale)
{
    QList<const LeaderboardRow *> judged;
    for (const LeaderboardRow &r : rows)
        if (r.scored > 0)
            judged << &r;
    if (judged.isEmpty())
        return {};
    QList<Verdict> out;
    const LeaderboardRow &overall = *judged.first();
    out << Verdict{Verdict::Overall, tr("Best overall: %1 (composite %2, success %3, %4 %5 ms, %6 per answer).")
               .arg(overall.label, Figures::composite(overall.composite, locale), Figures::percent(overall.successRate, locale),
                    terms.ttlb, Figures::milliseconds(overall.ttlbMs[0], locale), Figures::usd(overall.costPerAnswerUsd, locale))};

    out << Verdict{Verdict::Accuracy, accuracy(judged, claim, locale)};

    const LeaderboardRow *fastest = nullptr;
    for (const LeaderboardRow *r : std::as_const(judged))
        if (r->ttlbMs[0] && (!fastest || *r->ttlbMs[0] < *fastest->ttlbMs[0]))
            fastest = r;
    if (fastest)
        out << Verdict{Verdict::Speed, tr("Fastest: %1 (%2 %3 ms, %4 %5 ms).")
                                           .arg(fastest->label, terms.ttft, Figures::milliseconds(fastest->ttftMs[0], locale), terms.ttlb,
                                                Figures::milliseconds(fastest->ttlbMs[0], locale))};

    const LeaderboardRow *cheapest = nullptr;
    auto perCorrect = [](const LeaderboardRow *r) { return r->totalCostUsd / double(std::max<qint64>(1, r->passed)); };
    for (const LeaderboardRow *r : std::as_const(judged))
        if (r->passed > 0 && r->totalCostUsd > 0 && (!cheapest || perCorrect(r) < perCorrect(cheapest)))
            cheapest = r;
    if (cheapest)
        out << Verdict{Verdict::Cost, tr("Cheapest per correct answer: %1 (%2 per passed answer, %3 of answers passed).")
                                          .arg(cheapest->label, Figures::usd(perCorrect(cheapest), locale),
                                               Figures::percent(cheapest->successRate, locale))};

    QStringList frontier;
    for (const qsizetype i : paretoFrontier(rows))
        frontier << rows.at(i).label;
    if (!frontier.isEmpty())
        out << Verdict{Verdict::Value, tr("Best value, from cheapest to most successful (no other variant is both cheaper and more "
                                          "successful): %1.").arg(frontier.join(u" → "_qs))};
    return out;
}
} // namespace

QList<Verdict> verdictList(const Leaderboard &board, const Claims *paired, const QLocale &locale)
{
    return claims(board.rows, {tr("TTFT p50"), tr("TTLB p50")}, paired && paired->run ? &*paired->run : nullptr, locale);
}

QList<TaskVerdicts> taskVerdicts(const QList<TaskStanding> &standings, const CompositeWeights &weights, const Claims *paired,
                                 const QLocale &locale)
{
    QMap<QString, QList<LeaderboardRow>> tasks; // by task type, in its order
    for (const TaskStanding &t : standings) {
        LeaderboardRow r;
        r.label = t.variant;
        r.invocations = t.invocations;
        r.errors = t.errors;
        r.scored = t.scored;
        r.passed = t.passed;
        r.successRate = t.successRate.value_or(0);
        r.successCi = t.successCi;
        r.meanScore = t.meanScore;
        r.ttftMs[0] = t.meanTtftMs;
        r.ttlbMs[0] = t.meanTtlbMs;
        r.costPerAnswerUsd = t.costPerAnswerUsd;
        r.totalCostUsd = t.costPerAnswerUsd * double(t.invocations);
        tasks[t.taskType].append(r);
    }
    QList<TaskVerdicts> out;
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        rankByComposite(it.value(), weights); // the leaderboard's composite, within the task's scenarios
        const AccuracyClaim *claim = nullptr;
        if (paired)
            for (const AccuracyClaim &c : paired->taskTypes)
                if (c.taskType == it.key())
                    claim = &c;
        QList<Verdict> v = claims(it.value(), {tr("mean TTFT"), tr("mean TTLB")}, claim, locale);
        if (!v.isEmpty())
            out.append({it.key(), std::move(v)});
    }
    return out;
}

QJsonArray claimsJson(const Leaderboard &board, const Breakdowns &breakdowns, const Claims *paired)
{
    QJsonArray out;
    if (!paired)
        return out;
    const QLocale c = QLocale::c();
    const auto add = [&](const AccuracyClaim &claim, const QString &text) {
        for (const PairedClaim &p : claim.others) {
            const ItemComparison &x = p.comparison;
            const auto interval = [](const std::optional<Stats::Interval> &i) { return i ? QJsonValue(QJsonArray{i->low, i->high}) : QJsonValue(); };
            out.append(QJsonObject{{u"claim"_qs, claim.taskType.isEmpty() ? u"most_accurate"_qs : u"most_accurate:"_qs + claim.taskType},
                                   {u"task_type"_qs, claim.taskType.isEmpty() ? QJsonValue() : QJsonValue(claim.taskType)},
                                   {u"text"_qs, text},
                                   {u"best"_qs, claim.best.label},
                                   {u"versus"_qs, p.label},
                                   {u"pairs"_qs, x.pairs},
                                   {u"success_difference"_qs, x.successDifference},
                                   {u"success_difference_ci95"_qs, interval(x.successCi)},
                                   {u"mcnemar_p"_qs, x.mcnemarP},
                                   {u"score_difference_ci95"_qs, interval(x.scoreCi)},
                                   {u"score_p"_qs, x.scoreP},
                                   {u"test"_qs, p.test},
                                   {u"p"_qs, p.p},
                                   {u"p_holm"_qs, p.pHolm},
                                   {u"group"_qs, !p.apart}});
        }
    };
    if (paired->run)
        for (const Verdict &v : verdictList(board, paired, c))
            if (v.kind == Verdict::Accuracy)
                add(*paired->run, v.text);
    for (const TaskVerdicts &t : taskVerdicts(breakdowns.taskTypes, {}, paired, c))
        for (const AccuracyClaim &claim : paired->taskTypes)
            if (claim.taskType == t.taskType)
                for (const Verdict &v : t.verdicts)
                    if (v.kind == Verdict::Accuracy)
                        add(claim, v.text);
    return out;
}

} // namespace Quorum::Summaries
