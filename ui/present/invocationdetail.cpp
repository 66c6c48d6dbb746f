#include "invocationdetail.h"
#include "reviewtext.h"

#include "present/figures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Quorum::InvocationText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::InvocationText", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A long text as it was written: line breaks kept, long lines wrapped, never cut.
QString block(const QString &text)
{
    if (text.isEmpty())
        return u"<p><i>"_qs + esc(tr("(empty)")) + u"</i></p>"_qs;
    return u"<pre style=\"white-space: pre-wrap\">"_qs + esc(text) + u"</pre>"_qs;
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><td><b>"_qs + esc(name) + u"</b></td><td>"_qs + esc(value) + u"</td></tr>"_qs;
}

QString verdictOf(const InvocationRow &r)
{
    if (!r.ok)
        return tr("no answer (error: %1)").arg(r.errorClass.isEmpty() ? tr("unknown") : r.errorClass);
    if (!r.juryPass)
        return tr("answered, not judged");
    const QString text = Figures::verdict(r.juryPass);
    if (r.overridden)
        return tr("%1 — a person's override (the jury: %2)").arg(text, Figures::verdict(r.juryOwnPass));
    return r.disputed ? tr("%1, disputed: the judges disagree past the dispute threshold").arg(text) : text;
}
} // namespace

QString rationaleHtml(const QString &stored)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject())
        return stored.isEmpty() ? QString() : block(stored);
    QString out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString why = it.value().isString() ? it.value().toString() : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson());
        if (!why.isEmpty())
            out += u"<p><b>"_qs + esc(it.key()) + u":</b> "_qs + esc(why) + u"</p>"_qs;
    }
    return out;
}

QString html(const InvocationDetail &d, const QString &variantLabel, const QHash<qint64, QString> &judgeLabels,
             const QLocale &locale, bool thumbnails)
{
    using namespace Figures;
    const InvocationRow &r = d.row;
    QString h;
    h += u"<h2>"_qs + esc(variantLabel) + u" · "_qs + esc(tr("scenario %1").arg(scenario(r.promptStart, r.scenarioKey))) + u"</h2>"_qs;
    h += u"<p><b>"_qs + esc(verdictOf(r)) + u"</b>"_qs;
    if (r.juryScore)
        h += esc(tr(" · jury score %1").arg(score(r.juryScore, locale)));
    h += u"</p><table cellspacing=\"0\" cellpadding=\"2\">"_qs;
    h += row(tr("Task type"), r.taskType);
    h += row(tr("Temperature"), decimal(r.temperature, locale, 2));
    h += row(tr("Experiment, invocation"), tr("%1, %2").arg(r.experiment + 1).arg(r.invocationIndex + 1));
    h += row(tr("Work item"), QString::number(r.workItem));
    h += u"</table>"_qs;

    h += u"<h3>"_qs + esc(tr("Prompt")) + u"</h3>"_qs + block(d.prompt);
    if (!d.image.isEmpty()) {
        h += u"<h3>"_qs + esc(tr("Image")) + u"</h3><p>"_qs + esc(d.image) + u"</p>"_qs;
        const QFileInfo file(d.image);
        if (thumbnails && file.isAbsolute() && file.isFile())
            h += u"<p><img src=\""_qs + esc(QUrl::fromLocalFile(d.image).toString()) + u"\" width=\"320\"></p>"_qs;
    }
    h += u"<h3>"_qs + esc(tr("Golden answer")) + u"</h3>"_qs + block(d.goldenAnswer);
    if (!d.criteria.isEmpty())
        h += u"<h3>"_qs + esc(tr("Criteria")) + u"</h3>"_qs + block(d.criteria);
    h += u"<h3>"_qs + esc(tr("Answer")) + u"</h3>"_qs;
    h += r.ok ? block(d.responseText) : u"<p><i>"_qs + esc(tr("No answer: the call failed.")) + u"</i></p>"_qs;

    if (!d.overrides.isEmpty()) {
        h += u"<h3>"_qs + esc(tr("Reviews")) + u"</h3><ol>"_qs;
        for (const OverrideRecord &edit : d.overrides)
            h += u"<li>"_qs + esc(Summaries::overrideEditLine(edit, locale)) + u"</li>"_qs;
        h += u"</ol>"_qs;
    }
    h += u"<h3>"_qs + esc(tr("Jury")) + u"</h3>"_qs;
    if (d.verdicts.isEmpty()) {
        h += u"<p>"_qs + esc(tr("No judge's verdict is stored for this answer.")) + u"</p>"_qs;
    } else {
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_qs;
        for (const QString &c : {tr("Judge"), tr("Status"), tr("Correct."), tr("Complete."), tr("Relev."), tr("Format"), tr("Coher."),
                                 tr("Instr."), tr("Overall"), tr("Pass"), tr("Latency ms"), tr("Cost")})
            h += u"<th>"_qs + esc(c) + u"</th>"_qs;
        h += u"</tr>"_qs;
        for (const StoredVerdict &v : d.verdicts) {
            h += u"<tr><td>"_qs + esc(judgeLabels.value(v.judgeId, QString::number(v.judgeId))) + u"</td><td>"_qs + esc(v.status)
                 + u"</td>"_qs;
            for (const std::optional<int> &s : v.dimensions)
                h += u"<td align=\"right\">"_qs + (s ? QString::number(*s) : esc(unknown())) + u"</td>"_qs;
            h += u"<td align=\"right\">"_qs + esc(score(v.weighted ? v.weighted : v.overall, locale)) + u"</td><td>"_qs
                 + esc(v.passed ? verdict(v.passed) : unknown()) + u"</td><td align=\"right\">"_qs
                 + esc(milliseconds(v.latencyMs, locale)) + u"</td><td align=\"right\">"_qs + esc(usd(v.costUsd, locale))
                 + u"</td></tr>"_qs;
        }
        h += u"</table>"_qs;
        for (const StoredVerdict &v : d.verdicts) {
            const QString judge = judgeLabels.value(v.judgeId, QString::number(v.judgeId));
            h += u"<h4>"_qs + esc(judge) + u"</h4>"_qs;
            if (!v.extraScores.isEmpty() && v.extraScores != u"{}")
                h += u"<p>"_qs + esc(tr("User dimensions: %1").arg(v.extraScores)) + u"</p>"_qs;
            const QString why = rationaleHtml(v.rationale);
            h += why.isEmpty() ? u"<p><i>"_qs + esc(tr("No rationale.")) + u"</i></p>"_qs : why;
            if (v.repairAttempted)
                h += u"<p><i>"_qs + esc(tr("The first reply could not be read; a repair call was made.")) + u"</i></p>"_qs;
            if (!v.rawText.isEmpty() && (v.status == u"unparseable" || v.status == u"failed" || v.status == u"repaired"))
                h += u"<p><b>"_qs + esc(tr("The judge's raw reply:")) + u"</b></p>"_qs + block(v.rawText);
        }
    }

    h += u"<h3>"_qs + esc(tr("Measured")) + u"</h3><table cellspacing=\"0\" cellpadding=\"2\">"_qs;
    h += row(tr("Time to first token"), milliseconds(r.ttftMs, locale) + u" ms"_qs);
    if (d.ttfrMs)
        h += row(tr("Time to first reasoning token"), milliseconds(d.ttfrMs, locale) + u" ms"_qs);
    h += row(tr("Time to last byte"), milliseconds(r.ttlbMs, locale) + u" ms"_qs);
    h += row(tr("Wall time, all attempts"), milliseconds(d.wallMs, locale) + u" ms"_qs);
    h += row(tr("Waited for the rate limit"), milliseconds(d.throttleWaitMs, locale) + u" ms"_qs);
    h += row(tr("Tokens in / out / reasoning"), tr("%1 / %2 / %3%4")
                                                    .arg(count(d.inputTokens, locale), count(r.outputTokens, locale),
                                                         count(d.reasoningTokens, locale),
                                                         d.tokensEstimated ? tr(" (estimated: the provider reported none)") : QString()));
    h += row(tr("Cost of the answer / of the jury"), usd(r.costUsd, locale) + u" / "_qs + usd(r.judgeCostUsd, locale));
    h += row(tr("Tier served"), d.tierServed.isEmpty() ? unknown() : d.tierServed);
    h += row(tr("HTTP status"), d.httpStatus ? QString::number(d.httpStatus) : unknown());
    h += row(tr("Streamed"), d.streamed ? tr("yes") : tr("no"));
    h += row(tr("First attempt started"), Figures::instant(d.firstStartAt));
    h += u"</table>"_qs;

    h += u"<h3>"_qs + esc(tr("Attempts")) + u"</h3>"_qs;
    if (d.attemptLog.isEmpty()) {
        h += u"<p>"_qs + esc(QCoreApplication::translate("Quorum::InvocationText", "%n attempt(s); none logged one by one.", nullptr, r.attempts)) + u"</p>"_qs;
    } else {
        h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_qs;
        for (const QString &c : {tr("#"), tr("Started"), tr("Took ms"), tr("HTTP"), tr("Error"), tr("Reason"), tr("Waited before the next ms")})
            h += u"<th>"_qs + esc(c) + u"</th>"_qs;
        h += u"</tr>"_qs;
        for (const StoredAttempt &a : d.attemptLog)
            h += u"<tr><td>"_qs + QString::number(a.number) + u"</td><td>"_qs + esc(Figures::instant(a.startedAt))
                 + u"</td><td align=\"right\">"_qs + esc(milliseconds(a.durationMs, locale)) + u"</td><td>"_qs
                 + (a.httpStatus ? QString::number(a.httpStatus) : esc(unknown())) + u"</td><td>"_qs + esc(a.errorClass) + u"</td><td>"_qs
                 + esc(a.reason) + u"</td><td align=\"right\">"_qs + esc(a.retryDelayMs && *a.retryDelayMs > 0 ? milliseconds(a.retryDelayMs, locale) : QString())
                 + u"</td></tr>"_qs;
        h += u"</table>"_qs;
    }
    if (!d.errorMessages.isEmpty()) {
        h += u"<h3>"_qs + esc(tr("Errors")) + u"</h3><ul>"_qs;
        for (const QString &e : d.errorMessages)
            h += u"<li>"_qs + esc(e) + u"</li>"_qs;
        h += u"</ul>"_qs;
    }
    return h;
}

} // namespace Quorum::InvocationText
