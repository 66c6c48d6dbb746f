#include "verdictparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Quorum {

namespace {
// The first balanced {...} in the text, minding strings.
QString firstObject(const QString &text)
{
    const qsizetype start = text.indexOf(u'{');
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return text.mid(start, i - start + 1);
        }
    }
    return text.mid(start); // truncated: let the JSON parser say so
}

std::optional<double> number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().section(u'/', 0, 0).toDouble(&ok); // "4" or "4/5"
        if (ok)
            return d;
    }
    return std::nullopt;
}
} // namespace

QString normalizedDimension(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

std::optional<ParsedVerdict> parseVerdict(const QString &text, const QStringList &dimensions, QString *error)
{
    QString json = firstObject(text);
    if (json.isEmpty()) {
        *error = QStringLiteral("no JSON object in the answer");
        return std::nullopt;
    }
    static const QRegularExpression trailingComma(u",\\s*([}\\]])"_qs);
    json.replace(trailingComma, u"\\1"_qs);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the JSON cannot be read: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    // Scores may sit at the top level or under "scores"/"dimensions".
    QJsonObject root = doc.object();
    for (const char *wrapper : {"scores", "dimensions", "evaluation"})
        if (root.value(QLatin1String(wrapper)).isObject())
            root = root.value(QLatin1String(wrapper)).toObject();
    QHash<QString, QJsonValue> byName;
    for (auto it = root.begin(); it != root.end(); ++it)
        byName.insert(normalizedDimension(it.key()), it.value());

    ParsedVerdict verdict;
    for (const QString &dimension : dimensions) {
        const QJsonValue value = byName.value(normalizedDimension(dimension));
        if (value.isUndefined() || value.isNull()) {
            *error = QStringLiteral("no score for \"%1\"").arg(dimension);
            return std::nullopt;
        }
        std::optional<double> score = value.isObject() ? number(value.toObject().value(u"score")) : number(value);
        if (!score) {
            *error = QStringLiteral("the score for \"%1\" is not a number").arg(dimension);
            return std::nullopt;
        }
        const int rounded = int(std::lround(*score));
        if (rounded < 1 || rounded > 5) {
            *error = QStringLiteral("the score for \"%1\" is %2, outside 1 … 5").arg(dimension).arg(*score);
            return std::nullopt;
        }
        verdict.scores.insert(dimension, rounded);
        if (value.isObject())
            verdict.rationales.insert(dimension, value.toObject().value(u"rationale").toString());
    }
    return verdict;
}

} // namespace Quorum
