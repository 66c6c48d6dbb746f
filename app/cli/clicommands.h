#pragma once

#include <QStringList>

// The subcommands of quorum-cli. Each takes its own arguments (without the command word)
// and returns the process exit code: 0 done, 2 problems in the input, 1 could not run,
// 64 the command line itself is wrong.
namespace Quorum::Cli {

int validate(const QStringList &arguments);
int runs(const QStringList &arguments);
int simulate(const QStringList &arguments);
int keys(const QStringList &arguments);
int run(const QStringList &arguments);
int leaderboard(const QStringList &arguments);
int compare(const QStringList &arguments);   // comparecommands.cpp
int baseline(const QStringList &arguments);
int flaky(const QStringList &arguments);
int history(const QStringList &arguments); // historycommand.cpp
int overrides(const QStringList &arguments); // reviewcommands.cpp
int review(const QStringList &arguments);
int agreement(const QStringList &arguments);
int rejudge(const QStringList &arguments);
int judge(const QStringList &arguments);
int probe(const QStringList &arguments);
int push(const QStringList &arguments);
int pull(const QStringList &arguments);
int report(const QStringList &arguments); // built with the GUI libraries (QUORUM_HAVE_REPORTS)
int exportRun(const QStringList &arguments);
int catalog(const QStringList &arguments); // catalogcommand.cpp

} // namespace Quorum::Cli
