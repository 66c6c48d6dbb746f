#include "reviewtext.h"

#include "figures.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Quorum::Summaries {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Summaries", text); }
} // namespace

QString overrideNote(const Leaderboard &board)
{
    if (board.overrides == 0)
        return {};
    if (board.juryOnly)
        return QCoreApplication::translate("Summaries", "Jury only: %n override(s) by people left out of these figures.", nullptr,
                                           int(board.overrides));
    return QCoreApplication::translate("Summaries", "These figures include %n override(s) by people (pass/fail, success rates, scores, ratings, disputed); "
              "jury health is the jury's alone.", nullptr, int(board.overrides));
}

QStringList agreementLines(const QList<Review::Agreement> &agreement, const QLocale &locale)
{
    QStringList out;
    for (const Review::Agreement &a : agreement) {
        if (a.items() == 0)
            continue;
        const std::optional<double> kappa = a.kappa();
        out << tr("%1: %2 items, agree %3, κ %4; judge pass/people fail %5, judge fail/people pass %6")
                   .arg(a.label, Figures::count(a.items(), locale), Figures::percent(a.rate().value_or(0), locale),
                        kappa ? Figures::decimal(*kappa, locale, 3) : tr("undefined (one verdict only)"),
                        Figures::count(a.judgeOnlyPass, locale), Figures::count(a.peopleOnlyPass, locale));
    }
    if (out.isEmpty())
        out << tr("No item has been reviewed by a person yet: agreement with people needs overrides.");
    return out;
}

QStringList agreementHeaders()
{
    return {tr("Rater"), tr("Items"), tr("Agreement"), tr("Cohen's κ"), tr("Both pass"), tr("Judge pass, people fail"),
            tr("Judge fail, people pass"), tr("Both fail")};
}

QList<QList<QVariant>> agreementRows(const QList<Review::Agreement> &agreement, const QLocale &locale)
{
    QList<QList<QVariant>> rows;
    for (const Review::Agreement &a : agreement) {
        if (a.items() == 0)
            continue;
        const std::optional<double> kappa = a.kappa();
        rows.append({a.judgeId < 0 ? tr("the jury (its verdict)") : a.label, Figures::count(a.items(), locale),
                     Figures::percent(a.rate().value_or(0), locale), kappa ? Figures::decimal(*kappa, locale, 3) : Figures::unknown(),
                     Figures::count(a.bothPass, locale), Figures::count(a.judgeOnlyPass, locale),
                     Figures::count(a.peopleOnlyPass, locale), Figures::count(a.bothFail, locale)});
    }
    return rows;
}

QString overrideEditLine(const OverrideRecord &edit, const QLocale &locale)
{
    const QString when = Figures::moment(edit.at);
    QString verdict = edit.passed ? Figures::verdict(edit.passed) : tr("withdrawn (the jury's verdict counts)");
    if (edit.score)
        verdict += tr(" (score %1)").arg(Figures::score(edit.score, locale));
    QStringList parts{when, edit.author, verdict};
    if (!edit.reason.isEmpty())
        parts << edit.reason;
    return parts.join(u" · "_qs);
}

} // namespace Quorum::Summaries
