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
    qsizetype lineWidth = 1;
    for (const qsizetype w : widths)
        lineWidth += w + 2;
    // Padded in place: a table of 2,000 rows is printed in one piece, without a string per cell.
    auto line = [&](QString &out, const QStringList &cells) {
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            if (i > 0)
                out.append(u"  ");
            const qsizetype pad = std::max<qsizetype>(0, widths.at(i) - cell.size());
            if (m_columns.at(i).align == Align::Right)
                out.resize(out.size() + pad, u' ');
            out.append(cell);
            if (m_columns.at(i).align == Align::Left)
                out.resize(out.size() + pad, u' ');
        }
        while (out.size() > start && out.endsWith(u' '))
            out.chop(1);
        out.append(u'\n');
    };
    QStringList titles;
    for (const Column &c : m_columns)
        titles.append(c.title);
    QString out;
    out.reserve(lineWidth * (m_rows.size() + 1));
    line(out, titles);
    for (const QStringList &row : m_rows)
        line(out, row);
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
