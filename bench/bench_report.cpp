// Report benchmark (issue: reports). Writes the HTML report of a stored run (a
// 100,000-invocation one made with `bench_storage --invocations 100000 --db DB`): time to read
// what the report shows, time to write the HTML and the PDF, and the files' sizes; then the export for
// scripts (CSV, JSONL, the verdicts' long form) in rows per second.
//   bench_report --db DB [--run ID] [--sample N]
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportdata.h"
#include "storage/runexport.h"
#include "storage/store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryFile>
#include <QTextStream>

#include <tuple>

#include "benchsupport.h"

using namespace Quorum;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTextStream out(stdout);
    const QString db = option("--db", {});
    if (db.isEmpty()) {
        out << "usage: bench_report --db DB [--run ID] [--sample N]\n";
        return 64;
    }
    const auto opened = Store::open(db);
    if (!opened.store) {
        out << opened.error << "\n";
        return 1;
    }
    Report::Options options;
    options.sample = option("--sample", u"50"_qs).toInt();
    const qint64 runId = option("--run", u"1"_qs).toLongLong();
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        QString error;
        const auto data = Report::load(*opened.store, runId, options, &error);
        if (!data) {
            out << error << "\n";
            return 1;
        }
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const QByteArray html = Report::html(*data, QLocale(QLocale::English), u"bench"_qs);
        const double htmlMs = double(t.nsecsElapsed()) / 1e6;
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        int pages = 0;
        t.restart();
        if (const QString e = Report::pdf({*data}, options, QLocale(QLocale::English), u"bench"_qs, Report::Paper::A4, pdf, &pages); !e.isEmpty()) {
            out << e << "\n";
            return 1;
        }
        const double pdfMs = double(t.nsecsElapsed()) / 1e6;
        out << QStringLiteral("report of run %1 (%2 invocations, %3 in the appendix): read %4 ms; HTML written %5 ms, "
                              "%6 with the reading, %7 KB; PDF written %8 ms, %9 with the reading, %10 pages, %11 KB\n")
                   .arg(runId).arg(data->run.invocations).arg(data->sample.size()).arg(loadMs, 0, 'f', 0).arg(htmlMs, 0, 'f', 0)
                   .arg(QStringLiteral("%1 s").arg((loadMs + htmlMs) / 1000, 0, 'f', 2)).arg(html.size() / 1024)
                   .arg(pdfMs, 0, 'f', 0).arg(QStringLiteral("%1 s").arg((loadMs + pdfMs) / 1000, 0, 'f', 2)).arg(pages)
                   .arg(pdf.data().size() / 1024);
        out.flush();
    }
    // The export for scripts, into a file that is thrown away.
    for (const auto &[name, format, shape] : {std::tuple{"CSV", RunExport::Format::Csv, RunExport::Shape::Invocations},
                                              {"JSONL", RunExport::Format::Jsonl, RunExport::Shape::Invocations},
                                              {"CSV verdicts, long form", RunExport::Format::Csv, RunExport::Shape::Verdicts}}) {
        QTemporaryFile file;
        if (!file.open())
            return 1;
        RunExport e;
        e.format = format;
        e.shape = shape;
        qint64 rows = 0;
        QElapsedTimer t;
        t.start();
        if (const QString error = e.write(*opened.store, runId, file, &rows); !error.isEmpty()) {
            out << error << "\n";
            return 1;
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        out << QStringLiteral("export, %1: %2 rows in %3 s, %4 rows/s, %5 MB\n")
                   .arg(QLatin1String(name)).arg(rows).arg(seconds, 0, 'f', 2).arg(double(rows) / seconds, 0, 'f', 0)
                   .arg(double(file.size()) / 1e6, 0, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("peak RSS %1 MB\n").arg(Bench::peakRssMb(), 0, 'f', 0);
    return 0;
}
