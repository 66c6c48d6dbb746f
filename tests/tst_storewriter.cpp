#include "storage/readoutreader.h"
#include "storage/runsreader.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"
#include "storesupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
struct Fixture
{
    qint64 run = 0, variantA = 0, variantB = 0, judge = 0;
    QList<qint64> scenarios;
};

Fixture seed(StoreWriter &writer)
{
    Fixture f;
    f.run = writer.allocateId(StoreWriter::Table::Runs);
    writer.submit(RunRecord{f.run, u"test run"_qs, u"{}"_qs, u"s-fp"_qs, u"p-fp"_qs, {}, RunStatus::Planned, 1000});
    f.variantA = writer.allocateId(StoreWriter::Table::Variants, 2);
    f.variantB = f.variantA + 1;
    for (qint64 id : {f.variantA, f.variantB}) {
        VariantRecord v;
        v.id = id;
        v.runId = f.run;
        v.modelId = u"simulator/m"_qs + QString::number(id);
        v.provider = u"simulator"_qs;
        v.model = v.modelId.mid(10);
        v.region = id == f.variantA ? u"us-east-1"_qs : u"eu-west-1"_qs;
        v.tierRequested = u"default"_qs;
        writer.submit(v);
    }
    f.judge = writer.allocateId(StoreWriter::Table::Judges);
    VariantRecord j;
    j.id = f.judge;
    j.runId = f.run;
    j.isJudge = true;
    j.modelId = u"simulator/judge"_qs;
    j.provider = u"simulator"_qs;
    j.model = u"judge"_qs;
    writer.submit(j);
    const qint64 first = writer.allocateId(StoreWriter::Table::Scenarios, 4);
    for (qint64 s = first; s < first + 4; ++s) {
        writer.submit(ScenarioRecord{s, f.run, QString::number(s), u"prompt"_qs, u"gold"_qs,
                                     s % 2 ? u"qa"_qs : u"sql"_qs, {}, 10, {}, {}, {}, {}});
        f.scenarios << s;
    }
    return f;
}

// n answers to the fixture's run, each with two judges' verdicts (the fixture's judge and a
// second one added here), a jury outcome, an attempt and (every third) an error; one run event.
void answer(StoreWriter &writer, const Fixture &f, int n)
{
    VariantRecord second;
    second.id = writer.allocateId(StoreWriter::Table::Judges);
    second.runId = f.run;
    second.isJudge = true;
    second.modelId = u"simulator/second-judge"_qs;
    second.provider = u"simulator"_qs;
    second.model = u"second-judge"_qs;
    writer.submit(second);
    for (int i = 0; i < n; ++i) {
        std::vector<WriteOp> ops;
        InvocationRecord r;
        r.id = writer.allocateId(StoreWriter::Table::Invocations);
        r.runId = f.run;
        r.variantId = i % 2 ? f.variantA : f.variantB;
        r.scenarioId = f.scenarios.at(i % 4);
        r.workItem = i;
        r.ttftMs = 100 + i;
        r.ttlbMs = 900 + i;
        r.outputTokens = 50;
        r.t0 = 3'600'000 * (i % 3);
        r.juryScore = 1 + i % 5;
        r.juryPass = i % 5 >= 2;
        r.judgesUsed = 2;
        ops.emplace_back(r);
        for (const qint64 judge : {f.judge, second.id}) {
            VerdictRecord v;
            v.id = writer.allocateId(StoreWriter::Table::Verdicts);
            v.runId = f.run;
            v.invocationId = r.id;
            v.judgeId = judge;
            v.correctness = v.completeness = v.relevance = v.format = v.coherence = v.followingInstructions = 1 + i % 5;
            v.overall = v.weighted = 1 + i % 5;
            v.passed = i % 5 >= 2;
            ops.emplace_back(v);
        }
        ops.emplace_back(AttemptRecord{r.id, 1, r.t0, 100, 200, {}, {}, 0});
        if (i % 3 == 0) {
            ErrorRecord e;
            e.runId = f.run;
            e.invocationId = r.id;
            e.errorClass = u"throttled"_qs;
            e.message = u"429"_qs;
            ops.emplace_back(e);
        }
        writer.submit(std::move(ops));
    }
    writer.submit(RunEvent{f.run, 10, u"started"_qs, u"run started"_qs, {}});
}

qint64 scalar(const QString &path, const QString &sql)
{
    QString error;
    QSqlQuery q(testSql(path, &error));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TstStoreWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryKindOfRow()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"w.sqlite"_qs));
        {
            const auto writer = Store::writerFor(path);
            QCOMPARE(writer->start(), QString());
            QSignalSpy committed(writer.get(), &StoreWriter::committed);
            const Fixture f = seed(*writer);
            const qint64 inv = writer->allocateId(StoreWriter::Table::Invocations);
            InvocationRecord r;
            r.id = inv;
            r.runId = f.run;
            r.variantId = f.variantA;
            r.scenarioId = f.scenarios.first();
            r.workItem = 7;
            r.ttftMs = 120;
            r.ttlbMs = 900;
            r.responseText = u"answer with 'quotes' and ünïcode"_qs;
            writer->submit(r);
            writer->submit(AttemptRecord{inv, 1, 5, 100, 429, u"throttled"_qs, u"rate limited"_qs, 250});
            VerdictRecord v;
            v.id = writer->allocateId(StoreWriter::Table::Verdicts);
            v.runId = f.run;
            v.invocationId = inv;
            v.judgeId = f.judge;
            v.correctness = 4;
            v.overall = 4;
            v.passed = true;
            writer->submit(v);
            writer->submit(JuryOutcome{inv, 4.0, true, 1, false, 0.01});
            ErrorRecord e;
            e.runId = f.run;
            e.invocationId = inv;
            e.errorClass = u"throttled"_qs;
            e.message = u"429 from provider"_qs;
            writer->submit(e);
            writer->submit(RunEvent{f.run, 10, u"started"_qs, u"run started"_qs, {}});
            writer->submit(RunStatusUpdate{f.run, RunStatus::Running, 11, {}});
            writer->submit(RunStatusUpdate{f.run, RunStatus::Completed, 99, u"resp-fp"_qs});
            QVERIFY(writer->flush(10000));
            QVERIFY(committed.count() >= 1);
            QCOMPARE(writer->lastError(), QString());
        }
        RunsReader q(path);
        ReadoutReader rollups(path);
        const QList<RunSummary> runs = q.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Completed);
        QCOMPARE(runs.first().startedAt, 11);
        QCOMPARE(runs.first().finishedAt, 99);
        QCOMPARE(runs.first().scenarios, 4);
        QCOMPARE(runs.first().models, 2);
        QCOMPARE(runs.first().judges, 1);
        QCOMPARE(runs.first().invocations, 1);
        QCOMPARE(runs.first().errors, 1);
        QCOMPARE(q.count(u"verdicts"_qs, runs.first().id), 1);
        QCOMPARE(q.count(u"run_events"_qs, runs.first().id), 1);
        const VariantAggregate a = rollups.variantAggregates(runs.first().id).first();
        QCOMPARE(a.scored, 1);
        QCOMPARE(a.passed, 1);
        QCOMPARE(a.meanScore, 4.0);
        QCOMPARE(a.judgeCostUsd, 0.01);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM attempts WHERE reason = 'rate limited'"_qs), 1);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations WHERE response_text = 'answer with ''quotes'' and ünïcode'"_qs), 1);
        closeTestSql(path);
    }

    // Rollups kept by the writer equal the same sums computed afresh from the rows, after a
    // random mix of answers, errors and jury outcomes arriving before and after the rows.
    void rollupsMatchTheRows()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"r.sqlite"_qs));
        QRandomGenerator rng(7);
        {
            const auto writer = Store::writerFor(path, 37); // small batches: outcomes land in other batches than their rows
            QCOMPARE(writer->start(), QString());
            const Fixture f = seed(*writer);
            QList<qint64> ids;
            for (int i = 0; i < 2000; ++i) {
                InvocationRecord r;
                r.id = writer->allocateId(StoreWriter::Table::Invocations);
                r.runId = f.run;
                r.variantId = rng.bounded(2) ? f.variantA : f.variantB;
                r.scenarioId = f.scenarios.at(rng.bounded(4));
                r.workItem = i;
                r.ok = rng.bounded(10) > 0;
                r.t0 = qint64(rng.bounded(48)) * 3'600'000 + 5;
                if (rng.bounded(3))
                    r.ttftMs = rng.bounded(1000);
                r.ttlbMs = 1000 + rng.bounded(1000);
                r.attempts = 1 + rng.bounded(3);
                r.costUsd = rng.bounded(100) / 1000.0;
                r.outputTokens = rng.bounded(500);
                if (rng.bounded(2)) {
                    r.juryScore = 1 + rng.bounded(5);
                    r.juryPass = *r.juryScore >= 3;
                }
                writer->submit(r);
                ids << r.id;
            }
            for (int i = 0; i < 1500; ++i) // outcomes, some replacing earlier ones
                writer->submit(JuryOutcome{ids.at(rng.bounded(int(ids.size()))), double(1 + rng.bounded(5)),
                                          rng.bounded(2) == 1, 3, rng.bounded(4) == 0, 0.003});
            QVERIFY(writer->flush(30000));
            QCOMPARE(writer->lastError(), QString());
        }
        const QString diff = uR"(
            SELECT count(*) FROM (
              SELECT run_id, variant_id, scenario_id, count(*) AS n, sum(CASE WHEN status <> 'ok' THEN 1 ELSE 0 END) AS e,
                     count(jury_pass) AS s, coalesce(sum(jury_pass), 0) AS p, sum(disputed) AS d,
                     round(CAST(coalesce(sum(CASE WHEN jury_pass IS NOT NULL THEN jury_score END), 0) AS NUMERIC), 6) AS ss,
                     round(CAST(coalesce(sum(CASE WHEN status = 'ok' THEN ttft_ms END), 0) AS NUMERIC), 6) AS tf,
                     count(CASE WHEN status = 'ok' THEN ttft_ms END) AS tfn,
                     round(CAST(sum(cost_usd) AS NUMERIC), 6) AS c, round(CAST(sum(judge_cost_usd) AS NUMERIC), 6) AS jc
              FROM invocations GROUP BY 1, 2, 3
              EXCEPT
              SELECT run_id, variant_id, scenario_id, invocations, errors, scored, passed, disputed,
                     round(CAST(score_sum AS NUMERIC), 6), round(CAST(ttft_sum AS NUMERIC), 6), ttft_n,
                     round(CAST(cost_usd AS NUMERIC), 6), round(CAST(judge_cost_usd AS NUMERIC), 6)
              FROM variant_scenario_rollup) AS differing)"_qs;
        QCOMPARE(scalar(path, diff), 0);
        QCOMPARE(scalar(path, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs), 2000);
        const QString hourDiff = uR"(
            SELECT count(*) FROM (
              SELECT variant_id, t0 / 3600000, count(*), max(ttlb_ms), sum(attempts - 1)
              FROM invocations WHERE status = 'ok' GROUP BY 1, 2
              EXCEPT SELECT variant_id, hour_utc, calls, ttlb_max, retries FROM variant_hour_rollup) AS differing)"_qs;
        QCOMPARE(scalar(path, hourDiff), 0);
        closeTestSql(path);
    }

    // Deleting a run takes every row it has and everything it added to the rollups, and leaves
    // the other run as it was: also when its last sums were still in the writer's memory.
    void runDeletionTakesOneRunWhole()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"d.sqlite"_qs));
        // Every table that holds a run's rows, by the column that names the run (attempts by invocation).
        const QStringList tables = {u"runs"_qs, u"scenarios"_qs, u"variants"_qs, u"judges"_qs, u"invocations"_qs,
                                    u"verdicts"_qs, u"errors"_qs, u"run_events"_qs, u"variant_scenario_rollup"_qs,
                                    u"variant_hour_rollup"_qs, u"variant_temperature_rollup"_qs,
                                    u"scenario_experiment_rollup"_qs, u"metric_histogram"_qs, u"judge_rollup"_qs,
                                    u"agreement_rollup"_qs, u"fleiss_rollup"_qs, u"attempts"_qs};
        auto rowsOf = [&](qint64 run) {
            QList<qint64> counts;
            for (const QString &t : tables)
                counts << scalar(path, t == u"attempts"_qs ? u"SELECT count(*) FROM attempts WHERE invocation_id IN "
                                                             u"(SELECT id FROM invocations WHERE run_id = %1)"_qs.arg(run)
                                       : t == u"runs"_qs ? u"SELECT count(*) FROM runs WHERE id = %1"_qs.arg(run)
                                                         : u"SELECT count(*) FROM %1 WHERE run_id = %2"_qs.arg(t).arg(run));
            closeTestSql(path);
            return counts;
        };
        Fixture kept, gone, late;
        {
            const auto writer = Store::writerFor(path, 7);
            QCOMPARE(writer->start(), QString());
            kept = seed(*writer);
            answer(*writer, kept, 30);
            gone = seed(*writer);
            answer(*writer, gone, 30);
            QVERIFY(writer->flush(10000));
        }
        const QList<qint64> keptBefore = rowsOf(kept.run);
        QVERIFY2(!keptBefore.contains(0), qPrintable(QDebug::toString(keptBefore))); // every table has rows to lose
        QCOMPARE(rowsOf(gone.run), keptBefore);
        {
            const auto writer = Store::writerFor(path, 7);
            QCOMPARE(writer->start(), QString());
            writer->submit(RunDeletion{gone.run});
            late = seed(*writer); // written and deleted in one session, its sums still in memory
            answer(*writer, late, 30);
            writer->submit(RunDeletion{late.run});
            QVERIFY(writer->flush(10000));
            QCOMPARE(writer->lastError(), QString());
        }
        QCOMPARE(rowsOf(gone.run), QList<qint64>(tables.size(), 0));
        QCOMPARE(rowsOf(late.run), QList<qint64>(tables.size(), 0));
        QCOMPARE(rowsOf(kept.run), keptBefore);
        QCOMPARE(RunsReader(path).runs().size(), 1);
        QCOMPARE(ReadoutReader(path).variantAggregates(kept.run).size(), 2);
    }

    void refusedRowIsReportedAndTheRestKept()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"d.sqlite"_qs));
        const auto writer = Store::writerFor(path);
        QCOMPARE(writer->start(), QString());
        const Fixture f = seed(*writer);
        // Seventy answers, each with a verdict, in one submission: the local store writes them
        // many to a statement, and the answer for work item 7 comes twice, so one of those
        // statements is refused and written again row by row. Only the second copy is refused;
        // its verdict is written, as any verdict is.
        std::vector<WriteOp> answers;
        for (int k = 0; k < 70; ++k) {
            InvocationRecord r;
            r.id = writer->allocateId(StoreWriter::Table::Invocations);
            r.runId = f.run;
            r.variantId = f.variantA;
            r.scenarioId = f.scenarios.first();
            r.workItem = k == 40 ? 7 : k;
            r.juryScore = 4;
            r.juryPass = true;
            r.judgesUsed = 1;
            r.responseText = u"answer "_qs + QString::number(k);
            answers.emplace_back(r);
            VerdictRecord v;
            v.id = writer->allocateId(StoreWriter::Table::Verdicts);
            v.runId = f.run;
            v.invocationId = r.id;
            v.judgeId = f.judge;
            v.correctness = v.completeness = v.relevance = v.format = v.coherence = v.followingInstructions = 4;
            v.overall = v.weighted = 4;
            v.passed = true;
            answers.emplace_back(v);
        }
        writer->submit(std::move(answers));
        writer->submit(RunEvent{f.run, 1, u"after"_qs, {}, {}});
        writer->submit(JuryOutcome{999999, 3.0, true, 1, false, 0});
        if (onTeamStore()) {
            // The team store writes a batch's invocations in one COPY: a refused one refuses the
            // batch, which is rolled back whole, and the writer stops with the server's reason.
            QVERIFY(!writer->flush(10000));
            QVERIFY2(writer->lastError().contains(u"duplicate key"_qs), qPrintable(writer->lastError()));
            QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations"_qs), 0);
            QCOMPARE(scalar(path, u"SELECT count(*) FROM variant_scenario_rollup"_qs), 0);
            closeTestSql(path);
            return;
        }
        QVERIFY(writer->flush(10000));
        QVERIFY2(writer->lastError().contains(u"2 row(s) refused"_qs), qPrintable(writer->lastError()));
        QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations"_qs), 69);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations WHERE work_item = 40"_qs), 0);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM verdicts"_qs), 70);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM run_events"_qs), 1);
        QCOMPARE(scalar(path, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs), 69);
        QCOMPARE(scalar(path, u"SELECT sum(passed) FROM variant_scenario_rollup"_qs), 69);
        // The written answers' verdicts are the judge's; the refused answer's is not counted.
        QCOMPARE(scalar(path, u"SELECT sum(verdicts) FROM judge_rollup"_qs), 69);
        // Every written answer is found by search, the refused one is not.
        QCOMPARE(scalar(path, u"SELECT count(*) FROM answer_fts WHERE answer_fts MATCH 'answer'"_qs), 69);
        closeTestSql(path);
    }

    // A run and its rows in one all-or-nothing submission: one refused row, and none of it is
    // written (a run that cannot be recorded leaves nothing behind); the writer goes on.
    void allOrNothingLeavesNothingHalfMade()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"a.sqlite"_qs));
        const auto writer = Store::writerFor(path);
        QCOMPARE(writer->start(), QString());
        const Fixture kept = seed(*writer); // an earlier run, in the same batch as what follows
        std::vector<WriteOp> rows;
        const qint64 run = writer->allocateId(StoreWriter::Table::Runs);
        rows.emplace_back(RunRecord{run, u"doomed"_qs, u"{}"_qs, u"s"_qs, u"p"_qs, {}, RunStatus::Planned, 2000});
        const qint64 first = writer->allocateId(StoreWriter::Table::Scenarios, 3);
        for (qint64 s = first; s < first + 3; ++s) // the third repeats the first one's key
            rows.emplace_back(ScenarioRecord{s, run, s == first + 2 ? QString::number(first) : QString::number(s), u"p"_qs,
                                             {}, {}, {}, 0, {}, {}, {}, {}});
        writer->submitAll(std::move(rows));
        writer->submit(RunEvent{kept.run, 3, u"after"_qs, {}, {}});
        QVERIFY(writer->flush(10000));
        QVERIFY2(writer->lastError().contains(u"nothing of it was written"_qs) && writer->lastError().contains(u"unique"_qs, Qt::CaseInsensitive),
                 qPrintable(writer->lastError()));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM runs WHERE id = %1").arg(run)), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM scenarios WHERE run_id = %1").arg(run)), 0);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM runs"_qs), 1);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM scenarios"_qs), 4);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM run_events"_qs), 1);
        closeTestSql(path);
    }

    void secondWriterIsTurnedAway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"l.sqlite"_qs);
        const auto first = Store::writerFor(path);
        QCOMPARE(first->start(), QString());
        const auto second = Store::writerFor(path);
        const QString error = second->start();
        QVERIFY2(error.contains(u"another Quorum"_qs), qPrintable(error));
        QCOMPARE(second->submit(RunEvent{}), 0u);
    }

    // A one-off write (a pin, a person's verdict) while this process's run writer holds the local
    // store goes through that writer instead of being turned away; once it is gone, through a
    // writer of its own.
    void aOneOffWriteDuringARunUsesItsWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"o.sqlite"_qs);
        const Store::Opened opened = Store::open(path);
        QVERIFY(opened.store);
        qint64 run = 0;
        {
            const auto running = Store::writerFor(path);
            QCOMPARE(running->start(), QString());
            run = running->allocateId(StoreWriter::Table::Runs);
            running->submit(RunRecord{run, u"busy"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Running, 1});
            QCOMPARE(opened.store->write({BaselinePin{u"main"_qs, run, 2, u"ada"_qs}}), QString());
            QCOMPARE(RunsReader(*opened.store).baselines().size(), 1); // committed when write() returns
        }
        QCOMPARE(opened.store->write({BaselinePin{u"next"_qs, run, 3, u"ada"_qs}}), QString());
        QCOMPARE(RunsReader(*opened.store).baselines().size(), 2);
    }

    void newerDatabaseStopsTheWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"n.sqlite"_qs);
        {
            const auto writer = Store::writerFor(path);
            QCOMPARE(writer->start(), QString());
        }
        {
            QString error;
            QSqlQuery q(testSql(path, &error));
            QVERIFY(q.exec(u"UPDATE meta SET value = '42' WHERE key = 'schema_version'"_qs));
        }
        closeTestSql(path);
        const auto writer = Store::writerFor(path);
        QVERIFY(writer->start().contains(u"newer Quorum"_qs));
    }

    // A real process is SIGKILLed while writing, several times; every chunk it reported
    // committed is there, the file is intact, and a new writer carries on after it.
    void committedRowsSurviveAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.sqlite"_qs);
        QRandomGenerator rng(2024);
        qint64 reported = 0, pendingSeen = 0;
        for (int round = 0; round < 4; ++round) {
            QProcess child;
            child.start(QStringLiteral(STOREWRITER_CHILD), {path, u"100000"_qs});
            QVERIFY(child.waitForStarted());
            const int killAfter = 1 + rng.bounded(15);
            qint64 lastInRound = 0;
            int lines = 0;
            while (lines < killAfter) {
                if (!child.canReadLine())
                    QVERIFY2(child.waitForReadyRead(20000), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
                while (child.canReadLine() && lines < killAfter) {
                    const QByteArray line = child.readLine().trimmed();
                    QVERIFY(line.startsWith("committed "));
                    lastInRound = line.mid(10).toLongLong();
                    ++lines;
                }
            }
            if (child.state() == QProcess::Running && child.processId() > 0) // kill(0) would hit this test's own group
                ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            // Lines may still sit in the pipe: they were committed before the kill too.
            for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
                if (line.startsWith("committed "))
                    lastInRound = line.mid(10).toLongLong();
            QVERIFY(lastInRound > reported);
            reported = lastInRound;

            // Ids run on from one round to the next, so every id up to the last reported is there.
            QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations WHERE id <= "_qs + QString::number(reported)), reported);
            QVERIFY(scalar(path, u"SELECT max(id) FROM invocations"_qs) >= reported);
            QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations"_qs), scalar(path, u"SELECT count(DISTINCT id) FROM invocations"_qs));
            // Each round's rows are contiguous chunks of 50: none is half-written.
            QCOMPARE(scalar(path, u"SELECT count(*) FROM invocations"_qs) % 50, 0);
            // The killed writer's unapplied sums are listed as pending; opening the store applies them.
            pendingSeen += scalar(path, u"SELECT count(*) FROM rollup_pending"_qs);
            QVERIFY(SqliteStore::prepare(path).ok);
            QCOMPARE(scalar(path, u"SELECT count(*) FROM rollup_pending"_qs), 0);
            const qint64 rows = scalar(path, u"SELECT count(*) FROM invocations"_qs);
            QCOMPARE(scalar(path, u"SELECT sum(invocations) FROM variant_scenario_rollup"_qs), rows);
            QCOMPARE(scalar(path, u"SELECT sum(invocations) FROM scenario_experiment_rollup"_qs), rows);
            QCOMPARE(scalar(path, u"SELECT sum(n) FROM metric_histogram WHERE metric = 1"_qs), rows);
            QCOMPARE(scalar(path, u"SELECT round(sum(sum)) FROM metric_histogram WHERE metric = 1"_qs),
                     scalar(path, u"SELECT round(sum(ttlb_ms)) FROM invocations"_qs));
            closeTestSql(path);
        }
        QVERIFY2(pendingSeen > 0, "no kill found sums pending: the test did not exercise the recovery");
        {
            QString error;
            QSqlQuery q(testSql(path, &error));
            QVERIFY(q.exec(u"PRAGMA integrity_check"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_qs);
        }
        closeTestSql(path);
        // The stale lock of the killed process does not stop the next writer->
        const auto writer = Store::writerFor(path);
        QCOMPARE(writer->start(), QString());
        QVERIFY(writer->allocateId(StoreWriter::Table::Invocations) > reported);
    }
};

QTEST_GUILESS_MAIN(TstStoreWriter)
#include "tst_storewriter.moc"
