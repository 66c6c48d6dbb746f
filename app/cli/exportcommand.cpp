// quorum-cli export: a stored run for scripts, streamed to a file or standard output.
#include "clicommands.h"
#include "runexecution.h"

#include "storage/runexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Quorum::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("quorum-cli", text);
}
} // namespace

int exportRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a stored run for scripts: one row per invocation with every stored field and each "
                                        "judge's scores (or, with --verdicts, one row per judge x dimension), streamed."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(u"format"_qs, tr("csv (a header, then a row each) or jsonl (an object a line)."), u"F"_qs,
                                          u"csv"_qs);
    const QCommandLineOption outOption(u"out"_qs, tr("Write here instead of standard output."), u"FILE"_qs);
    const QCommandLineOption verdictsOption(u"verdicts"_qs, tr("The verdicts in long form: one row per judge x dimension."));
    parser.addOptions({runOption(), databaseOption(), formatOption, outOption, verdictsOption, juryOnlyOption()});
    if (const int code = parseArguments(parser, arguments, u"export"_qs); code != 0)
        return code < 0 ? 0 : code;
    QTextStream err(stderr);
    const QString format = parser.value(formatOption);
    if (format != u"csv" && format != u"jsonl") {
        err << tr("export: --format is csv or jsonl\n");
        return 64;
    }
    qint64 runId = 0;
    std::shared_ptr<const Store> store;
    if (const int failed = openRun(parser, u"export"_qs, &runId, &store))
        return failed;
    RunExport e;
    e.format = format == u"jsonl" ? RunExport::Format::Jsonl : RunExport::Format::Csv;
    e.shape = parser.isSet(verdictsOption) ? RunExport::Shape::Verdicts : RunExport::Shape::Invocations;
    e.juryOnly = parser.isSet(juryOnlyOption());
    qint64 rows = 0;
    QString error;
    if (parser.isSet(outOption)) {
        QSaveFile file(parser.value(outOption)); // all or nothing: a failed export leaves no half file
        if (!file.open(QIODevice::WriteOnly)) {
            err << tr("export: cannot write %1: %2\n").arg(file.fileName(), file.errorString());
            return 1;
        }
        error = e.write(*store, runId, file, &rows);
        if (error.isEmpty() && !file.commit())
            error = file.errorString();
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            err << tr("export: cannot write to standard output\n");
            return 1;
        }
        error = e.write(*store, runId, out, &rows);
    }
    if (!error.isEmpty()) {
        err << tr("export: %1\n").arg(error);
        return 1;
    }
    err << tr("exported %1 rows of run %2\n").arg(rows).arg(runId);
    return 0;
}

} // namespace Quorum::Cli
