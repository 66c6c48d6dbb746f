#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Quorum::Cli {

// A plain-text table whose columns are as wide as their widest cell: nothing is ever cut
// (variant names like bedrock/us.amazon.nova-pro-v1:0@us-west-2#priority are what analysts
// compare). Text columns are left-aligned, figures right-aligned.
class TextTable final
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        QString title;
        Align align = Align::Left;
    };
    explicit TextTable(QList<Column> columns) : m_columns(std::move(columns)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    // A table the window shows too (ui/present's rows of formatted cells): the first column and
    // those in `left` to the left, the others (figures) to the right.
    static TextTable fromCells(const QStringList &headers, const QList<QList<QVariant>> &rows, const QList<int> &left = {});
    // The header and every row, two spaces between columns, no trailing spaces.
    QString toString() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace Quorum::Cli
