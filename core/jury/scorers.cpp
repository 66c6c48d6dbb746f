#include "scorers.h"

#include "jsonschema.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace Quorum {

namespace {
constexpr std::array<std::pair<ScorerKind, const char *>, 6> kNames{{
    {ScorerKind::Exact, "exact"},
    {ScorerKind::Contains, "contains"},
    {ScorerKind::Regex, "regex"},
    {ScorerKind::MultipleChoice, "multiple_choice"},
    {ScorerKind::FinalNumber, "final_number"},
    {ScorerKind::ValidJson, "valid_json"},
}};

QString normalized(const QString &text)
{
    return text.simplified().toLower();
}

ScorerResult verdict(bool passed, const QString &detail)
{
    return {passed, passed ? 1.0 : 0.0, detail};
}

std::optional<double> lastNumber(const QString &text)
{
    static const QRegularExpression number(u"-?\\d[\\d,]*(?:\\.\\d+)?|-?\\.\\d+"_qs);
    std::optional<double> last;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        bool ok = false;
        const double v = it.next().captured(0).remove(u',').toDouble(&ok);
        if (ok)
            last = v;
    }
    return last;
}

// The option letter an answer gives: "B", "(B)", "B)", "Answer: B", "The answer is B."
QString choiceLetter(const QString &answer, int options)
{
    const QString last = QString(QChar(char16_t(u'A' + std::max(1, options) - 1)));
    const QRegularExpression explicitAnswer(QStringLiteral("(?:answer|option|choice)\\s*(?:is|:)?\\s*\\(?([A-%1])\\b").arg(last),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = explicitAnswer.match(answer); m.hasMatch())
        return m.captured(1).toUpper();
    const QRegularExpression leading(QStringLiteral("^\\s*\\(?([A-%1])\\b[).:]?").arg(last));
    if (const auto m = leading.match(answer); m.hasMatch())
        return m.captured(1);
    return {};
}

std::optional<QJsonDocument> jsonIn(const QString &answer)
{
    QString text = answer.trimmed();
    static const QRegularExpression fence(u"```(?:json)?\\s*([\\s\\S]*?)```"_qs);
    if (const auto m = fence.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    return std::nullopt;
}
} // namespace

std::optional<ScorerKind> scorerFromName(const QString &name)
{
    for (const auto &[kind, n] : kNames)
        if (name == QLatin1String(n))
            return kind;
    return std::nullopt;
}

QString scorerName(ScorerKind kind)
{
    for (const auto &[k, n] : kNames)
        if (k == kind)
            return QString::fromLatin1(n);
    return {};
}

QStringList scorerNames()
{
    QStringList out;
    for (const auto &[kind, n] : kNames)
        out << QString::fromLatin1(n);
    return out;
}

ScorerResult runScorer(ScorerKind kind, const Scenario &scenario, const QString &answer)
{
    const QString golden = scenario.correctChoice.isEmpty() ? scenario.goldenAnswer : scenario.correctChoice;
    switch (kind) {
    case ScorerKind::Exact:
        return verdict(normalized(answer) == normalized(golden), QStringLiteral("exact match with \"%1\"").arg(golden.left(80)));
    case ScorerKind::Contains:
        return verdict(!golden.trimmed().isEmpty() && normalized(answer).contains(normalized(golden)),
                       QStringLiteral("contains \"%1\"").arg(golden.left(80)));
    case ScorerKind::Regex: {
        const QRegularExpression pattern(golden, QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid())
            return verdict(false, QStringLiteral("the golden answer is not a valid pattern: %1").arg(pattern.errorString()));
        return verdict(pattern.match(answer).hasMatch(), QStringLiteral("matches /%1/").arg(golden.left(80)));
    }
    case ScorerKind::MultipleChoice: {
        const QString given = choiceLetter(answer, std::max<int>(int(scenario.choices.size()), 5));
        return verdict(!given.isEmpty() && given == golden.trimmed().toUpper(),
                       given.isEmpty() ? QStringLiteral("no option letter in the answer")
                                       : QStringLiteral("answered %1, correct is %2").arg(given, golden.trimmed().toUpper()));
    }
    case ScorerKind::FinalNumber: {
        const auto expected = lastNumber(golden);
        const auto given = lastNumber(answer);
        if (!expected)
            return verdict(false, QStringLiteral("the golden answer holds no number"));
        const bool same = given && std::abs(*given - *expected) <= 1e-9 * std::max(1.0, std::abs(*expected));
        return verdict(same, given ? QStringLiteral("final number %1, expected %2").arg(*given).arg(*expected)
                                   : QStringLiteral("no number in the answer"));
    }
    case ScorerKind::ValidJson: {
        const auto doc = jsonIn(answer);
        if (!doc)
            return verdict(false, QStringLiteral("the answer is not JSON"));
        const auto schema = jsonIn(golden);
        if (schema && schema->isObject() && looksLikeSchema(schema->object())) {
            // The golden answer is a JSON Schema: the answer must conform to it.
            const QString problem = schemaViolation(doc->isObject() ? QJsonValue(doc->object()) : QJsonValue(doc->array()),
                                                    schema->object());
            return verdict(problem.isEmpty(), problem.isEmpty() ? QStringLiteral("valid against the schema") : problem);
        }
        if (schema && schema->isObject()) {
            if (!doc->isObject())
                return verdict(false, QStringLiteral("an object was expected"));
            for (const QString &key : schema->object().keys())
                if (!doc->object().contains(key))
                    return verdict(false, QStringLiteral("the key \"%1\" is missing").arg(key));
        }
        return verdict(true, QStringLiteral("valid JSON"));
    }
    }
    return {};
}

} // namespace Quorum
