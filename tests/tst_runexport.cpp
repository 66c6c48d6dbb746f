// The export for scripts: every invocation written once with the values the test stored (read
// back with Quorum's CSV reader and Qt's JSON parser, not compared with the writer's own
// formatting), each judge's columns filled from its verdict, and the verdicts' long form.
#include "config/csvreader.h"
#include "storage/runexport.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;

class TstRunExport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_run = 0;
    QList<qint64> m_judges;
    static constexpr int kInvocations = 30;

    // Quotes, commas and a line break (CSV's quoting), a backslash, a tab, a control character and
    // text beyond ASCII (JSON's escapes).
    static QString answer(int i)
    {
        return u"answer %1, with \"quotes\",\ncommas and a line break, C:\\path\tand \x01 café ✓ 🙂"_qs.arg(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"export.sqlite"_qs);
        const auto w = Store::writerFor(m_path);
        QCOMPARE(w->start(), QString());
        m_run = w->allocateId(StoreWriter::Table::Runs);
        w->submit(RunRecord{m_run, u"export"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
        VariantRecord v;
        v.id = w->allocateId(StoreWriter::Table::Variants);
        v.runId = m_run;
        v.modelId = u"openai/gpt-x"_qs;
        v.provider = u"openai"_qs;
        v.model = u"gpt-x"_qs;
        v.region = u"eu-west-1"_qs;
        v.tierRequested = u"priority"_qs;
        w->submit(v);
        for (const QString &j : {u"anthropic/judge-a"_qs, u"gemini/judge-b"_qs}) {
            VariantRecord judge;
            judge.id = w->allocateId(StoreWriter::Table::Judges);
            judge.runId = m_run;
            judge.isJudge = true;
            judge.modelId = j;
            judge.provider = j.section(u'/', 0, 0);
            judge.model = j.section(u'/', 1);
            w->submit(judge);
            m_judges << judge.id;
        }
        const qint64 scenario = w->allocateId(StoreWriter::Table::Scenarios);
        w->submit(ScenarioRecord{scenario, m_run, u"s, 1"_qs, u"p"_qs, u"g"_qs, u"qa"_qs, {}, 10, {}, {}, {}, {}});
        for (int i = 0; i < kInvocations; ++i) {
            InvocationRecord r;
            r.id = w->allocateId(StoreWriter::Table::Invocations);
            r.runId = m_run;
            r.variantId = v.id;
            r.scenarioId = scenario;
            r.workItem = i;
            r.invocationIndex = i;
            r.temperature = 0.25;
            r.ok = i % 10 != 9;
            r.errorClass = r.ok ? QString() : u"throttled"_qs;
            r.t0 = 1'700'000'000'000 + i;
            if (i % 3)
                r.ttftMs = 100.5 + i;
            r.ttlbMs = 1000.25 + i;
            r.inputTokens = 100 + i;
            r.outputTokens = 7 * i;
            r.costUsd = 0.000125 * (i + 1);
            r.tierServed = u"priority"_qs;
            r.responseText = r.ok ? answer(i) : QString();
            std::vector<WriteOp> ops;
            if (r.ok) {
                r.juryScore = 4.25;
                r.juryPass = i % 2 == 0;
                r.judgesUsed = i % 4 ? 2 : 1;
                for (int j = 0; j < r.judgesUsed; ++j) {
                    VerdictRecord d;
                    d.id = w->allocateId(StoreWriter::Table::Verdicts);
                    d.runId = m_run;
                    d.invocationId = r.id;
                    d.judgeId = m_judges.at(j);
                    d.correctness = 1 + (i + j) % 5;
                    d.completeness = d.relevance = d.format = d.coherence = d.followingInstructions = 4;
                    d.overall = d.weighted = 3.5 + j;
                    d.passed = j == 0;
                    d.extraScoresJson = uR"({"brevity": 2})"_qs;
                    ops.emplace_back(std::move(d));
                }
            }
            ops.insert(ops.begin(), WriteOp(std::move(r)));
            w->submit(std::move(ops));
        }
        QVERIFY(w->flush(10000));
    }
    void cleanupTestCase() { SqliteStore::closeConnection(m_path); }

    void csvHoldsEveryInvocation()
    {
        const auto opened = Store::open(m_path);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        QCOMPARE(RunExport{}.write(*opened.store, m_run, out, &rows), QString());
        QCOMPARE(rows, qint64(kInvocations));
        Diagnostics diagnostics;
        const CsvTable table = readCsv(TextSource::fromBytes(u"export.csv"_qs, out.data(), diagnostics), diagnostics);
        QVERIFY2(!diagnostics.hasErrors(), qPrintable(diagnostics.items().value(0).toString()));
        QCOMPARE(table.rows.size(), kInvocations);
        const QStringList &header = table.header.fields;
        QCOMPARE(header.mid(0, RunExport::invocationColumns().size()), RunExport::invocationColumns());
        QCOMPARE(header.size(), RunExport::invocationColumns().size() + 2 * 9);
        QVERIFY(header.contains(u"anthropic/judge-a:correctness"_qs) && header.contains(u"gemini/judge-b:passed"_qs));
        const auto at = [&](int row, const QString &column) { return table.rows.at(row).fields.at(header.indexOf(column)); };
        for (int i = 0; i < kInvocations; ++i) {
            QCOMPARE(at(i, u"work_item"_qs).toInt(), i);
            QCOMPARE(at(i, u"scenario"_qs), u"s, 1"_qs);
            QCOMPARE(at(i, u"variant"_qs), u"openai/gpt-x@eu-west-1#priority"_qs);
            QCOMPARE(at(i, u"tier_requested"_qs), u"priority"_qs);
            QCOMPARE(at(i, u"status"_qs), i % 10 == 9 ? u"error"_qs : u"ok"_qs);
            QCOMPARE(at(i, u"error_class"_qs), i % 10 == 9 ? u"throttled"_qs : QString());
            QCOMPARE(at(i, u"ttft_ms"_qs), i % 3 ? QString::number(100.5 + i) : QString());
            QCOMPARE(at(i, u"ttlb_ms"_qs).toDouble(), 1000.25 + i);
            QCOMPARE(at(i, u"output_tokens"_qs).toInt(), 7 * i);
            QCOMPARE(at(i, u"cost_usd"_qs).toDouble(), 0.000125 * (i + 1));
            QCOMPARE(at(i, u"response_text"_qs), i % 10 == 9 ? QString() : answer(i)); // quotes, commas and the line break survive
            if (i % 10 == 9) {
                QCOMPARE(at(i, u"jury_pass"_qs), QString());
                QCOMPARE(at(i, u"anthropic/judge-a:status"_qs), QString());
                continue;
            }
            QCOMPARE(at(i, u"jury_pass"_qs), i % 2 == 0 ? u"1"_qs : u"0"_qs);
            QCOMPARE(at(i, u"anthropic/judge-a:correctness"_qs).toInt(), 1 + i % 5);
            QCOMPARE(at(i, u"anthropic/judge-a:overall"_qs).toDouble(), 3.5);
            QCOMPARE(at(i, u"anthropic/judge-a:passed"_qs), u"1"_qs);
            // The second judge judged only where judges_used is 2.
            QCOMPARE(at(i, u"gemini/judge-b:status"_qs), i % 4 ? u"ok"_qs : QString());
            QCOMPARE(at(i, u"gemini/judge-b:correctness"_qs), i % 4 ? QString::number(1 + (i + 1) % 5) : QString());
        }
    }

    void jsonlAndVerdicts()
    {
        const auto opened = Store::open(m_path);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        RunExport jsonl;
        jsonl.format = RunExport::Format::Jsonl;
        QCOMPARE(jsonl.write(*opened.store, m_run, out, nullptr), QString());
        const QList<QByteArray> lines = out.data().trimmed().split('\n');
        QCOMPARE(lines.size(), kInvocations);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(u"response_text"_qs).toString(), answer(0));
        QVERIFY(first.value(u"ttft_ms"_qs).isNull()); // 0 % 3: no first token measured
        QCOMPARE(first.value(u"anthropic/judge-a:overall"_qs).toDouble(), 3.5);
        QCOMPARE(first.value(u"jury_pass"_qs), QJsonValue(true));

        // Every object parses and says what the CSV row says, cell for cell: the same keys in the
        // same order, a text as the same text, a number as the same number, a flag as 1/0, none
        // as an empty field.
        QBuffer csvOut;
        csvOut.open(QIODevice::WriteOnly);
        QCOMPARE(RunExport{}.write(*opened.store, m_run, csvOut), QString());
        Diagnostics diagnostics;
        const CsvTable table = readCsv(TextSource::fromBytes(u"export.csv"_qs, csvOut.data(), diagnostics), diagnostics);
        QVERIFY(!diagnostics.hasErrors());
        QCOMPARE(table.rows.size(), lines.size());
        for (qsizetype r = 0; r < lines.size(); ++r) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(r), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_qs + QString::fromUtf8(lines.at(r))));
            const QJsonObject o = doc.object();
            QCOMPARE(o.keys().size(), table.header.fields.size());
            for (qsizetype c = 0; c < table.header.fields.size(); ++c) {
                const QString &key = table.header.fields.at(c), &field = table.rows.at(r).fields.at(c);
                QVERIFY2(o.contains(key), qPrintable(key));
                const QJsonValue value = o.value(key);
                switch (value.type()) {
                case QJsonValue::Null: QVERIFY2(field.isEmpty(), qPrintable(key)); break;
                case QJsonValue::Bool: QCOMPARE(field, value.toBool() ? u"1"_qs : u"0"_qs); break;
                case QJsonValue::Double: QCOMPARE(field.toDouble(), value.toDouble()); break;
                case QJsonValue::String: QCOMPARE(field, value.toString()); break;
                default: QFAIL(qPrintable(u"an array or object in "_qs + key));
                }
            }
        }
        // The keys in the columns' order (a reader that streams may rely on it).
        QVERIFY(lines.first().startsWith("{\"invocation_id\":"));
        QVERIFY(lines.first().indexOf("\"work_item\"") < lines.first().indexOf("\"scenario\""));

        QBuffer long_;
        long_.open(QIODevice::WriteOnly);
        RunExport verdicts;
        verdicts.shape = RunExport::Shape::Verdicts;
        qint64 rows = 0;
        QCOMPARE(verdicts.write(*opened.store, m_run, long_, &rows), QString());
        int expected = 0;
        for (int i = 0; i < kInvocations; ++i)
            if (i % 10 != 9)
                expected += (i % 4 ? 2 : 1) * 7; // six dimensions and brevity per verdict
        QCOMPARE(rows, qint64(expected));
        QVERIFY(long_.data().contains("anthropic/judge-a,ok,brevity,2,1"));
        // Filtered by a criterion that takes no parameter (the jury's verdict): only the verdicts
        // of the answers the jury failed (odd i, not an error), none of the others.
        QBuffer failedOnly;
        failedOnly.open(QIODevice::WriteOnly);
        RunExport failedVerdicts = verdicts;
        failedVerdicts.juryOnly = true;
        failedVerdicts.filter.verdict = InvocationFilter::Verdict::Failed;
        QCOMPARE(failedVerdicts.write(*opened.store, m_run, failedOnly, &rows), QString());
        int failed = 0;
        for (int i = 0; i < kInvocations; ++i)
            if (i % 10 != 9 && i % 2 == 1)
                failed += (i % 4 ? 2 : 1) * 7;
        QCOMPARE(rows, qint64(failed));
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        QVERIFY(RunExport{}.write(*opened.store, 999, none).contains(u"no run 999"_qs));
    }
};

QTEST_GUILESS_MAIN(TstRunExport)
#include "tst_runexport.moc"
