#pragma once

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <memory>
#include <optional>

namespace Quorum {

// Which model ids one catalog entry prices: genai-prices' rule form. equals, starts_with,
// ends_with and contains compare case-insensitively; regex is matched as written; or / and
// combine rules. A catalog tries exact ids first, then each entry's rule in the snapshot's order.
class MatchRule final
{
public:
    enum class Kind { Never, Equals, StartsWith, EndsWith, Contains, Regex, Any, All };

    static MatchRule equals(const QString &id);
    // Empty when the JSON is not a rule (the caller reports where).
    static std::optional<MatchRule> fromJson(const QJsonValue &value);
    QJsonValue toJson() const;

    bool matches(const QString &id) const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Never;
    QString m_text;              // lower-case, for the string kinds
    QString m_pattern;           // as written, for Regex
    std::shared_ptr<const QRegularExpression> m_regex; // only a Regex rule has one (each costs an allocation)
    QList<MatchRule> m_parts;    // Any / All
};

} // namespace Quorum
