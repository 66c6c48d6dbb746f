#include "judgetemplate.h"

#include "../domain/textsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("JudgeTemplate", text); }

const QLatin1StringView kHeader("quorum-judge-template:");
const QStringList kPlaceholders = {u"task_type"_qs, u"task_criteria"_qs, u"weighted_criteria"_qs, u"prompt"_qs,
                                   u"answer"_qs, u"golden_answer"_qs, u"dimensions"_qs};

// Calls `found(name, offset, length)` for each {{name}} in the text, left to right.
template<typename Found>
void forEachPlaceholder(const QString &text, Found found)
{
    qsizetype at = 0;
    while ((at = text.indexOf(u"{{", at)) >= 0) {
        const qsizetype end = text.indexOf(u"}}", at + 2);
        if (end < 0)
            return;
        found(text.mid(at + 2, end - at - 2).trimmed(), at, end + 2 - at);
        at = end + 2;
    }
}
} // namespace

std::optional<JudgeTemplate> JudgeTemplate::parse(const QString &fileName, const QString &text, Diagnostics &diagnostics)
{
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak).trimmed();
    bool ok = true;
    JudgeTemplate t;
    if (!header.startsWith(kHeader) || header.mid(kHeader.size()).trimmed().isEmpty()) {
        diagnostics.error(fileName, 1, tr("a judge template starts with a line \"quorum-judge-template: NAME\" naming its version"));
        ok = false;
    }
    t.m_name = header.mid(kHeader.size()).trimmed();
    t.m_text = text;
    t.m_body = firstBreak < 0 ? QString() : text.mid(firstBreak + 1);
    QStringList seen;
    forEachPlaceholder(t.m_body, [&](const QString &name, qsizetype offset, qsizetype) {
        if (!kPlaceholders.contains(name)) {
            const int line = 2 + int(t.m_body.left(offset).count(u'\n'));
            diagnostics.error(fileName, line, tr("unknown placeholder {{%1}}; a template can use {{%2}}")
                                                  .arg(name, kPlaceholders.join(u"}}, {{"_qs)));
            ok = false;
        }
        seen << name;
    });
    for (const QString &required : {u"answer"_qs, u"dimensions"_qs})
        if (!seen.contains(required)) {
            diagnostics.error(fileName, 1, tr("the template never uses {{%1}}: the judge could not do its work").arg(required));
            ok = false;
        }
    return ok ? std::optional(t) : std::nullopt;
}

std::optional<JudgeTemplate> JudgeTemplate::load(const QString &path, Diagnostics &diagnostics)
{
    const TextSource source = TextSource::fromFile(path, diagnostics);
    if (!source.isUsable())
        return std::nullopt;
    return parse(path, source.text() + u'\n', diagnostics);
}

JudgeTemplate JudgeTemplate::builtIn()
{
    static const JudgeTemplate t = [] {
        QFile file(u":/quorum/judge/judge-v1.txt"_qs);
        file.open(QIODevice::ReadOnly);
        Diagnostics ignored;
        return *parse(file.fileName(), QString::fromUtf8(file.readAll()), ignored);
    }();
    return t;
}

JudgeTemplate JudgeTemplate::forText(const QString &text)
{
    if (text.isEmpty())
        return builtIn();
    Diagnostics diagnostics;
    const auto parsed = parse(u"judge template"_qs, text, diagnostics);
    return parsed ? *parsed : builtIn(); // plans are checked when they are read; this is a fallback
}

QString JudgeTemplate::render(const Scenario &scenario, const QString &answer, const QStringList &dimensions,
                              const JudgeCriteria &criteria) const
{
    QString weighted;
    if (!criteria.categories.isEmpty()) {
        weighted = u"Weighted criteria:\n"_qs;
        for (const CriteriaCategory &c : criteria.categories)
            weighted += QStringLiteral("- %1 (weight %2): %3\n").arg(c.name).arg(c.weight).arg(c.questions.join(u' '));
    }
    QString keys;
    for (const QString &d : dimensions)
        keys += QStringLiteral("  \"%1\": {\"score\": <1-5>, \"rationale\": \"<one sentence>\"},\n").arg(d);
    keys.chop(2);
    const QHash<QString, QString> values = {
        {u"task_type"_qs, scenario.taskType.isEmpty() ? u"general"_qs : scenario.taskType},
        {u"task_criteria"_qs, scenario.taskCriteria.isEmpty() ? u"answers the prompt correctly and completely"_qs : scenario.taskCriteria},
        {u"weighted_criteria"_qs, weighted},
        {u"prompt"_qs, scenario.prompt},
        {u"answer"_qs, answer},
        {u"golden_answer"_qs, scenario.goldenAnswer.isEmpty() ? u"(none given)"_qs : scenario.goldenAnswer},
        {u"dimensions"_qs, keys},
    };
    // One pass: text that came from a model is never searched for placeholders.
    QString out;
    qsizetype copied = 0;
    forEachPlaceholder(m_body, [&](const QString &name, qsizetype offset, qsizetype length) {
        out += QStringView(m_body).mid(copied, offset - copied);
        out += values.value(name);
        copied = offset + length;
    });
    out += QStringView(m_body).mid(copied);
    return out;
}

} // namespace Quorum
