#pragma once

#include "engine/runcontroller.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// What quorum-cli run, rejudge and judge share: checking a plan before it runs, and running it
// with progress on stderr and the summary (or --json) at the end.
namespace Quorum::Cli {

void say(const QString &text);

// --db, as every command that reads or writes runs takes it, and the database it names.
QCommandLineOption databaseOption();
QString databasePath(const QCommandLineParser &parser);

// Checks access to the plan's models and judges (only its judges when the answers exist
// already), drops what fails when asked to, and prints the estimate. 0, or the exit code.
// Then rewrites prompts when the plan asks for prompt optimization (its notes go to options).
int prepareRun(RunPlan &plan, RunOptions &options, bool check, bool dropFailing, bool judgesOnly);

// Runs (or resumes) to the end; the exit code of quorum-cli run.
int executeRun(const RunPlan &plan, const RunOptions &options, bool json, qint64 *runId = nullptr);

} // namespace Quorum::Cli
