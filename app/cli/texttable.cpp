#include "texttable.h"

namespace Quorum::Cli {

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const Column &c : m_columns)
        widths.append(c.title.size());
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) -> QString { // a QString, not a builder of locals
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                text += u"  "_qs;
            text += m_columns.at(i).align == Align::Left ? cell.leftJustified(widths.at(i)) : cell.rightJustified(widths.at(i));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QStringList titles;
    for (const Column &c : m_columns)
        titles.append(c.title);
    QString out = line(titles);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace Quorum::Cli
