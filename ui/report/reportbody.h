#pragma once

#include "charts/chartexport.h"
#include "report/reportdata.h"

#include <QList>
#include <QLocale>
#include <QSizeF>
#include <QString>

// A report's sections as HTML, one text for both media: a browser's (HTML report: charts as
// inline SVG, light and dark) and paper's (PDF: the same HTML laid out by QTextDocument, each
// chart a placeholder the PDF writer paints in vectors). Everything that came from a model, a
// scenario, a profile or a user is escaped here.
namespace Quorum::Report {

enum class Medium { Screen, Paper };

struct Heading
{
    QString id;        // the anchor
    QString title;     // as printed, with its number
    int level = 2;     // 1: a run's part of a report over several runs; 2: a section
    qsizetype start = 0; // where in Body::html its section (or part) begins
};

struct Body
{
    QString title;             // "Quorum report: …"
    QString byline;            // run(s), status, version, date, "no model was asked"
    QString html;              // the sections, in order
    QList<Heading> headings;   // in document order
    // Paper: the charts, painted light, at their size in pixels; the HTML holds
    // <img src="quorum-chart:N"> where chart N goes.
    struct Chart
    {
        Charts::Painting paint;
        QSizeF size;
    };
    QList<Chart> charts;
};

inline constexpr QLatin1StringView kChartScheme{"quorum-chart:"};

Body body(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion, Medium medium);

} // namespace Quorum::Report
