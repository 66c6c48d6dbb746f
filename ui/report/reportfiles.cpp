#include "reportfiles.h"

#include "report/htmlreport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Quorum::Report {

Written writeFiles(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion,
                   const Files &files, const Progress &progress)
{
    Written out;
    bool going = true;
    const auto step = [&](const QString &text, int done, int total) { return going = going && (!progress || progress(text, done, total)); };
    const auto write = [&](const QString &path, const std::function<QString(QIODevice &)> &fill) {
        QSaveFile file(path);
        QString problem = file.open(QIODevice::WriteOnly) ? fill(file) : file.errorString();
        if (problem.isEmpty() && going && !file.commit())
            problem = file.errorString();
        if (!problem.isEmpty())
            out.error = QCoreApplication::translate("Quorum::Report", "%1: %2").arg(path, problem);
        else if (going)
            out.paths << path;
        return problem.isEmpty() && going;
    };
    if (!files.html.isEmpty() && step(QCoreApplication::translate("Quorum::Report", "Writing the HTML report…"), 0, 100)
        && !write(files.html, [&](QIODevice &file) {
               const QByteArray text = html(runs, options, locale, quorumVersion);
               return file.write(text) == text.size() ? QString() : file.errorString();
           }))
        return out;
    if (!files.pdf.isEmpty() && going)
        write(files.pdf, [&](QIODevice &file) {
            return pdf(runs, options, locale, quorumVersion, files.paper, file, &out.pages,
                       [&](const QString &text, int done, int total) { return step(text, 15 + 85 * done / std::max(1, total), 100); });
        });
    return out;
}

} // namespace Quorum::Report
