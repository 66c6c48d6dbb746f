#include "clicommands.h"
#include "engine/pricecheck.h"
#include "present/catalogtext.h"
#include "runexecution.h"

#include "config/configimport.h"
#include "config/scenarioimporter.h"
#include "engine/runpreparation.h"
#include "engine/runsession.h"
#include "interrupt.h"
#include "jury/judgetemplate.h"
#include "jury/scorers.h"
#include "keychain/oskeychain.h"
#include "storage/runsreader.h"
#include "storage/store.h"
#include "present/figures.h"
#include "present/progresstext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace Quorum::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quorum-cli", text, disambiguation, n);
}


QString progressLine(const ProgressSnapshot &s)
{
    const double share = s.total > 0 ? double(s.done) / double(s.total) : 1;
    const int width = 24;
    const int filled = int(share * width);
    const QLocale c = QLocale::c();
    return QStringLiteral("[%1%2] %3/%4 · %5 failed · %6")
        .arg(QString(filled, u'#'), QString(width - filled, u'.'))
        .arg(s.done).arg(s.total).arg(s.failed)
        .arg(ProgressText::figures(s, c));
}

std::optional<RunPlan> planFromFiles(const QCommandLineParser &parser, Diagnostics &diagnostics);

// Reads the plan from --plan, or from --scenarios/--models/--judges/--judge-questions, then
// --judge-template.
std::optional<RunPlan> planFromArguments(const QCommandLineParser &parser, Diagnostics &diagnostics)
{
    std::optional<RunPlan> plan = planFromFiles(parser, diagnostics);
    if (plan && parser.isSet(u"judge-template"_qs)) {
        if (const auto t = JudgeTemplate::load(parser.value(u"judge-template"_qs), diagnostics))
            plan->judgeTemplate = t->text();
        else
            plan.reset();
    }
    return plan;
}

std::optional<RunPlan> planFromFiles(const QCommandLineParser &parser, Diagnostics &diagnostics)
{
    const CsvColumns columns = csvColumns(parser);
    if (parser.isSet(u"plan"_qs))
        return importFile(parser.value(u"plan"_qs), diagnostics, InputKind::Plan, columns).plan;
    RunPlan plan;
    for (const QString &path : parser.values(u"scenarios"_qs))
        plan.scenarios += importFile(path, diagnostics, InputKind::Scenarios, columns).scenarios;
    numberRepeatedScenarios(plan.scenarios, diagnostics); // a scenario repeated across two files
    for (const QString &path : parser.values(u"models"_qs))
        plan.models += importFile(path, diagnostics, InputKind::ModelProfiles).models;
    for (const QString &path : parser.values(u"judges"_qs))
        plan.judges += importFile(path, diagnostics, InputKind::JudgeProfiles).judges;
    if (parser.isSet(u"judge-questions"_qs))
        plan.criteria = importFile(parser.value(u"judge-questions"_qs), diagnostics, InputKind::JudgeQuestions).criteria;
    if (diagnostics.hasErrors())
        return std::nullopt;
    if (plan.scenarios.isEmpty())
        diagnostics.error(u"quorum-cli run"_qs, 0, tr("no scenarios: give --scenarios FILE or --plan FILE"));
    if (plan.models.isEmpty())
        diagnostics.error(u"quorum-cli run"_qs, 0, tr("no models: give --models FILE or --plan FILE"));
    return diagnostics.hasErrors() ? std::nullopt : std::optional<RunPlan>(plan);
}
} // namespace

void say(const QString &text)
{
    QTextStream(stderr) << text << Qt::flush;
}

QCommandLineOption databaseOption()
{
    return {u"db"_qs, tr("The run database file (default: %1).").arg(Store::defaultLocation()), u"PATH"_qs};
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_qs) ? parser.value(u"db"_qs) : Store::defaultLocation();
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (!parser.parse(arguments)) {
        say(command + u": "_qs + parser.errorText() + u'\n');
        return 64;
    }
    if (parser.isSet(u"help"_qs)) {
        QTextStream(stdout) << parser.helpText();
        return -1;
    }
    return 0;
}

Store::Opened openStoreAt(const QString &location)
{
    return Store::open(location, [lookup = OsKeychain::lookup()](const QString &account) { return lookup(account).secret; });
}

int openStore(const QCommandLineParser &parser, RunOptions &options, bool json, const QString &command)
{
    const Store::Opened opened = openStoreAt(databasePath(parser));
    if (!opened.store) {
        say(tr("%1: %2\n").arg(command, opened.error));
        return notRun(json, 1, opened.error);
    }
    options.store = opened.store;
    return 0;
}

QJsonArray problemsJson(const Diagnostics &problems)
{
    QJsonArray list;
    for (const Diagnostic &d : problems.sorted())
        list.append(QJsonObject{{u"file"_qs, d.file}, {u"line"_qs, d.line},
                                {u"severity"_qs, d.severity == Diagnostic::Severity::Error ? u"error"_qs : u"warning"_qs},
                                {u"message"_qs, d.message}});
    return list;
}

int notRun(bool json, int exitCode, const QString &error, const Diagnostics &problems)
{
    if (json)
        QTextStream(stdout) << QJsonDocument(QJsonObject{{u"status"_qs, u"not_run"_qs}, {u"exit_code"_qs, exitCode},
                                                         {u"error"_qs, error}, {u"problems"_qs, problemsJson(problems)}})
                                   .toJson(QJsonDocument::Indented);
    return exitCode;
}

void addCsvColumnOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"prompt-column"_qs, tr("The CSV column holding the prompt (default: text_prompt, prompt or input)."), u"NAME"_qs},
        {u"golden-column"_qs, tr("The CSV column holding the golden answer (default: golden_answer, expected_output, …)."), u"NAME"_qs},
        {u"image-column"_qs, tr("The CSV column holding an image path or URL (default: url_image, image or image_path)."), u"NAME"_qs},
        {u"task-type"_qs, tr("The task type of CSV rows that name none."), u"TEXT"_qs},
        {u"task-criteria"_qs, tr("The task criteria of CSV rows that name none."), u"TEXT"_qs},
    });
}

CsvColumns csvColumns(const QCommandLineParser &parser)
{
    return {parser.value(u"prompt-column"_qs), parser.value(u"golden-column"_qs), parser.value(u"image-column"_qs),
            parser.value(u"task-type"_qs), parser.value(u"task-criteria"_qs)};
}

// The command line's settings over the plan's: 0, or 64 when one is malformed (said on stderr).
static int applySettingOptions(const QCommandLineParser &parser, RunPlan &plan)
{
    RunSettings &s = plan.settings;
    auto intOption = [&](const char *name, int *target, int low, int high) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const int v = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || v < low || v > high) {
            say(tr("run: --%1 takes a whole number from %2 to %3\n").arg(QLatin1String(name)).arg(low).arg(high));
            return false;
        }
        *target = v;
        return true;
    };
    if (!intOption("parallel", &s.parallel, 1, 1024) || !intOption("invocations", &s.invocations, 1, 10000)
        || !intOption("experiments", &s.experiments, 1, 1000) || !intOption("temperature-variations", &s.temperatureVariations, 0, 8)
        || !intOption("max-output-tokens", &s.maxOutputTokens, 1, 1'000'000))
        return 64;
    s.vision = s.vision || parser.isSet(u"vision"_qs);
    if (parser.isSet(u"pass-threshold"_qs))
        s.passThreshold = parser.value(u"pass-threshold"_qs).toDouble();
    if (parser.isSet(u"budget"_qs))
        s.budgetUsd = parser.value(u"budget"_qs).toDouble();
    s.latencyOnly = s.latencyOnly || parser.isSet(u"latency-only"_qs);
    for (const QString &name : parser.values(u"scorer"_qs)) {
        if (!scorerFromName(name)) {
            say(tr("run: unknown scorer \"%1\"; use %2\n").arg(name, scorerNames().join(u", ")));
            return 64;
        }
        if (!s.scorers.contains(name))
            s.scorers << name;
    }
    s.streaming = s.streaming && !parser.isSet(u"no-stream"_qs);
    if (parser.isSet(u"prompt-optimization"_qs)) {
        const auto mode = promptOptimizationFromName(parser.value(u"prompt-optimization"_qs));
        if (!mode) {
            say(tr("run: --prompt-optimization takes none, optimize-only or evaluate-both\n"));
            return 64;
        }
        s.promptOptimization = *mode;
    }
    if (parser.isSet(u"name"_qs))
        plan.name = parser.value(u"name"_qs);
    return 0;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an evaluation (or resumes one) and stores every result as it completes.\n"
                                        "Exit 0 when the run completed (model errors are recorded, not fatal), 2 when the input "
                                        "has errors (nothing was called), 1 when the run could not run, 130 when interrupted, "
                                        "3 when --baseline finds a variant significantly worse than in the baseline."));
    parser.addOptions({
        {u"plan"_qs, tr("A Quorum plan file."), u"F"_qs},
        {u"scenarios"_qs, tr("Scenario file (JSONL or CSV); repeatable."), u"F"_qs},
        {u"models"_qs, tr("Model profiles (JSONL); repeatable."), u"F"_qs},
        {u"judges"_qs, tr("Judge profiles (JSONL); repeatable."), u"F"_qs},
        {u"judge-questions"_qs, tr("Judge questions with weighted criteria (JSON)."), u"F"_qs},
        {u"judge-template"_qs, tr("The judge prompt template (default: the built-in judge-v1; see resources/judge)."), u"F"_qs},
        databaseOption(),
        {u"name"_qs, tr("The run's name."), u"N"_qs},
        {u"parallel"_qs, tr("Concurrent calls per model variant."), u"N"_qs},
        {u"invocations"_qs, tr("Calls per scenario and variant."), u"N"_qs},
        {u"experiments"_qs, tr("Repeats of the whole plan."), u"N"_qs},
        {u"temperature-variations"_qs, tr("n: also run at base·(1 ± 0.25·k), k = 1 … n."), u"N"_qs},
        {u"pass-threshold"_qs, tr("Jury score (1–5) needed to pass."), u"X"_qs},
        {u"max-output-tokens"_qs, tr("The output-token cap of scenarios without expected_output_tokens (default 4500)."), u"N"_qs},
        {u"vision"_qs, tr("Send the scenarios' images (url_image) with their prompts; without it they are text only.")},
        {u"budget"_qs, tr("Stop cleanly once this many USD are spent."), u"USD"_qs},
        {u"latency-only"_qs, tr("No jury: measure latency, throughput and cost only.")},
        {u"no-access-check"_qs, tr("Skip the one-call check of every model and judge before the run.")},
        {u"drop-failing"_qs, tr("Run without the models and judges that fail the access check (default: stop).")},
        {u"scorer"_qs, tr("A deterministic scorer (exact, contains, regex, multiple_choice, final_number, valid_json); repeatable."), u"NAME"_qs},
        {u"no-stream"_qs, tr("Ask for whole answers (time to first token is then unknown).")},
        {u"prompt-optimization"_qs, tr("none, optimize-only or evaluate-both: rewrite prompts for Bedrock models with "
                                       "Bedrock's OptimizePrompt (evaluate-both adds \"_optimized\" variants)."), u"MODE"_qs},
        {u"resume"_qs, tr("Finish the missing work of a stored run. Work items that ended in an error count as done."), u"RUN_ID"_qs},
        {u"retry-errors"_qs, tr("With --resume: run the work items that ended in an error again (their failures stay in the run's events).")},
        {u"threads"_qs, tr("Worker threads (default 2)."), u"N"_qs},
        {u"json"_qs, tr("Print a JSON summary on stdout.")},
        {u"baseline"_qs, tr("After the run, compare it with this baseline (a pinned name or a run id) item by item; exit 3 on a "
                            "regression (see --correction, --level, --min-effect, --min-score-effect, --map)."), u"N|RUN_ID"_qs},
    });
    addComparisonOptions(parser, true);
    addCsvColumnOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        say(parser.errorText() + u'\n');
        return 64;
    }
    if (parser.isSet(u"help"_qs)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    const bool json = parser.isSet(u"json"_qs);
    RunOptions options;
    if (const int code = openStore(parser, options, json, u"run"_qs))
        return code;
    // The baseline is looked up before anything is called: a typo must not cost a run.
    qint64 baselineRunId = 0;
    QString baselineName;
    QHash<QString, QString> renames;
    BaselineRules rules;
    if (!comparisonOptions(parser, u"run"_qs, &renames, &rules))
        return 64;
    if (parser.isSet(u"baseline"_qs)) {
        RunsReader queries(*options.store);
        if (const int failed = resolveBaseline(queries, parser.value(u"baseline"_qs), &baselineRunId, &baselineName))
            return notRun(json, failed, tr("no such baseline: %1").arg(parser.value(u"baseline"_qs)));
    }
    options.keychain = OsKeychain::lookup();
    options.workerThreads = parser.isSet(u"threads"_qs) ? parser.value(u"threads"_qs).toInt() : 2;
    RunPlan plan;
    if (parser.isSet(u"resume"_qs)) {
        options.resumeRunId = parser.value(u"resume"_qs).toLongLong();
        options.retryErrors = parser.isSet(u"retry-errors"_qs);
        if (options.resumeRunId <= 0) {
            say(tr("run: --resume takes a run id (see quorum-cli runs)\n"));
            return 64;
        }
    } else {
        Diagnostics diagnostics;
        const std::optional<RunPlan> loaded = planFromArguments(parser, diagnostics);
        for (const Diagnostic &d : diagnostics.sorted())
            say(d.toString() + u'\n');
        if (!loaded)
            return notRun(json, 2, tr("the input has errors; nothing was called"), diagnostics);
        plan = *loaded;
        if (const int code = applySettingOptions(parser, plan))
            return code;
        if (plan.name.isEmpty())
            plan.name = tr("Run of %n model(s)", nullptr, int(plan.models.size()));
        if (const QString why = whyNotRunnable(plan); !why.isEmpty()) {
            say(tr("run: %1 (--judges FILE, --scorer NAME or --latency-only)\n").arg(why));
            return notRun(json, 2, why);
        }
    }
    std::optional<Preparing> preparing;
    if (options.resumeRunId <= 0)
        preparing = Preparing{!parser.isSet(u"no-access-check"_qs), parser.isSet(u"drop-failing"_qs)};
    if (baselineRunId == 0)
        return executeRun(plan, options, json, preparing);
    qint64 runId = 0;
    QJsonObject summary;
    const int code = executeRun(plan, options, json, preparing, &runId, &summary);
    if (code != 0) {
        if (json && !summary.isEmpty()) // else notRun printed its document
            printJson(summary);
        return code;
    }
    QJsonObject check;
    const int checked = checkBaseline(*options.store, baselineRunId, baselineName, runId, renames, rules, json ? &check : nullptr);
    if (json) {
        summary.insert(u"baseline_check"_qs, check);
        printJson(summary);
    }
    return checked;
}

namespace {
// The engine's RunPreparation with the command line's answers: what fails the access check is
// listed, and dropped only with --drop-failing; each step said on stderr.
RunPreparation preparation(const RunPlan &plan, const RunOptions &options, const Preparing &how, bool *listed)
{
    RunPreparation preparation;
    preparation.checkAccess = how.check;
    Diagnostics catalogProblems;
    preparation.catalog = std::make_shared<const ModelCatalog>(ModelCatalog::forUser(catalogProblems));
    preparation.staleAfterDays = CatalogText::staleDays();
    for (const Diagnostic &d : catalogProblems.sorted())
        say(d.toString() + u'\n');
    // What the catalog says against the plan (context windows, stale list prices), at each model's line.
    for (const Diagnostic &d : catalogWarnings(plan, *preparation.catalog, QDate::currentDate(), preparation.staleAfterDays).sorted())
        say(d.toString() + u'\n');
    preparation.environment = options.environment;
    preparation.keychain = options.keychain;
    preparation.progress = [](const QString &step) { say(step + u'\n'); };
    preparation.dropFailing = [drop = how.dropFailing, listed](const QList<AccessProblem> &problems, const RunPlan &) -> QCoro::Task<bool> {
        for (const AccessProblem &p : problems)
            say(u"  "_qs + ProgressText::accessProblem(p) + u'\n');
        *listed = true;
        if (!drop)
            say(tr("fix them, or pass --drop-failing to run without them\n"));
        co_return drop;
    };
    return preparation;
}

// What the preparation found, and the prepared plan's size and estimate.
void sayPrepared(const RunPreparation::Outcome &prepared, bool listed)
{
    if (!listed)
        for (const AccessProblem &p : prepared.problems)
            say(u"  "_qs + ProgressText::accessProblem(p) + u'\n');
    for (const QString &note : prepared.notes)
        say(u"  "_qs + note + u'\n');
    if (!prepared.plan) {
        say(prepared.error + u'\n');
        return;
    }
    const RunPlan &plan = *prepared.plan;
    const bool judgesOnly = plan.settings.answersFromRun != 0;
    const qsizetype withImages = std::count_if(plan.scenarios.cbegin(), plan.scenarios.cend(),
                                               [](const Scenario &sc) { return !sc.image.isEmpty(); });
    if (withImages > 0 && !plan.settings.vision && !judgesOnly)
        say(tr("%n scenario(s) have an image; it is sent only with --vision (or \"vision\": true in the plan's settings)\n",
               nullptr, int(withImages)));
    const WorkPlan work(plan);
    say(tr("%1 model calls and %2 judge calls").arg(judgesOnly ? 0 : work.modelCalls()).arg(work.judgeCalls()) + u"; "_qs
        + ProgressText::costEstimate(plan, work, QLocale::c())
        + (judgesOnly ? QString() : u"; "_qs + ProgressText::durationEstimate(plan, work, QLocale::c())) + u'\n');
}
} // namespace

int executeRun(const RunPlan &plan, const RunOptions &options, bool json, std::optional<Preparing> preparing, qint64 *runId,
               QJsonObject *summary)
{
    bool listed = false;
    RunSession session(options, preparing ? preparation(plan, options, *preparing, &listed) : RunPreparation());
    const bool terminal = ::isatty(STDERR_FILENO);
    QString notStarted;
    bool ended = false;
    RunStatus finalStatus = RunStatus::Failed;
    QString finalMessage;
    ProgressSnapshot last;
    qint64 id = 0;
    QObject::connect(&session, &RunSession::prepared, &session, [&](const RunPreparation::Outcome &prepared) {
        sayPrepared(prepared, listed);
        if (!prepared.plan) {
            notStarted = prepared.error;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&session, &RunSession::notStarted, &session, [&](const QString &error) {
        say(tr("run: %1\n").arg(error));
        notStarted = error;
        QCoreApplication::quit();
    });
    QElapsedTimer sinceLine;
    int interrupts = 0;
    QObject::connect(&session, &RunSession::started, &session, [&](RunController *controller) {
        id = controller->runId();
        if (options.resumeRunId > 0)
            say(tr("resuming run %1: %2 work items already stored%3\n").arg(controller->runId()).arg(controller->alreadyStored())
                    .arg(options.retryErrors ? tr(", %n failed one(s) to run again", nullptr, int(controller->retriedErrors())) : QString()));
        else
            say(tr("run %1 started\n").arg(controller->runId()));
        sinceLine.start();
        QObject::connect(controller, &RunController::progress, controller, [&](const ProgressSnapshot &s) {
            if (terminal)
                say(u'\r' + progressLine(s));
            else if (sinceLine.elapsed() >= 2000) {
                say(progressLine(s) + u'\n');
                sinceLine.restart();
            }
        });
        onInterrupt([&interrupts, controller] {
            if (++interrupts > 1)
                ::_exit(130); // a second Ctrl+C: stop now; stored results are safe
            say(tr("\nstopping: finishing the calls in flight (Ctrl+C again to quit at once)…\n"));
            controller->cancel();
        });
    });
    QObject::connect(&session, &RunSession::finished, &session, [&](RunController *controller, RunStatus status, const QString &message) {
        onInterrupt({});
        last = controller->snapshot();
        finalStatus = status;
        finalMessage = message;
        ended = true;
        QCoreApplication::quit();
    });
    // Submitted from the event loop: a preparation that ends at once (no key to check with) quits it.
    QTimer::singleShot(0, &session, [&] { session.submit({plan, options.resumeRunId, options.retryErrors, preparing.has_value()}); });
    QCoreApplication::exec();
    if (!ended)
        return notRun(json, 1, notStarted);
    if (runId)
        *runId = id;

    say((terminal ? u"\n"_qs : QString()) + progressLine(last) + u'\n');
    if (!finalMessage.isEmpty())
        say(finalMessage + u'\n');
    if (finalStatus == RunStatus::Cancelled)
        say(tr("run %1 stopped with %2 of %3 work items stored; finish it with: quorum-cli run --resume %1\n")
                .arg(id).arg(last.done).arg(last.total));
    else if (finalStatus == RunStatus::Completed)
        say(tr("run %1 completed: %2 work items, %3 failed, %4\n").arg(id).arg(last.total).arg(last.failed)
                .arg(Figures::usd(last.spendUsd, QLocale::c(), 4)));
    if (json) {
        QJsonObject errors;
        for (auto it = last.errorsByClass.cbegin(); it != last.errorsByClass.cend(); ++it)
            errors.insert(it.key(), it.value());
        const QJsonObject document{
            {u"run_id"_qs, id}, {u"status"_qs, runStatusName(finalStatus)}, {u"work_items"_qs, last.total},
            {u"stored"_qs, last.done}, {u"succeeded"_qs, last.done - last.failed}, {u"failed"_qs, last.failed},
            {u"errors_by_class"_qs, errors}, {u"judge_calls"_qs, last.judgeCalls}, {u"spend_usd"_qs, last.spendUsd},
            {u"duration_seconds"_qs, last.elapsedSeconds}};
        if (summary)
            *summary = document;
        else
            printJson(document);
    }
    return finalStatus == RunStatus::Completed ? 0 : finalStatus == RunStatus::Cancelled ? 130 : 1;
}

} // namespace Quorum::Cli
