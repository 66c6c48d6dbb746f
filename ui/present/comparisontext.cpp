#include "comparisontext.h"

#include "figures.h"
#include "invocationdetail.h"
#include "invocationmodel.h"

#include <QCoreApplication>

namespace Quorum::Summaries {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Comparison", text, nullptr, n); }

QString pointsInterval(const std::optional<Stats::Interval> &ci, const QLocale &locale)
{
    return ci ? tr("95% CI %1 to %2").arg(Figures::signedDecimal(ci->low * 100, locale, 1), Figures::signedDecimal(ci->high * 100, locale, 1))
              : Figures::unknown();
}
QString scoreInterval(const std::optional<Stats::Interval> &ci, const QLocale &locale)
{
    return ci ? tr("95% CI %1 to %2").arg(Figures::signedDecimal(ci->low, locale, 2), Figures::signedDecimal(ci->high, locale, 2))
              : Figures::unknown();
}
} // namespace

QString verdictWord(ItemComparison::Verdict verdict)
{
    switch (verdict) {
    case ItemComparison::Verdict::Better: return tr("Better");
    case ItemComparison::Verdict::Worse: return tr("Worse");
    case ItemComparison::Verdict::NoDifference: break;
    }
    return tr("No detectable difference");
}

QString comparisonVerdict(const ItemComparison &c, const QLocale &locale)
{
    QString why;
    if (c.verdict == ItemComparison::Verdict::NoDifference)
        why = tr("success rate %1 against %2 (%3, %4; McNemar p %5) and mean score %6 against %7 are within chance")
                  .arg(Figures::percent(c.successB, locale), Figures::percent(c.successA, locale), Figures::points(c.successDifference, locale),
                       pointsInterval(c.successCi, locale), Figures::pValue(c.mcnemarP, locale), Figures::score(c.meanScoreB, locale),
                       Figures::score(c.meanScoreA, locale));
    else if (!c.verdictByScore)
        why = tr("success rate %1 against %2 (%3, %4; McNemar p %5)")
                  .arg(Figures::percent(c.successB, locale), Figures::percent(c.successA, locale), Figures::points(c.successDifference, locale),
                       pointsInterval(c.successCi, locale), Figures::pValue(c.mcnemarP, locale));
    else
        why = tr("mean score %1 against %2 (%3, %4; p %5), success rate not detectably different")
                  .arg(Figures::score(c.meanScoreB, locale), Figures::score(c.meanScoreA, locale),
                       Figures::signedDecimal(c.scoreDifference.value_or(0), locale, 2), scoreInterval(c.scoreCi, locale),
                       Figures::pValue(c.scoreP, locale));
    return tr("%1: %2 against %3: %4.").arg(verdictWord(c.verdict), c.b, c.a, why);
}

QStringList comparisonLines(const ItemComparison &c, const QLocale &locale)
{
    QStringList lines;
    lines << tr("%1 against %2").arg(c.b, c.a);
    lines << tr("on %1 common scenarios (A has %2, B has %3): %4 items lined up, %5 judged on both sides")
                 .arg(Figures::count(c.commonScenarios, locale), Figures::count(c.scenariosA, locale), Figures::count(c.scenariosB, locale),
                      Figures::count(c.items, locale), Figures::count(c.pairs, locale));
    lines << tr("success rate %1 → %2: %3 (%4); passed only in A %5, only in B %6; McNemar exact p %7")
                 .arg(Figures::percent(c.successA, locale), Figures::percent(c.successB, locale), Figures::points(c.successDifference, locale),
                      pointsInterval(c.successCi, locale), Figures::count(c.broke, locale), Figures::count(c.fixed, locale),
                      Figures::pValue(c.mcnemarP, locale));
    if (c.scoreDifference)
        lines << tr("mean jury score %1 → %2: %3 (%4); paired bootstrap p %5, over %6 items scored on both sides")
                     .arg(Figures::score(c.meanScoreA, locale), Figures::score(c.meanScoreB, locale),
                          Figures::signedDecimal(*c.scoreDifference, locale, 2), scoreInterval(c.scoreCi, locale),
                          Figures::pValue(c.scoreP, locale), Figures::count(c.scoredPairs, locale));
    lines << tr("time to last byte: %1 ms per item on average").arg(Figures::signedDecimal(c.meanLatencyChangeMs, locale, 0));
    lines << comparisonVerdict(c, locale);
    return lines;
}

QString itemName(const ComparedItem &item, const QLocale &locale)
{
    // The key first (a script finds the item by it), then the prompt's first words.
    return tr("%1 (%2, experiment %3, invocation %4, temperature %5): %6")
        .arg(item.a.scenarioKey, item.a.taskType, QString::number(item.a.experiment + 1), QString::number(item.a.invocationIndex + 1),
             Figures::decimal(item.a.temperature, locale, 2), Figures::scenario(item.a.promptStart, item.a.scenarioKey));
}

QStringList baselineLines(const BaselineCheck &check, const QLocale &locale)
{
    QStringList lines;
    for (const BaselineCheck::Test &t : check.tests) {
        const bool success = t.metric == u"success_rate";
        lines << tr("%1 %2: %3, p %4, adjusted (%5) %6%7")
                     .arg(t.variant, success ? tr("success rate") : tr("mean score"),
                          success ? Figures::points(t.difference, locale) : Figures::signedDecimal(t.difference, locale, 2),
                          Figures::pValue(t.p, locale), correctionName(check.rules.correction), Figures::pValue(t.adjustedP, locale),
                          t.regression ? tr(" — REGRESSION") : QString());
    }
    const auto regressions = std::count_if(check.tests.cbegin(), check.tests.cend(), [](const BaselineCheck::Test &t) { return t.regression; });
    lines << (regressions > 0 ? QCoreApplication::translate("Comparison", "%n regression(s) against baseline run %1", nullptr, int(regressions)).arg(check.comparison.runA)
                              : tr("no regression against baseline run %1 (level %2, %3; a regression must lose at least %4 or %5 of mean score)")
                                    .arg(check.comparison.runA)
                                    .arg(Figures::decimal(check.rules.level, locale, 2), correctionName(check.rules.correction),
                                         Figures::points(check.rules.minSuccessDrop, locale).remove(u'+'),
                                         Figures::decimal(check.rules.minScoreDrop, locale, 2)));
    return lines;
}

QString comparedAnswerHtml(const InvocationDetail &d, const QList<DiffSegment> &diff, bool sideA, const QString &sideName,
                           const QHash<qint64, QString> &judges, const QString &mark, const QLocale &locale)
{
    QString html = u"<h3>"_qs + sideName.toHtmlEscaped() + u"</h3><p><b>"_qs
                   + InvocationTableModel::verdictText(d.row).toHtmlEscaped() + u"</b> · "_qs
                   + tr("jury score %1 · TTLB %2 ms · %3 output tokens")
                         .arg(Figures::score(d.row.juryScore, locale), d.row.ok ? Figures::milliseconds(d.row.ttlbMs, locale) : Figures::unknown(),
                              Figures::count(d.row.outputTokens, locale))
                         .toHtmlEscaped()
                   + u"</p>"_qs;
    const QString answer = diffHtml(diff, sideA, (sideA ? u"text-decoration:line-through; background-color:"_qs
                                                        : u"text-decoration:underline; background-color:"_qs) + mark);
    html += u"<h4>"_qs + tr("Answer") + u"</h4><p>"_qs + (d.responseText.isEmpty() ? tr("(no answer)").toHtmlEscaped() : answer) + u"</p>"_qs;
    if (!d.errorMessages.isEmpty()) {
        QStringList messages;
        for (const QString &m : d.errorMessages)
            messages << m.toHtmlEscaped();
        html += u"<p>"_qs + messages.join(u"<br>"_qs) + u"</p>"_qs;
    }
    html += u"<h4>"_qs + tr("Jury") + u"</h4>"_qs;
    if (d.verdicts.isEmpty())
        html += u"<p>"_qs + tr("No verdict.") + u"</p>"_qs;
    for (const StoredVerdict &v : d.verdicts) {
        const QString verdict = v.passed ? Figures::verdict(v.passed) : v.status;
        html += u"<p><b>"_qs + judges.value(v.judgeId, QString::number(v.judgeId)).toHtmlEscaped() + u"</b>: "_qs
                + verdict.toHtmlEscaped() + u", "_qs + tr("score %1").arg(Figures::score(v.overall, locale)).toHtmlEscaped();
        html += u"</p>"_qs + InvocationText::rationaleHtml(v.rationale);
    }
    return html;
}

} // namespace Quorum::Summaries
