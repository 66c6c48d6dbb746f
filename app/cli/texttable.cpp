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


TextTable TextTable::fromCells(const QStringList &headers, const QList<QList<QVariant>> &rows, const QList<int> &left)
{
    QList<Column> columns;
    for (qsizetype i = 0; i < headers.size(); ++i)
        columns.append({headers.at(i), i == 0 || left.contains(int(i)) ? Align::Left : Align::Right});
    TextTable table(columns);
    for (const QList<QVariant> &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << v.toString();
        table.addRow(cells);
    }
    return table;
}

} // namespace Quorum::Cli
