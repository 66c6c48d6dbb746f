// The HTML report of a run whose every name and text is hostile markup: every section there,
// everything escaped (in tables, chart labels and SVG alike), nothing that refers outside the
// file, and quorum-cli report writing it with no display.
#include "report/htmlreport.h"
#include "report/reportdata.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/runreadout.h"
#include "storage/store.h"

#include "reportsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

using namespace ReportSupport;


class TstReport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_run = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"report.sqlite"_qs);
        m_run = seed(m_path);
        QVERIFY(m_run > 0);
    }
    void cleanupTestCase() { SqliteStore::closeConnection(m_path); }

    void everySectionAndNothingHostile()
    {
        const auto opened = Store::open(m_path);
        QVERIFY(opened.store);
        QString error;
        Report::Options options;
        options.sample = -1; // every invocation, so every hostile text is in the file
        const quint64 readsBefore = RunReadout::reads();
        const auto data = Report::load(*opened.store, m_run, options, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(RunReadout::reads() - readsBefore, quint64(1)); // the run's figures read once, with what the report lists
        QCOMPARE(data->sample.size(), 16);
        const QString html = QString::fromUtf8(Report::html(*data, QLocale::c(), u"test"_qs));

        // Every section, each named in the contents.
        for (const QString &id : {u"summary"_qs, u"leaderboard"_qs, u"latency"_qs, u"cost"_qs, u"quality"_qs, u"regions"_qs,
                                  u"temperature"_qs, u"jury"_qs, u"errors"_qs, u"appendix"_qs}) {
            QVERIFY2(html.contains(u"<section id=\""_qs + id + u'"'), qPrintable(id));
            QVERIFY2(html.contains(u"<a href=\"#"_qs + id + u'"'), qPrintable(id));
        }
        QVERIFY(html.contains(u"Content-Security-Policy"_qs) && html.contains(u"default-src 'none'"_qs));
        // The list price the run kept, escaped, flagged as read long before the run.
        QVERIFY2(html.contains(u"simulator/&lt;b&gt;m&lt;/b&gt; default: $2.50 / $15.00 per million tokens, read 2023-06-01 from "
                               "the vendor&#x27;s page &lt;script&gt; (catalog test) — read more than 90 days before the run: check it"_qs)
                     || html.contains(u"simulator/&lt;b&gt;m&lt;/b&gt; default: $2.50 / $15.00 per million tokens, read 2023-06-01 from "
                                      "the vendor's page &lt;script&gt; (catalog test) — read more than 90 days before the run: check it"_qs),
                 qPrintable(html.mid(html.indexOf(u"List prices"_qs), 400)));
        QVERIFY(html.contains(u"<figure class=\"chart\">"_qs));
        QVERIFY(html.contains(u"Disputed answers (3)"_qs)); // items 0, 8 and 12 (item 4 failed: no verdict)
        // The summary's claims per task type, the hostile type's name as text: on "qa" (scenarios 0
        // and 2) each variant passed 2 of its 3 judged answers: a tie, and on the same items neither
        // can be told apart from the other.
        QVERIFY(html.contains(u"<h3>By task type</h3>"_qs));
        QVERIFY(html.contains(u"<h4>"_qs + kImage.toHtmlEscaped() + u"</h4>"_qs));
        const qsizetype qa = html.indexOf(u"<h4>qa</h4>"_qs);
        QVERIFY(qa > 0);
        const QString qaClaims = html.mid(qa, html.indexOf(u"</ul>"_qs, qa) - qa);
        QVERIFY2(qaClaims.contains(u" tie at 66.7%."_qs), qPrintable(qaClaims));
        QVERIFY2(qaClaims.contains(u"cannot be told apart from"_qs), qPrintable(qaClaims));

        // Nothing hostile as markup: no script, no event handler, no link but the contents', no
        // image, no early end of an SVG or a style.
        QVERIFY(!html.contains(u"<script"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(QRegularExpression(u"<[^>]*\\bon[a-z]+\\s*="_qs, QRegularExpression::CaseInsensitiveOption)));
        const QRegularExpression reference(QStringLiteral("(href|src|action|formaction|xlink:href)\\s*=\\s*\"([^\"]*)"));
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(m.captured(1) == u"href" && m.captured(2).startsWith(u'#'), qPrintable(m.captured(0)));
        }
        QVERIFY(!html.contains(u"<img"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"javascript:"_qs, Qt::CaseInsensitive) || !html.contains(u"href=\"javascript"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"]]>"_qs));
        QCOMPARE(html.count(u"<svg"_qs), html.count(u"</svg>"_qs));
        QCOMPARE(html.count(u"<style"_qs), 1);
        QCOMPARE(html.count(u"</style>"_qs), 1);
        // … and every one of them shown as text: in a table, in the appendix, in a chart's labels.
        QVERIFY(html.contains(kScript.toHtmlEscaped()));
        QVERIFY(html.contains(kImage.toHtmlEscaped()));
        QVERIFY(html.contains(kLink.toHtmlEscaped()));
        QVERIFY(html.contains(kStyle.toHtmlEscaped()));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_qs));
        // For the browser's check (report_in_chromium): this very file.
        QFile kept(QStringLiteral(QUORUM_HOSTILE_REPORT));
        QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(html.toUtf8()) > 0);
    }

    // Several runs of the same scenarios make one report: the runs side by side first, then each
    // run's sections under its own part and anchors; runs of other scenarios are refused by name.
    void severalRuns()
    {
        const QString path = m_dir.filePath(u"runs.sqlite"_qs);
        const qint64 first = seed(path), second = seed(path), other = seed(path, 4, u"other"_qs);
        QVERIFY(first > 0 && second > first && other > second);
        const auto opened = Store::open(path);
        QVERIFY(opened.store);
        QString error;
        Report::Options options;
        options.sections = {Report::Section::Summary, Report::Section::Errors};
        const auto runs = Report::load(*opened.store, {first, second}, options, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), 2);
        const QString html = QString::fromUtf8(Report::html(*runs, options, QLocale::c(), u"test"_qs));
        QVERIFY(html.contains(u"<section id=\"across\">"_qs));
        QVERIFY(html.contains(u"Across the runs"_qs));
        for (const qint64 run : {first, second}) {
            const QString prefix = u"run-"_qs + QString::number(run) + u"-"_qs;
            QVERIFY(html.contains(u"<section id=\""_qs + prefix + u"summary\">"_qs));
            QVERIFY(html.contains(u"<a href=\"#"_qs + prefix + u"errors\">"_qs));
            QVERIFY(!html.contains(u"<section id=\""_qs + prefix + u"leaderboard\">"_qs)); // not chosen
            // Each variant's row of each run, labelled with its run, in the table across the runs.
            QVERIFY(html.contains(QString(kScript + u"@us-east-1 · run "_qs + QString::number(run)).toHtmlEscaped()));
        }
        QVERIFY(!html.contains(u"<script"_qs));
        QVERIFY(!Report::load(*opened.store, {first, other}, options, &error));
        QVERIFY2(error.contains(u"runs %1 and %2 did not evaluate the same scenarios"_qs.arg(first).arg(other)), qPrintable(error));
        SqliteStore::closeConnection(path);
    }

    // quorum-cli report writes the same file without a display, and refuses what it cannot do.
    void commandLine()
    {
        const QString out = m_dir.filePath(u"r.html"_qs);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_qs);
        env.remove(u"DISPLAY"_qs);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(QUORUM_CLI), {u"report"_qs, u"--run"_qs, QString::number(m_run), u"--db"_qs, m_path, u"--html"_qs, out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(!html.contains("<script"));
        cli.start(QStringLiteral(QUORUM_CLI), {u"report"_qs, u"--run"_qs, u"999"_qs, u"--db"_qs, m_path, u"--html"_qs, out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("there is no run 999"));
    }
};

QTEST_MAIN(TstReport)
#include "tst_report.moc"
