#pragma once

#include <QList>
#include <QString>

// A word-level diff of two answers, for showing them side by side: the words both have, the ones
// only the first has (removed) and the ones only the second has (added), in order.
namespace Quorum {

struct DiffSegment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

// Words, runs of spaces and single punctuation marks are the units; after the common start and
// end, the fewest removals and additions (Myers' diff). Past `maxCells` (the number of edits
// squared, what walking back keeps), the middle is one removal and one addition rather than a
// slow diff.
QList<DiffSegment> wordDiff(const QString &a, const QString &b, qint64 maxCells = 4'000'000);

// One side of the diff as HTML (escaped): side A shows the same and the removed text, side B the
// same and the added; what differs is a span with the CSS `style` ("background-color:#f7c9b3").
QString diffHtml(const QList<DiffSegment> &diff, bool sideA, const QString &style);

} // namespace Quorum
