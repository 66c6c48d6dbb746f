#include "pdfreport.h"

#include "present/figures.h"
#include "report/reportbody.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace Quorum::Report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Report", text);
}

constexpr int kResolution = 300;                              // dots per inch of the PDF's coordinates
// Named, not left to the machine's font configuration: a report (its <pre> answers too) lays out
// the same wherever it is written (scripts/dev installs fonts-dejavu-core).
const QString kFamily = u"DejaVu Sans"_qs;

// What QTextDocument reads of a stylesheet: sizes in points, plain colours (paper is light).
const char *const kPaperStyle = R"(
body { font-size: 9pt; color: #111111; }
h1 { font-size: 17pt; margin-top: 0px; margin-bottom: 8px; } h2 { font-size: 14pt; margin-top: 0px; margin-bottom: 10px; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; } h4 { font-size: 9.5pt; margin-top: 8px; margin-bottom: 2px; }
table { border-collapse: collapse; border-color: #b4b4b4; margin-top: 4px; margin-bottom: 8px; font-size: 7pt; }
th { background-color: #eeeeee; font-weight: bold; font-size: 6.5pt; } td.n { white-space: nowrap; }
.muted { color: #555555; } pre { white-space: pre-wrap; background-color: #f3f3f3; font-size: 8pt; font-family: "DejaVu Sans Mono"; }
p.chart { margin-top: 6px; margin-bottom: 10px; }
)";

// The charts in the laid-out text: the report's images, which QTextDocument sizes and paints
// through this handler (in place of its own image handler), into whatever device draws the page
// (PDF: vectors).
class ChartHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartHandler(const QList<Body::Chart> &charts, QSizeF body) : m_charts(charts), m_body(body) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QSizeF s = m_charts.value(index(format)).size;
        if (s.isEmpty())
            return {};
        const double fit = std::min(m_body.width() * 0.999 / s.width(), m_body.height() * 0.9 / s.height()); // never taller than a page
        return s * fit;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const qsizetype i = index(format);
        if (i < 0 || i >= m_charts.size())
            return;
        const Body::Chart &c = m_charts.at(i);
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / c.size.width(), rect.height() / c.size.height());
        painter->setClipRect(QRectF(QPointF(), c.size), Qt::IntersectClip);
        c.paint(*painter, QRectF(QPointF(), c.size));
        painter->restore();
    }

private:
    // Which chart an <img src="quorum-chart:N"> is (the report has no other images); -1 for none.
    static qsizetype index(const QTextFormat &format)
    {
        const QString name = format.toImageFormat().name();
        return name.startsWith(kChartScheme) ? name.mid(kChartScheme.size()).toInt() : -1;
    }

    const QList<Body::Chart> &m_charts;
    QSizeF m_body;
};

// A text laid out for the writer's page body: at its resolution (else text comes out a third
// of its size), its width, paginated by QTextDocument (tables repeat their <thead>).
void prepare(QTextDocument &doc, QPdfWriter &writer, QSizeF body, const QString &html)
{
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(kFamily);
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QString::fromLatin1(kPaperStyle));
    doc.setDocumentMargin(0);
    doc.setPageSize(body); // before the text: laid out once, at the page's size
    doc.setHtml(html);
}

// The long tables (more than 15 rows) with separate cell borders: QTextDocument draws
// collapsed borders by asking each cell's neighbours for theirs, which made the long tables of a
// large run most of the PDF's time. The short ones keep collapsed borders, which also keep a cell
// broken across pages from leaving a hidden copy of its last line in the text of the next page.
QString separateLongTables(const QString &html)
{
    QString out;
    out.reserve(html.size() + 256);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = html.indexOf(u"<table"_qs, from);
        if (open < 0)
            break;
        const qsizetype close = html.indexOf(u"</table>"_qs, open);
        const qsizetype end = close < 0 ? html.size() : close;
        out += QStringView(html).mid(from, open - from);
        out += u"<table"_qs;
        if (QStringView(html).mid(open, end - open).count(u"<tr"_qs) > 15)
            out += u" style=\"border-collapse: separate\""_qs;
        from = open + 6;
    }
    out += QStringView(html).mid(from);
    return out;
}

// Page `page` of `doc` into `target` (the body's rectangle in painter coordinates).
void drawPage(QPainter &painter, QTextDocument &doc, int page, const QRectF &target)
{
    painter.save();
    painter.translate(target.topLeft() - QPointF(0, page * target.height()));
    const QRectF clip(0, page * target.height(), target.width(), target.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // A hair inside the page: a line starting right at the next page's top (a section's heading)
    // would otherwise be drawn here too, clipped out of sight but in the PDF's text.
    context.clip = clip.adjusted(0, 0.5, 0, -0.5);
    context.palette.setColor(QPalette::Text, QColor(0x11, 0x11, 0x11));
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}
} // namespace

Paper defaultPaper(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
}

std::optional<Paper> paperFromName(QStringView name)
{
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QString pdf(const QList<Data> &runs, const Options &options, const QLocale &locale, const QString &quorumVersion, Paper paper,
            QIODevice &out, int *pages, const Progress &progress)
{
    *pages = 0;
    const auto going = [&](const QString &step, int done, int total) { return !progress || progress(step, done, total); };
    if (!going(tr("Laying out the report…"), 0, 1))
        return {};
    const Body b = body(runs, options, locale, quorumVersion, Medium::Paper);

    QPdfWriter writer(&out);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(b.title);
    writer.setCreator(u"Quorum "_qs + quorumVersion);
    const QRectF paint(QPointF(), writer.pageLayout().paintRectPixels(kResolution).size());
    const double mm = kResolution / 25.4;
    const QRectF body(0, 9 * mm, paint.width(), paint.height() - 17 * mm); // a header above, a footer below

    // The body in parts, each starting a page: every heading of the contents but the first, and a
    // run's first section, which stays on its part's page. Each part is a document of its own, so a
    // page is drawn from its part alone (QTextDocumentLayout visits every table cell of a document
    // for each page it draws: one document of 70 pages took seconds).
    ChartHandler charts(b.charts, body.size());
    std::vector<std::unique_ptr<QTextDocument>> parts;
    {
        QList<qsizetype> starts{0};
        for (qsizetype i = 1; i < b.headings.size(); ++i)
            if (!(b.headings[i].level == 2 && b.headings[i - 1].level == 1) && b.headings[i].start > starts.last())
                starts << b.headings[i].start;
        starts << b.html.size();
        for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
            auto doc = std::make_unique<QTextDocument>();
            doc->documentLayout()->registerHandler(QTextFormat::ImageObject, &charts);
            prepare(*doc, writer, body.size(), separateLongTables(b.html.mid(starts[i], starts[i + 1] - starts[i])));
            parts.push_back(std::move(doc));
        }
    }
    // Where each part starts, and each heading is, counting the body's pages from 0.
    QList<int> partPage;
    int bodyPages = 0;
    for (const auto &doc : parts) {
        partPage << bodyPages;
        bodyPages += doc->pageCount();
    }
    QList<int> headingPage;
    {
        qsizetype next = 0;
        for (size_t part = 0; part < parts.size(); ++part)
            for (QTextBlock block = parts[part]->begin(); block.isValid() && next < b.headings.size(); block = block.next()) {
                const int level = block.blockFormat().headingLevel();
                if ((level == 1 || level == 2) && block.text().trimmed() == b.headings[next].title.trimmed()) {
                    // where its first line is (a page break moves the line, not the block)
                    const QTextLayout *layout = block.layout();
                    const double y = layout->position().y() + (layout->lineCount() > 0 ? layout->lineAt(0).y() : 0);
                    headingPage << partPage[qsizetype(part)] + int((y + 1) / body.height());
                    ++next;
                }
            }
    }

    // The title page and the contents (numbered as printed: title 1, contents 2…).
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString title = u"<h1 style=\"font-size: 26pt\">"_qs + esc(b.title) + u"</h1><p class=\"muted\" style=\"font-size: 11pt\">"_qs
                    + esc(b.byline) + u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"font-size: 9pt\">"_qs;
    for (const Data &d : runs)
        title += u"<tr><th align=\"left\" width=\"30%\">"_qs + esc(tr("Run %1").arg(d.run.id)) + u"</th><td>"_qs
                 + esc(tr("“%1”, %2 · %3 scenarios · %4 model variants · %5 judges · %6 invocations")
                           .arg(d.run.name, runStatusName(d.run.status), Figures::count(d.run.scenarios, locale),
                                Figures::count(d.run.models, locale), Figures::count(d.run.judges, locale),
                                Figures::count(d.run.invocations, locale)))
                 + u"</td></tr>"_qs;
    title += u"</table>"_qs;
    QTextDocument titleDoc;
    prepare(titleDoc, writer, body.size(), title);

    QTextDocument contents;
    int contentsPages = 1;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QString c = u"<h1>"_qs + esc(tr("Contents")) + u"</h1><table width=\"100%\" cellpadding=\"3\" style=\"font-size: 10pt\">"_qs;
        for (qsizetype i = 0; i < b.headings.size(); ++i) {
            const Heading &x = b.headings[i];
            const int page = i < headingPage.size() ? 1 + contentsPages + headingPage[i] + 1 : 0;
            const QString style = x.level == 1 ? u"font-weight: bold; padding-top: 8px"_qs : u"padding-left: 16px"_qs;
            c += u"<tr><td style=\""_qs + style + u"\">"_qs + esc(x.title) + u"</td><td align=\"right\" style=\""_qs
                 + (x.level == 1 ? style : QString()) + u"\">"_qs + (page > 0 ? QString::number(page) : QString()) + u"</td></tr>"_qs;
        }
        prepare(contents, writer, body.size(), c + u"</table>"_qs);
        if (contents.pageCount() == contentsPages)
            break;
        contentsPages = contents.pageCount();
    }
    const int total = 1 + contentsPages + bodyPages;

    QPainter painter;
    if (!painter.begin(&writer))
        return tr("cannot write the PDF");
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small(kFamily);
    small.setPointSizeF(7.5);
    const QString footerLeft = runs.size() == 1 ? tr("Run %1 “%2” · Quorum %3").arg(runs.first().run.id).arg(runs.first().run.name, quorumVersion)
                                                : tr("%1 runs · Quorum %2").arg(runs.size()).arg(quorumVersion);
    const auto frame = [&](int printed, const QString &section) {
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(0, 0, paint.width(), 6 * mm), foot(0, paint.height() - 5 * mm, paint.width(), 5 * mm);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, painter.fontMetrics().elidedText(b.title, Qt::ElideRight, int(paint.width() * 0.55)));
        painter.drawText(head, Qt::AlignRight | Qt::AlignTop, painter.fontMetrics().elidedText(section, Qt::ElideRight, int(paint.width() * 0.4)));
        painter.setPen(QPen(QColor(0xb4, 0xb4, 0xb4), 0.25 * mm));
        painter.drawLine(QPointF(0, head.bottom()), QPointF(paint.width(), head.bottom()));
        painter.drawLine(QPointF(0, foot.top()), QPointF(paint.width(), foot.top()));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, painter.fontMetrics().elidedText(footerLeft, Qt::ElideRight, int(paint.width() * 0.7)));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(printed).arg(total));
        painter.restore();
    };

    drawPage(painter, titleDoc, 0, QRectF(0, paint.height() * 0.28, paint.width(), paint.height() * 0.7));
    for (int p = 0; p < contentsPages; ++p) {
        writer.newPage();
        drawPage(painter, contents, p, body);
        frame(2 + p, tr("Contents"));
    }
    qsizetype current = -1;
    for (int p = 0, part = 0; p < bodyPages; ++p) {
        if (!going(tr("Writing page %1 of %2…").arg(p + 1).arg(bodyPages), p, bodyPages)) {
            painter.end();
            return {};
        }
        writer.newPage();
        while (current + 1 < headingPage.size() && headingPage[current + 1] <= p)
            ++current;
        while (part + 1 < partPage.size() && partPage[part + 1] <= p)
            ++part;
        drawPage(painter, *parts[size_t(part)], p - partPage[part], body);
        frame(2 + contentsPages + p, current >= 0 ? b.headings[current].title : QString());
    }
    if (!painter.end())
        return tr("cannot write the PDF");
    *pages = total;
    return {};
}

} // namespace Quorum::Report

#include "pdfreport.moc"
