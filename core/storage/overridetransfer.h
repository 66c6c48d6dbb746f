#pragma once

#include "../domain/diagnostics.h"
#include "../domain/records.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace Quorum {

class StoreReader;

// People's overrides of a run as JSON Lines, so a team can share a reviewed set and apply it to
// another run of the same answers (a re-judged copy, a re-run answered alike). One object per
// override that counts: the item by its identity (scenario, model id, region, tier, experiment,
// invocation, temperature) and its answer's SHA-256, then the verdict, score, dimension scores
// (when given), reason, author and time. The fields are documented in README.md ("Reviewing").
namespace OverrideTransfer {

// Writes run `runId`'s overrides to `out`; "" when written, else why not. `rows` counts them.
QString write(StoreReader &queries, qint64 runId, QIODevice &out, qint64 *rows = nullptr);

// Reads `in` (named `fileName` in messages) and matches each line to an item of run `runId`.
// A line that is not a valid override is an error (`file:line: what is wrong`) and then nothing
// is to be applied; a line whose item the run lacks, or whose answer differs, is a warning and
// is left out. Returns the overrides to store (their author and time as in the file).
QList<OverrideRecord> read(StoreReader &queries, qint64 runId, QIODevice &in, const QString &fileName, Diagnostics *diagnostics);

} // namespace OverrideTransfer
} // namespace Quorum
