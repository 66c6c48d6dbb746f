#pragma once

#include "report/pdfreport.h"
#include "report/reportdata.h"

#include <QLocale>
#include <QStringList>

// A report's files, as quorum-cli and Export Report… write them: the HTML and/or the PDF, each
// whole or not at all (QSaveFile). `progress` sees 0–100 for writing (HTML to 15, the PDF's
// pages after) and cancels by returning false: the file being written is then not committed.
namespace Quorum::Report {

struct Files
{
    QString html, pdf;         // "" for an output not wanted
    Paper paper = Paper::A4;
};

struct Written
{
    QStringList paths;         // the files committed, in order
    int pages = 0;             // the PDF's
    QString error;             // "PATH: what went wrong", or ""
};

Written writeFiles(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion,
                   const Files &files, const Progress &progress = {});

} // namespace Quorum::Report
