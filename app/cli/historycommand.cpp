// quorum-cli history: a baseline's lineage, or the runs of one scenario set, figure by figure.
#include "clicommands.h"
#include "runexecution.h"
#include "texttable.h"

#include "analytics/trend.h"
#include "present/breakdowntables.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("quorum-cli", text); }
} // namespace

int history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Each variant's success rate and mean jury score (with 95 % intervals), TTFT p50 and cost per answer, run after run: "
           "for a baseline's lineage (the baseline's run, then every run checked against it) or for every run of the same "
           "scenarios as a run. Variants are matched by provider-qualified model id, region and tier."));
    const QCommandLineOption baselineOption(u"baseline"_qs, tr("A pinned baseline's name or run id: its lineage."), tr("N|RUN_ID"));
    const QCommandLineOption json(u"json"_qs, tr("Print one JSON document on stdout."));
    parser.addOptions({baselineOption, runOption(), databaseOption(), json});
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"history"_qs))
        return code < 0 ? 0 : code;
    if (parser.isSet(baselineOption) == parser.isSet(runOption())) {
        say(tr("history: give --baseline N (a lineage) or --run ID (the runs of its scenarios), one of them\n"));
        return 64;
    }
    Trend trend;
    if (parser.isSet(runOption())) {
        qint64 runId = 0;
        std::shared_ptr<const Store> store;
        if (const int failed = openRun(parser, u"history"_qs, &runId, &store))
            return failed;
        trend = scenarioSetTrend(store->location(), runId);
    } else {
        const Store::Opened opened = openStoreAt(databasePath(parser));
        if (!opened.store) {
            say(tr("history: %1\n").arg(opened.error));
            return 1;
        }
        RunsReader reader(*opened.store);
        qint64 runId = 0;
        QString name;
        if (const int failed = resolveBaseline(reader, parser.value(baselineOption), &runId, &name))
            return failed;
        trend = lineageTrend(opened.store->location(), runId, name);
    }
    if (!trend.error.isEmpty()) {
        say(tr("history: %1\n").arg(trend.error));
        return 1;
    }
    if (parser.isSet(json)) {
        printJson(trend.toJson());
        return 0;
    }
    const QLocale c = QLocale::c();
    QTextStream out(stdout);
    out << tr("%1: %2 runs\n").arg(trend.subject).arg(trend.runs.size());
    out << TextTable::fromCells(trendHeaders(), trendRows(trend, c), {2}).toString();
    return 0;
}

} // namespace Quorum::Cli
