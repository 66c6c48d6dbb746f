#include "summaries.h"

#include "figures.h"

#include <QCoreApplication>
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

QString juryHealth(const Leaderboard &board, qint64 runId, const QLocale &locale)
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
    if (verdicts == 0)
        return tr("Run %1 has no verdicts of judge models (latency only, or scorers only).").arg(runId);
    if (alphas.isEmpty())
        return tr("Agreement needs two judges or more on the same answers. Judge leniency: %1.").arg(judges.join(u", "));
    return tr("Jury agreement (Krippendorff's α): %1. Pass/fail agreement (Fleiss' κ): %2. Judge leniency (its mean score minus "
              "the panel's on the same answers): %3.")
        .arg(alphas.join(u", "),
             board.health.fleissKappa ? locale.toString(*board.health.fleissKappa, 'f', 2) : Figures::unknown(),
             judges.join(u", "));
}

QStringList verdicts(const Leaderboard &board, const QLocale &locale)
{
    QStringList out;
    for (const Verdict &v : verdictList(board, locale))
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

// The five claims over rows in composite order (best first), every figure from them.
QList<Verdict> claims(const QList<LeaderboardRow> &rows, const LatencyTerms &terms, const QLocale &locale)
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

    QList<const LeaderboardRow *> bySuccess = judged;
    std::stable_sort(bySuccess.begin(), bySuccess.end(),
                     [](const LeaderboardRow *a, const LeaderboardRow *b) { return a->successRate > b->successRate; });
    const LeaderboardRow &best = *bySuccess.first();
    if (bySuccess.size() == 1) {
        out << Verdict{Verdict::Accuracy, tr("Most accurate: %1, the only variant judged (%2).")
                                              .arg(best.label, Figures::percentWithInterval(best.successRate, best.successCi, locale))};
    } else {
        const LeaderboardRow &next = *bySuccess.at(1);
        const bool apart = best.successCi && next.successCi && best.successCi->low > next.successCi->high;
        out << Verdict{Verdict::Accuracy, apart ? tr("Most accurate: %1, %2, clear of the next best, %3 at %4.")
                            .arg(best.label, Figures::percentWithInterval(best.successRate, best.successCi, locale), next.label,
                                 Figures::percentWithInterval(next.successRate, next.successCi, locale))
                      : tr("Most accurate: no detectable difference between %1, %2, and %3, %4: their 95% intervals overlap.")
                            .arg(best.label, Figures::percentWithInterval(best.successRate, best.successCi, locale), next.label,
                                 Figures::percentWithInterval(next.successRate, next.successCi, locale))};
    }

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

QList<Verdict> verdictList(const Leaderboard &board, const QLocale &locale)
{
    return claims(board.rows, {tr("TTFT p50"), tr("TTLB p50")}, locale);
}

QList<TaskVerdicts> taskVerdicts(const QList<TaskStanding> &standings, const CompositeWeights &weights, const QLocale &locale)
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
        QList<Verdict> v = claims(it.value(), {tr("mean TTFT"), tr("mean TTLB")}, locale);
        if (!v.isEmpty())
            out.append({it.key(), std::move(v)});
    }
    return out;
}

} // namespace Quorum::Summaries
