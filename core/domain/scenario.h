#pragma once

#include "sourceref.h"

#include <QStringList>
#include <optional>

namespace Quorum {

// One prompt the models answer, with what a good answer looks like.
struct Scenario
{
    QString id;                 // stable: content hash unless the file names one
    QString prompt;
    QString goldenAnswer;
    QString taskType;
    QString taskCriteria;
    int expectedOutputTokens = 0; // 0 = not given
    QString image;              // local path (resolved) or http(s) URL; empty = text only
    QStringList userMetrics;    // per-scenario metrics; replace the run-wide ones
    std::optional<double> temperature;
    QString region;
    QStringList choices;        // multiple-choice items: the options A, B, C…
    QString correctChoice;      // multiple-choice items: "A", "B", …
    QString scorer;             // a deterministic scorer that decides this scenario in place of the jury ("" = the jury)
    SourceRef source;
};

} // namespace Quorum
