#include "schemahistory.h"

#include "schema.h"
#include "sqliterollups.h"

#include <QSqlQuery>

namespace Quorum::SchemaHistory {

namespace {
// The full-text indexes as versions 6 to 9 made them (the shared ladder describes them since).
struct LegacySearch
{
    const char *name, *table;
    QStringList columns;
};
const LegacySearch kSearches[] = {
    {"answer_fts", "invocations", {u"response_text"_qs}},
    {"scenario_fts", "scenarios", {u"prompt"_qs, u"golden_answer"_qs}},
    {"rationale_fts", "verdicts", {u"rationale"_qs}},
};

// Version 1: every table a run needs.
const char *const kStep1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        plan_json TEXT NOT NULL,
        scenario_fingerprint TEXT,
        plan_fingerprint TEXT,
        response_fingerprint TEXT,
        judge_template TEXT,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER))",
    R"(CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        scenario_key TEXT NOT NULL,
        prompt TEXT NOT NULL,
        golden_answer TEXT,
        task_type TEXT,
        task_criteria TEXT,
        expected_output_tokens INTEGER,
        image TEXT,
        user_metrics TEXT,
        temperature REAL,
        region TEXT,
        UNIQUE (run_id, scenario_key)))",
    R"(CREATE TABLE variants (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        model_id TEXT NOT NULL,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        region TEXT,
        tier_requested TEXT NOT NULL,
        input_cost_per_1k REAL NOT NULL,
        output_cost_per_1k REAL NOT NULL,
        target_rpm INTEGER,
        base_url TEXT,
        display_name TEXT,
        UNIQUE (run_id, model_id, region, tier_requested)))",
    R"(CREATE TABLE judges (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        model_id TEXT NOT NULL,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        region TEXT,
        input_cost_per_1k REAL NOT NULL,
        output_cost_per_1k REAL NOT NULL,
        base_url TEXT,
        display_name TEXT,
        UNIQUE (run_id, model_id, region)))",
    R"(CREATE TABLE invocations (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        variant_id INTEGER NOT NULL REFERENCES variants(id),
        scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
        work_item INTEGER NOT NULL,       -- the work item's stable number in the run's plan
        experiment INTEGER NOT NULL,
        invocation_index INTEGER NOT NULL,
        temperature REAL NOT NULL,
        status TEXT NOT NULL,             -- ok | error
        error_class TEXT,
        first_start_at INTEGER NOT NULL,
        t0 INTEGER NOT NULL,
        ttft_ms REAL,
        ttfr_ms REAL,
        ttlb_ms REAL NOT NULL,
        wall_ms REAL NOT NULL,
        throttle_wait_ms REAL NOT NULL,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        reasoning_tokens INTEGER NOT NULL,
        tokens_estimated INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        attempts INTEGER NOT NULL,
        tier_served TEXT,
        http_status INTEGER,
        streamed INTEGER NOT NULL,
        response_text TEXT,
        jury_score REAL,
        jury_pass INTEGER,
        judges_used INTEGER NOT NULL DEFAULT 0,
        disputed INTEGER NOT NULL DEFAULT 0,
        judge_cost_usd REAL NOT NULL DEFAULT 0,
        UNIQUE (run_id, work_item)))",
    R"(CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        invocation_id INTEGER NOT NULL REFERENCES invocations(id) ON DELETE CASCADE,
        attempt_no INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        duration_ms REAL NOT NULL,
        http_status INTEGER,
        error_class TEXT,
        reason TEXT,
        retry_delay_ms REAL))",
    R"(CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        invocation_id INTEGER NOT NULL REFERENCES invocations(id) ON DELETE CASCADE,
        judge_id INTEGER NOT NULL REFERENCES judges(id),
        status TEXT NOT NULL,             -- ok | repaired | unparseable | failed
        correctness INTEGER, completeness INTEGER, relevance INTEGER,
        format INTEGER, coherence INTEGER, following_instructions INTEGER,
        extra_scores TEXT,
        overall REAL,
        weighted REAL,
        passed INTEGER,
        rationale TEXT,
        raw_text TEXT,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        latency_ms REAL NOT NULL,
        repair_attempted INTEGER NOT NULL))",
    R"(CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        invocation_id INTEGER,
        variant_id INTEGER,
        judge_id INTEGER,
        scenario_id INTEGER,
        category TEXT NOT NULL,           -- api | judge | processing
        class TEXT NOT NULL,
        message TEXT NOT NULL,
        context TEXT,
        at INTEGER NOT NULL))",
    R"(CREATE TABLE run_events (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        message TEXT,
        data TEXT))",
    R"(CREATE INDEX attempts_by_invocation ON attempts(invocation_id))",
    R"(CREATE INDEX verdicts_by_invocation ON verdicts(invocation_id))",
    R"(CREATE INDEX errors_by_run ON errors(run_id, category, class))",
    R"(CREATE INDEX events_by_run ON run_events(run_id, at))",
};

// Version 2: rollups the writer keeps up to date in the same transaction as the rows they sum,
// so the leaderboard, heatmap and regional views read thousands of rows instead of millions.
// Existing runs are summed once here.
const char *const kStep2[] = {
    R"(CREATE TABLE variant_scenario_rollup (
        run_id INTEGER NOT NULL,
        variant_id INTEGER NOT NULL,
        scenario_id INTEGER NOT NULL,
        invocations INTEGER NOT NULL,
        errors INTEGER NOT NULL,
        scored INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        disputed INTEGER NOT NULL,
        score_sum REAL NOT NULL,
        ttft_sum REAL NOT NULL,
        ttft_n INTEGER NOT NULL,
        ttlb_sum REAL NOT NULL,
        ttlb_n INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        judge_cost_usd REAL NOT NULL,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        PRIMARY KEY (run_id, variant_id, scenario_id)) WITHOUT ROWID)",
    R"(CREATE TABLE variant_hour_rollup (
        run_id INTEGER NOT NULL,
        variant_id INTEGER NOT NULL,
        hour_utc INTEGER NOT NULL,        -- whole hours since the epoch
        calls INTEGER NOT NULL,
        ttft_sum REAL NOT NULL,
        ttft_n INTEGER NOT NULL,
        ttlb_sum REAL NOT NULL,
        ttlb_max REAL NOT NULL,
        retries INTEGER NOT NULL,
        throttle_wait_ms REAL NOT NULL,
        PRIMARY KEY (run_id, variant_id, hour_utc)) WITHOUT ROWID)",
    R"(INSERT INTO variant_scenario_rollup
        SELECT run_id, variant_id, scenario_id, count(*), sum(status <> 'ok'), count(jury_pass),
               coalesce(sum(jury_pass), 0), sum(disputed),
               coalesce(sum(CASE WHEN jury_pass IS NOT NULL THEN coalesce(jury_score, 0) END), 0),
               coalesce(sum(CASE WHEN status = 'ok' THEN ttft_ms END), 0), count(CASE WHEN status = 'ok' THEN ttft_ms END),
               coalesce(sum(CASE WHEN status = 'ok' THEN ttlb_ms END), 0), sum(status = 'ok'),
               sum(cost_usd), sum(judge_cost_usd), sum(input_tokens), sum(output_tokens)
        FROM invocations GROUP BY run_id, variant_id, scenario_id)",
    R"(INSERT INTO variant_hour_rollup
        SELECT run_id, variant_id, t0 / 3600000, count(*),
               coalesce(sum(ttft_ms), 0), count(ttft_ms), sum(ttlb_ms), max(ttlb_ms), sum(attempts - 1), sum(throttle_wait_ms)
        FROM invocations WHERE status = 'ok' GROUP BY run_id, variant_id, t0 / 3600000)",
};

// Version 3: the rollups behind every analytics query on big runs — latency, speed, token and
// score histograms (percentiles and distributions), sums by temperature and by experiment, and
// the jury's agreement sums per answer (Krippendorff's coincidences, Fleiss' per-answer
// agreement, each judge against its panel). All rollups are then rebuilt from the rows.
const char *const kStep3[] = {
    R"(CREATE TABLE variant_temperature_rollup (
        run_id INTEGER NOT NULL, variant_id INTEGER NOT NULL, temperature_milli INTEGER NOT NULL,
        invocations INTEGER NOT NULL, errors INTEGER NOT NULL, scored INTEGER NOT NULL, passed INTEGER NOT NULL,
        disputed INTEGER NOT NULL, score_sum REAL NOT NULL, ttft_sum REAL NOT NULL, ttft_n INTEGER NOT NULL,
        ttlb_sum REAL NOT NULL, ttlb_n INTEGER NOT NULL, cost_usd REAL NOT NULL, judge_cost_usd REAL NOT NULL,
        input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
        PRIMARY KEY (run_id, variant_id, temperature_milli)) WITHOUT ROWID)",
    R"(CREATE TABLE scenario_experiment_rollup (
        run_id INTEGER NOT NULL, variant_id INTEGER NOT NULL, scenario_id INTEGER NOT NULL, experiment INTEGER NOT NULL,
        invocations INTEGER NOT NULL, errors INTEGER NOT NULL, scored INTEGER NOT NULL, passed INTEGER NOT NULL,
        disputed INTEGER NOT NULL, score_sum REAL NOT NULL, ttft_sum REAL NOT NULL, ttft_n INTEGER NOT NULL,
        ttlb_sum REAL NOT NULL, ttlb_n INTEGER NOT NULL, cost_usd REAL NOT NULL, judge_cost_usd REAL NOT NULL,
        input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
        PRIMARY KEY (run_id, variant_id, scenario_id, experiment)) WITHOUT ROWID)",
    R"(CREATE TABLE metric_histogram (
        run_id INTEGER NOT NULL, variant_id INTEGER NOT NULL,
        metric INTEGER NOT NULL,          -- 0 TTFT ms, 1 TTLB ms, 2 decode tokens/s, 3 output tokens, 4 jury score
        bin INTEGER NOT NULL,             -- floor(ln(value) / ln(1.001)); -1000000 for values <= 0
        n INTEGER NOT NULL, sum REAL NOT NULL,
        PRIMARY KEY (run_id, variant_id, metric, bin)) WITHOUT ROWID)",
    R"(CREATE TABLE judge_rollup (
        run_id INTEGER NOT NULL, judge_id INTEGER NOT NULL, variant_id INTEGER NOT NULL,
        verdicts INTEGER NOT NULL, score_sum REAL NOT NULL, panel_sum REAL NOT NULL, passes INTEGER NOT NULL,
        correctness INTEGER NOT NULL, completeness INTEGER NOT NULL, relevance INTEGER NOT NULL,
        format INTEGER NOT NULL, coherence INTEGER NOT NULL, following_instructions INTEGER NOT NULL,
        PRIMARY KEY (run_id, judge_id, variant_id)) WITHOUT ROWID)",
    R"(CREATE TABLE agreement_rollup (
        run_id INTEGER NOT NULL, dimension INTEGER NOT NULL, c INTEGER NOT NULL, k INTEGER NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (run_id, dimension, c, k)) WITHOUT ROWID)",
    R"(CREATE TABLE rollup_pending (          -- batches whose sums are still in the writer's memory
        batch INTEGER PRIMARY KEY,
        invocation_ids BLOB NOT NULL          -- packed little-endian 64-bit ids
        ))",
    R"(CREATE TABLE fleiss_rollup (
        run_id INTEGER NOT NULL, raters INTEGER NOT NULL,
        units INTEGER NOT NULL, agreement_sum REAL NOT NULL, passes INTEGER NOT NULL,
        PRIMARY KEY (run_id, raters)) WITHOUT ROWID)",
};

// Version 4: baselines (a run pinned under a name) and the checks of runs against them.
const char *const kStep4[] = {
    R"(CREATE TABLE baselines (
        name TEXT PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        pinned_at INTEGER NOT NULL,
        pinned_by TEXT NOT NULL))",
    R"(CREATE TABLE baseline_checks (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        baseline_run_id INTEGER NOT NULL REFERENCES runs(id),
        baseline_name TEXT NOT NULL,      -- '' when the baseline was named by its run id
        checked_at INTEGER NOT NULL,
        regressions INTEGER NOT NULL,
        result TEXT NOT NULL              -- the check as JSON
        ))",
    R"(CREATE INDEX baseline_checks_by_baseline ON baseline_checks(baseline_run_id, checked_at))",
};

// Version 5: people's verdicts overruling the jury's, one row per edit (the newest counts).
const char *const kStep5[] = {
    R"(CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        invocation_id INTEGER NOT NULL REFERENCES invocations(id),
        passed INTEGER,                   -- NULL: the override withdrawn, the jury's verdict counts again
        score REAL,                       -- NULL: the jury's score stands
        correctness INTEGER, completeness INTEGER, relevance INTEGER,
        format INTEGER, coherence INTEGER, following_instructions INTEGER,
        reason TEXT NOT NULL,
        author TEXT NOT NULL,
        at INTEGER NOT NULL))",
    R"(CREATE INDEX overrides_by_invocation ON overrides(invocation_id, id))",
    R"(CREATE INDEX overrides_by_run ON overrides(run_id, invocation_id))",
};

// Version 6: full-text search (FTS5) over prompts and golden answers, answers and judges'
// rationales: external-content indexes of the rows themselves, kept by triggers as the writer
// inserts, updates and deletes them; an older store's rows are indexed once ('rebuild'). Version 9
// drops the triggers: the writer feeds the indexes itself (searchIndexes() below).
QStringList step6()
{
    QStringList sql;
    for (const LegacySearch &x : kSearches) {
        const QString name = QLatin1String(x.name), table = QLatin1String(x.table), columns = x.columns.join(u", "_qs);
        const auto values = [&](const char *row) -> QString { return QLatin1String(row) + u'.' + x.columns.join(u", "_qs + QLatin1String(row) + u'.'); };
        const QString insert = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.id, %3);").arg(name, columns, values("new"));
        const QString remove = QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.id, %3);").arg(name, columns, values("old"));
        sql << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', detail='none')").arg(name, columns, table)
            << QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(name, table, insert)
            << QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(name, table, remove)
            << QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END").arg(name, columns, table, remove, insert)
            << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(name);
    }
    sql << u"CREATE INDEX IF NOT EXISTS invocations_by_scenario ON invocations(scenario_id)"_qs; // a matching prompt's invocations
    return sql;
}

// Version 7: what makes a search in one run quick when its word is in nearly every text. Each
// index's vocabulary (fts5vocab), so a word's start is asked for as the few whole terms it
// begins, or not at all where no term does; and each run's first and last invocation and
// verdict id, so the indexes are read only over the run's ids.
const char *const kStep7[] = {
    "CREATE INDEX invocations_by_run ON invocations(run_id)",
    "CREATE INDEX verdicts_by_run ON verdicts(run_id)",
    "CREATE VIRTUAL TABLE answer_vocab USING fts5vocab(answer_fts, 'row')",
    "CREATE VIRTUAL TABLE scenario_vocab USING fts5vocab(scenario_fts, 'row')",
    "CREATE VIRTUAL TABLE rationale_vocab USING fts5vocab(rationale_fts, 'row')",
};

// Version 8: the prompt cache's tokens of each answer (of its input tokens, read from and written
// to the provider's cache), priced at their own rates.
const char *const kStep8[] = {
    "ALTER TABLE invocations ADD COLUMN cache_read_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE invocations ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0",
};

// Version 9: the search indexes fed by the writer, once per batch, instead of by a trigger per row.
// Each row written by its own statement made FTS5 flush its pending terms as a new segment per row
// (a statement's savepoint flushes them), six times slower than writing the rows alone
// (bench_storage); one statement per index per batch keeps that to one segment.
// The indexes are made again without the length of each row's text (columnsize=0): only a
// ranking by relevance (bm25) would read it, and Quorum ranks no search; keeping it was about
// half of the indexes' cost. Their vocabularies (version 7) name them and read the new ones.
QStringList step9()
{
    QStringList sql;
    for (const LegacySearch &x : kSearches) {
        const QString name = QLatin1String(x.name);
        for (const char *when : {"insert", "delete", "update"})
            sql << QStringLiteral("DROP TRIGGER IF EXISTS %1_%2").arg(name, QLatin1String(when));
        sql << QStringLiteral("DROP TABLE %1").arg(name)
            << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', detail='none', columnsize=0)")
                   .arg(name, x.columns.join(u", "_qs), QLatin1String(x.table))
            << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(name);
    }
    return sql;
}


template<size_t N>
QString runAll(QSqlDatabase &db, const char *const (&statements)[N])
{
    QStringList sql;
    for (const char *statement : statements)
        sql << QString::fromUtf8(statement);
    return Schema::runAll(db, sql);
}
QString runAll(QSqlDatabase &db, const QStringList &sql) { return Schema::runAll(db, sql); }
} // namespace

QString upgrade(QSqlDatabase &db, int fromVersion, int target)
{
    QString error;
    if (fromVersion < 1 && target >= 1)
        error = runAll(db, kStep1);
    if (error.isEmpty() && fromVersion < 2 && target >= 2)
        error = runAll(db, kStep2);
    if (error.isEmpty() && fromVersion < 3 && target >= 3) {
        error = runAll(db, kStep3);
        if (error.isEmpty())
            error = rebuildRollups(Schema::sqliteHandle(db));
    }
    if (error.isEmpty() && fromVersion < 4 && target >= 4)
        error = runAll(db, kStep4);
    if (error.isEmpty() && fromVersion < 5 && target >= 5)
        error = runAll(db, kStep5);
    if (error.isEmpty() && fromVersion < 6 && target >= 6)
        error = runAll(db, step6());
    if (error.isEmpty() && fromVersion < 7 && target >= 7)
        error = runAll(db, kStep7);
    if (error.isEmpty() && fromVersion < 8 && target >= 8)
        error = runAll(db, kStep8);
    if (error.isEmpty() && fromVersion < 9 && target >= 9)
        error = runAll(db, step9());
    return error;
}

} // namespace Quorum::SchemaHistory
