#include "matchrule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Quorum {

namespace {
struct StringKind
{
    const char16_t *key;
    MatchRule::Kind kind;
};
constexpr StringKind stringKinds[] = {{u"equals", MatchRule::Kind::Equals},
                                      {u"starts_with", MatchRule::Kind::StartsWith},
                                      {u"ends_with", MatchRule::Kind::EndsWith},
                                      {u"contains", MatchRule::Kind::Contains}};
} // namespace

MatchRule MatchRule::equals(const QString &id)
{
    MatchRule rule;
    rule.m_kind = Kind::Equals;
    rule.m_text = id.toLower();
    return rule;
}

std::optional<MatchRule> MatchRule::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 1)
        return std::nullopt;
    const QString key = object.begin().key();
    const QJsonValue inner = object.begin().value();
    MatchRule rule;
    if (key == u"or" || key == u"and") {
        const QJsonArray parts = inner.toArray();
        if (!inner.isArray() || parts.isEmpty())
            return std::nullopt;
        for (const QJsonValue &part : parts) {
            auto parsed = fromJson(part);
            if (!parsed)
                return std::nullopt;
            rule.m_parts.append(std::move(*parsed));
        }
        rule.m_kind = key == u"or" ? Kind::Any : Kind::All;
        return rule;
    }
    if (!inner.isString())
        return std::nullopt;
    if (key == u"regex") {
        rule.m_kind = Kind::Regex;
        rule.m_pattern = inner.toString();
        auto regex = std::make_shared<QRegularExpression>(rule.m_pattern);
        if (!regex->isValid())
            return std::nullopt;
        rule.m_regex = std::move(regex);
        return rule;
    }
    for (const StringKind &k : stringKinds) {
        if (key == QStringView(k.key)) {
            rule.m_kind = k.kind;
            rule.m_text = inner.toString().toLower();
            return rule;
        }
    }
    return std::nullopt;
}

QJsonValue MatchRule::toJson() const
{
    switch (m_kind) {
    case Kind::Never:
        return QJsonValue();
    case Kind::Any:
    case Kind::All: {
        QJsonArray parts;
        for (const MatchRule &part : m_parts)
            parts.append(part.toJson());
        return QJsonObject{{m_kind == Kind::Any ? u"or"_qs : u"and"_qs, parts}};
    }
    case Kind::Regex:
        return QJsonObject{{u"regex"_qs, m_pattern}};
    default:
        break;
    }
    for (const StringKind &k : stringKinds)
        if (k.kind == m_kind)
            return QJsonObject{{QString::fromUtf16(k.key), m_text}};
    return QJsonValue();
}

bool MatchRule::matches(const QString &id) const
{
    switch (m_kind) {
    case Kind::Never:
        return false;
    case Kind::Equals:
        return id.compare(m_text, Qt::CaseInsensitive) == 0;
    case Kind::StartsWith:
        return id.startsWith(m_text, Qt::CaseInsensitive);
    case Kind::EndsWith:
        return id.endsWith(m_text, Qt::CaseInsensitive);
    case Kind::Contains:
        return id.contains(m_text, Qt::CaseInsensitive);
    case Kind::Regex:
        return m_regex && m_regex->match(id).hasMatch();
    case Kind::Any:
        return std::any_of(m_parts.cbegin(), m_parts.cend(), [&](const MatchRule &r) { return r.matches(id); });
    case Kind::All:
        return std::all_of(m_parts.cbegin(), m_parts.cend(), [&](const MatchRule &r) { return r.matches(id); });
    }
    return false;
}

} // namespace Quorum
