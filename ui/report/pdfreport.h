#pragma once

#include "report/reportdata.h"

#include <QIODevice>
#include <QLocale>

// A report as a PDF (QPdfWriter): a title page, a contents page with each section's page,
// the same sections, tables and charts as the HTML report (charts in vectors, text selectable
// with its fonts embedded), each section on a new page, tables breaking across pages with
// their header repeated, a header (the report's title, the section) and a footer (the run,
// "page N of M") on every page after the title's. Paper is always light.
namespace Quorum::Report {

enum class Paper { A4, Letter };
Paper defaultPaper(const QLocale &locale); // Letter where the locale measures in US units
std::optional<Paper> paperFromName(QStringView name); // "a4", "letter"

// Writes the PDF into `out`; an error for people, or "" when written (`*pages` set) or when
// `progress` cancelled (`*pages` 0).
QString pdf(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion, Paper paper,
            QIODevice &out, int *pages, const Progress &progress = {});

} // namespace Quorum::Report
