#include "skills.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Quorum::Sim {

namespace {
qsizetype count(const QString &text, const QRegularExpression &re)
{
    qsizetype n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

bool has(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
}

// The text a task works on: its quoted part when it has one, else the whole prompt.
QString material(const QString &prompt)
{
    const qsizetype a = prompt.indexOf(u'\''), b = prompt.lastIndexOf(u'\'');
    return b - a > 20 ? prompt.mid(a + 1, b - a - 1) : prompt;
}
} // namespace

QString taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Summarization: return u"summarization"_qs;
    case TaskKind::Extraction: return u"extraction"_qs;
    case TaskKind::TextToSql: return u"text-to-sql"_qs;
    case TaskKind::Reasoning: return u"reasoning"_qs;
    case TaskKind::Classification: return u"classification"_qs;
    case TaskKind::Translation: return u"translation"_qs;
    case TaskKind::MultipleChoice: return u"multiple_choice"_qs;
    case TaskKind::General: break;
    }
    return u"general"_qs;
}

TaskKind taskOf(const QString &prompt)
{
    static const QRegularExpression options(u"^\\s*\\(?[A-E][).:]\\s"_qs, QRegularExpression::MultilineOption);
    if (count(prompt, options) >= 2)
        return TaskKind::MultipleChoice;
    if (has(prompt, "\\bSQL\\b|CREATE TABLE"))
        return TaskKind::TextToSql;
    if (has(prompt, "^\\s*translate\\b|\\binto (French|Spanish|German|Italian|Portuguese)\\b"))
        return TaskKind::Translation;
    if (has(prompt, "^\\s*summari[sz]e\\b|\\bsummary\\b"))
        return TaskKind::Summarization;
    if (has(prompt, "^\\s*extract\\b"))
        return TaskKind::Extraction;
    if (has(prompt, "^\\s*classify\\b|\\bsentiment\\b|\\bcategori[sz]e\\b"))
        return TaskKind::Classification;
    static const QRegularExpression number(u"\\d+(\\.\\d+)?"_qs);
    if (count(prompt, number) >= 2 && has(prompt, "\\bhow (many|much|long|far)\\b|\\bwhat is\\b|\\?"))
        return TaskKind::Reasoning;
    return TaskKind::General;
}

double difficultyOf(const QString &prompt, TaskKind kind)
{
    static const QRegularExpression number(u"\\d+(\\.\\d+)?"_qs);
    static const QRegularExpression sentence(u"[.!?](\\s|$)"_qs);
    static const QRegularExpression word(u"\\w+"_qs);
    static const QRegularExpression option(u"^\\s*\\(?[A-E][).:]\\s"_qs, QRegularExpression::MultilineOption);
    static const QRegularExpression sqlCue(u"\\b(highest|lowest|top|most|least|each|per|average|total|count|how many|"
                                           "more than|at least|fewer than|join|both|never|without|between|latest|first)\\b"_qs,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression table(u"CREATE TABLE"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fieldSeparator(u",|\\band\\b"_qs);
    static const QRegularExpression turn(u"\\b(but|although|though|however|yet|except|not|despite)\\b"_qs,
                                         QRegularExpression::CaseInsensitiveOption);
    double d = 0.3;
    switch (kind) {
    case TaskKind::Reasoning: // each number beyond the first is a step of the calculation
        d = 0.12 + 0.17 * double(std::max<qsizetype>(0, count(prompt, number) - 1));
        break;
    case TaskKind::Extraction: { // the fields named before the text
        const QString ask = prompt.left(std::max<qsizetype>(0, prompt.indexOf(u':')));
        d = 0.1 + 0.12 * double(count(ask, fieldSeparator) + 1);
        break;
    }
    case TaskKind::TextToSql:
        d = 0.15 + 0.13 * double(count(prompt, sqlCue)) + 0.12 * double(std::max<qsizetype>(0, count(prompt, table) - 1));
        break;
    case TaskKind::Summarization:
        d = 0.08 * double(count(material(prompt), sentence));
        break;
    case TaskKind::Translation:
        d = 0.05 + double(count(material(prompt), word)) / 45.0;
        break;
    case TaskKind::Classification:
        d = 0.15 + 0.25 * double(count(material(prompt), turn));
        break;
    case TaskKind::MultipleChoice:
        d = 0.1 * double(count(prompt, option)) + 0.25 * double(count(prompt, turn));
        break;
    case TaskKind::General:
        d = double(count(prompt, word)) / 120.0;
        break;
    }
    return std::clamp(d, 0.0, 1.0);
}

double ModelSkills::skillFor(TaskKind kind) const
{
    return byTask.value(taskKindName(kind), byTask.value(u"default"_qs, 0.6));
}

double successChance(double skill, double difficulty, double temperature)
{
    const double heat = 0.12 * std::max(0.0, temperature - 0.3);
    return 1.0 / (1.0 + std::exp(-9.0 * (skill - difficulty - heat)));
}

} // namespace Quorum::Sim
