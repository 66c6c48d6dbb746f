// The HTML report of a run whose every name and text is hostile markup: every section there,
// everything escaped (in tables, chart labels and SVG alike), nothing that refers outside the
// file, and quorum-cli report writing it with no display.
#include "report/htmlreport.h"
#include "report/reportdata.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

namespace {
const QString kScript = u"<script>alert(1)</script>"_qs;
const QString kImage = u"\"><img src=x onerror=alert(2)>"_qs;
const QString kSvg = u"]]></svg><script>alert(3)</script>"_qs;
const QString kLink = u"<a href=\"javascript:alert(4)\">click</a>"_qs;
const QString kStyle = u"</style><style>body{display:none}</style>"_qs;

qint64 seed(const QString &path)
{
    const auto w = Store::writerFor(path);
    if (!w->start().isEmpty())
        return 0;
    const qint64 run = w->allocateId(StoreWriter::Table::Runs);
    w->submit(RunRecord{run, u"Report "_qs + kScript, uR"({"quorum_plan": 1, "settings": {"experiments": 2}})"_qs, u"fp"_qs, {}, {},
                        RunStatus::Completed, 1'700'000'000'000});
    QList<qint64> variants;
    for (const QString &name : {kScript, kImage}) {
        VariantRecord v;
        v.id = w->allocateId(StoreWriter::Table::Variants);
        v.runId = run;
        v.modelId = u"openai/m"_qs + QString::number(variants.size());
        v.provider = u"openai"_qs;
        v.model = u"m"_qs;
        v.region = u"us-east-1"_qs;
        v.tierRequested = u"default"_qs;
        v.displayName = name;
        w->submit(v);
        variants << v.id;
    }
    VariantRecord judge;
    judge.id = w->allocateId(StoreWriter::Table::Judges);
    judge.runId = run;
    judge.isJudge = true;
    judge.modelId = u"anthropic/j"_qs;
    judge.provider = u"anthropic"_qs;
    judge.model = u"j"_qs;
    judge.displayName = kStyle;
    w->submit(judge);
    QList<qint64> scenarios;
    for (int i = 0; i < 4; ++i) {
        scenarios << w->allocateId(StoreWriter::Table::Scenarios);
        w->submit(ScenarioRecord{scenarios.last(), run, u"s"_qs + QString::number(i) + kSvg, u"Prompt "_qs + kSvg, kLink,
                                 i % 2 ? kImage : u"qa"_qs, kStyle, 10, {}, {}, {}, {}});
    }
    qint64 item = 0;
    for (const qint64 v : variants)
        for (const qint64 s : scenarios)
            for (int experiment = 0; experiment < 2; ++experiment, ++item) {
                InvocationRecord r;
                r.id = w->allocateId(StoreWriter::Table::Invocations);
                r.runId = run;
                r.variantId = v;
                r.scenarioId = s;
                r.workItem = item;
                r.experiment = experiment;
                r.temperature = 0.7;
                r.ok = item % 5 != 4;
                r.errorClass = r.ok ? QString() : kScript;
                r.t0 = 1'700'000'000'000 + item;
                r.ttftMs = 100 + 10.0 * double(item);
                r.ttlbMs = 300 + 10.0 * double(item);
                r.outputTokens = 10;
                r.costUsd = 0.001;
                r.responseText = kLink + kScript + kSvg;
                std::vector<WriteOp> ops;
                if (r.ok) {
                    const bool pass = item % 3 != 0;
                    r.juryScore = pass ? 4.5 : 1.5;
                    r.juryPass = pass;
                    r.judgesUsed = 1;
                    r.disputed = item % 4 == 0;
                    VerdictRecord d;
                    d.id = w->allocateId(StoreWriter::Table::Verdicts);
                    d.runId = run;
                    d.invocationId = r.id;
                    d.judgeId = judge.id;
                    d.correctness = d.completeness = d.relevance = d.format = d.coherence = d.followingInstructions = pass ? 5 : 1;
                    d.overall = d.weighted = pass ? 5 : 1;
                    d.passed = pass;
                    d.rationaleJson = uR"({"correctness": "%1"})"_qs.arg(QString(kImage).replace(u'"', u"\\\""_qs));
                    d.status = VerdictStatus::Repaired;
                    d.rawText = kStyle + kScript;
                    ops.emplace_back(std::move(d));
                } else {
                    ops.emplace_back(ErrorRecord{run, r.id, v, {}, s, ErrorCategory::Api, kScript, kImage, {}, r.t0});
                }
                ops.insert(ops.begin(), WriteOp(std::move(r)));
                w->submit(std::move(ops));
            }
    return w->flush(10000) && w->lastError().isEmpty() ? run : 0;
}
} // namespace

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
        const auto data = Report::load(*opened.store, m_run, options, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->sample.size(), 16);
        const QString html = QString::fromUtf8(Report::html(*data, QLocale::c(), u"test"_qs));

        // Every section, each named in the contents.
        for (const QString &id : {u"summary"_qs, u"leaderboard"_qs, u"latency"_qs, u"cost"_qs, u"quality"_qs, u"regions"_qs,
                                  u"temperature"_qs, u"jury"_qs, u"errors"_qs, u"appendix"_qs}) {
            QVERIFY2(html.contains(u"<section id=\""_qs + id + u'"'), qPrintable(id));
            QVERIFY2(html.contains(u"<a href=\"#"_qs + id + u'"'), qPrintable(id));
        }
        QVERIFY(html.contains(u"Content-Security-Policy"_qs) && html.contains(u"default-src 'none'"_qs));
        QVERIFY(html.contains(u"<figure class=\"chart\">"_qs));
        QVERIFY(html.contains(u"Disputed answers (3)"_qs)); // items 0, 8 and 12 (item 4 failed: no verdict)

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
