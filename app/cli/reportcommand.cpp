// quorum-cli report: a run's report as a file, offscreen (no display needed).
#include "clicommands.h"
#include "runexecution.h"

#include "report/htmlreport.h"
#include "report/reportdata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("quorum-cli", text);
}
} // namespace

int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a run's report: the summary computed from the data (no model is asked), the "
                                        "leaderboard, latency, cost, quality, regions, temperature, jury health, errors and a "
                                        "sample of invocations, with the window's charts."));
    const QCommandLineOption htmlOption(u"html"_qs, tr("Write the report as one self-contained HTML file."), u"FILE"_qs);
    const QCommandLineOption sampleOption(u"sample"_qs, tr("Invocations shown whole in the appendix (default 50; 'all' for every one)."),
                                          u"N"_qs, u"50"_qs);
    parser.addHelpOption();
    parser.addOptions({runOption(), databaseOption(), htmlOption, sampleOption});
    if (const int code = parseArguments(parser, arguments, u"report"_qs); code != 0)
        return code < 0 ? 0 : code;
    QTextStream err(stderr);
    if (!parser.isSet(htmlOption)) {
        err << tr("report: give --html FILE\n");
        return 64;
    }
    Report::Options options;
    bool ok = true;
    options.sample = parser.value(sampleOption) == u"all" ? -1 : parser.value(sampleOption).toInt(&ok);
    if (!ok || options.sample < -1) {
        err << tr("report: --sample takes a count or 'all', not \"%1\"\n").arg(parser.value(sampleOption));
        return 64;
    }
    qint64 runId = 0;
    std::shared_ptr<const Store> store;
    if (const int failed = openRun(parser, u"report"_qs, &runId, &store))
        return failed;
    QString error;
    const auto data = Report::load(*store, runId, options, &error);
    if (!data) {
        err << tr("report: %1\n").arg(error);
        return 1;
    }
    const QString path = parser.value(htmlOption);
    QSaveFile file(path);
    // For people: their locale's digits, English with grouped digits where the system says only "C".
    const QLocale locale = QLocale::system().name() == u"C" ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale::system();
    if (!file.open(QIODevice::WriteOnly) || file.write(Report::html(*data, locale, QCoreApplication::applicationVersion())) < 0
        || !file.commit()) {
        err << tr("report: cannot write %1: %2\n").arg(path, file.errorString());
        return 1;
    }
    err << tr("wrote %1 (%2 KB)\n").arg(QFileInfo(path).absoluteFilePath()).arg(QFileInfo(path).size() / 1024);
    return 0;
}

} // namespace Quorum::Cli
