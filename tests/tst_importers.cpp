#include "config/configimport.h"
#include "config/scenarioimporter.h"
#include "diagnosticsdump.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using Quorum::TestSupport::dump;

namespace {
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
const QString kFixtures = QStringLiteral(QUORUM_FIXTURES) + u"/360-eval"_qs;
} // namespace

class TstImporters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every 360-eval sample is accepted as it is: warnings at most, never an error.
    void fixturesAreAccepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<InputKind>("kind");
        QTest::addColumn<int>("count");
        if (!QDir(kFixtures).exists())
            QFAIL("the 360-eval samples are missing from tests/data");
        QTest::newRow("models") << kFixtures + u"/config/models_profiles.jsonl"_qs << InputKind::ModelProfiles << 27;
        QTest::newRow("judges") << kFixtures + u"/config/judge_profiles.jsonl"_qs << InputKind::JudgeProfiles << 3;
        QTest::newRow("extraction") << kFixtures + u"/datasets/sample-benchmark-prompts-data-extraction.csv"_qs << InputKind::Scenarios << 20;
        QTest::newRow("summarization") << kFixtures + u"/datasets/sample-benchmark-prompts-summarization.csv"_qs << InputKind::Scenarios << 20;
        QTest::newRow("text-to-sql") << kFixtures + u"/datasets/sample-benchmark-prompts-text-to-sql.csv"_qs << InputKind::Scenarios << 21;
    }
    void fixturesAreAccepted()
    {
        QFETCH(QString, path);
        QFETCH(InputKind, kind);
        QFETCH(int, count);
        Diagnostics d;
        const ImportedFile f = importFile(path, d);
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.scenarios.size() + f.models.size() + f.judges.size(), count);
    }

    // The broken corpus: each file has a .expected list of "LINE: severity: text" that must
    // all be reported, and no error may be reported that is not on the list.
    void brokenCorpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kData + u"/broken"_qs);
        for (const QString &name : dir.entryList({u"*.expected"_qs}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name.chopped(9));
    }
    void brokenCorpus()
    {
        QFETCH(QString, path);
        QFile expectedFile(path + u".expected"_qs);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        Diagnostics d;
        const ImportedFile f = importFile(path, d);
        QVERIFY2(d.hasErrors(), qPrintable(dump(d)));
        // An import with an error changes nothing.
        QVERIFY(f.scenarios.isEmpty() && f.models.isEmpty() && f.judges.isEmpty() && f.criteria.isEmpty() && !f.plan);

        static const QRegularExpression lineRe(u"^(\\d+): (error|warning): (.+)$"_qs);
        QList<Diagnostic> unmatched = d.items();
        for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const auto m = lineRe.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            const int number = m.captured(1).toInt();
            const auto severity = m.captured(2) == u"error" ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
            const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const Diagnostic &x) {
                return x.line == number && x.severity == severity && x.message.contains(m.captured(3)) && x.file == path;
            });
            QVERIFY2(it != unmatched.end(), qPrintable(u"not reported: "_qs + line + u"\nreported:\n"_qs + dump(d)));
            unmatched.erase(it);
        }
        for (const Diagnostic &x : unmatched)
            QVERIFY2(x.severity == Diagnostic::Severity::Warning, qPrintable(u"unexpected: "_qs + x.toString()));
    }

    void scenarioFieldsAreRead()
    {
        Diagnostics d;
        const ImportedFile f = importFile(kData + u"/good/vision-scenarios.jsonl"_qs, d);
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(f.scenarios.size(), 2);
        const Scenario &s = f.scenarios.first();
        QCOMPARE(s.prompt, u"What colour is the square?"_qs);
        QCOMPARE(s.goldenAnswer, u"Red"_qs);
        QCOMPARE(s.expectedOutputTokens, 20);
        QCOMPARE(s.taskType, u"vision"_qs);
        QCOMPARE(s.taskCriteria, u"Names the colour"_qs);
        QCOMPARE(s.image, QDir(kData + u"/good"_qs).absoluteFilePath(u"chart.png"_qs));
        QCOMPARE(s.userMetrics, QStringList({u"brevity"_qs, u"tone"_qs}));
        QCOMPARE(s.temperature, std::optional<double>(0.2));
        QCOMPARE(s.region, u"us-east-1"_qs);
        QCOMPARE(s.source.line, 1);
        QCOMPARE(f.scenarios.at(1).image, u"https://example.com/chart.png"_qs);
        QCOMPARE(f.scenarios.at(1).userMetrics, QStringList({u"accuracy"_qs}));
        QCOMPARE(s.id.size(), 16);
        QVERIFY(s.id != f.scenarios.at(1).id);
    }
    void scenarioIdsAreStableAcrossImports()
    {
        Diagnostics d;
        const QString path = kData + u"/good/vision-scenarios.jsonl"_qs;
        QCOMPARE(importFile(path, d).scenarios.first().id, importFile(path, d).scenarios.first().id);
    }
    // 360-eval runs every row: a repeated row is a scenario of its own with an id that tells it
    // apart, still warned about; ids do not depend on where rows sit in the file.
    void repeatedRowsAreScenariosOfTheirOwn()
    {
        const QByteArray rows = "text_prompt,golden_answer,task_type\n"
                                "Sum up A,a,summarization\n"
                                "Sum up B,b,summarization\n"
                                "Sum up A,a,summarization\n"
                                "Sum up A,a,extraction\n";
        Diagnostics d;
        const QList<Scenario> s = importBytes(u"rows.csv"_qs, rows, d).scenarios;
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(2).id, s.at(0).id + u"#2"_qs);
        QVERIFY(s.at(3).id != s.at(0).id); // the task is part of the identity
        QVERIFY(!s.at(3).id.contains(u'#'));
        QCOMPARE(d.warningCount(), 1);
        QCOMPARE(d.items().first().line, 4);
        QVERIFY(d.items().first().message.contains(u"rows.csv:2"_qs));

        // A row inserted before the others changes none of their ids.
        Diagnostics d2;
        const QList<Scenario> t = importBytes(u"rows.csv"_qs, QByteArray(rows).insert(rows.indexOf('\n') + 1, "New one,n,qa\n"), d2).scenarios;
        QCOMPARE(t.size(), 5);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(t.at(i + 1).id, s.at(i).id);
    }
    // The same scenario in two files of a plan: numbered across the files, never twice the same id.
    void repeatsAcrossFilesAreNumberedOnce()
    {
        Diagnostics d;
        QList<Scenario> all = importBytes(u"a.csv"_qs, "text_prompt\nSame\nSame\n", d).scenarios;
        all += importBytes(u"b.csv"_qs, "text_prompt\nSame\n", d).scenarios;
        numberRepeatedScenarios(all, d);
        QCOMPARE(all.size(), 3);
        QCOMPARE(QSet<QString>({all.at(0).id, all.at(1).id, all.at(2).id}).size(), 3);
        QCOMPARE(all.at(2).id, all.at(0).id + u"#3"_qs);
        numberRepeatedScenarios(all, d); // a second pass (a stored plan read again) changes nothing
        QCOMPARE(all.at(2).id, all.at(0).id + u"#3"_qs);
    }
    // 360-eval's JSONL has task.task_type on every line: a line without it is reported there.
    void missingTaskTypeIsReportedAtItsLine()
    {
        Diagnostics d;
        const QList<Scenario> s = importBytes(u"s.jsonl"_qs,
            "{\"text_prompt\": \"a\", \"task\": {\"task_type\": \"qa\", \"task_criteria\": \"c\"}}\n"
            "{\"text_prompt\": \"b\"}\n"
            "{\"text_prompt\": \"c\", \"task\": {\"task_criteria\": \"c\"}}\n", d).scenarios;
        QCOMPARE(s.size(), 3);
        QCOMPARE(d.warningCount(), 2);
        QCOMPARE(d.sorted().at(0).line, 2);
        QCOMPARE(d.sorted().at(1).line, 3);
        QVERIFY(d.sorted().at(0).message.contains(u"task_type"_qs));
    }
    // A CSV names its columns freely: the user says which is which, as 360-eval asks.
    void csvColumnsChosenByTheUser()
    {
        const QByteArray csv = "id_x,cleaned_question_body,cleaned_answer_body,score\n"
                               "1,How do I undo a commit?,git revert,12\n"
                               "2,What is a rebase?,Replaying commits,7\n";
        CsvColumns columns;
        columns.prompt = u"cleaned_question_body"_qs;
        columns.golden = u"cleaned_answer_body"_qs;
        columns.taskType = u"question answering"_qs;
        columns.taskCriteria = u"Accurate and brief"_qs;
        Diagnostics d;
        const QList<Scenario> s = importBytes(u"so.csv"_qs, csv, d, InputKind::Scenarios, columns).scenarios;
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).prompt, u"How do I undo a commit?"_qs);
        QCOMPARE(s.at(1).goldenAnswer, u"Replaying commits"_qs);
        QCOMPARE(s.at(0).taskType, u"question answering"_qs);
        QCOMPARE(s.at(0).taskCriteria, u"Accurate and brief"_qs);
        QCOMPARE(s.at(0).expectedOutputTokens, 5000); // 360-eval's cap for rows converted from CSV

        Diagnostics none;
        QVERIFY(importBytes(u"so.csv"_qs, csv, none).scenarios.isEmpty()); // without the choice: no prompt column
        QVERIFY(none.hasErrors());

        Diagnostics wrong;
        columns.prompt = u"question"_qs;
        QVERIFY(importBytes(u"so.csv"_qs, csv, wrong, InputKind::Scenarios, columns).scenarios.isEmpty());
        QCOMPARE(wrong.errorCount(), 1);
        QVERIFY2(wrong.items().first().message.contains(u"no column named \"question\" (--prompt-column); the columns are: id_x, "
                                                        "cleaned_question_body, cleaned_answer_body, score"_qs), qPrintable(dump(wrong)));
        QCOMPARE(wrong.items().first().line, 1);
    }
    // A plan's "csv_columns" read its CSV scenario files the same way; the command line's win.
    void planCsvColumns()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"so.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("q,a\nWhy?,Because\n");
        csv.close();
        QFile plan(dir.filePath(u"plan.json"_qs));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write(R"({"quorum_plan": 1, "scenarios": "so.csv", "csv_columns": {"prompt": "q", "golden_answer": "a", "task_type": "why"},
                      "models": [{"model_id": "simulator/swift-lite", "input_token_cost": 0, "output_token_cost": 0}],
                      "settings": {"latency_only": true}})" "\n");
        plan.close();
        Diagnostics d;
        const ImportedFile f = importFile(plan.fileName(), d);
        QVERIFY2(f.plan && !d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(f.plan->scenarios.size(), 1);
        QCOMPARE(f.plan->scenarios.first().goldenAnswer, u"Because"_qs);
        QCOMPARE(f.plan->scenarios.first().taskType, u"why"_qs);
        CsvColumns mine;
        mine.taskType = u"mine"_qs;
        const ImportedFile g = importFile(plan.fileName(), d, InputKind::Plan, mine);
        QCOMPARE(g.plan->scenarios.first().taskType, u"mine"_qs);

        // Each row's task type from a column of its own; a row whose cell is empty takes the typed value.
        QFile typed(dir.filePath(u"typed.csv"_qs));
        QVERIFY(typed.open(QIODevice::WriteOnly));
        typed.write("q,a,kind\nWhy?,Because,reasoning\nHow?,Thus,\n");
        typed.close();
        QFile plan2(dir.filePath(u"plan2.json"_qs));
        QVERIFY(plan2.open(QIODevice::WriteOnly));
        plan2.write(R"({"quorum_plan": 1, "scenarios": "typed.csv",
                       "csv_columns": {"prompt": "q", "golden_answer": "a", "task_type_column": "kind", "task_type": "general"},
                       "models": [{"model_id": "simulator/swift-lite", "input_token_cost": 0, "output_token_cost": 0}],
                       "settings": {"latency_only": true}})" "\n");
        plan2.close();
        Diagnostics d2;
        const ImportedFile h = importFile(plan2.fileName(), d2);
        QVERIFY2(h.plan && !d2.hasErrors(), qPrintable(dump(d2)));
        QCOMPARE(h.plan->scenarios.at(0).taskType, u"reasoning"_qs);
        QCOMPARE(h.plan->scenarios.at(1).taskType, u"general"_qs);
        Diagnostics d3;
        QFile plan3(dir.filePath(u"plan3.json"_qs));
        QVERIFY(plan3.open(QIODevice::WriteOnly));
        plan3.write(R"({"quorum_plan": 1, "scenarios": "typed.csv", "csv_columns": {"prompt": "q", "task_type_column": "sort"},
                       "models": [{"model_id": "simulator/swift-lite"}], "settings": {"latency_only": true}})" "\n");
        plan3.close();
        QVERIFY(!importFile(plan3.fileName(), d3).plan);
        QVERIFY2(dump(d3).contains(u"no column named \"sort\""_qs), qPrintable(dump(d3)));
    }
    void multipleChoiceItems()
    {
        Diagnostics d;
        const ImportedFile f = importFile(kData + u"/good/siqa-items.jsonl"_qs, d);
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(f.scenarios.size(), 2);
        const Scenario &s = f.scenarios.first();
        QCOMPARE(s.choices.size(), 3);
        QCOMPARE(s.correctChoice, u"C"_qs);  // SIQA labels are 1-based
        QCOMPARE(s.goldenAnswer, u"C"_qs);
        QVERIFY(s.prompt.contains(u"C) Find somewhere to go"_qs));
        QVERIFY(s.prompt.startsWith(u"Tracy didn't go home"_qs));
        QCOMPARE(f.scenarios.at(1).correctChoice, u"A"_qs);
        QCOMPARE(s.taskType, u"multiple_choice"_qs);

        const ImportedFile csv = importFile(kData + u"/good/mc.csv"_qs, d);
        QCOMPARE(csv.scenarios.size(), 1);
        QCOMPARE(csv.scenarios.first().correctChoice, u"B"_qs);
    }
    void csvColumnNamesAreMapped()
    {
        Diagnostics d;
        const ImportedFile f = importFile(kData + u"/good/mapped-columns.csv"_qs, d);
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        QCOMPARE(f.scenarios.first().prompt, u"Describe, briefly"_qs);
        QCOMPARE(f.scenarios.first().goldenAnswer, u"A square"_qs);
        QCOMPARE(f.scenarios.first().taskType, u"vision"_qs);
        QVERIFY(f.scenarios.first().image.endsWith(u"/chart.png"_qs));
    }
    void modelProfileFields()
    {
        Diagnostics d;
        const QByteArray line = R"({"model_id": "bedrock/us.amazon.nova-pro-v1:0", "region": "eu-central-1", "input_token_cost": 0.0008,)"
                                R"( "output_token_cost": 0.0032, "target_rpm": 120, "service_tier": "Flex", "base_url": "http://127.0.0.1:9000",)"
                                R"( "api_key_env": "MY_KEY", "display_name": "Nova Pro"})" "\n";
        const ImportedFile f = importBytes(u"models.jsonl"_qs, line, d);
        QVERIFY2(!d.hasErrors(), qPrintable(dump(d)));
        const ModelVariant &m = f.models.first();
        QCOMPARE(m.provider, Provider::Bedrock);
        QCOMPARE(m.model, u"us.amazon.nova-pro-v1:0"_qs);
        QCOMPARE(m.region, u"eu-central-1"_qs);
        QCOMPARE(m.tier, ServiceTier::Flex);
        QCOMPARE(m.targetRpm, std::optional<int>(120));
        QCOMPARE(m.inputCostPer1k, 0.0008);
        QCOMPARE(m.baseUrl, u"http://127.0.0.1:9000"_qs);
        QCOMPARE(m.apiKeyEnv, u"MY_KEY"_qs);
        QCOMPARE(m.label(), u"Nova Pro@eu-central-1#flex"_qs);
    }
    void kindIsGuessedOrForced()
    {
        Diagnostics d;
        QCOMPARE(importBytes(u"x.jsonl"_qs, "{\"model_id\": \"simulator/a\"}\n", d).kind, InputKind::ModelProfiles);
        QCOMPARE(importBytes(u"my-judges.jsonl"_qs, "{\"model_id\": \"simulator/a\"}\n", d).kind, InputKind::JudgeProfiles);
        QCOMPARE(importBytes(u"x.jsonl"_qs, "{\"model_id\": \"simulator/a\"}\n", d, InputKind::JudgeProfiles).kind,
                 InputKind::JudgeProfiles);
        QCOMPARE(importBytes(u"x.jsonl"_qs, "{\"text_prompt\": \"hi\"}\n", d).kind, InputKind::Scenarios);
        QVERIFY(!d.hasErrors());
        importBytes(u"x.txt"_qs, "hello\n", d);
        QVERIFY(d.hasErrors());
    }
    void emptyFilesAreErrors()
    {
        Diagnostics d;
        importBytes(u"s.jsonl"_qs, "", d, InputKind::Scenarios);
        QCOMPARE(d.errorCount(), 1);
        QVERIFY(d.items().first().message.contains(u"no scenarios"_qs));
    }
};

QTEST_GUILESS_MAIN(TstImporters)
#include "tst_importers.moc"
