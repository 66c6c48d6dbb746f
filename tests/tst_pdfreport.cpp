// The PDF report, read back with poppler's tools (as a person's viewer would): its page count,
// A4 or Letter, embedded fonts, a contents page whose numbers are where each section starts,
// a header and "page N of M" on every page, every invocation of the appendix in the text (none
// lost in layout), the hostile texts as plain text, and a table's header repeated on the page it
// continues on; quorum-cli writing it with no display.
#include "report/pdfreport.h"
#include "report/reportdata.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include "reportsupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace ReportSupport;

namespace {
// A poppler tool's standard output (they come with poppler-utils, which the test set-up installs).
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"!failed: "_qs + tool + u" "_qs + p.errorString() + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pageText(const QString &pdf, int page)
{
    return poppler(u"pdftotext"_qs, {u"-f"_qs, QString::number(page), u"-l"_qs, QString::number(page), u"-layout"_qs, pdf, u"-"_qs});
}
} // namespace

class TstPdfReport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_run = 0;

    QString write(const Report::Options &options, Report::Paper paper, int *pages)
    {
        const auto opened = Store::open(m_path);
        if (!opened.store)
            return {};
        QString error;
        const auto runs = Report::load(*opened.store, QList<qint64>{m_run}, options, &error);
        if (!runs)
            return {};
        const QString file = m_dir.filePath(u"report-%1.pdf"_qs.arg(paper == Report::Paper::A4 ? u"a4" : u"letter"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        error = Report::pdf(*runs, options, QLocale::c(), u"test"_qs, paper, out, pages);
        return error.isEmpty() ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"report.sqlite"_qs);
        m_run = seed(m_path, 24); // 96 invocations: a disputed table longer than a page
        QVERIFY(m_run > 0);
        QVERIFY2(!poppler(u"pdfinfo"_qs, {u"-v"_qs}).startsWith(u"!failed"), "poppler-utils is missing: scripts/dev test installs it");
    }
    void cleanupTestCase() { SqliteStore::closeConnection(m_path); }

    void pagesContentsAndText()
    {
        Report::Options options;
        options.sample = -1;
        int pages = 0;
        const QString pdf = write(options, Report::Paper::A4, &pages);
        QVERIFY(!pdf.isEmpty());
        const QString info = poppler(u"pdfinfo"_qs, {pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_qs.arg(pages))), qPrintable(info));
        QVERIFY2(info.contains(u"595.276 x 841.89 pts (A4)"_qs) || info.contains(u"595 x 842 pts (A4)"_qs), qPrintable(info));
        QVERIFY(info.contains(u"Title:           Quorum report: Report "_qs + kScript));
        // Every font embedded (the text stays selectable and looks the same anywhere).
        const QStringList fonts = poppler(u"pdffonts"_qs, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.split(u' ', Qt::SkipEmptyParts).value(font.split(u' ', Qt::SkipEmptyParts).size() - 5) == u"yes", qPrintable(font));

        // The title page, then the contents: each section with the page it starts on.
        QVERIFY(pageText(pdf, 1).contains(u"Quorum report: Report "_qs + kScript));
        const QString contents = pageText(pdf, 2);
        QVERIFY(contents.contains(u"Contents"_qs));
        int previous = 2;
        for (const Report::Section s : Report::allSections()) {
            const QString title = QString::number(int(s) + 1) + u". "_qs + Report::sectionTitle(s);
            const auto m = QRegularExpression(QRegularExpression::escape(title) + u"\\s+(\\d+)\\n"_qs).match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(title));
            const int page = m.captured(1).toInt();
            QVERIFY2(page > previous, qPrintable(title)); // each section on its own page, in order
            previous = page;
            const QString text = pageText(pdf, page);
            QVERIFY2(text.contains(QRegularExpression(u"^\\s*[^\\n]*\\n\\s*"_qs + QRegularExpression::escape(title))), qPrintable(text.left(300)));
            QVERIFY2(!pageText(pdf, page - 1).contains(QRegularExpression(u"\\n\\s*"_qs + QRegularExpression::escape(title) + u"\\s*\\n"_qs)),
                     qPrintable(title + u" on page "_qs + QString::number(page - 1)));
        }
        QVERIFY(previous <= pages);
        // The header and footer on every page but the title's.
        for (int page = 2; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_qs.arg(page).arg(pages)), qPrintable(QString::number(page)));
            // pdftotext -layout spaces words by where they stand: a long heading on the same line
            // can widen the gaps in the header (it did when the machine gained more fonts).
            QVERIFY2(text.contains(QRegularExpression(u"Quorum\\s+report:\\s+Report"_qs)), qPrintable(QString::number(page)));
        }

        // All the text, none lost in layout: every invocation of the appendix (its work item),
        // the hostile names and answers as the characters they are.
        const QString all = poppler(u"pdftotext"_qs, {pdf, u"-"_qs});
        for (int item = 0; item < 96; ++item)
            QVERIFY2(all.contains(QRegularExpression(u"Work item\\s+%1\\n"_qs.arg(item))), qPrintable(QString::number(item)));
        QVERIFY(all.contains(kScript));
        QVERIFY(all.contains(u"onerror=alert(2)"_qs));
        QVERIFY(all.contains(u"javascript:alert(4)"_qs));
        QVERIFY(all.contains(u"body{display:none}"_qs));

        // The disputed answers' table runs over a page: its header again at the top of the next.
        const int jury = QRegularExpression(u"8\\. Jury health\\s+(\\d+)\\n"_qs).match(contents).captured(1).toInt();
        QVERIFY(jury > 0);
        // Every fourth of the 96 is disputed (24), less the five of those that failed (4, 24, 44, 64, 84).
        QVERIFY(pageText(pdf, jury).contains(u"Disputed answers (19)"_qs));
        const QString next = pageText(pdf, jury + 1);
        QVERIFY2(!next.contains(u"9. Errors"_qs), "the disputed table fits one page: the test needs a longer one");
        const QString top = next.section(u'\n', 0, 12); // the header, a continued row's end at most above it
        QVERIFY2(top.contains(QRegularExpression(u"Model variant\\s+Scenario\\s+Task"_qs)) && top.contains(u"Verdict"_qs), qPrintable(top));
    }

    // Letter, and only the sections asked for.
    void paperAndSections()
    {
        Report::Options options;
        options.sections = {Report::Section::Summary, Report::Section::Cost};
        int pages = 0;
        const QString pdf = write(options, Report::Paper::Letter, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(poppler(u"pdfinfo"_qs, {pdf}).contains(u"612 x 792 pts (letter)"_qs));
        const QString all = poppler(u"pdftotext"_qs, {pdf, u"-"_qs});
        QVERIFY(all.contains(u"1. Summary"_qs));
        QVERIFY(all.contains(u"2. Cost"_qs));
        QVERIFY(!all.contains(u"Leaderboard"_qs));
        QVERIFY(!all.contains(u"Appendix"_qs));
        QCOMPARE(pages, 4); // title, contents, summary, cost
    }

    // Several runs: the part of each run in the contents with its sections and their pages.
    void severalRuns()
    {
        const QString path = m_dir.filePath(u"runs.sqlite"_qs);
        const qint64 first = seed(path), second = seed(path);
        const auto opened = Store::open(path);
        QString error;
        Report::Options options;
        options.sections = {Report::Section::Summary, Report::Section::Errors};
        const auto runs = Report::load(*opened.store, QList<qint64>{first, second}, options, &error);
        QVERIFY2(runs, qPrintable(error));
        const QString file = m_dir.filePath(u"runs.pdf"_qs);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        int pages = 0;
        QCOMPARE(Report::pdf(*runs, options, QLocale::c(), u"test"_qs, Report::Paper::A4, out, &pages), QString());
        out.close();
        QCOMPARE(pages, 2 + 1 + 2 * 2); // title, contents, across the runs, two sections per run
        const QString contents = pageText(file, 2);
        int previous = 2;
        for (const QString &title : {u"Across the runs"_qs, u"%1.1. Summary"_qs.arg(first), u"%1.2. Errors"_qs.arg(first),
                                     u"%1.1. Summary"_qs.arg(second), u"%1.2. Errors"_qs.arg(second)}) {
            const auto m = QRegularExpression(QRegularExpression::escape(title) + u"\\s+(\\d+)\\n"_qs).match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(title + u"\n"_qs + contents));
            QVERIFY2(m.captured(1).toInt() > previous, qPrintable(title));
            previous = m.captured(1).toInt();
            QVERIFY2(pageText(file, previous).contains(title), qPrintable(title));
        }
        SqliteStore::closeConnection(path);
    }

    // Cancelled: nothing counted as written.
    void cancelled()
    {
        const auto opened = Store::open(m_path);
        QString error;
        const auto runs = Report::load(*opened.store, QList<qint64>{m_run}, {}, &error);
        QVERIFY(runs);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int pages = -1, calls = 0;
        const QString e = Report::pdf(*runs, {}, QLocale::c(), u"test"_qs, Report::Paper::A4, buffer, &pages,
                                      [&](const QString &, int, int) { return ++calls < 3; });
        QVERIFY(e.isEmpty());
        QCOMPARE(pages, 0);
        QCOMPARE(calls, 3);
    }

    // quorum-cli report --pdf with no display; a wrong section or paper is the command line's fault.
    void commandLine()
    {
        const QString out = m_dir.filePath(u"cli.pdf"_qs);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_qs);
        env.remove(u"DISPLAY"_qs);
        const auto cli = [&](const QStringList &extra, QByteArray *err = nullptr) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(QUORUM_CLI), QStringList{u"report"_qs, u"--run"_qs, QString::number(m_run), u"--db"_qs, m_path} + extra);
            p.waitForFinished(60000);
            if (err)
                *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        QCOMPARE(cli({u"--pdf"_qs, out, u"--paper"_qs, u"a4"_qs, u"--sections"_qs, u"summary,errors"_qs}, &err), 0);
        QVERIFY2(err.contains("pages"), err.constData());
        QVERIFY(poppler(u"pdftotext"_qs, {out, u"-"_qs}).contains(u"2. Errors"_qs));
        QCOMPARE(cli({u"--pdf"_qs, out, u"--sections"_qs, u"summary,nonsense"_qs}, &err), 64);
        QVERIFY(err.contains("there is no section \"nonsense\""));
        QCOMPARE(cli({u"--pdf"_qs, out, u"--paper"_qs, u"a3"_qs}, &err), 64);
        QCOMPARE(cli({}, &err), 64);
        QVERIFY(err.contains("give --html FILE, --pdf FILE or both"));
    }
};

QTEST_MAIN(TstPdfReport)
#include "tst_pdfreport.moc"
