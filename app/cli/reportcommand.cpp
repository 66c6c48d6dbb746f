// quorum-cli report: a run's report as a file, offscreen (no display needed).
#include "clicommands.h"
#include "runexecution.h"

#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportfiles.h"
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
                                        "sample of invocations, with the window's charts. Several --run options make one "
                                        "report over runs of the same scenarios."));
    const QCommandLineOption htmlOption(u"html"_qs, tr("Write the report as one self-contained HTML file."), u"FILE"_qs);
    const QCommandLineOption pdfOption(u"pdf"_qs, tr("Write the report as a PDF."), u"FILE"_qs);
    const QCommandLineOption paperOption(u"paper"_qs, tr("The PDF's paper: a4 or letter (default: the locale's)."), u"SIZE"_qs);
    const QCommandLineOption sampleOption(u"sample"_qs, tr("Invocations shown whole in the appendix (default 50; 'all' for every one)."),
                                          u"N"_qs, u"50"_qs);
    QStringList ids;
    for (const Report::Section s : Report::allSections())
        ids << Report::sectionId(s);
    const QCommandLineOption sectionsOption(u"sections"_qs, tr("The sections to include, comma-separated, of: %1 (default: all).")
                                                                .arg(ids.join(u", "_qs)), u"LIST"_qs);
    parser.addHelpOption();
    parser.addOptions({runOption(), databaseOption(), htmlOption, pdfOption, paperOption, sectionsOption, sampleOption, juryOnlyOption()});
    if (const int code = parseArguments(parser, arguments, u"report"_qs); code != 0)
        return code < 0 ? 0 : code;
    QTextStream err(stderr);
    if (!parser.isSet(htmlOption) && !parser.isSet(pdfOption)) {
        err << tr("report: give --html FILE, --pdf FILE or both\n");
        return 64;
    }
    // For people: their locale's digits, English with grouped digits where the system says only "C".
    const QLocale locale = QLocale::system().name() == u"C" ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale::system();
    Report::Options options;
    options.juryOnly = parser.isSet(juryOnlyOption());
    bool ok = true;
    options.sample = parser.value(sampleOption) == u"all" ? -1 : parser.value(sampleOption).toInt(&ok);
    if (!ok || options.sample < -1) {
        err << tr("report: --sample takes a count or 'all', not \"%1\"\n").arg(parser.value(sampleOption));
        return 64;
    }
    if (parser.isSet(sectionsOption)) {
        options.sections.clear();
        for (const QString &id : parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto section = Report::sectionFromId(id.trimmed());
            if (!section) {
                err << tr("report: there is no section \"%1\"; the sections are %2\n").arg(id.trimmed(), ids.join(u", "_qs));
                return 64;
            }
            options.sections << *section;
        }
    }
    Report::Paper paper = Report::defaultPaper(locale);
    if (parser.isSet(paperOption)) {
        const auto chosen = Report::paperFromName(parser.value(paperOption));
        if (!chosen) {
            err << tr("report: --paper is a4 or letter, not \"%1\"\n").arg(parser.value(paperOption));
            return 64;
        }
        paper = *chosen;
    }
    QList<qint64> runIds;
    for (const QString &value : parser.values(runOption())) {
        const qint64 id = value.toLongLong();
        if (id <= 0) {
            err << tr("report: --run takes a run's number, not \"%1\"\n").arg(value);
            return 64;
        }
        if (!runIds.contains(id))
            runIds << id;
    }
    if (runIds.isEmpty()) {
        err << tr("report: give --run ID\n");
        return 64;
    }
    const Store::Opened opened = openStoreAt(databasePath(parser));
    if (!opened.store) {
        err << opened.error << '\n';
        return 1;
    }
    QString error;
    const auto runs = Report::load(*opened.store, runIds, options, &error);
    if (!runs) {
        err << tr("report: %1\n").arg(error);
        return 1;
    }
    Report::Files files{parser.value(htmlOption), parser.value(pdfOption), paper};
    const Report::Written written = Report::writeFiles(*runs, options, locale, QCoreApplication::applicationVersion(), files);
    for (const QString &path : written.paths)
        err << (path == files.pdf ? tr("wrote %1 (%2 pages, %3 KB)\n").arg(QFileInfo(path).absoluteFilePath()).arg(written.pages)
                                  : tr("wrote %1 (%2 KB)\n").arg(QFileInfo(path).absoluteFilePath()))
                   .arg(QFileInfo(path).size() / 1024);
    if (!written.error.isEmpty()) {
        err << tr("report: cannot write %1\n").arg(written.error);
        return 1;
    }
    return 0;
}

} // namespace Quorum::Cli
