#include "summaries.h"

#include "figures.h"

#include <QCoreApplication>
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

QList<Verdict> verdictList(const Leaderboard &board, const QLocale &locale)
{
    QList<const LeaderboardRow *> judged;
    for (const LeaderboardRow &r : board.rows)
        if (r.scored > 0)
            judged << &r;
    if (judged.isEmpty())
        return {};
    QList<Verdict> out;
    const LeaderboardRow &overall = *judged.first(); // the leaderboard is in composite order
    out << Verdict{Verdict::Overall, tr("Best overall: %1 (composite %2, success %3, TTLB p50 %4 ms, %5 per answer).")
               .arg(overall.label, Figures::composite(overall.composite, locale), Figures::percent(overall.successRate, locale),
                    Figures::milliseconds(overall.ttlbMs[0], locale), Figures::usd(overall.costPerAnswerUsd, locale))};

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
        out << Verdict{Verdict::Speed, tr("Fastest: %1 (TTFT p50 %2 ms, TTLB p50 %3 ms).")
                                           .arg(fastest->label, Figures::milliseconds(fastest->ttftMs[0], locale),
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
    for (const qsizetype i : paretoFrontier(board.rows))
        frontier << board.rows.at(i).label;
    if (!frontier.isEmpty())
        out << Verdict{Verdict::Value, tr("Best value, from cheapest to most successful (no other variant is both cheaper and more "
                                          "successful): %1.").arg(frontier.join(u" → "_qs))};
    return out;
}

} // namespace Quorum::Summaries
