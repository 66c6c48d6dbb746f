#pragma once

#include <QHash>
#include <QString>

namespace Quorum {

// Finds the line on which each value of a JSON document starts, so a problem with a value
// can be reported at its line. Paths look like `models[2].region`; the root is "".
// QJsonDocument keeps no positions, hence this small second pass over the text.
class JsonLocator final
{
public:
    explicit JsonLocator(const QString &text, int firstLine = 1);

    // Line of the value at path, else of the nearest enclosing value that exists.
    int lineOf(const QString &path) const;
    // Line of a byte offset into the UTF-8 text (QJsonParseError::offset counts bytes).
    static int lineAtOffset(QByteArrayView utf8, qsizetype offset, int firstLine = 1);

private:
    QHash<QString, int> m_lines;
};

QString jsonPath(const QString &parent, const QString &key);
QString jsonPath(const QString &parent, qsizetype index);

} // namespace Quorum
