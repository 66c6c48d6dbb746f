#include "reportbody.h"

#include "present/catalogtext.h"

#include "charts/bubblechart.h"
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
#include "present/reviewtext.h"
#include "present/summaries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QPalette>
#include <QRegularExpression>

namespace Quorum::Report {

namespace {
using namespace Figures;

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

QString time(qint64 msecs, const QLocale &locale)
{
    return msecs <= 0 ? unknown() : locale.toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::LongFormat);
}

// Writes the sections into one HTML text for the chosen medium.
class Writer
{
public:
    Writer(const Options &options, const QLocale &locale, const QString &version, Medium medium, Body &out)
        : m_options(options), m_locale(locale), m_version(version), m_medium(medium), m_out(out), h(out.html)
    {
        h.reserve(1 << 20);
    }

    void acrossRuns(const QList<Data> &runs);
    void run(const Data &d, const QString &idPrefix, const QString &numberPrefix);

private:
    // A chart: on screen inline SVG drawn twice (light and dark; the stylesheet shows one),
    // scaled to the page's width, the generator escaping every text it writes; on paper a
    // placeholder for the PDF writer, which paints it light.
    template<typename ChartData, typename Paint, typename Height>
    void chart(const ChartData &data, Paint paint, Height height)
    {
        if (m_medium == Medium::Paper) {
            const Charts::Style style = styleFor(false);
            const QSizeF size(kChartWidth, height(data, style));
            m_out.charts.append({[data, paint, style](QPainter &p, const QRectF &r) { paint(p, r, data, style); }, size});
            h += u"<p class=\"chart\"><img src=\""_qs + kChartScheme + QString::number(m_out.charts.size() - 1) + u"\" width=\""_qs
                 + QString::number(kChartWidth) + u"\" height=\""_qs + QString::number(int(size.height())) + u"\"></p>\n"_qs;
            return;
        }
        h += u"<figure class=\"chart\">"_qs;
        for (const bool dark : {false, true}) {
            const Charts::Style style = styleFor(dark);
            const QSize size(kChartWidth, int(height(data, style)));
            QString svg = QString::fromUtf8(Charts::toSvg([&](QPainter &p, const QRectF &r) { paint(p, r, data, style); }, size));
            svg = svg.mid(std::max<qsizetype>(0, svg.indexOf(u"<svg"_qs))); // no XML declaration inside HTML
            static const QRegularExpression sizeAttributes(uR"(<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*")"_qs);
            svg.replace(sizeAttributes, uR"(<svg\1 width="100%")"_qs);
            h += (dark ? u"<div class=\"on-dark\">"_qs : u"<div class=\"on-light\">"_qs) + svg + u"</div>"_qs;
        }
        h += u"</figure>\n"_qs;
    }

    void intervals(const ChartData::Intervals &d)
    {
        if (!d.rows.isEmpty())
            chart(d, Charts::paintIntervals, Charts::intervalsHeight);
    }
    void lines(const ChartData::Lines &d)
    {
        if (!d.series.isEmpty())
            chart(d, Charts::paintLines, Charts::linesHeight);
    }

    // A table's opening: on paper, the attributes QTextDocument lays it out by (it reads few
    // of the stylesheet's properties); a browser's stylesheet overrides them.
    QString open(const QString &cssClass = {}, const QString &id = {}) const
    {
        QString t = u"<table"_qs;
        if (!id.isEmpty())
            t += u" id=\""_qs + esc(id) + u"\""_qs;
        if (!cssClass.isEmpty())
            t += u" class=\""_qs + cssClass + u"\""_qs;
        if (m_medium == Medium::Paper)
            t += u" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\""_qs;
        return t + u">"_qs;
    }

    void header(const QStringList &names)
    {
        h += u"<thead><tr>"_qs;
        for (const QString &c : names)
            h += u"<th>"_qs + esc(c) + u"</th>"_qs;
        h += u"</tr></thead><tbody>"_qs;
    }

    static QString number(const QString &text)
    {
        return u"<td class=\"n\" align=\"right\">"_qs + esc(text) + u"</td>"_qs;
    }

    // A table of any item model's display texts, its header first (the screens' models: the same
    // cells); on paper only `paperColumns` when given (a page is narrower than a screen).
    void table(const QAbstractItemModel &model, const QString &id = {}, const QList<int> &paperColumns = {})
    {
        QList<int> columns;
        for (int c = 0; c < model.columnCount(); ++c)
            if (m_medium == Medium::Screen || paperColumns.isEmpty() || paperColumns.contains(c))
                columns << c;
        // Paper: QTextDocument would give a column of long texts (an answer) the width of its
        // longest word; each column gets a share of the width by its text instead.
        QList<double> widths;
        if (m_medium == Medium::Paper) {
            // In points (font metrics, as QTextDocument measures): a figure and a header's longest
            // word never wrap; the texts share what is left of the line.
            QFont cell(u"DejaVu Sans"_qs), head(cell);
            cell.setPixelSize(14); // pixels read as half points: only the ratios matter
            head.setPixelSize(13); // cells are 7 pt, headers 6.5 pt
            head.setBold(true);
            const QFontMetricsF cellMetrics(cell), headMetrics(head);
            constexpr double kLine = 1040, kPadding = 15; // a page's width, a cell's padding and rule (and a hair to spare)
            QList<double> least, wanted;
            QList<bool> isText;
            double fixed = 0, flexible = 0;
            for (const int c : columns) {
                double word = 0, figure = 0, text = 0;
                for (const QString &w : model.headerData(c, Qt::Horizontal).toString().split(u' '))
                    word = std::max(word, headMetrics.horizontalAdvance(w));
                for (int r = 0; r < std::min(model.rowCount(), 50); ++r) {
                    const QModelIndex i = model.index(r, c);
                    const double width = cellMetrics.horizontalAdvance(model.data(i).toString().left(200));
                    if (model.data(i, Qt::TextAlignmentRole).toInt() & Qt::AlignRight)
                        figure = std::max(figure, width);
                    else {
                        text = std::max(text, std::min(300.0, width));
                        for (const QString &w : model.data(i).toString().left(200).split(u' ')) // a word whole, up to a limit
                            word = std::max(word, std::min(140.0, cellMetrics.horizontalAdvance(w)));
                    }
                }
                least << std::max(word, figure) + kPadding;
                wanted << std::max(0.0, text + kPadding - least.last());
                isText << (text > 0);
                fixed += least.last();
                flexible += wanted.last();
            }
            // Too wide with every word whole: the columns of texts give way (down to a floor), so
            // that figures and headers never break inside a word.
            if (fixed > kLine) {
                constexpr double kFloor = 90;
                double give = 0;
                for (qsizetype k = 0; k < least.size(); ++k)
                    give += isText[k] ? std::max(0.0, least[k] - kFloor) : 0;
                const double cut = give > 0 ? std::min(1.0, (fixed - kLine) / give) : 0;
                for (qsizetype k = 0; k < least.size(); ++k)
                    if (isText[k] && least[k] > kFloor)
                        least[k] -= (least[k] - kFloor) * cut;
            }
            const double share = flexible > 0 ? std::min(1.0, std::max(0.0, kLine - fixed) / flexible) : 0;
            double sum = 0;
            QList<double> points;
            for (qsizetype k = 0; k < columns.size(); ++k)
                sum += points.emplace_back(least[k] + wanted[k] * share);
            for (const double w : points) // tenths of a percent (QTextDocument reads them), not whole ones: 1% is 5 pt
                widths << std::max(0.1, std::floor(w * 1000 / std::max(1.0, sum)) / 10);
        }
        h += open({}, id) + u"<thead><tr>"_qs;
        for (qsizetype k = 0; k < columns.size(); ++k)
            h += (widths.isEmpty() ? u"<th>"_qs : u"<th width=\""_qs + QString::number(widths[k], 'f', 1) + u"%\">"_qs)
                 + esc(model.headerData(columns[k], Qt::Horizontal).toString()) + u"</th>"_qs;
        h += u"</tr></thead><tbody>"_qs;
        for (int r = 0; r < model.rowCount(); ++r) {
            h += u"<tr>"_qs;
            for (const int c : columns) {
                const QModelIndex i = model.index(r, c);
                const QString text = model.data(i).toString();
                h += (model.data(i, Qt::TextAlignmentRole).toInt() & Qt::AlignRight) ? number(text) : u"<td>"_qs + esc(text) + u"</td>"_qs;
            }
            h += u"</tr>"_qs;
        }
        h += u"</tbody></table>\n"_qs;
    }

    void cells(const QStringList &headers, const QList<QList<QVariant>> &rows)
    {
        CellTableModel model(headers);
        model.setItems(rows);
        table(model);
    }

    static QString fact(const QString &name, const QString &value)
    {
        return u"<tr><th align=\"left\">"_qs + esc(name) + u"</th><td>"_qs + esc(value) + u"</td></tr>"_qs;
    }

    void paragraph(const QString &text, bool muted = false)
    {
        h += (muted ? u"<p class=\"muted\">"_qs : u"<p>"_qs) + esc(text) + u"</p>\n"_qs;
    }
    void subheading(const QString &text) { h += u"<h3>"_qs + esc(text) + u"</h3>\n"_qs; }

    // A heading of the contents (its section carries the anchor).
    // `start`: where its section began in the body's HTML (before the <section> tag).
    void heading(int level, const QString &id, const QString &title, qsizetype start)
    {
        m_out.headings.append({id, title, level, start});
        const QString tag = u"h"_qs + QString::number(level);
        h += u"<"_qs + tag + u">"_qs + esc(title) + u"</"_qs + tag + u">\n"_qs;
    }

    void summary(const Data &d);
    void published(const PublishedComparison &p);
    void verdictsByTask(const Data &d);
    void leaderboard(const Data &d);
    void latency(const Data &d);
    void cost(const Data &d);
    void quality(const Data &d);
    void regions(const Data &d);
    void temperature(const Data &d);
    void jury(const Data &d);
    void errors(const Data &d);
    void appendix(const Data &d);

    const Options &m_options;
    const QLocale &m_locale;
    const QString m_version;
    const Medium m_medium;
    Body &m_out;
    QString &h;
};

void Writer::run(const Data &d, const QString &idPrefix, const QString &numberPrefix)
{
    using Write = void (Writer::*)(const Data &);
    constexpr Write writers[kSectionCount] = {&Writer::summary, &Writer::leaderboard, &Writer::latency,     &Writer::cost,
                                              &Writer::quality, &Writer::regions,     &Writer::temperature, &Writer::jury,
                                              &Writer::errors,  &Writer::appendix};
    int number = 0;
    for (const Section s : allSections()) {
        if (!m_options.includes(s))
            continue;
        const qsizetype start = h.size();
        h += u"<section id=\""_qs + esc(idPrefix + sectionId(s)) + u"\">\n"_qs;
        heading(2, idPrefix + sectionId(s), numberPrefix + QString::number(++number) + u". "_qs + sectionTitle(s), start);
        (this->*writers[int(s)])(d);
        h += u"</section>\n"_qs;
    }
}

// 0. Over several runs of the same scenarios: each run, and each variant's figures run by run.
void Writer::acrossRuns(const QList<Data> &runs)
{
    const qsizetype start = h.size();
    h += u"<section id=\"across\">\n"_qs;
    heading(1, u"across"_qs, tr("Across the runs"), start);
    h += open();
    header({tr("Run"), tr("Name"), tr("Status"), tr("Created"), tr("Invocations"), tr("Failed"), tr("Spend"), tr("Response fingerprint")});
    for (const Data &d : runs)
        h += u"<tr>"_qs + number(QString::number(d.run.id)) + u"<td>"_qs + esc(d.run.name) + u"</td><td>"_qs
             + esc(runStatusName(d.run.status)) + u"</td><td>"_qs + esc(time(d.run.createdAt, m_locale)) + u"</td>"_qs
             + number(count(d.run.invocations, m_locale)) + number(count(d.run.errors, m_locale)) + number(usd(d.run.costUsd, m_locale, 4))
             + u"<td>"_qs + esc(d.responseFingerprint.isEmpty() ? unknown() : d.responseFingerprint.left(16) + u"…"_qs) + u"</td></tr>"_qs;
    h += u"</tbody></table>\n"_qs;
    paragraph(tr("The runs evaluated the same scenarios (scenario fingerprint %1…).").arg(runs.first().scenarioFingerprint.left(16)), true);

    // Every variant's row of every run, a variant's runs together, as one board (its rows
    // relabelled "variant · run N"): the chart and the table read it as they read one run's.
    Leaderboard all;
    QStringList order;
    for (const Data &d : runs)
        for (const LeaderboardRow &r : d.board.rows)
            if (!order.contains(r.label))
                order << r.label;
    for (const QString &label : order)
        for (const Data &d : runs)
            for (const LeaderboardRow &r : d.board.rows)
                if (r.label == label) {
                    LeaderboardRow row = r;
                    row.label = tr("%1 · run %2").arg(r.label).arg(d.run.id);
                    all.rows << row;
                }
    h += open();
    header({tr("Model variant · run"), tr("Success (95 % CI)"), tr("Mean score"), tr("Composite"), tr("TTFT p50"), tr("TTLB p50"),
            tr("Per answer"), tr("Failed calls")});
    for (const LeaderboardRow &r : all.rows)
        h += u"<tr><td>"_qs + esc(r.label) + u"</td>"_qs
             + number(r.scored > 0 ? percentWithInterval(r.successRate, r.successCi, m_locale) : unknown())
             + number(score(r.meanScore, m_locale)) + number(composite(r.composite, m_locale)) + number(milliseconds(r.ttftMs[0], m_locale))
             + number(milliseconds(r.ttlbMs[0], m_locale)) + number(usd(r.costPerAnswerUsd, m_locale)) + number(count(r.errors, m_locale))
             + u"</tr>"_qs;
    h += u"</tbody></table>\n"_qs;
    intervals(ChartData::successRates(all, m_locale));
    h += u"</section>\n"_qs;
}

// The models' published scores beside what this run measured, with the sentences where the two
// orders disagree and the attribution each source asks for.
void Writer::published(const PublishedComparison &p)
{
    if (p.isEmpty())
        return;
    subheading(tr("Published scores beside your results"));
    h += u"<ul class=\"verdicts\">"_qs;
    for (const QString &s : p.sentences)
        h += u"<li>"_qs + esc(s) + u"</li>"_qs;
    h += u"</ul>\n<table><thead><tr><th>"_qs + esc(tr("Model")) + u"</th><th class=\"n\">"_qs + esc(tr("Success here")) + u"</th>"_qs;
    for (const QString &b : p.benchmarks)
        h += u"<th class=\"n\">"_qs + esc(b) + u"</th>"_qs;
    h += u"</tr></thead><tbody>"_qs;
    for (const PublishedComparison::Row &r : p.rows) {
        h += u"<tr><td>"_qs + esc(r.model) + u"</td><td class=\"n\">"_qs + esc(Figures::percent(r.success, m_locale)) + u"</td>"_qs;
        for (const QString &b : p.benchmarks)
            h += u"<td class=\"n\">"_qs + esc(r.scores.contains(b) ? Figures::decimal(r.scores.value(b), m_locale, 1) : unknown()) + u"</td>"_qs;
        h += u"</tr>"_qs;
    }
    h += u"</tbody></table>\n"_qs;
    paragraph(p.attributions.join(u" · "_qs), true);
}

// 1. Summary: the verdicts the window opens on, and how the run was made.
void Writer::summary(const Data &d)
{
    const QStringList verdicts = Summaries::verdicts(d.board, &d.claims, m_locale);
    if (verdicts.isEmpty())
        paragraph(tr("No answer of this run was judged: the figures below are what it measured."));
    else {
        h += u"<ul class=\"verdicts\">"_qs;
        for (const QString &v : verdicts)
            h += u"<li>"_qs + esc(v) + u"</li>"_qs;
        h += u"</ul>\n"_qs;
    }
    verdictsByTask(d);
    published(d.published);
    subheading(tr("How the run was made"));
    h += open(u"facts"_qs);
    h += fact(tr("Run"), tr("%1 “%2”, %3").arg(d.run.id).arg(d.run.name, runStatusName(d.run.status)));
    h += fact(tr("Created · started · finished"), tr("%1 · %2 · %3").arg(time(d.run.createdAt, m_locale), time(d.run.startedAt, m_locale),
                                                                        time(d.run.finishedAt, m_locale)));
    h += fact(tr("Scenarios, invocations"), tr("%1 scenarios, %2 invocations, %3 failed")
                                                .arg(count(d.run.scenarios, m_locale), count(d.run.invocations, m_locale), count(d.run.errors, m_locale)));
    QStringList variants = d.variants.values(), judges = d.judges.values();
    variants.sort();
    judges.sort();
    h += fact(tr("Model variants"), variants.join(u", "_qs));
    h += fact(tr("Jury"), judges.join(u", "_qs));
    const QJsonObject settings = d.plan.value(u"settings"_qs).toObject();
    QStringList settingTexts;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        settingTexts << it.key() + u": "_qs
                            + (it.value().isString() ? it.value().toString()
                                                     : QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{it.value().toVariant()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    h += fact(tr("Settings"), settingTexts.join(u"; "_qs));
    h += fact(tr("Spend (models and jury)"), usd(d.run.costUsd, m_locale, 4));
    // The list prices the run was priced at (kept in its stored plan), each flagged when it had
    // been read longer before the run than the stale setting allows.
    QStringList prices;
    const QDate runDay = QDateTime::fromMSecsSinceEpoch(d.run.createdAt).date();
    for (const QJsonValue &m : d.plan.value(u"models"_qs).toArray()) {
        const QJsonObject listed = m[u"list_price"].toObject();
        if (listed.isEmpty())
            continue;
        const QDate readOn = QDate::fromString(listed.value(u"read_on"_qs).toString(), Qt::ISODate);
        QString line = tr("%1 %2: %3 / %4 per million tokens, read %5 from %6 (catalog %7)")
                           .arg(m[u"model_id"].toString(), m[u"service_tier"].toString(u"default"_qs),
                                CatalogText::perMillion(listed.value(u"input_usd_per_mtok"_qs).toDouble(), m_locale),
                                CatalogText::perMillion(listed.value(u"output_usd_per_mtok"_qs).toDouble(), m_locale),
                                readOn.toString(Qt::ISODate), listed.value(u"source"_qs).toString(),
                                listed.value(u"catalog_version"_qs).toString());
        if (readOn.isValid() && readOn.daysTo(runDay) > CatalogText::staleDays())
            line += tr(" — read more than %1 days before the run: check it").arg(CatalogText::staleDays());
        if (!prices.contains(line))
            prices << line;
    }
    if (!prices.isEmpty())
        h += fact(tr("List prices"), prices.join(u"; "_qs));
    h += fact(tr("Scenario fingerprint"), d.scenarioFingerprint.isEmpty() ? unknown() : d.scenarioFingerprint);
    h += fact(tr("Response fingerprint"), d.responseFingerprint.isEmpty() ? unknown() : d.responseFingerprint);
    h += fact(tr("Quorum"), m_version);
    h += u"</table>\n"_qs;
}

// The summary's claims on each task type's scenarios alone, where there are several types.
void Writer::verdictsByTask(const Data &d)
{
    const QList<Summaries::TaskVerdicts> tasks = Summaries::taskVerdicts(d.breakdowns.taskTypes, {}, &d.claims, m_locale);
    if (tasks.size() == 1)
        paragraph(tr("Every judged scenario is of one task type, %1: the claims above are its claims.").arg(tasks.first().taskType), true);
    if (tasks.size() < 2)
        return;
    subheading(tr("By task type"));
    paragraph(tr("The same claims on each task type's scenarios alone: success with its 95% interval over that type's scenarios, "
                 "the composite normalised within the type, latency as the mean over its answers."),
              true);
    for (const Summaries::TaskVerdicts &t : tasks) {
        h += u"<h4>"_qs + esc(t.taskType) + u"</h4>\n<ul class=\"verdicts\">"_qs;
        for (const Summaries::Verdict &v : t.verdicts)
            h += u"<li>"_qs + esc(v.text) + u"</li>"_qs;
        h += u"</ul>\n"_qs;
    }
}

// 2. Leaderboard.
void Writer::leaderboard(const Data &d)
{
    LeaderboardModel model;
    model.setLocale(m_locale);
    model.setItems(d.board.rows);
    // On paper without the rank (the rows are in its order): twelve columns leave a variant's
    // name too little of the page.
    QList<int> paper;
    for (int c = LeaderboardModel::VariantColumn; c < LeaderboardModel::ColumnCount; ++c)
        paper << c;
    table(model, m_medium == Medium::Screen ? u"leaderboard-table"_qs : QString(), paper);
    if (const QString note = Summaries::overrideNote(d.board); !note.isEmpty())
        paragraph(note);
    intervals(ChartData::successRates(d.board, m_locale));
    intervals(ChartData::ratings(d.board, m_locale));
}

// 3. Latency.
void Writer::latency(const Data &d)
{
    h += open();
    header({tr("Model variant"), tr("TTFT p50"), tr("p90"), tr("p95"), tr("p99"), tr("TTLB p50"), tr("p90"), tr("p95"), tr("p99"),
            tr("Tokens/s (median)")});
    for (const LeaderboardRow &r : d.board.rows) {
        h += u"<tr><td>"_qs + esc(r.label) + u"</td>"_qs;
        for (const auto &v : r.ttftMs)
            h += number(milliseconds(v, m_locale));
        for (const auto &v : r.ttlbMs)
            h += number(milliseconds(v, m_locale));
        h += number(tokensPerSecond(r.decodeTokensPerSecond, m_locale)) + u"</tr>"_qs;
    }
    h += u"</tbody></table>\n"_qs;
    paragraph(tr("Milliseconds; percentiles over each variant's successful calls."), true);
    intervals(ChartData::variantLatency(d.board, m_locale));
    for (const QString &metric : {u"ttft_ms"_qs, u"ttlb_ms"_qs, u"decode_tokens_per_s"_qs}) {
        const ChartData::Histograms hist = ChartData::distributions(d.board, d.breakdowns, metric, m_locale);
        if (!hist.panels.isEmpty())
            chart(hist, Charts::paintHistograms, Charts::histogramsHeight);
    }
}

// 4. Cost.
void Writer::cost(const Data &d)
{
    h += open();
    header({tr("Model variant"), tr("Per answer"), tr("Per passed answer"), tr("Models, in all"), tr("Jury, in all")});
    for (const LeaderboardRow &r : d.board.rows)
        h += u"<tr><td>"_qs + esc(r.label) + u"</td>"_qs + number(usd(r.costPerAnswerUsd, m_locale))
             + number(r.passed > 0 ? usd(r.totalCostUsd / double(r.passed), m_locale) : unknown())
             + number(usd(r.totalCostUsd, m_locale, 4)) + number(usd(r.judgeCostUsd, m_locale, 4)) + u"</tr>"_qs;
    h += u"</tbody></table>\n"_qs;
    intervals(ChartData::costPerCorrect(d.board, m_locale));
}

// 5. Quality.
void Writer::quality(const Data &d)
{
    const ChartData::Radar radar = ChartData::dimensions(d.board, d.breakdowns, m_locale);
    if (!radar.series.isEmpty())
        chart(radar, Charts::paintRadar, Charts::radarHeight);
    const ChartData::Heatmap heat = ChartData::taskSuccess(d.board, d.breakdowns, m_locale);
    if (!heat.rows.isEmpty() && !heat.columns.isEmpty())
        chart(heat, Charts::paintHeatmap, Charts::heatmapHeight);
    const ChartData::Bubbles bubbles = ChartData::costQuality(d.board, m_locale);
    if (!bubbles.points.isEmpty())
        chart(bubbles, Charts::paintBubbles, Charts::bubblesHeight);
    subheading(tr("Each variant on each task type"));
    cells(taskTypeHeaders(), taskTypeRows(d.breakdowns));
}

// 6. Regional performance.
void Writer::regions(const Data &d)
{
    cells(regionHeaders(), regionRows(d.breakdowns));
    intervals(ChartData::regionalBoxes(d.board, d.breakdowns, u"ttft_ms"_qs, m_locale));
    intervals(ChartData::regionalBoxes(d.board, d.breakdowns, u"ttlb_ms"_qs, m_locale));
    lines(ChartData::latencyByLocalHour(d.breakdowns, m_locale));
    intervals(ChartData::retriesByRegion(d.breakdowns, m_locale));
}

// 7. Temperature and repeated experiments.
void Writer::temperature(const Data &d)
{
    const Breakdowns &b = d.breakdowns;
    cells(temperatureHeaders(), temperatureRows(b));
    lines(ChartData::successByTemperature(d.board, b, m_locale));
    lines(ChartData::scoreByTemperature(d.board, b, m_locale));
    if (b.experiments.experiments <= 1) {
        paragraph(tr("The run has one experiment: nothing to compare across repeats."));
        return;
    }
    intervals(ChartData::experimentSpread(d.board, b, m_locale));
    // The disputed cells, widest spread first (all of them would be variants × scenarios rows).
    Breakdowns disputed = b;
    QList<ExperimentCell> &list = disputed.experiments.cells;
    list.removeIf([](const ExperimentCell &c) { return !c.disputed; });
    std::stable_sort(list.begin(), list.end(), [](const ExperimentCell &x, const ExperimentCell &y) { return x.spread > y.spread; });
    const qsizetype all = list.size();
    if (list.size() > m_options.listed)
        list.resize(m_options.listed);
    subheading(tr("Disputed across experiments (%1 variant × scenario cells)").arg(count(all, m_locale)));
    cells(experimentHeaders(), experimentRows(disputed));
    if (all > list.size())
        paragraph(tr("The %1 widest spreads of %2.").arg(list.size()).arg(count(all, m_locale)), true);
}

// 8. Jury health, and the answers the judges disagreed on.
void Writer::jury(const Data &d)
{
    paragraph(Summaries::juryHealth(d.board, d.breakdowns.errors, d.run.id, m_locale));
    subheading(tr("Disputed answers (%1)").arg(count(d.disputedCount, m_locale)));
    if (d.disputed.isEmpty()) {
        paragraph(tr("None: the judges agreed within the dispute threshold on every answer."));
        return;
    }
    InvocationTableModel model;
    model.setLocale(m_locale);
    model.setVariantLabels(d.variants);
    QList<InvocationRow> rows;
    for (const InvocationDetail &x : d.disputed)
        rows << x.row;
    model.setItems(rows);
    using C = InvocationTableModel;
    table(model, {}, {C::ItemColumn, C::VariantColumn, C::ScenarioColumn, C::TaskTypeColumn, C::VerdictColumn, C::ScoreColumn, C::AnswerColumn});
    if (d.disputedCount > rows.size())
        paragraph(tr("The first %1 of %2 listed.").arg(rows.size()).arg(d.disputedCount), true);
}

// 9. Errors.
void Writer::errors(const Data &d)
{
    intervals(ChartData::errorsByClass(d.board, d.breakdowns, m_locale));
    if (d.failures.isEmpty()) {
        paragraph(d.failureCount > 0 ? tr("%1 calls failed.").arg(count(d.failureCount, m_locale)) : tr("No call failed."));
        return;
    }
    subheading(tr("Examples (%1 of %2 failed calls)").arg(d.failures.size()).arg(count(d.failureCount, m_locale)));
    h += u"<ul>"_qs;
    for (const InvocationDetail &x : d.failures)
        h += u"<li>"_qs + esc(tr("%1, scenario %2: %3").arg(d.variants.value(x.row.variantId), scenario(x.row.promptStart, x.row.scenarioKey),
                                                          x.errorMessages.isEmpty() ? x.row.errorClass : x.errorMessages.join(u"; "_qs)))
             + u"</li>"_qs;
    h += u"</ul>\n"_qs;
}

// 10. Appendix: a sample of invocations, whole.
void Writer::appendix(const Data &d)
{
    paragraph(tr("%1 of the run's %2 invocations, in work-item order.").arg(d.sample.size()).arg(count(d.invocationCount, m_locale)), true);
    for (const InvocationDetail &x : d.sample)
        h += u"<article>"_qs + InvocationText::html(x, d.variants.value(x.row.variantId), d.judges, m_locale, false) + u"</article>\n"_qs;
}
} // namespace

Body body(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion, Medium medium)
{
    Body out;
    Writer writer(options, locale, quorumVersion, medium, out);
    const QString made = locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat);
    if (runs.size() == 1) {
        const Data &d = runs.first();
        out.title = tr("Quorum report: %1").arg(d.run.name);
        out.byline = tr("Run %1 · %2 · made by Quorum %3 on %4 from the run's store; no model was asked to write it.")
                         .arg(d.run.id).arg(runStatusName(d.run.status), quorumVersion, made);
        writer.run(d, {}, {});
        return out;
    }
    QStringList ids;
    for (const Data &d : runs)
        ids << QString::number(d.run.id);
    out.title = tr("Quorum report: %1 (%2 runs)").arg(runs.first().run.name).arg(runs.size());
    out.byline = tr("Runs %1 · made by Quorum %2 on %3 from the runs' store; no model was asked to write it.")
                     .arg(ids.join(u", "_qs), quorumVersion, made);
    if (!runs.isEmpty())
        writer.acrossRuns(runs);
    for (const Data &d : runs) {
        const QString prefix = u"run-"_qs + QString::number(d.run.id) + u"-"_qs;
        out.headings.append({prefix + u"part"_qs, tr("Run %1: %2").arg(d.run.id).arg(d.run.name), 1, out.html.size()});
        out.html += u"<h1 class=\"part\" id=\""_qs + prefix + u"part\">"_qs + esc(out.headings.last().title) + u"</h1>\n"_qs;
        writer.run(d, prefix, QString::number(d.run.id) + u"."_qs);
    }
    return out;
}

} // namespace Quorum::Report
