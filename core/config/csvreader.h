#pragma once

#include "../domain/diagnostics.h"
#include "../domain/textsource.h"

#include <QList>
#include <QStringList>

namespace Quorum {

// One CSV record and the line each of its fields starts on (quoted fields may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QList<int> fieldLines;
};

struct CsvTable
{
    CsvRecord header;
    QList<CsvRecord> rows;
    int columnIndex(const QStringList &acceptedNames) const; // case-insensitive; -1 if none
};

// RFC 4180 CSV: comma separated, "quoted" fields with "" escapes and embedded newlines.
// Problems go to diagnostics; rows with the wrong number of fields are reported and dropped.
CsvTable readCsv(const TextSource &source, Diagnostics &diagnostics);

} // namespace Quorum
