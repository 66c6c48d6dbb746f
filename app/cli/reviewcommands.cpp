// quorum-cli override (set, withdraw, list, history, export, import), review (the queue) and
// agreement (judges against people).
#include "clicommands.h"
#include "runexecution.h"
#include "texttable.h"

#include "analytics/review.h"
#include "present/figures.h"
#include "present/invocationmodel.h"
#include "present/reviewtext.h"
#include "storage/overridetransfer.h"
#include "storage/invocationreader.h"
#include "storage/overridereader.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <array>

namespace Quorum::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("quorum-cli", text); }

const QCommandLineOption kJson(u"json"_qs, tr("Print one JSON document on stdout."));

// Stores `records` through the store's writer; 0 when stored, else 1 (said why).
int store(const Store &store, const QList<OverrideRecord> &records, const QString &command)
{
    QList<WriteOp> ops;
    for (const OverrideRecord &r : records)
        ops << r;
    if (const QString e = store.write(ops); !e.isEmpty()) {
        say(tr("%1: %2\n").arg(command, e));
        return 1;
    }
    return 0;
}

// "4,5,3,4,4,5": the six dimension scores, or none.
bool dimensionScores(const QString &text, std::array<std::optional<int>, 6> *scores)
{
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(u',');
    if (parts.size() != 6)
        return false;
    for (int d = 0; d < 6; ++d) {
        bool ok = false;
        (*scores)[size_t(d)] = parts.at(d).trimmed().toInt(&ok);
        if (!ok)
            return false;
    }
    return true;
}

int overrideSet(const QCommandLineParser &parser, const QStringList &args, const Store &target)
{
    InvocationReader reader(target);
    bool ok = false;
    const qint64 item = args.value(1).toLongLong(&ok);
    const int verdicts = int(parser.isSet(u"pass"_qs)) + int(parser.isSet(u"fail"_qs)) + int(parser.isSet(u"withdraw"_qs));
    if (!ok || item <= 0 || verdicts != 1) {
        say(tr("override set: give an item (its invocation id, as the drill-down and export show it) and one of --pass, --fail, --withdraw\n"));
        return 64;
    }
    std::array<std::optional<int>, 6> scores;
    if (!dimensionScores(parser.value(u"scores"_qs), &scores)) {
        say(tr("override set: --scores takes six whole numbers from 1 to 5, comma-separated (correctness, completeness, relevance, "
               "format, coherence, following instructions)\n"));
        return 64;
    }
    const std::optional<InvocationDetail> detail = reader.invocation(item);
    if (!detail) {
        say(tr("override set: %1\n").arg(reader.error().isEmpty() ? tr("there is no item %1 in %2").arg(item).arg(target.displayedLocation())
                                                                   : reader.error()));
        return 1;
    }
    const std::optional<bool> passed = parser.isSet(u"withdraw"_qs) ? std::nullopt : std::optional<bool>(parser.isSet(u"pass"_qs));
    OverrideRecord record;
    if (const QString why = Review::makeOverride(detail->runId, detail->row, passed, scores, parser.value(u"reason"_qs), &record);
        !why.isEmpty()) {
        say(tr("override set: item %1: %2\n").arg(item).arg(why));
        return 2;
    }
    if (const int failed = store(target, {record}, u"override set"_qs))
        return failed;
    const std::optional<bool> jury = detail->row.juryOwnPass;
    say(passed ? tr("item %1 is now %2 (the jury: %3)\n").arg(item).arg(Figures::verdict(passed), Figures::verdict(jury))
               : tr("item %1: override withdrawn, the jury's verdict counts\n").arg(item));
    return 0;
}
} // namespace

int overrides(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("People's verdicts over the jury's. set ITEM --pass|--fail|--withdraw --reason TEXT [--scores 4,5,3,4,4,5]; "
           "list --run ID; history ITEM; export --run ID [--output FILE]; import FILE --run ID. The jury's verdicts are never "
           "changed; every figure counts the newest override of an item (quorum-cli leaderboard --jury-only leaves them out)."));
    parser.addPositionalArgument(u"action"_qs, tr("set, list, history, export or import"));
    parser.addOptions({runOption(), databaseOption(), kJson,
                       QCommandLineOption(u"pass"_qs, tr("The item passes.")), QCommandLineOption(u"fail"_qs, tr("The item fails.")),
                       QCommandLineOption(u"withdraw"_qs, tr("Withdraw the item's override: the jury's verdict counts again.")),
                       QCommandLineOption(u"reason"_qs, tr("Why (stored with the verdict)."), u"TEXT"_qs),
                       QCommandLineOption(u"scores"_qs, tr("The six dimension scores, 1–5: the item's score becomes their mean."), u"LIST"_qs),
                       QCommandLineOption(u"output"_qs, tr("export: the JSONL file to write (default: stdout)."), u"FILE"_qs)});
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"override"_qs))
        return code < 0 ? 0 : code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"set" || action == u"history") {
        const Store::Opened opened = openStoreAt(databasePath(parser));
        if (!opened.store) {
            say(tr("override: %1\n").arg(opened.error));
            return 1;
        }
        if (action == u"set")
            return overrideSet(parser, args, *opened.store);
        OverrideReader reader(*opened.store);
        const QList<OverrideRecord> edits = reader.overrideHistory(args.value(1).toLongLong());
        if (!reader.error().isEmpty()) {
            say(tr("override history: %1\n").arg(reader.error()));
            return 1;
        }
        QTextStream out(stdout);
        for (const OverrideRecord &e : edits)
            out << Summaries::overrideEditLine(e, QLocale::c()) << u'\n';
        if (edits.isEmpty())
            out << tr("item %1 has never been overridden\n").arg(args.value(1));
        return 0;
    }
    if (action != u"list" && action != u"export" && action != u"import") {
        say(tr("override: the action is set, list, history, export or import\n"));
        return 64;
    }
    qint64 runId = 0;
    std::shared_ptr<const Store> target;
    if (const int failed = openRun(parser, u"override"_qs, &runId, &target))
        return failed;
    InvocationReader reader(*target);
    OverrideReader overrides(*target);
    if (action == u"export") {
        QFile file(parser.value(u"output"_qs));
        const bool toFile = parser.isSet(u"output"_qs);
        if (toFile ? !file.open(QIODevice::WriteOnly | QIODevice::Truncate) : !file.open(stdout, QIODevice::WriteOnly)) {
            say(tr("override export: %1: %2\n").arg(file.fileName(), file.errorString()));
            return 1;
        }
        qint64 rows = 0;
        if (const QString e = OverrideTransfer::write(overrides, runId, file, &rows); !e.isEmpty()) {
            say(tr("override export: %1\n").arg(e));
            return 1;
        }
        if (toFile)
            say(tr("%1 overrides of run %2 written to %3\n").arg(rows).arg(runId).arg(file.fileName()));
        return 0;
    }
    if (action == u"import") {
        QFile file(args.value(1));
        if (args.value(1).isEmpty() || !file.open(QIODevice::ReadOnly)) {
            say(tr("override import: %1\n").arg(args.value(1).isEmpty() ? tr("name the JSONL file to import") : file.errorString()));
            return args.value(1).isEmpty() ? 64 : 1;
        }
        Diagnostics diagnostics;
        const QList<OverrideRecord> records = OverrideTransfer::read(overrides, runId, file, args.value(1), &diagnostics);
        for (const Diagnostic &d : diagnostics.sorted())
            say(d.toString() + u'\n');
        if (diagnostics.hasErrors()) {
            say(tr("override import: nothing was imported\n"));
            return 2;
        }
        if (const int failed = store(*target, records, u"override import"_qs))
            return failed;
        say(tr("%1 overrides applied to run %2, %3 left out\n").arg(records.size()).arg(runId).arg(diagnostics.warningCount()));
        return 0;
    }
    // list: the items an override counts for, with the jury's verdict beside it.
    InvocationFilter filter;
    filter.overriddenOnly = true;
    filter.limit = 1000000;
    const QList<InvocationRow> rows = reader.invocations(runId, filter);
    if (!reader.error().isEmpty()) {
        say(tr("override list: %1\n").arg(reader.error()));
        return 1;
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const InvocationRow &r : rows) {
            const QList<OverrideRecord> edits = overrides.overrideHistory(r.id);
            const OverrideRecord &last = edits.constLast();
            list.append(QJsonObject{{u"item"_qs, r.id}, {u"scenario"_qs, r.scenarioKey}, {u"passed"_qs, r.juryPass.value_or(false)},
                                    {u"score"_qs, r.juryScore ? QJsonValue(*r.juryScore) : QJsonValue()},
                                    {u"jury_passed"_qs, r.juryOwnPass ? QJsonValue(*r.juryOwnPass) : QJsonValue()},
                                    {u"reason"_qs, last.reason}, {u"author"_qs, last.author}, {u"at_ms"_qs, last.at},
                                    {u"edits"_qs, edits.size()}});
        }
        printJson(QJsonObject{{u"run_id"_qs, runId}, {u"overrides"_qs, list}});
        return 0;
    }
    TextTable table({{tr("item"), TextTable::Align::Right}, {tr("scenario"), TextTable::Align::Left},
                     {tr("verdict"), TextTable::Align::Left}, {tr("last edit"), TextTable::Align::Left}});
    for (const InvocationRow &r : rows)
        table.addRow({QString::number(r.id), r.scenarioKey, InvocationTableModel::verdictText(r),
                      Summaries::overrideEditLine(overrides.overrideHistory(r.id).constLast(), QLocale::c())});
    QTextStream(stdout) << (rows.isEmpty() ? tr("run %1 has no overrides\n").arg(runId) : table.toString());
    return 0;
}

int review(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A run's review queue: disputed items first, then those a judge failed on, then a "
                                        "calibration sample of the rest; items already overridden are left out."));
    const QCommandLineOption sample(u"sample"_qs, tr("How many items the calibration sample holds (default 20)."), u"N"_qs, u"20"_qs);
    parser.addOptions({runOption(), databaseOption(), kJson, sample});
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"review"_qs))
        return code < 0 ? 0 : code;
    qint64 runId = 0;
    std::shared_ptr<const Store> target;
    if (const int failed = openRun(parser, u"review"_qs, &runId, &target))
        return failed;
    InvocationReader reader(*target);
    QString error;
    const QList<Review::QueueItem> queue = Review::reviewQueue(reader, runId, -1, parser.value(sample).toInt(), &error);
    if (!error.isEmpty()) {
        say(tr("review: %1\n").arg(error));
        return 1;
    }
    if (parser.isSet(kJson)) {
        QJsonArray list;
        for (const Review::QueueItem &q : queue)
            list.append(QJsonObject{{u"item"_qs, q.row.id}, {u"scenario"_qs, q.row.scenarioKey}, {u"why"_qs, Review::whyName(q.why)},
                                    {u"passed"_qs, q.row.juryPass ? QJsonValue(*q.row.juryPass) : QJsonValue()}});
        printJson(QJsonObject{{u"run_id"_qs, runId}, {u"queue"_qs, list}});
        return 0;
    }
    TextTable table({{tr("item"), TextTable::Align::Right}, {tr("why"), TextTable::Align::Left},
                     {tr("scenario"), TextTable::Align::Left}, {tr("jury"), TextTable::Align::Left},
                     {tr("answer"), TextTable::Align::Left}});
    for (const Review::QueueItem &q : queue)
        table.addRow({QString::number(q.row.id), Review::whyName(q.why), q.row.scenarioKey, InvocationTableModel::verdictText(q.row),
                      q.row.answerStart.left(60)});
    QTextStream(stdout) << table.toString();
    return 0;
}

int agreement(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("How well each judge, and the jury, agree with people's overrides: agreement rate, "
                                        "Cohen's kappa and the pass/fail confusion matrix."));
    parser.addOptions({runOption(), databaseOption(), kJson});
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"agreement"_qs))
        return code < 0 ? 0 : code;
    qint64 runId = 0;
    std::shared_ptr<const Store> target;
    if (const int failed = openRun(parser, u"agreement"_qs, &runId, &target))
        return failed;
    const RunReadout readout = RunReadout::read(*target, runId);
    const QString error = readout.error;
    const QList<Review::Agreement> list = Review::humanAgreement(readout);
    if (!error.isEmpty()) {
        say(tr("agreement: %1\n").arg(error));
        return 1;
    }
    if (parser.isSet(kJson)) {
        QJsonArray rows;
        for (const Review::Agreement &a : list) {
            const auto kappa = a.kappa();
            const auto rate = a.rate();
            rows.append(QJsonObject{{u"rater"_qs, a.label}, {u"jury"_qs, a.judgeId < 0}, {u"items"_qs, a.items()},
                                    {u"agreement"_qs, rate ? QJsonValue(*rate) : QJsonValue()},
                                    {u"cohens_kappa"_qs, kappa ? QJsonValue(*kappa) : QJsonValue()},
                                    {u"confusion"_qs, QJsonObject{{u"both_pass"_qs, a.bothPass}, {u"judge_pass_people_fail"_qs, a.judgeOnlyPass},
                                                                  {u"judge_fail_people_pass"_qs, a.peopleOnlyPass}, {u"both_fail"_qs, a.bothFail}}}});
        }
        printJson(QJsonObject{{u"run_id"_qs, runId}, {u"agreement"_qs, rows}});
        return 0;
    }
    QTextStream out(stdout);
    for (const QString &line : Summaries::agreementLines(list, QLocale::c()))
        out << line << u'\n';
    return 0;
}

} // namespace Quorum::Cli
