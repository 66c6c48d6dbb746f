#include "diagnostics.h"

#include <algorithm>

namespace Quorum {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (line > 0)
        return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(kind, message);
    return QStringLiteral("%1: %2: %3").arg(file, kind, message);
}

void Diagnostics::error(const QString &file, int line, const QString &message, const QString &field)
{
    m_items.append({file, line, Diagnostic::Severity::Error, message, field});
    ++m_errorCount;
}

void Diagnostics::warning(const QString &file, int line, const QString &message, const QString &field)
{
    m_items.append({file, line, Diagnostic::Severity::Warning, message, field});
}

void Diagnostics::append(const Diagnostics &other)
{
    m_items.append(other.m_items);
    m_errorCount += other.m_errorCount;
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QList<Diagnostic> out = m_items;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.severity == Diagnostic::Severity::Error && b.severity != Diagnostic::Severity::Error;
    });
    return out;
}

} // namespace Quorum
