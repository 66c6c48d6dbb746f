#pragma once

#include "invocations.h"
#include "store.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace Quorum {

// A stored run (or the invocations of it a filter lets through) for scripts, streamed (the run is never held in memory): one row (CSV) or object
// (JSONL) per invocation with every stored field, the jury's verdict, and each judge's status,
// six scores, overall and pass; or, in long form, one row per judge × dimension (the six, and the
// run's own dimensions). The columns are documented once, in README.md ("quorum-cli export").
struct RunExport
{
    enum class Format { Csv, Jsonl };
    enum class Shape { Invocations, Verdicts };
    Format format = Format::Csv;
    Shape shape = Shape::Invocations;
    InvocationFilter filter;        // which invocations (the drill-down's); its limit is not used
    bool juryOnly = false;          // "passed" and "score" (and the filter's verdicts) the jury's, overrides left out

    // Writes run `runId` to `out`; "" when written, else why not. `rows` counts what was written.
    QString write(const Store &store, qint64 runId, QIODevice &out, qint64 *rows = nullptr) const;
    // The invocation columns before the judges' (each judge adds "<judge>:status", ":correctness",
    // … ":following_instructions", ":overall", ":passed").
    static QStringList invocationColumns();
    static QStringList verdictColumns();
};

} // namespace Quorum
