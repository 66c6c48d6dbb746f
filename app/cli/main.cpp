#include "clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>
#include <QTextStream>
#ifdef QUORUM_HAVE_REPORTS
#include <QGuiApplication>
#endif

#include <memory>

namespace {
// Asked for (exit 0): on standard output, where `quorum-cli --help | less` and the man page read
// it; after a mistake: on standard error.
int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr) << QCoreApplication::translate("quorum-cli",
        "usage: quorum-cli COMMAND [options]\n"
        "\n"
        "commands:\n"
        "  validate FILE...      check scenario, profile, judge-question and plan files\n"
        "  run                   run an evaluation (or --resume one)\n"
        "  runs                  list the runs in the database\n"
        "  leaderboard --run ID  rank a run's model variants, with confidence intervals and jury health\n"
        "  compare --run ID A B  variant B against A, item by item: differences, intervals, McNemar, a verdict\n"
        "  compare --run ID --against ID0  every variant of run ID against the same one of run ID0\n"
        "  flaky --run ID        pass@1 beside pass^k over repeated scenarios, and the ones whose verdict flips\n"
        "  history --baseline N|--run ID  each variant's figures run after run: a lineage, or the runs of one scenario set\n"
        "  baseline pin|unpin|list|history  name a run as a baseline; run --baseline N fails (exit 3) on a regression\n"
        "  override set|list|history|export|import  people's verdicts over the jury's (every figure counts them)\n"
        "  review --run ID       the review queue: disputed items, then judge failures, then a calibration sample\n"
        "  agreement --run ID    each judge and the jury against people's overrides: agreement, Cohen's kappa, confusion\n"
        "  rejudge --run ID      score a stored run again with another jury or template (no model calls)\n"
        "  judge --answers F     judge answers produced elsewhere (JSONL of prompt, response, model)\n"
        "  probe --models F      which service tiers each model accepts in each region (cached)\n"
        "  push --run ID --from PATH --to URL   publish a finished run to a team store (PostgreSQL)\n"
        "  pull --run ID --from URL --to PATH   bring a run from a team store into a local one\n"
        "  report --run ID --html F|--pdf F  a run's report (or several runs') as HTML and/or PDF, no display needed\n"
        "  export --run ID       every invocation (or --verdicts) as CSV or JSON Lines, for scripts\n"
        "  simulate              serve the provider simulator on 127.0.0.1 until interrupted\n"
        "  keys status|set|delete  where each provider's key comes from; store one in the OS keychain\n"
        "  catalog list|show|coverage|diff|export|refresh  the model catalog: prices, limits, published scores\n"
        "\n"
        "Run 'quorum-cli COMMAND --help' for a command's options.\n");
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    // A report draws charts (fonts, painting): a GUI application, on the offscreen platform
    // unless told otherwise. Every other command is Qt Core alone.
    std::unique_ptr<QCoreApplication> application;
#ifdef QUORUM_HAVE_REPORTS
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // else Qt warns on every report it writes
            const QString runtime = QDir::tempPath() + u"/quorum-runtime-"_qs + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quorum"));
    QCoreApplication::setOrganizationName(QStringLiteral("quorum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage(64);
    const QString command = arguments.at(1);
    arguments.removeAt(1); // leave the program name first, as QCommandLineParser expects
    // …named with the command, so that each command's --help says "Usage: quorum-cli run [options]".
    arguments[0] = u"quorum-cli "_qs + command;
    if (command == u"validate")
        return Quorum::Cli::validate(arguments);
    if (command == u"run")
        return Quorum::Cli::run(arguments);
    if (command == u"leaderboard")
        return Quorum::Cli::leaderboard(arguments);
    if (command == u"probe")
        return Quorum::Cli::probe(arguments);
    if (command == u"rejudge")
        return Quorum::Cli::rejudge(arguments);
    if (command == u"judge")
        return Quorum::Cli::judge(arguments);
    if (command == u"compare")
        return Quorum::Cli::compare(arguments);
    if (command == u"history")
        return Quorum::Cli::history(arguments);
    if (command == u"flaky")
        return Quorum::Cli::flaky(arguments);
    if (command == u"baseline")
        return Quorum::Cli::baseline(arguments);
    if (command == u"override")
        return Quorum::Cli::overrides(arguments);
    if (command == u"review")
        return Quorum::Cli::review(arguments);
    if (command == u"agreement")
        return Quorum::Cli::agreement(arguments);
    if (command == u"runs")
        return Quorum::Cli::runs(arguments);
    if (command == u"simulate")
        return Quorum::Cli::simulate(arguments);
    if (command == u"push")
        return Quorum::Cli::push(arguments);
    if (command == u"pull")
        return Quorum::Cli::pull(arguments);
    if (command == u"keys")
        return Quorum::Cli::keys(arguments);
    if (command == u"export")
        return Quorum::Cli::exportRun(arguments);
    if (command == u"catalog")
        return Quorum::Cli::catalog(arguments);
#ifdef QUORUM_HAVE_REPORTS
    if (command == u"report")
        return Quorum::Cli::report(arguments);
#endif
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(0);
    if (command == u"--version") {
        QTextStream(stdout) << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QTextStream(stderr) << QCoreApplication::translate("quorum-cli", "unknown command \"%1\"\n").arg(command);
    return usage(64);
}
