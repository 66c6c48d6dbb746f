#include "analytics/regional.h"
#include "storage/readoutreader.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/sqlite/schema.h"
#include "storage/storewriter.h"
#include "storesupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a private connection, outside SqliteStore, to build databases of any shape.
void rawExec(const QString &path, const QStringList &statements, int migrateTo = -1)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"raw"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        if (migrateTo >= 0)
            QCOMPARE(Schema::migrate(db, 0, migrateTo), QString());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text() + u" in "_qs + s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_qs);
}

int tableCount(const QString &path, const QString &table)
{
    QString error;
    QSqlDatabase db = SqliteStore::connection(path, &error);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_qs + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TstSqliteStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/q.sqlite"_qs);
        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 0);
        QVERIFY(r.backupPath.isEmpty());
        QVERIFY(QFile::exists(path));
        // Opening again is a no-op.
        const SqliteStore::Readiness again = SqliteStore::prepare(path);
        QVERIFY(again.ok);
        QCOMPARE(again.fromVersion, Schema::kCurrentVersion);
        RunsReader queries(path);
        QCOMPARE(queries.runs().size(), 0);
        QCOMPARE(queries.error(), QString());
        SqliteStore::closeConnection(path);
    }
    void usesWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.sqlite"_qs);
        QVERIFY(SqliteStore::prepare(path).ok);
        QString error;
        QSqlDatabase db = SqliteStore::connection(path, &error);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_qs);
        db = {};
        SqliteStore::closeConnection(path);
    }
    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_qs);
        rawExec(path, {u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_qs}, Schema::kCurrentVersion);
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"newer Quorum"_qs) && r.error.contains(u"untouched"_qs), qPrintable(r.error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }
    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_qs);
        rawExec(path, {u"CREATE TABLE notes (id INTEGER)"_qs});
        const QByteArray before = fileHash(path);
        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"not a Quorum database"_qs), qPrintable(r.error));
        QCOMPARE(fileHash(path), before);
    }
    void notSqliteAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"text.sqlite"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
    // A version-1 database with a run in it is backed up, then migrated; version 2's rollups
    // are filled from the rows already there.
    void olderDatabaseIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QStringList rows = {
            u"INSERT INTO runs(id, name, plan_json, status, created_at) VALUES (1, 'old run', '{}', 'completed', 0)"_qs,
            u"INSERT INTO scenarios(id, run_id, scenario_key, prompt, task_type) VALUES (1, 1, 'k1', 'p', 'qa'), (2, 1, 'k2', 'p2', 'sql')"_qs,
            u"INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, output_cost_per_1k) "
            "VALUES (1, 1, 'simulator/a', 'simulator', 'a', 'us-east-1', 'default', 0, 0)"_qs,
        };
        // 3 ok answers (2 passed, 1 failed) and 1 error, at two hours of the day.
        const char *inv = "INSERT INTO invocations(id, run_id, variant_id, scenario_id, work_item, experiment, invocation_index, "
                          "temperature, status, first_start_at, t0, ttft_ms, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, "
                          "output_tokens, reasoning_tokens, tokens_estimated, cost_usd, attempts, streamed, jury_score, jury_pass) "
                          "VALUES (%1, 1, 1, %2, %1, 0, 0, 0.7, '%3', %4, %4, %5, %6, %6, 0, 10, 20, 0, 0, 0.5, 1, 1, %7, %8)";
        rows << QString::fromLatin1(inv).arg(1).arg(1).arg(u"ok"_qs).arg(3'600'000).arg(100).arg(1000).arg(u"4"_qs, u"1"_qs)
             << QString::fromLatin1(inv).arg(2).arg(1).arg(u"ok"_qs).arg(3'600'000).arg(300).arg(3000).arg(u"2"_qs, u"0"_qs)
             << QString::fromLatin1(inv).arg(3).arg(2).arg(u"ok"_qs).arg(7'200'000).arg(200).arg(2000).arg(u"5"_qs, u"1"_qs)
             << QString::fromLatin1(inv).arg(4).arg(2).arg(u"error"_qs).arg(7'200'000).arg(u"NULL"_qs).arg(50).arg(u"NULL"_qs, u"NULL"_qs);
        rawExec(path, rows, 1);

        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 1);
        QVERIFY(QFile::exists(r.backupPath));
        QVERIFY(r.backupPath.contains(u".v1-backup-"_qs));

        ReadoutReader queries(path);
        const QList<VariantAggregate> board = queries.variantAggregates(1);
        QCOMPARE(board.size(), 1);
        const VariantAggregate &a = board.first();
        QCOMPARE(a.invocations, 4);
        QCOMPARE(a.errors, 1);
        QCOMPARE(a.scored, 3);
        QCOMPARE(a.passed, 2);
        QCOMPARE(a.meanScore, 11.0 / 3);
        QCOMPARE(a.meanTtftMs, 200.0);  // successful calls only
        QCOMPARE(a.meanTtlbMs, 2000.0);
        QCOMPARE(a.costUsd, 2.0);
        const QList<TaskCell> cells = queries.taskMatrix(1);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).taskType, u"qa"_qs);
        QCOMPARE(cells.at(0).passed, 1);
        QCOMPARE(cells.at(0).scored, 2);
        const QList<RegionHour> hours = queries.regionalByHour(1);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours.at(0).hour, 1);
        QCOMPARE(hours.at(0).calls, 2);
        QCOMPARE(hours.at(0).maxTtlbMs, 3000.0);
        QCOMPARE(hours.at(1).calls, 1); // the error does not count for latency
        // In the region's own time: 01:00 and 02:00 UTC on 1 January 1970 were 20:00 and 21:00
        // in New York (UTC−5).
        ReadoutReader reader(path);
        const QList<RegionLocalHour> local = regionalByLocalHour(reader.regionHours(1));
        QCOMPARE(local.size(), 2);
        QCOMPARE(local.at(0).timeZone, u"America/New_York"_qs);
        QCOMPARE(local.at(0).localHour, 20);
        QCOMPARE(local.at(0).calls, 2);
        QCOMPARE(local.at(0).meanTtlbMs, 2000.0);
        QCOMPARE(local.at(1).localHour, 21);
        // An analyst's own map wins; an unknown zone falls back to UTC.
        QCOMPARE(regionalByLocalHour(reader.regionHours(1), {{u"us-east-1"_qs, u"Asia/Tokyo"_qs}}).at(0).localHour, 10);
        QCOMPARE(regionalByLocalHour(reader.regionHours(1), {{u"us-east-1"_qs, u"Nowhere/Atlantis"_qs}}).at(0).localHour, 1);

        // The backup is the untouched version-1 database.
        QSqlDatabase backup = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"backup"_qs);
        backup.setDatabaseName(r.backupPath);
        QVERIFY(backup.open());
        QString error;
        QCOMPARE(Schema::version(backup, &error), 1);
        backup.close();
        backup = {};
        QSqlDatabase::removeDatabase(u"backup"_qs);
        QCOMPARE(tableCount(path, u"invocations"_qs), 4);
        SqliteStore::closeConnection(path);
    }
    // A store as the last release wrote it (version 8: its search indexes kept by triggers) is
    // backed up and upgraded; what it holds is still found, and from then on the writer keeps the
    // indexes exact without triggers, through new runs and a deletion of the old one.
    void aVersion8StoreKeepsItsSearchExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v8.sqlite"_qs);
        const char *inv = "INSERT INTO invocations(id, run_id, variant_id, scenario_id, work_item, experiment, invocation_index, "
                          "temperature, status, first_start_at, t0, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, "
                          "output_tokens, reasoning_tokens, tokens_estimated, cost_usd, attempts, streamed, response_text) "
                          "VALUES (%1, 1, 1, 1, %1, 0, 0, 0.7, 'ok', 0, 0, 100, 100, 0, 10, 20, 0, 0, 0.5, 1, 1, '%2')";
        rawExec(path,
                {u"INSERT INTO runs(id, name, plan_json, status, created_at) VALUES (1, 'old run', '{}', 'completed', 0)"_qs,
                 u"INSERT INTO scenarios(id, run_id, scenario_key, prompt, golden_answer, task_type) VALUES (1, 1, 'k', 'Name a bird.', 'heron', 'qa')"_qs,
                 u"INSERT INTO variants(id, run_id, model_id, provider, model, region, tier_requested, input_cost_per_1k, output_cost_per_1k) "
                 "VALUES (1, 1, 'simulator/a', 'simulator', 'a', 'us-east-1', 'default', 0, 0)"_qs,
                 u"INSERT INTO judges(id, run_id, model_id, provider, model, region, input_cost_per_1k, output_cost_per_1k) "
                 "VALUES (1, 1, 'simulator/j', 'simulator', 'j', 'us-east-1', 0, 0)"_qs,
                 QString::fromLatin1(inv).arg(1).arg(u"A heron."_qs), QString::fromLatin1(inv).arg(2).arg(u"A kestrel."_qs),
                 u"INSERT INTO verdicts(id, run_id, invocation_id, judge_id, status, input_tokens, output_tokens, cost_usd, latency_ms, "
                 "repair_attempted, rationale) VALUES (1, 1, 2, 1, 'ok', 1, 1, 0, 1, 0, 'A kestrel is no heron.')"_qs},
                8);
        QCOMPARE(scalarIn(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_qs), 9); // as version 8 made them
        closeTestSql(path);

        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 8);
        QVERIFY(QFile::exists(r.backupPath));
        QCOMPARE(scalarIn(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_qs), 0);
        QCOMPARE(searchIndexDrift(path), QString());
        const auto found = [&](qint64 run, const QString &word) {
            InvocationFilter f;
            f.search = word;
            QList<qint64> ids;
            InvocationReader q(path);
            for (const InvocationRow &row : q.invocations(run, f))
                ids << row.id;
            return ids;
        };
        QCOMPARE(found(1, u"kestrel"_qs), (QList<qint64>{2}));     // an answer and a rationale say it
        QCOMPARE(found(1, u"bird"_qs).size(), 2);                   // the prompt

        const auto w = Store::writerFor(path);
        QCOMPARE(w->start(), QString());
        const qint64 run = w->allocateId(StoreWriter::Table::Runs);
        QVERIFY(run > 1);
        w->submit(RunRecord{run, u"new run"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
        const qint64 scenario = w->allocateId(StoreWriter::Table::Scenarios);
        w->submit(ScenarioRecord{scenario, run, u"k"_qs, u"Name a fish."_qs, {}, u"qa"_qs, {}, 10, {}, {}, {}, {}});
        const VariantRecord v = testVariant(w->allocateId(StoreWriter::Table::Variants), run, false, u"simulator/a"_qs);
        w->submit(v);
        InvocationRecord i;
        i.id = w->allocateId(StoreWriter::Table::Invocations);
        i.runId = run;
        i.variantId = v.id;
        i.scenarioId = scenario;
        i.ttlbMs = 100;
        i.responseText = u"A pike, not a heron."_qs;
        w->submit(i);
        w->submit(RunDeletion{1});
        QVERIFY(w->flush());
        QCOMPARE(w->lastError(), QString());
        QCOMPARE(searchIndexDrift(path), QString());
        QCOMPARE(found(run, u"heron"_qs), (QList<qint64>{i.id}));
        QCOMPARE(found(-1, u"kestrel"_qs), (QList<qint64>{}));
        closeTestSql(path);
        SqliteStore::closeConnection(path);
    }
    // Both stores share one schema ladder from version 10 on (schemaladder.h). A store as the last
    // release wrote it (the local store's own version 9) is backed up and brought onto it; its
    // schema is then the same, table by table, column by column, index by index, as a store
    // made afresh from the ladder, and its rows and search are kept.
    void aStoreOfTheLastReleaseMeetsTheLadder()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.sqlite"_qs), old = dir.filePath(u"v9.sqlite"_qs);
        QVERIFY(SqliteStore::prepare(fresh).ok);
        QCOMPARE(scalarIn(fresh, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs), 11);
        rawExec(old,
                {u"INSERT INTO runs(id, name, plan_json, status, created_at) VALUES (1, 'old run', '{}', 'completed', 0)"_qs,
                 u"INSERT INTO scenarios(id, run_id, scenario_key, prompt, task_type) VALUES (1, 1, 'k', 'Name a heron.', 'qa')"_qs},
                9);
        QCOMPARE(scalarIn(old, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs), 9);
        const QStringList before = schemaShape(old);
        closeTestSql(old);

        const SqliteStore::Readiness r = SqliteStore::prepare(old);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 9);
        QVERIFY(QFile::exists(r.backupPath));
        const QStringList made = schemaShape(fresh), upgraded = schemaShape(old);
        QVERIFY(made.size() > 100);
        QCOMPARE(upgraded, made);
        QVERIFY(before != made); // version 11 added an index
        QVERIFY(made.contains(u"index | invocations_disputed | invocations"_qs));
        QCOMPARE(scalarIn(old, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs), 11);
        QCOMPARE(scalarIn(old, u"SELECT count(*) FROM scenarios WHERE prompt = 'Name a heron.'"_qs), 1);
        // The disputed answers of a run are read through their own index, not by a scan of the run.
        QString plan;
        {
            QString error;
            QSqlQuery q(testSql(old, &error));
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM invocations WHERE run_id = 1 AND disputed <> 0"_qs));
            while (q.next())
                plan += q.value(3).toString() + u'\n';
        }
        QVERIFY2(plan.contains(u"invocations_disputed"_qs), qPrintable(plan));
        closeTestSql(old);
        closeTestSql(fresh);
    }
    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clash.sqlite"_qs);
        // A table in the way of step 2 makes the migration fail half-way.
        rawExec(path, {u"CREATE TABLE variant_hour_rollup (x INTEGER)"_qs}, 1);
        const SqliteStore::Readiness r = SqliteStore::prepare(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"unchanged"_qs), qPrintable(r.error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QCOMPARE(Schema::version(db, &error), 1);
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT count(*) FROM variant_scenario_rollup"_qs)); // rolled back
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_qs);
    }
};

QTEST_GUILESS_MAIN(TstSqliteStore)
#include "tst_sqlitestore.moc"
