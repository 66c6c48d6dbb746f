#pragma once

#include "report/reportdata.h"

#include <QByteArray>
#include <QLocale>

// A report as a single HTML file: an inline stylesheet (light and dark through
// prefers-color-scheme, printable), a table of contents with anchors, the same sentences,
// tables and charts (inline SVG from ui/charts) as the screens, no script and no request to any
// network (a Content-Security-Policy forbids them). Everything that came from a model, a
// scenario, a profile or a user is escaped.
namespace Quorum::Report {

QByteArray html(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion);
inline QByteArray html(const Data &data, const QLocale &locale, const QString &quorumVersion)
{
    return html(QList<Data>{data}, Options{}, locale, quorumVersion);
}

} // namespace Quorum::Report
