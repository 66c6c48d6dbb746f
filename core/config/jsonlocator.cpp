#include "jsonlocator.h"

#include <QList>

namespace Quorum {

QString jsonPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString jsonPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

namespace {
struct Frame
{
    QString path;
    bool isArray = false;
    qsizetype index = 0;
    QString pendingKey;     // object: key read, value not yet started
    bool expectKey = true;  // object: next string is a key
};
} // namespace

JsonLocator::JsonLocator(const QString &text, int firstLine)
{
    QList<Frame> stack;
    int line = firstLine;

    auto currentValuePath = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &top = stack.last();
        return top.isArray ? jsonPath(top.path, top.index) : jsonPath(top.path, top.pendingKey);
    };
    auto startValue = [&]() -> QString {
        const QString path = currentValuePath();
        if (!m_lines.contains(path))
            m_lines.insert(path, line);
        return path;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            QString value;
            while (j < n && text.at(j) != u'"') {
                if (text.at(j) == u'\\' && j + 1 < n) {
                    // Keys with escapes are rare; keep the escaped character as is.
                    value += text.at(j + 1);
                    j += 2;
                    continue;
                }
                if (text.at(j) == u'\n')
                    ++line;
                value += text.at(j);
                ++j;
            }
            if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey) {
                stack.last().pendingKey = value;
                stack.last().expectKey = false;
            } else {
                startValue();
            }
            i = j;
        } else if (c == u'{' || c == u'[') {
            const QString path = startValue();
            stack.append({path, c == u'[', 0, QString(), true});
        } else if (c == u'}' || c == u']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == u',') {
            if (!stack.isEmpty()) {
                if (stack.last().isArray)
                    ++stack.last().index;
                else
                    stack.last().expectKey = true;
            }
        } else if (c == u':' || c.isSpace()) {
            continue;
        } else {
            // number, true, false, null: record where it starts, then skip over it
            startValue();
            while (i + 1 < n && !QStringView(u",]}\n \t\r").contains(text.at(i + 1)))
                ++i;
        }
    }
}

int JsonLocator::lineOf(const QString &path) const
{
    QString p = path;
    while (true) {
        if (const auto it = m_lines.constFind(p); it != m_lines.constEnd())
            return it.value();
        if (p.isEmpty())
            return 1;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

int JsonLocator::lineAtOffset(QByteArrayView utf8, qsizetype offset, int firstLine)
{
    return firstLine + int(utf8.first(std::clamp<qsizetype>(offset, 0, utf8.size())).count('\n'));
}

} // namespace Quorum
