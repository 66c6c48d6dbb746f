#include "pdfreport.h"

#include "present/figures.h"
#include "report/reportbody.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace Quorum::Report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Report", text);
}

constexpr int kResolution = 300;                              // dots per inch of the PDF's coordinates
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
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

// The charts in the laid-out text: a placeholder character QTextDocument sizes and paints
// through this handler, into whatever device draws the page (PDF: vectors).
class ChartHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartHandler(const QList<Body::Chart> &charts, QSizeF body) : m_charts(charts), m_body(body) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QSizeF s = m_charts.value(format.property(kChartIndex).toInt()).size;
        if (s.isEmpty())
            return {};
        const double fit = std::min(m_body.width() * 0.999 / s.width(), m_body.height() * 0.9 / s.height()); // never taller than a page
        return s * fit;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const Body::Chart &c = m_charts.at(format.property(kChartIndex).toInt());
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / c.size.width(), rect.height() / c.size.height());
        painter->setClipRect(QRectF(QPointF(), c.size), Qt::IntersectClip);
        c.paint(*painter, QRectF(QPointF(), c.size));
        painter->restore();
    }

private:
    const QList<Body::Chart> &m_charts;
    QSizeF m_body;
};

// A text laid out for the writer's page body: at its resolution (else text comes out a third
// of its size), its width, paginated by QTextDocument (tables repeat their <thead>).
void prepare(QTextDocument &doc, QPdfWriter &writer, QSizeF body, const QString &html, bool paginate = true)
{
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(kFamily);
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QString::fromLatin1(kPaperStyle));
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    if (paginate)
        doc.setPageSize(body);
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

    // The sections: each chart placeholder becomes a chart object, each heading of the report
    // starts a page (a run's first section stays on its part's page).
    QTextDocument doc;
    ChartHandler charts(b.charts, body.size());
    doc.documentLayout()->registerHandler(kChartObject, &charts);
    prepare(doc, writer, body.size(), b.html, false); // paginated once changed below
    QList<QTextBlock> headingBlocks;
    {
        qsizetype next = 0;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextImageFormat image = f.charFormat().toImageFormat();
                if (f.charFormat().isImageFormat() && image.name().startsWith(kChartScheme)) {
                    QTextCharFormat object;
                    object.setObjectType(kChartObject);
                    object.setProperty(kChartIndex, image.name().mid(kChartScheme.size()).toInt());
                    QTextCursor c(&doc);
                    c.setPosition(f.position());
                    c.setPosition(f.position() + 1, QTextCursor::KeepAnchor);
                    c.insertText(QString(QChar::ObjectReplacementCharacter), object);
                    break; // one chart per paragraph; the block's fragments changed
                }
            }
            const int level = block.blockFormat().headingLevel();
            if (next < b.headings.size() && (level == 1 || level == 2) && block.text().trimmed() == b.headings[next].title.trimmed()) {
                if (!headingBlocks.isEmpty() && !(level == 2 && b.headings[next - 1].level == 1)) {
                    QTextBlockFormat f = block.blockFormat();
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(block).setBlockFormat(f);
                }
                headingBlocks << block;
                ++next;
            }
        }
    }
    // Laid out once, changed: a block changed after a layout could stay unlaid (and unprinted).
    doc.setPageSize(body.size());
    const int bodyPages = doc.pageCount();
    QList<int> headingPage; // 0-based, within the body
    for (const QTextBlock &block : headingBlocks) { // where its first line is (a page break moves the line, not the block)
        const QTextLayout *layout = block.layout();
        const double y = layout->position().y() + (layout->lineCount() > 0 ? layout->lineAt(0).y() : 0);
        headingPage << int((y + 1) / body.height());
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
    for (int p = 0; p < bodyPages; ++p) {
        if (!going(tr("Writing page %1 of %2…").arg(p + 1).arg(bodyPages), p, bodyPages)) {
            painter.end();
            return {};
        }
        writer.newPage();
        while (current + 1 < headingPage.size() && headingPage[current + 1] <= p)
            ++current;
        drawPage(painter, doc, p, body);
        frame(2 + contentsPages + p, current >= 0 ? b.headings[current].title : QString());
    }
    if (!painter.end())
        return tr("cannot write the PDF");
    *pages = total;
    return {};
}

} // namespace Quorum::Report

#include "pdfreport.moc"
