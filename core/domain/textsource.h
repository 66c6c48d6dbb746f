#pragma once

#include "diagnostics.h"

#include <QByteArray>
#include <QStringList>

namespace Quorum {

// A text input file, checked for the things that trip importers: unreadable, binary,
// not UTF-8, BOM, CRLF line ends, no newline after the last line. Line numbers are 1-based.
class TextSource final
{
public:
    static TextSource fromFile(const QString &path, Diagnostics &diagnostics);
    static TextSource fromBytes(const QString &name, const QByteArray &bytes, Diagnostics &diagnostics);

    bool isUsable() const { return m_usable; }
    const QString &fileName() const { return m_fileName; }
    // Lines without their terminators; CRLF normalised to LF.
    const QStringList &lines() const { return m_lines; }
    // The whole text with LF line ends and no BOM.
    QString text() const { return m_lines.join(u'\n'); }

private:
    QString m_fileName;
    QStringList m_lines;
    bool m_usable = false;
};

// Writes a whole file or nothing (a temporary file renamed into place): "" or what went wrong.
QString writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace Quorum
