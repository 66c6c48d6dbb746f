#pragma once

#include "domain/diagnostics.h"
#include "config/scenarioimporter.h"
#include "engine/runsession.h"
#include "analytics/runcomparison.h"
#include "storage/runsreader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>

// What quorum-cli run, rejudge and judge share: checking a plan before it runs, and running it
// with progress on stderr and the summary (or --json) at the end.
namespace Quorum::Cli {

void say(const QString &text);
// One JSON document on stdout, indented.
void printJson(const QJsonValue &value);

// --db, as every command that reads or writes runs takes it, and the database it names.
QCommandLineOption databaseOption();
QString databasePath(const QCommandLineParser &parser);
// Parses a command's arguments: 0 to go on, -1 after --help (exit 0), else the exit code after
// saying what is wrong.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
// --run ID, and the run it names in the store of --db, opened once: 0 when both are usable, else
// the exit code after saying "<command>: why".
QCommandLineOption runOption();
// --jury-only: the figures without people's overrides (leaderboard, report, export).
QCommandLineOption juryOnlyOption();
int openRun(const QCommandLineParser &parser, const QString &command, qint64 *runId, std::shared_ptr<const Store> *store);
// Opens a store as every command does (a team store's password may come from the keychain).
Store::Opened openStoreAt(const QString &location);
// Opens the store --db names into options.store (a run goes nowhere else). 0, or the exit code
// after saying "<command>: why" (and, with --json, the not-run document).
int openStore(const QCommandLineParser &parser, RunOptions &options, bool json, const QString &command);

// --prompt-column, --golden-column, --image-column, --task-type, --task-criteria: how a CSV of
// scenarios with other column names is read (validate and run).
void addCsvColumnOptions(QCommandLineParser &parser);
CsvColumns csvColumns(const QCommandLineParser &parser);

// How a new plan is prepared before it runs, from the command line: access checked (only the
// judges when the answers exist already; --no-access-check: not), what fails dropped with
// --drop-failing, prompts optimized; then the estimate printed.
struct Preparing
{
    bool check = true;
    bool dropFailing = false;
};
// Runs a plan (prepared first when `preparing` is given), or resumes options.resumeRunId, to the
// end through the engine's RunSession, as the window does; the exit code of quorum-cli run. With
// `json`, the summary is printed, or handed to `summary` when given (for a caller that adds to it).
int executeRun(const RunPlan &plan, const RunOptions &options, bool json, std::optional<Preparing> preparing,
               qint64 *runId = nullptr, QJsonObject *summary = nullptr);

// Comparisons (comparecommands.cpp). --map A=B (repeatable): a variant renamed between two runs.
// --correction, --level, --min-effect, --min-score-effect: how a baseline check decides.
void addComparisonOptions(QCommandLineParser &parser, bool baselineRules);
// The renames and rules the options give; false after saying what is wrong (exit 64).
bool comparisonOptions(const QCommandLineParser &parser, const QString &command, QHash<QString, QString> *renames,
                       BaselineRules *rules);
// A baseline named or given by run id, as stored: its run id, and its name ("" for a run id);
// 0, or the exit code after saying why not.
int resolveBaseline(RunsReader &queries, const QString &reference, qint64 *runId, QString *name);
// Checks run `runId` against baseline run `baselineRunId`, prints the outcome and the items that went
// from pass to fail, and records the check in the store. 0 no regression, 3 a regression, 1 could
// not check. With `json`, the check goes into `out` instead of text to stdout.
int checkBaseline(const Store &store, qint64 baselineRunId, const QString &baselineName, qint64 runId,
                  const QHash<QString, QString> &renames, const BaselineRules &rules, QJsonObject *out);

// A command that could not run: with --json, scripts still get one JSON document on stdout
// ({"status": "not_run", "exit_code", "error", "problems": [{file, line, severity, message}]});
// the people's text went to stderr already. Returns the exit code.
int notRun(bool json, int exitCode, const QString &error, const Diagnostics &problems = {});
// Problems as JSON objects (validate --json and notRun).
QJsonArray problemsJson(const Diagnostics &problems);

} // namespace Quorum::Cli
