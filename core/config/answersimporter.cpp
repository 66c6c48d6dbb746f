#include "answersimporter.h"

#include "inputrecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("AnswersImporter", text); }

// A model named in the file: with a known provider prefix as it is (its vendor family counts
// for self-preference), else as "external/NAME". Neither is ever called.
ModelVariant modelNamed(const QString &name)
{
    ModelVariant m;
    const qsizetype slash = name.indexOf(u'/');
    const auto provider = slash > 0 ? providerFromPrefix(name.left(slash)) : std::nullopt;
    m.provider = provider.value_or(Provider::External);
    m.modelId = provider ? name : providerPrefix(Provider::External) + u'/' + name;
    m.model = provider ? name.mid(slash + 1) : name;
    m.displayName = name;
    return m;
}
} // namespace

std::optional<ExternalAnswers> importAnswers(const TextSource &source, Diagnostics &diagnostics)
{
    if (!source.isUsable())
        return std::nullopt;
    Diagnostics found;
    ExternalAnswers out;
    out.plan.name = tr("Answers from %1").arg(QFileInfo(source.fileName()).fileName());
    QHash<QString, int> scenarioIndex, modelIndex;
    QHash<std::pair<int, int>, int> counts;
    const QStringList known = {u"prompt"_qs, u"response"_qs, u"model"_qs, u"id"_qs, u"golden_answer"_qs, u"task_type"_qs,
                               u"task_criteria"_qs, u"ttft_ms"_qs, u"ttlb_ms"_qs, u"input_tokens"_qs, u"output_tokens"_qs};
    for (const InputRecord &record : readJsonl(source, found)) {
        RecordReader r(record, found);
        r.warnUnknown(known);
        const auto prompt = r.text(u"prompt"_qs, RecordReader::Need::Required);
        const auto response = r.text(u"response"_qs, RecordReader::Need::Required, true);
        const auto model = r.text(u"model"_qs, RecordReader::Need::Required);
        ExternalAnswer a;
        a.ttftMs = r.number(u"ttft_ms"_qs);
        a.ttlbMs = r.number(u"ttlb_ms"_qs);
        a.inputTokens = r.integer(u"input_tokens"_qs);
        a.outputTokens = r.integer(u"output_tokens"_qs);
        for (const auto &[key, value] : {std::pair{u"ttft_ms"_qs, a.ttftMs}, std::pair{u"ttlb_ms"_qs, a.ttlbMs}})
            if (value && *value < 0)
                r.error(key, tr("\"%1\" cannot be negative").arg(key));
        if (r.failed() || !prompt || !response || !model)
            continue;
        // Scenarios: by "id" when given, else by the prompt's text.
        const QString key = r.text(u"id"_qs).value_or(
            QString::fromLatin1(QCryptographicHash::hash(prompt->toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
        const QString golden = r.text(u"golden_answer"_qs).value_or(QString());
        auto s = scenarioIndex.constFind(key);
        if (s == scenarioIndex.cend()) {
            Scenario scenario;
            scenario.id = key;
            scenario.prompt = *prompt;
            scenario.goldenAnswer = golden;
            scenario.taskType = r.text(u"task_type"_qs).value_or(QString());
            scenario.taskCriteria = r.text(u"task_criteria"_qs).value_or(QString());
            scenario.source = {source.fileName(), record.line};
            s = scenarioIndex.insert(key, int(out.plan.scenarios.size()));
            out.plan.scenarios.append(scenario);
        } else {
            const Scenario &first = out.plan.scenarios.at(*s);
            if (first.prompt != *prompt)
                r.error(u"prompt"_qs, tr("scenario \"%1\" has another prompt at line %2").arg(key).arg(first.source.line));
            else if (!golden.isEmpty() && golden != first.goldenAnswer)
                r.warning(u"golden_answer"_qs, tr("another golden answer than at line %1 for the same prompt (the first is used)")
                                                   .arg(first.source.line));
        }
        auto m = modelIndex.constFind(*model);
        if (m == modelIndex.cend()) {
            m = modelIndex.insert(*model, int(out.plan.models.size()));
            out.plan.models.append(modelNamed(*model));
        }
        if (r.failed())
            continue;
        a.scenario = *s;
        a.model = *m;
        a.response = *response;
        a.invocation = counts[{a.scenario, a.model}]++;
        out.answers.append(a);
    }
    if (!found.hasErrors() && out.answers.isEmpty())
        found.error(source.fileName(), 0, tr("the file has no answers"));
    int invocations = 1;
    for (const int n : std::as_const(counts))
        invocations = std::max(invocations, n);
    out.plan.settings.invocations = invocations;
    out.plan.settings.latencyOnly = true;
    for (const ExternalAnswer &a : std::as_const(out.answers))
        out.plan.settings.streaming = out.plan.settings.streaming && a.ttftMs.has_value();
    // Pairs without an answer are judged as failures ("no answer"): say so now.
    qsizetype missing = qsizetype(out.plan.scenarios.size() * out.plan.models.size()) - counts.size();
    if (missing > 0 && !found.hasErrors())
        found.warning(source.fileName(), 0, tr("%1 model/prompt pair(s) have no answer; they are recorded as errors").arg(missing));
    diagnostics.append(found);
    return found.hasErrors() ? std::nullopt : std::optional(out);
}

} // namespace Quorum
