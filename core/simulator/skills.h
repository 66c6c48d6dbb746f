#pragma once

#include <QHash>
#include <QString>

namespace Quorum::Sim {

// What kind of task a prompt asks for, read from the prompt alone: the simulator sees only the
// request, never the scenario's file, task type or golden answer.
enum class TaskKind { Summarization, Extraction, TextToSql, Reasoning, Classification, Translation, MultipleChoice, General };

// The task type names scenario files use ("summarization", "text-to-sql", "multiple_choice", …).
QString taskKindName(TaskKind kind);
TaskKind taskOf(const QString &prompt);

// 0 (easy) … 1 (hard): how much work the prompt asks for, counted the same way for every prompt
// of its kind: the steps of a calculation, the fields to extract, the clauses a query needs,
// the sentences to summarise or translate, the options to weigh, mixed signals to classify.
double difficultyOf(const QString &prompt, TaskKind kind);

// A simulated model's skill per task kind (0…1); "default" stands for the kinds not named.
struct ModelSkills
{
    QHash<QString, double> byTask;
    double skillFor(TaskKind kind) const;
};

// The chance that a model of this skill gets one unit of the task right: logistic in skill minus
// difficulty, so a skilled model is reliable on easy and hard items alike and a weak one only on
// easy ones; a hotter sampling temperature costs a little.
double successChance(double skill, double difficulty, double temperature);

} // namespace Quorum::Sim
