// quorum-cli rejudge and judge: score answers that exist already (a stored run's, or a file's)
// with a jury, without calling the models again.
#include "clicommands.h"
#include "runexecution.h"

#include "config/answersimporter.h"
#include "config/configimport.h"
#include "engine/runpreparation.h"
#include "jury/judgetemplate.h"
#include "jury/scorers.h"
#include "keychain/oskeychain.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quorum-cli", text, disambiguation, n);
}

// The options that choose and configure the jury, shared by both commands.
void addJuryOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"judges"_qs, tr("Judge profiles (JSONL); repeatable."), u"F"_qs},
        {u"scorer"_qs, tr("A deterministic scorer (%1); repeatable.").arg(scorerNames().join(u", ")), u"NAME"_qs},
        {u"judge-template"_qs, tr("The judge prompt template (default: the built-in judge-v1)."), u"F"_qs},
        {u"judge-questions"_qs, tr("Judge questions with weighted criteria (JSON)."), u"F"_qs},
        {u"pass-threshold"_qs, tr("Jury score (1–5) needed to pass."), u"X"_qs},
        {u"name"_qs, tr("The new run's name."), u"N"_qs},
        databaseOption(),
        {u"no-access-check"_qs, tr("Skip the one-call check of every judge before the run.")},
        {u"drop-failing"_qs, tr("Run without the judges that fail the access check (default: stop).")},
        {u"threads"_qs, tr("Worker threads (default 2)."), u"N"_qs},
        {u"json"_qs, tr("Print a JSON summary on stdout.")},
    });
    parser.addHelpOption();
}

// Parses; 0 to go on, else the exit code (help printed, or a usage error).

// Puts the jury the options name into the plan (judges, scorers, template, criteria,
// threshold); keeps the plan's own where an option is not given. 0, or the exit code.
int applyJuryOptions(const QCommandLineParser &parser, RunPlan &plan, const QString &command)
{
    Diagnostics diagnostics;
    if (parser.isSet(u"judges"_qs)) {
        plan.judges.clear();
        for (const QString &path : parser.values(u"judges"_qs))
            plan.judges += importFile(path, diagnostics, InputKind::JudgeProfiles).judges;
    }
    if (parser.isSet(u"judge-questions"_qs))
        plan.criteria = importFile(parser.value(u"judge-questions"_qs), diagnostics, InputKind::JudgeQuestions).criteria;
    if (parser.isSet(u"judge-template"_qs))
        if (const auto t = JudgeTemplate::load(parser.value(u"judge-template"_qs), diagnostics))
            plan.judgeTemplate = t->text();
    for (const Diagnostic &d : diagnostics.sorted())
        say(d.toString() + u'\n');
    if (diagnostics.hasErrors())
        return 2;
    RunSettings &s = plan.settings;
    if (parser.isSet(u"scorer"_qs))
        s.scorers.clear();
    for (const QString &name : parser.values(u"scorer"_qs)) {
        if (!scorerFromName(name)) {
            say(tr("%1: unknown scorer \"%2\"; use %3\n").arg(command, name, scorerNames().join(u", ")));
            return 64;
        }
        if (!s.scorers.contains(name))
            s.scorers << name;
    }
    if (parser.isSet(u"pass-threshold"_qs)) {
        bool ok = false;
        s.passThreshold = parser.value(u"pass-threshold"_qs).toDouble(&ok);
        if (!ok || s.passThreshold < 1 || s.passThreshold > 5) {
            say(tr("%1: --pass-threshold takes a score from 1 to 5\n").arg(command));
            return 64;
        }
    }
    s.latencyOnly = false;
    if (plan.judges.isEmpty() && s.scorers.isEmpty()) {
        say(tr("%1: no jury — give --judges FILE or --scorer NAME\n").arg(command));
        return 2;
    }
    if (parser.isSet(u"name"_qs))
        plan.name = parser.value(u"name"_qs);
    return 0;
}

RunOptions runOptions(const QCommandLineParser &parser)
{
    RunOptions options;
    options.keychain = OsKeychain::lookup();
    options.workerThreads = parser.isSet(u"threads"_qs) ? std::max(1, parser.value(u"threads"_qs).toInt()) : 2;
    return options;
}

// Judges the answers of stored run `sourceRun` with the plan's jury: a new run.
int judgeStoredAnswers(RunPlan plan, qint64 sourceRun, const QCommandLineParser &parser, const RunOptions &options)
{
    plan.settings.answersFromRun = sourceRun;
    RunOptions own = options;
    own.answers.reset();
    return executeRun(plan, own, parser.isSet(u"json"_qs), Preparing{!parser.isSet(u"no-access-check"_qs), parser.isSet(u"drop-failing"_qs)});
}
} // namespace

int rejudge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Scores a stored run again with another jury, template or criteria, without calling "
                                        "its models: a new run with the same answers and measurements and new verdicts."));
    parser.addOption({u"run"_qs, tr("The stored run whose answers are judged (see quorum-cli runs)."), u"ID"_qs});
    addJuryOptions(parser);
    if (const int code = parseArguments(parser, arguments, u"rejudge"_qs))
        return code < 0 ? 0 : code;
    const qint64 source = parser.value(u"run"_qs).toLongLong();
    if (source <= 0) {
        say(tr("rejudge: give --run ID\n"));
        return 64;
    }
    RunOptions options = runOptions(parser);
    if (const int code = openStore(parser, options, parser.isSet(u"json"_qs), u"rejudge"_qs))
        return code;
    Diagnostics diagnostics;
    std::optional<RunPlan> plan = rejudgePlan(*options.store, source, diagnostics);
    if (!plan) {
        for (const Diagnostic &d : diagnostics.sorted())
            say(d.toString() + u'\n');
        return 1;
    }
    if (const int code = applyJuryOptions(parser, *plan, u"rejudge"_qs))
        return code;
    return judgeStoredAnswers(*plan, source, parser, options);
}

int judge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Judges answers produced elsewhere: a JSONL file of {\"prompt\", \"response\", \"model\"} "
                                        "(optionally \"id\", \"golden_answer\", \"task_type\", \"task_criteria\", \"ttft_ms\", "
                                        "\"ttlb_ms\", \"input_tokens\", \"output_tokens\"). The answers are stored as a run of "
                                        "their own, then judged as a second run that the leaderboard can rank."));
    parser.addOption({u"answers"_qs, tr("The answers file (JSONL)."), u"F"_qs});
    addJuryOptions(parser);
    if (const int code = parseArguments(parser, arguments, u"judge"_qs))
        return code < 0 ? 0 : code;
    if (!parser.isSet(u"answers"_qs)) {
        say(tr("judge: give --answers FILE\n"));
        return 64;
    }
    Diagnostics diagnostics;
    const TextSource source = TextSource::fromFile(parser.value(u"answers"_qs), diagnostics);
    const std::optional<ExternalAnswers> answers = importAnswers(source, diagnostics);
    for (const Diagnostic &d : diagnostics.sorted())
        say(d.toString() + u'\n');
    if (!answers)
        return 2;
    RunPlan imported = answers->plan;
    imported.settings.answersFromRun = -1; // never call these models, even if the run is resumed
    RunPlan judged = answers->plan;
    if (const int code = applyJuryOptions(parser, judged, u"judge"_qs))
        return code;
    // First the answers as a run of their own (nothing is called), then the jury over it.
    RunOptions options = runOptions(parser);
    if (const int code = openStore(parser, options, parser.isSet(u"json"_qs), u"judge"_qs))
        return code;
    options.answers = std::make_shared<MemoryAnswers>(answersByWorkItem(imported, answers->answers));
    qint64 stored = 0;
    say(tr("storing %n answer(s)…\n", nullptr, int(answers->answers.size())));
    if (const int code = executeRun(imported, options, false, std::nullopt, &stored))
        return code;
    judged.name = parser.isSet(u"name"_qs) ? parser.value(u"name"_qs) : tr("Jury of %1").arg(answers->plan.name);
    return judgeStoredAnswers(judged, stored, parser, options);
}

} // namespace Quorum::Cli
