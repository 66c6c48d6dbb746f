#include "htmlreport.h"

#include "report/reportbody.h"

#include <QCoreApplication>

namespace Quorum::Report {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *const kStyle = R"(
:root { color-scheme: light dark; --fg: #111; --bg: #fff; --muted: #666; --rule: #ddd; --head: #f3f3f3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #1e1e1e; --muted: #aaa; --rule: #444; --head: #2b2b2b; }
  .on-light { display: none; } .on-dark { display: block; } }
@media (prefers-color-scheme: light), print { .on-dark { display: none; } }
@media print { :root { --fg: #000; --bg: #fff; --head: #eee; --rule: #bbb; } .on-light { display: block; } .on-dark { display: none; }
  section, h1.part { break-before: page; } figure, tr { break-inside: avoid; } nav { break-after: page; } }
body { font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg);
  max-width: 1200px; margin: 2em auto; padding: 0 1em; }
#leaderboard-table td:nth-child(2), #leaderboard-table td:nth-child(3) { white-space: nowrap; }
h1 { font-size: 1.8em; margin-bottom: .2em; } h1.part { margin-top: 2em; border-bottom: 3px solid var(--rule); }
h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .8em 0; font-size: .9em; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .3em .5em; vertical-align: top; text-align: left; }
thead th { background: var(--head); } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.facts th { width: 30%; background: var(--head); }
figure.chart { margin: 1em 0; } figure.chart svg { display: block; max-width: 100%; height: auto; }
.verdicts li { margin: .3em 0; } .muted { color: var(--muted); } h4 { margin: 1.2em 0 .2em; }
nav ol { columns: 2; list-style: none; padding-left: 0; } nav ol ol { columns: 1; padding-left: 1.2em; } article { border-top: 1px solid var(--rule); margin-top: 1.5em; }
pre { white-space: pre-wrap; word-wrap: break-word; background: var(--head); padding: .5em; }
)";
} // namespace

QByteArray html(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion)
{
    const Body b = body(runs, options, locale, quorumVersion, Medium::Screen);
    QString h;
    h.reserve(b.html.size() + 16384);
    h += u"<!DOCTYPE html>\n<html lang=\""_qs + esc(locale.bcp47Name()) + u"\"><head><meta charset=\"utf-8\">\n"_qs;
    // Nothing from anywhere: no script, no font, no image, no frame, no form, no connection.
    h += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
         u"base-uri 'none'; form-action 'none'\">\n"_qs;
    h += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_qs + esc(b.title) + u"</title>\n<style>"_qs
         + QString::fromLatin1(kStyle) + u"</style></head><body>\n"_qs;
    h += u"<h1>"_qs + esc(b.title) + u"</h1>\n<p class=\"muted\">"_qs + esc(b.byline) + u"</p>\n"_qs;
    // The contents: a run's sections nested under its part when the report covers several.
    h += u"<nav><h2>"_qs + esc(QCoreApplication::translate("Quorum::Report", "Contents")) + u"</h2><ol>"_qs;
    bool nested = false;
    for (qsizetype i = 0; i < b.headings.size(); ++i) {
        const Heading &x = b.headings[i];
        if (x.level == 2 && !nested && i > 0 && b.headings[i - 1].level == 1) {
            h.chop(5); // "</li>": the sections go inside their part's item
            h += u"<ol>"_qs;
            nested = true;
        } else if (x.level == 1 && nested) {
            h += u"</ol></li>"_qs;
            nested = false;
        }
        h += u"<li><a href=\"#"_qs + esc(x.id) + u"\">"_qs + esc(x.title) + u"</a></li>"_qs;
    }
    if (nested)
        h += u"</ol></li>"_qs;
    h += u"</ol></nav>\n"_qs;
    h += b.html;
    h += u"</body></html>\n"_qs;
    return h.toUtf8();
}

} // namespace Quorum::Report
