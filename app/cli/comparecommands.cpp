// quorum-cli compare (two variants, or two runs, item by item) and baseline (pin, unpin, list,
// history), and the baseline check `run --baseline` ends with.
#include "clicommands.h"
#include "runexecution.h"
#include "texttable.h"

#include "analytics/flakiness.h"
#include "analytics/runcomparison.h"
#include "present/comparisontext.h"
#include "present/breakdowntables.h"
#include "present/figures.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("quorum-cli", text); }

const QCommandLineOption kMapOption(u"map"_qs, tr("A=B: variant A of the first run is B in the second (renamed); repeatable."), u"A=B"_qs);
const QCommandLineOption kCorrection(u"correction"_qs, tr("holm (default), bonferroni or none: how the p-values of many tests are adjusted."),
                                     u"NAME"_qs, u"holm"_qs);
const QCommandLineOption kLevel(u"level"_qs, tr("The false-alarm level of a check (default 0.05)."), u"ALPHA"_qs, u"0.05"_qs);
const QCommandLineOption kMinEffect(u"min-effect"_qs, tr("The least drop in success rate, in points, that is a regression (default 5)."),
                                    u"POINTS"_qs, u"5"_qs);
const QCommandLineOption kMinScoreEffect(u"min-score-effect"_qs,
                                         tr("The least drop in mean jury score that is a regression (default 0.25)."), u"X"_qs, u"0.25"_qs);
const QCommandLineOption kJson(u"json"_qs, tr("Print one JSON document on stdout."));

// The items that changed, one line each, with the start of both answers.
void printChangedItems(QTextStream &out, const ItemComparison &c, ComparedItem::Change which, const QString &heading)
{
    const QLocale locale = QLocale::c();
    QStringList lines;
    for (const ComparedItem &i : c.lined)
        if (i.change == which)
            lines << tr("  %1\n    A: %2\n    B: %3\n").arg(Summaries::itemName(i, locale), i.a.answerStart.left(100), i.b.answerStart.left(100));
    if (lines.isEmpty())
        return;
    out << heading.arg(lines.size()) << u'\n' << lines.join(QString());
}

void printComparison(QTextStream &out, const ItemComparison &c, bool listItems)
{
    for (const QString &line : Summaries::comparisonLines(c, QLocale::c()))
        out << line << u'\n';
    if (listItems) {
        printChangedItems(out, c, ComparedItem::Change::Broke, tr("passed in A, failed in B (%1):"));
        printChangedItems(out, c, ComparedItem::Change::Fixed, tr("failed in A, passed in B (%1):"));
    }
}

bool number(const QCommandLineParser &parser, const QCommandLineOption &option, double low, double high, double *value)
{
    bool ok = false;
    *value = parser.value(option).toDouble(&ok);
    if (ok && *value >= low && *value <= high)
        return true;
    say(tr("--%1 takes a number from %2 to %3\n").arg(option.names().first()).arg(low).arg(high));
    return false;
}
} // namespace

void addComparisonOptions(QCommandLineParser &parser, bool baselineRules)
{
    parser.addOption(kMapOption);
    if (baselineRules)
        parser.addOptions({kCorrection, kLevel, kMinEffect, kMinScoreEffect});
}

bool comparisonOptions(const QCommandLineParser &parser, const QString &command, QHash<QString, QString> *renames, BaselineRules *rules)
{
    for (const QString &pair : parser.values(kMapOption)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1) {
            say(tr("%1: --map takes A=B (a variant of the first run, then its name in the second), not \"%2\"\n").arg(command, pair));
            return false;
        }
        renames->insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!rules)
        return true;
    const auto correction = correctionFromName(parser.value(kCorrection));
    if (!correction) {
        say(tr("%1: --correction takes holm, bonferroni or none\n").arg(command));
        return false;
    }
    rules->correction = *correction;
    double points = 0;
    if (!number(parser, kLevel, 0.0001, 0.5, &rules->level) || !number(parser, kMinEffect, 0, 100, &points)
        || !number(parser, kMinScoreEffect, 0, 100, &rules->minScoreDrop))
        return false;
    rules->minSuccessDrop = points / 100;
    return true;
}

int resolveBaseline(RunsReader &queries, const QString &reference, qint64 *runId, QString *name)
{
    const QList<BaselineInfo> pinned = queries.baselines();
    for (const BaselineInfo &b : pinned)
        if (b.name == reference) {
            *runId = b.runId;
            *name = b.name;
            return 0;
        }
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        for (const RunSummary &r : queries.runs())
            if (r.id == id) {
                *runId = id;
                name->clear();
                return 0;
            }
        say(tr("baseline: there is no run %1 in this store\n").arg(id));
        return 1;
    }
    QStringList names;
    for (const BaselineInfo &b : pinned)
        names << b.name;
    say(names.isEmpty() ? tr("baseline: no baseline is named \"%1\"; none is pinned (quorum-cli baseline pin RUN_ID --name N)\n").arg(reference)
                        : tr("baseline: no baseline is named \"%1\"; pinned: %2\n").arg(reference, names.join(u", ")));
    return 1;
}

int checkBaseline(const Store &store, qint64 baselineRunId, const QString &baselineName, qint64 runId,
                  const QHash<QString, QString> &renames, const BaselineRules &rules, QJsonObject *out)
{
    QString error;
    ComparisonOptions options;
    options.level = rules.level;
    auto comparison = compareRuns(store.location(), baselineRunId, runId, renames, &error, options);
    if (!comparison) {
        say(tr("baseline: %1\n").arg(error));
        return 1;
    }
    const BaselineCheck check = checkAgainstBaseline(std::move(*comparison), rules);
    const QJsonObject json = check.toJson();
    if (out) {
        *out = json;
    } else {
        QTextStream text(stdout);
        text << tr("against baseline %1 (run %2):\n").arg(baselineName.isEmpty() ? tr("run %1").arg(baselineRunId) : baselineName).arg(baselineRunId);
        for (const RunComparison::Variant &v : check.comparison.variants) {
            printComparison(text, v.items, false);
            if (std::any_of(check.tests.cbegin(), check.tests.cend(), [&](const BaselineCheck::Test &t) { return t.regression && t.variant == v.b.label; }))
                printChangedItems(text, v.items, ComparedItem::Change::Broke, tr("regressions of %1: passed in the baseline, failed now (%2):").arg(v.b.label, u"%1"_qs));
            text << u'\n';
        }
        for (const QString &label : check.comparison.onlyInA)
            text << tr("only in the baseline: %1\n").arg(label);
        for (const QString &label : check.comparison.onlyInB)
            text << tr("not in the baseline: %1\n").arg(label);
        for (const QString &line : Summaries::baselineLines(check, QLocale::c()))
            text << line << u'\n';
    }
    const int regressions = int(std::count_if(check.tests.cbegin(), check.tests.cend(), [](const BaselineCheck::Test &t) { return t.regression; }));
    if (const QString e = store.write({BaselineCheckRecord{runId, baselineRunId, baselineName, QDateTime::currentMSecsSinceEpoch(),
                                                           regressions, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}});
        !e.isEmpty())
        say(tr("baseline: the check could not be recorded: %1\n").arg(e));
    return regressions > 0 ? 3 : 0;
}

int compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares item by item, on the scenarios both sides answered: success rate and mean jury score with 95 % paired-bootstrap "
           "intervals, McNemar's exact test on the items whose verdict changed, and a verdict (better, worse, no detectable "
           "difference). Every difference is B − A.\n"
           "  compare --run ID A B              variant B against variant A of one run\n"
           "  compare --run ID --against ID0    every variant of run ID against the same variant of run ID0\n"
           "  compare --run ID --against ID0 A B  variant B of run ID against variant A of run ID0"));
    const QCommandLineOption against(u"against"_qs, tr("The run to compare with (side A); --run is side B."), u"RUN_ID"_qs);
    const QCommandLineOption taskType(u"task-type"_qs, tr("Compare on the scenarios of this task type only."), u"T"_qs);
    const QCommandLineOption items(u"items"_qs, tr("List the items whose verdict changed, with the start of both answers."));
    parser.addOptions({runOption(), databaseOption(), kJson, against, taskType, items});
    addComparisonOptions(parser, false);
    parser.addPositionalArgument(u"A"_qs, tr("A variant: its leaderboard label (model@region#tier) or model id."), u"[A"_qs);
    parser.addPositionalArgument(u"B"_qs, tr("The variant compared with it."), u"B]"_qs);
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"compare"_qs))
        return code < 0 ? 0 : code;
    const QStringList variants = parser.positionalArguments();
    if (variants.size() == 1 || variants.size() > 2 || (variants.isEmpty() && !parser.isSet(against))) {
        say(tr("compare: name two variants, or give --against RUN_ID to compare whole runs\n"));
        return 64;
    }
    QHash<QString, QString> renames;
    if (!comparisonOptions(parser, u"compare"_qs, &renames, nullptr))
        return 64;
    qint64 runB = 0;
    std::shared_ptr<const Store> store;
    if (const int failed = openRun(parser, u"compare"_qs, &runB, &store))
        return failed;
    qint64 runA = runB;
    if (parser.isSet(against)) {
        runA = parser.value(against).toLongLong();
        if (runA <= 0) {
            say(tr("compare: --against takes a run id (see quorum-cli runs)\n"));
            return 64;
        }
    }
    const QString reader = store->location();
    QString error;
    QTextStream out(stdout);
    if (variants.size() == 2) {
        const auto c = compareVariantItems(reader, runA, variants.at(0), runB, variants.at(1), &error, parser.value(taskType));
        if (!c) {
            say(tr("compare: %1\n").arg(error));
            return 1;
        }
        if (parser.isSet(kJson))
            printJson(c->toJson(parser.isSet(items)));
        else
            printComparison(out, *c, parser.isSet(items));
        return 0;
    }
    if (parser.isSet(taskType)) {
        say(tr("compare: --task-type needs two variants named\n"));
        return 64;
    }
    const auto runs = compareRuns(reader, runA, runB, renames, &error);
    if (!runs) {
        say(tr("compare: %1\n").arg(error));
        return 1;
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const RunComparison::Variant &v : runs->variants)
            list.append(v.items.toJson(parser.isSet(items)));
        printJson(QJsonObject{{u"run_a"_qs, runA}, {u"run_b"_qs, runB}, {u"variants"_qs, list},
                              {u"only_in_a"_qs, QJsonArray::fromStringList(runs->onlyInA)},
                              {u"only_in_b"_qs, QJsonArray::fromStringList(runs->onlyInB)}});
        return 0;
    }
    for (const RunComparison::Variant &v : runs->variants) {
        printComparison(out, v.items, parser.isSet(items));
        out << u'\n';
    }
    for (const QString &label : runs->onlyInA)
        out << tr("only in run %1: %2\n").arg(runA).arg(label);
    for (const QString &label : runs->onlyInB)
        out << tr("only in run %1: %2\n").arg(runB).arg(label);
    return 0;
}

int baseline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("pin RUN_ID --name N: pin a run as the baseline N (pinning N again moves it).\n"
                                        "unpin N: forget the baseline N (its run stays).\n"
                                        "list: the pinned baselines.\n"
                                        "history N|RUN_ID: the runs checked against a baseline, oldest first."));
    const QCommandLineOption name(u"name"_qs, tr("The baseline's name."), u"N"_qs);
    parser.addOptions({databaseOption(), kJson, name});
    parser.addPositionalArgument(u"action"_qs, tr("pin, unpin, list or history"));
    parser.addPositionalArgument(u"argument"_qs, tr("the run id (pin) or the baseline's name"), u"[ARG]"_qs);
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"baseline"_qs))
        return code < 0 ? 0 : code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, u"list"_qs);
    if (!QStringList{u"pin"_qs, u"unpin"_qs, u"list"_qs, u"history"_qs}.contains(action)) {
        say(tr("baseline: the action is pin, unpin, list or history, not \"%1\"\n").arg(action));
        return 64;
    }
    const Store::Opened opened = openStoreAt(databasePath(parser));
    if (!opened.store) {
        say(tr("baseline: %1\n").arg(opened.error));
        return 1;
    }
    RunsReader reader(*opened.store);
    const QLocale c = QLocale::c();
    if (action == u"list") {
        const QList<BaselineInfo> pinned = reader.baselines();
        if (parser.isSet(kJson)) {
            QJsonArray list;
            for (const BaselineInfo &b : pinned)
                list.append(QJsonObject{{u"name"_qs, b.name}, {u"run_id"_qs, b.runId}, {u"pinned_at"_qs, b.pinnedAt}, {u"pinned_by"_qs, b.pinnedBy}});
            printJson(list);
            return 0;
        }
        TextTable table({{tr("baseline"), TextTable::Align::Left}, {tr("run"), TextTable::Align::Right},
                         {tr("pinned"), TextTable::Align::Left}, {tr("by"), TextTable::Align::Left}});
        for (const BaselineInfo &b : pinned)
            table.addRow({b.name, QString::number(b.runId), Figures::moment(b.pinnedAt), b.pinnedBy});
        QTextStream(stdout) << (pinned.isEmpty() ? tr("no baseline is pinned (quorum-cli baseline pin RUN_ID --name N)\n") : table.toString());
        return 0;
    }
    if (action == u"history") {
        qint64 runId = 0;
        QString baselineName;
        if (const int failed = resolveBaseline(reader, args.value(1), &runId, &baselineName))
            return failed;
        const QList<BaselineCheckRow> checks = reader.baselineChecks(runId);
        if (parser.isSet(kJson)) {
            QJsonArray list;
            for (const BaselineCheckRow &r : checks)
                list.append(QJsonObject{{u"run_id"_qs, r.runId}, {u"checked_at"_qs, r.checkedAt}, {u"regressions"_qs, r.regressions},
                                        {u"as"_qs, r.baselineName}});
            printJson(QJsonObject{{u"baseline_run_id"_qs, runId}, {u"checks"_qs, list}});
            return 0;
        }
        TextTable table({{tr("run"), TextTable::Align::Right}, {tr("checked"), TextTable::Align::Left},
                         {tr("regressions"), TextTable::Align::Right}});
        for (const BaselineCheckRow &r : checks)
            table.addRow({QString::number(r.runId), Figures::moment(r.checkedAt),
                          Figures::count(r.regressions, c)});
        QTextStream(stdout) << (checks.isEmpty() ? tr("no run has been checked against run %1 yet\n").arg(runId) : table.toString());
        return 0;
    }
    BaselinePin pin;
    if (action == u"pin") {
        pin.name = parser.value(name).trimmed();
        bool ok = false;
        pin.runId = args.value(1).toLongLong(&ok);
        if (!ok || pin.runId <= 0 || pin.name.isEmpty()) {
            say(tr("baseline pin: give a run id and --name N\n"));
            return 64;
        }
        QString unused;
        if (const int failed = resolveBaseline(reader, QString::number(pin.runId), &pin.runId, &unused))
            return failed;
        pin.pinnedAt = QDateTime::currentMSecsSinceEpoch();
        pin.pinnedBy = osUserName();
    } else {
        pin.name = args.value(1);
        qint64 runId = 0;
        QString found;
        if (pin.name.isEmpty() || pin.name.toLongLong() > 0) {
            say(tr("baseline unpin: give the baseline's name\n"));
            return 64;
        }
        if (const int failed = resolveBaseline(reader, pin.name, &runId, &found))
            return failed;
    }
    if (const QString e = opened.store->write({pin}); !e.isEmpty()) {
        say(tr("baseline: %1\n").arg(e));
        return 1;
    }
    say(action == u"pin" ? tr("run %1 is the baseline \"%2\"\n").arg(pin.runId).arg(pin.name) : tr("baseline \"%1\" unpinned\n").arg(pin.name));
    return 0;
}

int flaky(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Repeats of a run: per variant, over the scenarios answered at least twice at one temperature "
                                        "(invocations or experiments), pass@1 (the share of repeats passed) beside pass^k (the share "
                                        "of scenarios whose every repeat passed), and the scenarios whose verdict flips."));
    parser.addOptions({runOption(), databaseOption(), kJson});
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"flaky"_qs))
        return code < 0 ? 0 : code;
    qint64 runId = 0;
    std::shared_ptr<const Store> store;
    if (const int failed = openRun(parser, u"flaky"_qs, &runId, &store))
        return failed;
    QString error;
    const QList<VariantFlakiness> variants = flakiness(store->location(), runId, &error);
    if (!error.isEmpty() || variants.isEmpty()) {
        say(tr("flaky: %1\n").arg(error.isEmpty() ? tr("run %1 has no variants").arg(runId) : error));
        return 1;
    }
    const QLocale c = QLocale::c();
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const VariantFlakiness &v : variants) {
            QJsonArray flakyList;
            for (const FlakyScenario &s : v.flaky)
                flakyList.append(QJsonObject{{u"scenario"_qs, s.scenarioKey}, {u"task_type"_qs, s.taskType}, {u"temperature"_qs, s.temperature},
                                             {u"repeats"_qs, s.repeats}, {u"passed"_qs, s.passed}});
            QJsonObject o{{u"variant"_qs, v.variant.label}, {u"flaky_scenarios"_qs, flakyList}};
            o.insert(u"repeated_scenarios"_qs, v.summary ? v.summary->scenarios : 0);
            o.insert(u"pass_at_1"_qs, v.summary ? QJsonValue(v.summary->passAt1) : QJsonValue());
            o.insert(u"pass_all_k"_qs, v.summary ? QJsonValue(v.summary->passAllK) : QJsonValue());
            list.append(o);
        }
        printJson(QJsonObject{{u"run_id"_qs, runId}, {u"variants"_qs, list}});
        return 0;
    }
    QTextStream out(stdout);
    out << TextTable::fromCells(flakinessHeaders(), flakinessRows(variants, c)).toString();
    for (const VariantFlakiness &v : variants)
        for (const FlakyScenario &s : v.flaky)
            out << tr("flaky: %1 on %2 (%3, temperature %4): passed %5 of %6\n")
                       .arg(v.variant.label, s.scenarioKey, s.taskType, Figures::decimal(s.temperature, c, 2))
                       .arg(s.passed).arg(s.repeats);
    if (std::none_of(variants.cbegin(), variants.cend(), [](const VariantFlakiness &v) { return v.summary.has_value(); }))
        out << tr("no scenario was answered more than once at one temperature (--invocations N or --experiments N repeat them)\n");
    return 0;
}

} // namespace Quorum::Cli
