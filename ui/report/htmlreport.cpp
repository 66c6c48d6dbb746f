#include "htmlreport.h"

#include "charts/bubblechart.h"
#include "charts/chartexport.h"
#include "charts/heatmap.h"
#include "charts/histogramchart.h"
#include "charts/intervalchart.h"
#include "charts/linechart.h"
#include "charts/radarchart.h"
#include "present/breakdowntables.h"
#include "present/chartdata.h"
#include "present/figures.h"
#include "present/invocationdetail.h"
#include "present/invocationmodel.h"
#include "present/leaderboardmodel.h"
#include "present/summaries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QRegularExpression>

namespace Quorum::Report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Report", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

constexpr int kChartWidth = 960;

Charts::Style styleFor(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xe8, 0xe8, 0xe8) : Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    return Charts::Style::fromPalette(p);
}

// One chart as inline SVG, drawn twice (light and dark; the stylesheet shows one), scaled to the
// page's width. The generator escapes every text it writes.
template<typename Data, typename Paint, typename Height>
QString chart(const Data &data, Paint paint, Height height)
{
    QString out = u"<figure class=\"chart\">"_qs;
    for (const bool dark : {false, true}) {
        const Charts::Style style = styleFor(dark);
        const QSize size(kChartWidth, int(height(data, style)));
        QString svg = QString::fromUtf8(
            Charts::toSvg([&](QPainter &p, const QRectF &r) { paint(p, r, data, style); }, size));
        svg = svg.mid(std::max<qsizetype>(0, svg.indexOf(u"<svg"_qs))); // no XML declaration inside HTML
        static const QRegularExpression sizeAttributes(uR"(<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*")"_qs);
        svg.replace(sizeAttributes, uR"(<svg\1 width="100%")"_qs);
        out += (dark ? u"<div class=\"on-dark\">"_qs : u"<div class=\"on-light\">"_qs) + svg + u"</div>"_qs;
    }
    return out + u"</figure>\n"_qs;
}

QString intervals(const ChartData::Intervals &d)
{
    return d.rows.isEmpty() ? QString() : chart(d, Charts::paintIntervals, Charts::intervalsHeight);
}

QString lines(const ChartData::Lines &d)
{
    return d.series.isEmpty() ? QString() : chart(d, Charts::paintLines, Charts::linesHeight);
}

// A table of any item model's display texts, its header first (the screens' models: the same cells).
QString table(const QAbstractItemModel &model, const QString &id = {})
{
    QString out = id.isEmpty() ? u"<table>"_qs : u"<table id=\""_qs + esc(id) + u"\">"_qs;
    out += u"<thead><tr>"_qs;
    for (int c = 0; c < model.columnCount(); ++c)
        out += u"<th>"_qs + esc(model.headerData(c, Qt::Horizontal).toString()) + u"</th>"_qs;
    out += u"</tr></thead><tbody>"_qs;
    for (int r = 0; r < model.rowCount(); ++r) {
        out += u"<tr>"_qs;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            const bool number = (model.data(i, Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0;
            out += (number ? u"<td class=\"n\">"_qs : u"<td>"_qs) + esc(model.data(i).toString()) + u"</td>"_qs;
        }
        out += u"</tr>"_qs;
    }
    return out + u"</tbody></table>\n"_qs;
}

QString cells(const QStringList &headers, const QList<QList<QVariant>> &rows)
{
    CellTableModel model(headers);
    model.setItems(rows);
    return table(model);
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><th>"_qs + esc(name) + u"</th><td>"_qs + esc(value) + u"</td></tr>"_qs;
}

QString time(qint64 msecs, const QLocale &locale)
{
    return msecs <= 0 ? Figures::unknown() : locale.toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::LongFormat);
}

const char *const kStyle = R"(
:root { color-scheme: light dark; --fg: #111; --bg: #fff; --muted: #666; --rule: #ddd; --head: #f3f3f3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #1e1e1e; --muted: #aaa; --rule: #444; --head: #2b2b2b; }
  .on-light { display: none; } .on-dark { display: block; } }
@media (prefers-color-scheme: light), print { .on-dark { display: none; } }
@media print { :root { --fg: #000; --bg: #fff; --head: #eee; --rule: #bbb; } .on-light { display: block; } .on-dark { display: none; }
  section { break-before: page; } figure, tr { break-inside: avoid; } }
body { font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg);
  max-width: 1200px; margin: 2em auto; padding: 0 1em; }
#leaderboard-table td:nth-child(2), #leaderboard-table td:nth-child(3) { white-space: nowrap; }
h1 { font-size: 1.8em; margin-bottom: .2em; } h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .8em 0; font-size: .9em; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .3em .5em; vertical-align: top; text-align: left; }
thead th { background: var(--head); } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.facts th { width: 30%; background: var(--head); }
figure.chart { margin: 1em 0; } figure.chart svg { display: block; max-width: 100%; height: auto; }
.verdicts li { margin: .3em 0; } .muted { color: var(--muted); }
nav ol { columns: 2; } article { border-top: 1px solid var(--rule); margin-top: 1.5em; }
pre { white-space: pre-wrap; word-wrap: break-word; background: var(--head); padding: .5em; }
)";
} // namespace

QByteArray html(const Data &d, const QLocale &locale, const QString &quorumVersion)
{
    using namespace Figures;
    const Leaderboard &board = d.board;
    const Breakdowns &b = d.breakdowns;
    const QString title = tr("Quorum report: %1").arg(d.run.name);
    QString h;
    h.reserve(1 << 20);
    h += u"<!DOCTYPE html>\n<html lang=\""_qs + esc(locale.bcp47Name()) + u"\"><head><meta charset=\"utf-8\">\n"_qs;
    // Nothing from anywhere: no script, no font, no image, no frame, no form, no connection.
    h += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
         u"base-uri 'none'; form-action 'none'\">\n"_qs;
    h += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_qs + esc(title) + u"</title>\n<style>"_qs
         + QString::fromLatin1(kStyle) + u"</style></head><body>\n"_qs;
    h += u"<h1>"_qs + esc(title) + u"</h1>\n<p class=\"muted\">"_qs
         + esc(tr("Run %1 · %2 · made by Quorum %3 on %4 from the run's store; no model was asked to write it.")
                   .arg(d.run.id).arg(runStatusName(d.run.status), quorumVersion, locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat)))
         + u"</p>\n"_qs;

    const std::pair<const char *, QString> sections[] = {
        {"summary", tr("Summary")},         {"leaderboard", tr("Leaderboard")},   {"latency", tr("Latency")},
        {"cost", tr("Cost")},               {"quality", tr("Quality")},           {"regions", tr("Regional performance")},
        {"temperature", tr("Temperature and repeated experiments")},              {"jury", tr("Jury health")},
        {"errors", tr("Errors")},           {"appendix", tr("Appendix: invocations")}};
    h += u"<nav><h2>"_qs + esc(tr("Contents")) + u"</h2><ol>"_qs;
    for (const auto &[id, name] : sections)
        h += u"<li><a href=\"#"_qs + QLatin1String(id) + u"\">"_qs + esc(name) + u"</a></li>"_qs;
    h += u"</ol></nav>\n"_qs;
    const auto section = [&](int i) {
        h += u"<section id=\""_qs + QLatin1String(sections[i].first) + u"\"><h2>"_qs + QString::number(i + 1) + u". "_qs
             + esc(sections[i].second) + u"</h2>\n"_qs;
    };

    // 1. Summary: the verdicts the window opens on, and how the run was made.
    section(0);
    const QStringList verdicts = Summaries::verdicts(board, locale);
    if (verdicts.isEmpty())
        h += u"<p>"_qs + esc(tr("No answer of this run was judged: the figures below are what it measured.")) + u"</p>"_qs;
    else {
        h += u"<ul class=\"verdicts\">"_qs;
        for (const QString &v : verdicts)
            h += u"<li>"_qs + esc(v) + u"</li>"_qs;
        h += u"</ul>\n"_qs;
    }
    h += u"<table class=\"facts\">"_qs;
    h += row(tr("Run"), tr("%1 “%2”, %3").arg(d.run.id).arg(d.run.name, runStatusName(d.run.status)));
    h += row(tr("Created · started · finished"),
             tr("%1 · %2 · %3").arg(time(d.run.createdAt, locale), time(d.run.startedAt, locale), time(d.run.finishedAt, locale)));
    h += row(tr("Scenarios, invocations"), tr("%1 scenarios, %2 invocations, %3 failed")
                                               .arg(count(d.run.scenarios, locale), count(d.run.invocations, locale), count(d.run.errors, locale)));
    QStringList variants = d.variants.values(), judges = d.judges.values();
    variants.sort();
    judges.sort();
    h += row(tr("Model variants"), variants.join(u", "_qs));
    h += row(tr("Jury"), judges.join(u", "_qs));
    const QJsonObject settings = d.plan.value(u"settings"_qs).toObject();
    QStringList settingTexts;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        settingTexts << it.key() + u": "_qs
                            + (it.value().isString() ? it.value().toString()
                                                     : QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{it.value().toVariant()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    h += row(tr("Settings"), settingTexts.join(u"; "_qs));
    h += row(tr("Spend (models and jury)"), usd(d.run.costUsd, locale, 4));
    h += row(tr("Scenario fingerprint"), d.scenarioFingerprint.isEmpty() ? unknown() : d.scenarioFingerprint);
    h += row(tr("Response fingerprint"), d.responseFingerprint.isEmpty() ? unknown() : d.responseFingerprint);
    h += row(tr("Quorum"), quorumVersion);
    h += u"</table></section>\n"_qs;

    // 2. Leaderboard.
    section(1);
    {
        LeaderboardModel model;
        model.setLocale(locale);
        model.setItems(board.rows);
        h += table(model, u"leaderboard-table"_qs);
    }
    h += intervals(ChartData::successRates(board, locale));
    h += intervals(ChartData::ratings(board, locale));
    h += u"</section>\n"_qs;

    // 3. Latency.
    section(2);
    h += u"<table><thead><tr>"_qs;
    for (const QString &c : {tr("Model variant"), tr("TTFT p50"), tr("p90"), tr("p95"), tr("p99"), tr("TTLB p50"), tr("p90"), tr("p95"),
                             tr("p99"), tr("Tokens/s (median)")})
        h += u"<th>"_qs + esc(c) + u"</th>"_qs;
    h += u"</tr></thead><tbody>"_qs;
    for (const LeaderboardRow &r : board.rows) {
        h += u"<tr><td>"_qs + esc(r.label) + u"</td>"_qs;
        for (const auto &v : r.ttftMs)
            h += u"<td class=\"n\">"_qs + esc(milliseconds(v, locale)) + u"</td>"_qs;
        for (const auto &v : r.ttlbMs)
            h += u"<td class=\"n\">"_qs + esc(milliseconds(v, locale)) + u"</td>"_qs;
        h += u"<td class=\"n\">"_qs + esc(tokensPerSecond(r.decodeTokensPerSecond, locale)) + u"</td></tr>"_qs;
    }
    h += u"</tbody></table><p class=\"muted\">"_qs + esc(tr("Milliseconds; percentiles over each variant's successful calls.")) + u"</p>"_qs;
    h += intervals(ChartData::variantLatency(board, locale));
    for (const QString &metric : {u"ttft_ms"_qs, u"ttlb_ms"_qs, u"decode_tokens_per_s"_qs}) {
        const ChartData::Histograms hist = ChartData::distributions(board, b, metric, locale);
        if (!hist.panels.isEmpty())
            h += chart(hist, Charts::paintHistograms, Charts::histogramsHeight);
    }
    h += u"</section>\n"_qs;

    // 4. Cost.
    section(3);
    h += u"<table><thead><tr>"_qs;
    for (const QString &c : {tr("Model variant"), tr("Per answer"), tr("Per passed answer"), tr("Models, in all"), tr("Jury, in all")})
        h += u"<th>"_qs + esc(c) + u"</th>"_qs;
    h += u"</tr></thead><tbody>"_qs;
    for (const LeaderboardRow &r : board.rows)
        h += u"<tr><td>"_qs + esc(r.label) + u"</td><td class=\"n\">"_qs + esc(usd(r.costPerAnswerUsd, locale))
             + u"</td><td class=\"n\">"_qs + esc(r.passed > 0 ? usd(r.totalCostUsd / double(r.passed), locale) : unknown())
             + u"</td><td class=\"n\">"_qs + esc(usd(r.totalCostUsd, locale, 4)) + u"</td><td class=\"n\">"_qs
             + esc(usd(r.judgeCostUsd, locale, 4)) + u"</td></tr>"_qs;
    h += u"</tbody></table>"_qs;
    h += intervals(ChartData::costPerCorrect(board, locale));
    h += u"</section>\n"_qs;

    // 5. Quality.
    section(4);
    {
        const ChartData::Radar radar = ChartData::dimensions(board, b, locale);
        if (!radar.series.isEmpty())
            h += chart(radar, Charts::paintRadar, Charts::radarHeight);
        const ChartData::Heatmap heat = ChartData::taskSuccess(board, b, locale);
        if (!heat.rows.isEmpty() && !heat.columns.isEmpty())
            h += chart(heat, Charts::paintHeatmap, Charts::heatmapHeight);
        const ChartData::Bubbles bubbles = ChartData::costQuality(board, locale);
        if (!bubbles.points.isEmpty())
            h += chart(bubbles, Charts::paintBubbles, Charts::bubblesHeight);
        h += u"<h3>"_qs + esc(tr("Each variant on each task type")) + u"</h3>"_qs + cells(taskTypeHeaders(), taskTypeRows(b));
    }
    h += u"</section>\n"_qs;

    // 6. Regional performance.
    section(5);
    h += cells(regionHeaders(), regionRows(b));
    h += intervals(ChartData::regionalBoxes(board, b, u"ttft_ms"_qs, locale));
    h += intervals(ChartData::regionalBoxes(board, b, u"ttlb_ms"_qs, locale));
    h += lines(ChartData::latencyByLocalHour(b, locale));
    h += intervals(ChartData::retriesByRegion(b, locale));
    h += u"</section>\n"_qs;

    // 7. Temperature and repeated experiments.
    section(6);
    h += cells(temperatureHeaders(), temperatureRows(b));
    h += lines(ChartData::successByTemperature(board, b, locale));
    h += lines(ChartData::scoreByTemperature(board, b, locale));
    if (b.experiments.experiments > 1) {
        h += intervals(ChartData::experimentSpread(board, b, locale));
        // The disputed cells, widest spread first (all of them would be variants × scenarios rows).
        Breakdowns disputed = b;
        QList<ExperimentCell> &cells_ = disputed.experiments.cells;
        cells_.removeIf([](const ExperimentCell &c) { return !c.disputed; });
        std::stable_sort(cells_.begin(), cells_.end(), [](const ExperimentCell &x, const ExperimentCell &y) { return x.spread > y.spread; });
        const qsizetype all = cells_.size();
        if (cells_.size() > 100)
            cells_.resize(100);
        h += u"<h3>"_qs + esc(tr("Disputed across experiments (%1 variant × scenario cells)").arg(count(all, locale))) + u"</h3>"_qs;
        h += cells(experimentHeaders(), experimentRows(disputed));
        if (all > cells_.size())
            h += u"<p class=\"muted\">"_qs + esc(tr("The %1 widest spreads of %2.").arg(cells_.size()).arg(count(all, locale))) + u"</p>"_qs;
    } else {
        h += u"<p>"_qs + esc(tr("The run has one experiment: nothing to compare across repeats.")) + u"</p>"_qs;
    }
    h += u"</section>\n"_qs;

    // 8. Jury health, and the answers the judges disagreed on.
    section(7);
    h += u"<p>"_qs + esc(Summaries::juryHealth(board, d.run.id, locale)) + u"</p>"_qs;
    h += u"<h3>"_qs + esc(tr("Disputed answers (%1)").arg(count(d.disputedCount, locale))) + u"</h3>"_qs;
    if (d.disputed.isEmpty()) {
        h += u"<p>"_qs + esc(tr("None: the judges agreed within the dispute threshold on every answer.")) + u"</p>"_qs;
    } else {
        InvocationTableModel model;
        model.setLocale(locale);
        model.setVariantLabels(d.variants);
        QList<InvocationRow> rows;
        for (const InvocationDetail &x : d.disputed)
            rows << x.row;
        model.setItems(rows);
        h += table(model);
        if (d.disputedCount > rows.size())
            h += u"<p class=\"muted\">"_qs + esc(tr("The first %1 of %2 listed.").arg(rows.size()).arg(d.disputedCount)) + u"</p>"_qs;
    }
    h += u"</section>\n"_qs;

    // 9. Errors.
    section(8);
    h += intervals(ChartData::errorsByClass(board, b, locale));
    if (!d.failures.isEmpty()) {
        h += u"<h3>"_qs + esc(tr("Examples (%1 of %2 failed calls)").arg(d.failures.size()).arg(count(d.failureCount, locale))) + u"</h3><ul>"_qs;
        for (const InvocationDetail &x : d.failures)
            h += u"<li>"_qs + esc(tr("%1, scenario %2: %3").arg(d.variants.value(x.row.variantId), x.row.scenarioKey,
                                                              x.errorMessages.isEmpty() ? x.row.errorClass : x.errorMessages.join(u"; "_qs)))
                 + u"</li>"_qs;
        h += u"</ul>"_qs;
    }
    h += u"</section>\n"_qs;

    // 10. Appendix: a sample of invocations, whole.
    section(9);
    h += u"<p class=\"muted\">"_qs + esc(tr("%1 of the run's %2 invocations, in work-item order.").arg(d.sample.size()).arg(count(d.invocationCount, locale)))
         + u"</p>"_qs;
    for (const InvocationDetail &x : d.sample)
        h += u"<article>"_qs + InvocationText::html(x, d.variants.value(x.row.variantId), d.judges, locale, false) + u"</article>\n"_qs;
    h += u"</section>\n</body></html>\n"_qs;
    return h.toUtf8();
}

} // namespace Quorum::Report
