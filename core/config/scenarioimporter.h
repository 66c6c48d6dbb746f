#pragma once

#include "../domain/scenario.h"
#include "../domain/diagnostics.h"
#include "inputrecord.h"

#include <QList>

namespace Quorum {

// How to read a CSV whose columns are named freely, as 360-eval asks its user: which column
// holds the prompt, the golden answer and the image (empty: Quorum's usual names), and the task
// type and criteria of the rows that name none.
struct CsvColumns
{
    QString prompt;
    QString golden;
    QString image;
    QString taskType;
    QString taskCriteria;
    QString taskTypeColumn;         // a column holding each row's task type / criteria (the setup's CSV mapping)
    QString taskCriteriaColumn;
    bool isEmpty() const
    {
        return prompt.isEmpty() && golden.isEmpty() && image.isEmpty() && taskType.isEmpty() && taskCriteria.isEmpty()
               && taskTypeColumn.isEmpty() && taskCriteriaColumn.isEmpty();
    }
};

// A CSV row converted as 360-eval converts it gets this output-token cap when it names none.
constexpr int kCsvOutputTokens = 5000;

// Turns scenario files into Scenarios: 360-eval JSONL, CSV with a prompt and a golden-answer
// column, and SIQA-style multiple-choice items (JSONL or CSV). Image paths resolve against
// the file's folder. Returns nothing for a file with any error.
QList<Scenario> importScenarios(const TextSource &source, Diagnostics &diagnostics, const CsvColumns &columns = {});

// One record → one Scenario (also used for scenarios embedded in a plan file).
std::optional<Scenario> scenarioFromRecord(const InputRecord &record, const QString &baseDir,
                                           Diagnostics &diagnostics);

// Scenarios that repeat an earlier one (same prompt, answer, image, choices and task) stay
// scenarios of their own: each repeat gets the id of the first with its occurrence number
// ("ID#2", "ID#3", …), and a warning.
void numberRepeatedScenarios(QList<Scenario> &scenarios, Diagnostics &diagnostics);

// Is this an image Quorum can send? Empty string when yes, else what is wrong.
QString checkImage(const QString &reference, const QString &baseDir, QString *resolved);

} // namespace Quorum
