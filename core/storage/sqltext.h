#pragma once

#include <QString>
#include <QVariantList>

#include <vector>

namespace Quorum {

// A value a query is asked with, written into an SqlText where it goes.
struct SqlParam
{
    QVariant value;
};
inline SqlParam param(QVariant value)
{
    return {std::move(value)};
}

// SQL written together with its parameters: text, and each parameter where it goes. The text is
// made with the database's own placeholders (`?` on SQLite, `$1`, `$2`… on PostgreSQL), numbered
// in the order the parameters stand; it is never searched for placeholders, so a `?` in a literal
// (or PostgreSQL's jsonb `?` operator) stays what it is. One text may be put into another.
class SqlText
{
public:
    using Placeholder = QString (*)(int number);
    explicit SqlText(Placeholder placeholder) : m_placeholder(placeholder) {}

    SqlText &operator<<(QStringView text)
    {
        if (m_parts.empty() || m_parts.back().param >= 0)
            m_parts.push_back({});
        m_parts.back().text += text;
        return *this;
    }
    SqlText &operator<<(const QString &text) { return *this << QStringView(text); }
    SqlText &operator<<(const char16_t *text) { return *this << QStringView(text); }
    SqlText &operator<<(const SqlParam &p)
    {
        m_parts.push_back({{}, int(m_params.size())});
        m_params << p.value;
        return *this;
    }
    SqlText &operator<<(const SqlText &other)
    {
        for (const Part &part : other.m_parts) {
            if (part.param >= 0)
                *this << param(other.m_params.at(part.param));
            else
                *this << part.text;
        }
        return *this;
    }

    QString text() const
    {
        QString out;
        for (const Part &part : m_parts)
            out += part.param >= 0 ? m_placeholder(part.param + 1) : part.text;
        return out;
    }
    const QVariantList &params() const { return m_params; }

private:
    struct Part
    {
        QString text;
        int param = -1; // the index of a parameter, or -1 for text
    };
    Placeholder m_placeholder;
    std::vector<Part> m_parts;
    QVariantList m_params;
};

} // namespace Quorum
