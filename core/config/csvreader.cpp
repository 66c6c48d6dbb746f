#include "csvreader.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CsvReader", text); }
} // namespace

int CsvTable::columnIndex(const QStringList &acceptedNames) const
{
    for (const QString &name : acceptedNames)
        for (qsizetype i = 0; i < header.fields.size(); ++i)
            if (header.fields.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
    return -1;
}

CsvTable readCsv(const TextSource &source, Diagnostics &diagnostics)
{
    const QString &file = source.fileName();
    const QString text = source.text();
    QList<CsvRecord> records;

    int line = 1;
    qsizetype i = 0;
    bool unterminated = false;
    const qsizetype n = text.size();
    while (i < n && !unterminated) {
        // One record per iteration.
        if (text.at(i) == u'\n') {
            diagnostics.warning(file, line, tr("blank line (skipped)"));
            ++line;
            ++i;
            continue;
        }
        CsvRecord record;
        record.line = line;
        bool recordDone = false;
        while (!recordDone && !unterminated) {
            QString field;
            const int fieldLine = line;
            if (i < n && text.at(i) == u'"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    // Everything after the quote was swallowed: the rest of the file is unusable.
                    diagnostics.error(file, fieldLine, tr("a quoted field opens here and is never closed"));
                    unterminated = true;
                    break;
                }
                if (i < n && text.at(i) != u',' && text.at(i) != u'\n') {
                    diagnostics.error(file, line, tr("unexpected text after a closing quote; quotes inside a field must be doubled (\"\")"));
                    while (i < n && text.at(i) != u',' && text.at(i) != u'\n')
                        ++i;
                }
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\n')
                    field += text.at(i++);
                if (field.contains(u'"'))
                    diagnostics.warning(file, line, tr("a quote inside an unquoted field is taken literally"));
            }
            record.fields.append(field);
            record.fieldLines.append(fieldLine);
            if (i >= n) {
                recordDone = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else { // newline
                ++i;
                ++line;
                recordDone = true;
            }
        }
        if (!unterminated)
            records.append(record);
    }

    CsvTable table;
    if (records.isEmpty())
        return table;
    table.header = records.takeFirst();
    const qsizetype columns = table.header.fields.size();
    for (CsvRecord &record : records) {
        if (record.fields.size() != columns) {
            diagnostics.error(file, record.line,
                              tr("this row has %1 fields, the header has %2 (is a quote missing?)")
                                  .arg(record.fields.size())
                                  .arg(columns));
            continue;
        }
        table.rows.append(std::move(record));
    }
    return table;
}

} // namespace Quorum
