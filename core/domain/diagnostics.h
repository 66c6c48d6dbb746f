#pragma once

#include <QList>
#include <QString>

namespace Quorum {

// One problem found in an input file, phrased for the person who wrote the file.
struct Diagnostic
{
    enum class Severity { Warning, Error };
    QString file;
    int line = 0;               // 1-based; 0 = the file as a whole
    Severity severity = Severity::Error;
    QString message;
    QString field;              // the record's field it is about ("input_token_cost"), when known: forms show it there

    // "FILE:LINE: error: message" — the form compilers use, so editors can jump to it.
    QString toString() const;
};

// Collects what an import found. An import with any error changes nothing.
class Diagnostics final
{
public:
    void error(const QString &file, int line, const QString &message, const QString &field = {});
    void warning(const QString &file, int line, const QString &message, const QString &field = {});
    void append(const Diagnostics &other);

    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return int(m_items.size()) - m_errorCount; }
    const QList<Diagnostic> &items() const { return m_items; }
    // Ordered by file, then line, errors before warnings on the same line.
    QList<Diagnostic> sorted() const;

private:
    QList<Diagnostic> m_items;
    int m_errorCount = 0;
};

} // namespace Quorum
