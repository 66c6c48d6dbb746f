#include "summaries.h"

#include "figures.h"

#include <QCoreApplication>
#include <QStringList>

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
        judges << tr("%1 %2").arg(j.label, Figures::signedDecimal(j.leniency, locale, 2));
        verdicts += j.verdicts;
    }
    if (board.rows.isEmpty())
        return tr("Run %1 has no results yet.").arg(runId);
    if (verdicts == 0)
        return tr("Run %1 has no verdicts of judge models (latency only, or scorers only).").arg(runId);
    if (alphas.isEmpty())
        return tr("Agreement needs two judges or more on the same answers. Judge leniency: %1.").arg(judges.join(u", "));
    return tr("Jury agreement (Krippendorff's α): %1. Pass/fail agreement (Fleiss' κ): %2. Judge leniency: %3.")
        .arg(alphas.join(u", "),
             board.health.fleissKappa ? locale.toString(*board.health.fleissKappa, 'f', 2) : Figures::unknown(),
             judges.join(u", "));
}

} // namespace Quorum::Summaries
