#include "runqueries.h"

#include "postgres/pgconnection.h"
#include "postgres/pgstore.h"
#include "readconnection.h"
#include "sqlite/sqlitestore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace Quorum {

namespace {
// Readers alive on this thread, per store: the connection closes with the last one (thread-pool
// threads come and go, and must keep no connection behind).
thread_local QHash<QString, int> tReaders;
} // namespace

RunQueries::RunQueries(QString path) : m_path(std::move(path))
{
    ++tReaders[m_path];
}

RunQueries::~RunQueries()
{
    if (--tReaders[m_path] <= 0) {
        tReaders.remove(m_path);
        closeReadConnection(m_path);
    }
}

ReadRows RunQueries::exec(const QString &sql, qint64 runId, bool *ok)
{
    return exec(sql, runId >= 0 ? QVariantList{runId} : QVariantList{}, ok);
}

ReadRows RunQueries::exec(const QString &sql, const QVariantList &params, bool *ok)
{
    m_error.clear();
    *ok = false;
    if (Pg::isUrl(m_path)) {
        // The team store's rows straight from libpq; its parameters are $1, $2… in order.
        QString pgSql;
        pgSql.reserve(sql.size() + 8);
        int n = 0;
        for (const QChar c : sql) {
            if (c == u'?')
                pgSql += u'$' + QString::number(++n);
            else
                pgSql += c;
        }
        ReadRows rows = PgStore::select(m_path, pgSql, params, &m_error);
        *ok = m_error.isEmpty();
        return rows;
    }
    // The local store's rows straight from SQLite, stepped as they are read.
    ReadRows rows = SqliteStore::select(m_path, sql, params, &m_error);
    *ok = m_error.isEmpty();
    return rows;
}

QList<RunSummary> RunQueries::runs()
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT r.id, r.name, r.status, r.created_at, coalesce(r.started_at, 0), coalesce(r.finished_at, 0),
               (SELECT count(*) FROM scenarios s WHERE s.run_id = r.id),
               (SELECT count(*) FROM variants v WHERE v.run_id = r.id),
               (SELECT count(*) FROM judges j WHERE j.run_id = r.id AND j.provider <> 'scorer'),
               (SELECT coalesce(sum(x.invocations), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id),
               (SELECT count(*) FROM errors e WHERE e.run_id = r.id),
               (SELECT coalesce(sum(x.cost_usd + x.judge_cost_usd), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id),
               coalesce(r.scenario_fingerprint, ''), coalesce(r.response_fingerprint, '')
        FROM runs r ORDER BY r.id DESC)"_qs, -1, &ok);
    QList<RunSummary> out;
    while (ok && q.next()) {
        RunSummary r;
        r.id = q.int64(0);
        r.name = q.text(1);
        r.status = runStatusFromName(q.text(2));
        r.createdAt = q.int64(3);
        r.startedAt = q.int64(4);
        r.finishedAt = q.int64(5);
        r.scenarios = q.integer(6);
        r.models = q.integer(7);
        r.judges = q.integer(8);
        r.invocations = q.int64(9);
        r.errors = q.int64(10);
        r.costUsd = q.real(11);
        r.scenarioFingerprint = q.text(12);
        r.responseFingerprint = q.text(13);
        out.append(r);
    }
    return out;
}

QList<VariantAggregate> RunQueries::variantAggregates(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT v.id, v.model_id, coalesce(v.region, ''), v.tier_requested, coalesce(v.display_name, ''),
               sum(r.invocations), sum(r.errors), sum(r.scored), sum(r.passed), sum(r.disputed),
               sum(r.score_sum) / nullif(sum(r.scored), 0), sum(r.ttft_sum) / nullif(sum(r.ttft_n), 0),
               sum(r.ttlb_sum) / nullif(sum(r.ttlb_n), 0), sum(r.cost_usd), sum(r.judge_cost_usd),
               sum(r.input_tokens), sum(r.output_tokens)
        FROM variants v JOIN variant_scenario_rollup r ON r.run_id = v.run_id AND r.variant_id = v.id
        WHERE v.run_id = ?
        GROUP BY v.id ORDER BY v.id)"_qs, runId, &ok);
    QList<VariantAggregate> out;
    while (ok && q.next()) {
        VariantAggregate a;
        a.variantId = q.int64(0);
        a.modelId = q.text(1);
        a.region = q.text(2);
        a.tier = q.text(3);
        a.displayName = q.text(4);
        a.invocations = q.int64(5);
        a.errors = q.int64(6);
        a.scored = q.int64(7);
        a.passed = q.int64(8);
        a.disputed = q.int64(9);
        a.meanScore = q.real(10);
        a.meanTtftMs = q.real(11);
        a.meanTtlbMs = q.real(12);
        a.costUsd = q.real(13);
        a.judgeCostUsd = q.real(14);
        a.inputTokens = q.int64(15);
        a.outputTokens = q.int64(16);
        out.append(a);
    }
    applyOverrides(runId, out);
    return out;
}

QList<TaskCell> RunQueries::taskMatrix(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT r.variant_id, coalesce(nullif(s.task_type, ''), '(none)') AS task, sum(r.scored), sum(r.passed)
        FROM variant_scenario_rollup r JOIN scenarios s ON s.id = r.scenario_id
        WHERE r.run_id = ?
        GROUP BY r.variant_id, task ORDER BY r.variant_id, task)"_qs, runId, &ok);
    QList<TaskCell> out;
    while (ok && q.next())
        out.append({q.int64(0), q.text(1), q.int64(2), q.int64(3)});
    applyOverrides(runId, out);
    return out;
}

QList<RegionHour> RunQueries::regionalByHour(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc % 24 AS hour, sum(h.calls),
               sum(h.ttft_sum) / nullif(sum(h.ttft_n), 0), sum(h.ttlb_sum) / nullif(sum(h.calls), 0), max(h.ttlb_max)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = ?
        GROUP BY v.region, hour ORDER BY v.region, hour)"_qs, runId, &ok);
    QList<RegionHour> out;
    while (ok && q.next()) {
        RegionHour r;
        r.region = q.text(0);
        r.hour = q.integer(1);
        r.calls = q.int64(2);
        r.meanTtftMs = q.real(3);
        r.meanTtlbMs = q.real(4);
        r.maxTtlbMs = q.real(5);
        out.append(r);
    }
    return out;
}

QList<RegionHourRow> RunQueries::regionHours(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc, sum(h.calls), sum(h.ttft_sum), sum(h.ttft_n), sum(h.ttlb_sum), max(h.ttlb_max),
               sum(h.retries), sum(h.throttle_wait_ms)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = ? GROUP BY v.region, h.hour_utc ORDER BY v.region, h.hour_utc)"_qs, runId, &ok);
    QList<RegionHourRow> out;
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.real(3),
                    q.int64(4), q.real(5), q.real(6), q.int64(7),
                    q.real(8)});
    return out;
}

qint64 RunQueries::count(const QString &table, qint64 runId)
{
    static const QStringList kTables = {u"scenarios"_qs, u"variants"_qs, u"judges"_qs, u"invocations"_qs,
                                        u"verdicts"_qs, u"errors"_qs, u"run_events"_qs};
    if (!kTables.contains(table)) {
        m_error = u"unknown table "_qs + table;
        return -1;
    }
    bool ok = false;
    ReadRows q = exec(u"SELECT count(*) FROM "_qs + table + u" WHERE run_id = ?"_qs, runId, &ok);
    return ok && q.next() ? q.int64(0) : -1;
}

QString RunQueries::planJson(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(u"SELECT plan_json FROM runs WHERE id = ?"_qs, runId, &ok);
    return ok && q.next() ? q.text(0) : QString();
}

QList<qint64> RunQueries::ids(const QString &table, qint64 runId)
{
    static const QStringList kTables = {u"scenarios"_qs, u"variants"_qs, u"judges"_qs};
    QList<qint64> out;
    if (!kTables.contains(table))
        return out;
    bool ok = false;
    ReadRows q = exec(u"SELECT id FROM "_qs + table + u" WHERE run_id = ? ORDER BY id"_qs, runId, &ok);
    while (ok && q.next())
        out.append(q.int64(0));
    return out;
}

QSet<qint64> RunQueries::storedWorkItems(qint64 runId)
{
    QSet<qint64> out;
    bool ok = false;
    ReadRows q = exec(u"SELECT work_item FROM invocations WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.insert(q.int64(0));
    return out;
}

QList<RunQueries::FailedItem> RunQueries::failedItems(qint64 runId)
{
    QList<FailedItem> out;
    bool ok = false;
    ReadRows q = exec(uR"(SELECT i.id, i.work_item, coalesce(i.error_class, ''),
                                  coalesce((SELECT e.message FROM errors e WHERE e.invocation_id = i.id ORDER BY e.id LIMIT 1), '')
                           FROM invocations i WHERE i.run_id = ? AND i.status = 'error' ORDER BY i.work_item)"_qs, runId, &ok);
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.text(2), q.text(3)});
    return out;
}

QList<ErrorCount> RunQueries::errorCounts(qint64 runId)
{
    QList<ErrorCount> out;
    bool ok = false;
    ReadRows q = exec(uR"(SELECT category, coalesce(variant_id, -1), coalesce(judge_id, -1), class, count(*)
                           FROM errors WHERE run_id = ? GROUP BY category, variant_id, judge_id, class
                           ORDER BY category, variant_id, judge_id, class)"_qs, runId, &ok);
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.text(3), q.int64(4)});
    return out;
}

QList<ExtraDimensionMean> RunQueries::extraDimensionMeans(qint64 runId)
{
    // The verdicts' extra_scores ({"brevity": 4, …}) opened by each store's JSON functions.
    const QString sql = Pg::isUrl(m_path)
        ? uR"(SELECT i.variant_id, j.key, avg(j.value::double precision), count(*)
              FROM verdicts v JOIN invocations i ON i.id = v.invocation_id CROSS JOIN LATERAL jsonb_each_text(v.extra_scores::jsonb) j
              WHERE v.run_id = ? AND v.extra_scores IS NOT NULL AND v.extra_scores NOT IN ('', '{}')
              GROUP BY i.variant_id, j.key ORDER BY i.variant_id, j.key)"_qs
        : uR"(SELECT i.variant_id, j.key, avg(j.value), count(*)
              FROM verdicts v JOIN invocations i ON i.id = v.invocation_id, json_each(v.extra_scores) j
              WHERE v.run_id = ? AND v.extra_scores IS NOT NULL AND v.extra_scores NOT IN ('', '{}')
              GROUP BY i.variant_id, j.key ORDER BY i.variant_id, j.key)"_qs;
    bool ok = false;
    ReadRows q = exec(sql, runId, &ok);
    QList<ExtraDimensionMean> out;
    while (ok && q.next())
        out.append({q.int64(0), q.text(1), q.real(2), q.int64(3)});
    return out;
}

QString RunQueries::responseFingerprint(qint64 runId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool ok = false;
    ReadRows q = exec(u"SELECT work_item, status, coalesce(response_text, '') FROM invocations WHERE run_id = ? ORDER BY work_item"_qs,
                       runId, &ok);
    while (ok && q.next()) {
        hash.addData(QByteArray::number(q.int64(0)));
        hash.addData(q.text(1).toUtf8());
        hash.addData(q.text(2).toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {
// Big rollup reads come unordered and are put in key order here: a server's sort of 100,000s of
// rows costs more than the read (PostgreSQL spills it to disk past work_mem; bench_storage).
template<typename Row, typename Key>
void sortRows(QList<Row> &rows, Key key)
{
    const auto before = [&](const Row &a, const Row &b) { return key(a) < key(b); };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before)) // SQLite reads them in key order
        std::sort(rows.begin(), rows.end(), before);
}
} // namespace

QList<RollupRow> RunQueries::rollup(qint64 runId, Rollup which)
{
    static const QString kSelect = u"SELECT variant_id, %1, invocations, errors, scored, passed, disputed, score_sum, ttft_sum, "
                                   u"ttft_n, ttlb_sum, ttlb_n, cost_usd, judge_cost_usd, input_tokens, output_tokens "
                                   u"FROM %2 WHERE run_id = ?"_qs;
    const QString sql = which == Rollup::Scenario ? kSelect.arg(u"scenario_id, 0"_qs, u"variant_scenario_rollup"_qs)
                                                  : kSelect.arg(u"temperature_milli, 0"_qs, u"variant_temperature_rollup"_qs);
    bool ok = false;
    ReadRows q = exec(sql, runId, &ok);
    QList<RollupRow> out;
    while (ok && q.next()) {
        RollupRow r;
        r.variantId = q.int64(0);
        r.key = q.int64(1);
        r.experiment = q.integer(2);
        r.invocations = q.int64(3);
        r.errors = q.int64(4);
        r.scored = q.int64(5);
        r.passed = q.int64(6);
        r.disputed = q.int64(7);
        r.scoreSum = q.real(8);
        r.ttftSum = q.real(9);
        r.ttftN = q.int64(10);
        r.ttlbSum = q.real(11);
        r.ttlbN = q.int64(12);
        r.costUsd = q.real(13);
        r.judgeCostUsd = q.real(14);
        r.inputTokens = q.int64(15);
        r.outputTokens = q.int64(16);
        out.append(r);
    }
    sortRows(out, [](const RollupRow &r) { return std::tuple(r.variantId, r.key, r.experiment); });
    applyOverrides(runId, out, which);
    return out;
}

QList<ExperimentScore> RunQueries::experimentScores(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(u"SELECT variant_id, scenario_id, experiment, scored, score_sum FROM scenario_experiment_rollup "
                      u"WHERE run_id = ?"_qs, runId, &ok);
    QList<ExperimentScore> out;
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.integer(2), q.int64(3), q.real(4)});
    sortRows(out, [](const ExperimentScore &e) { return std::tuple(e.variantId, e.scenarioId, e.experiment); });
    applyOverrides(runId, out);
    return out;
}

QList<HistogramRow> RunQueries::histogram(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(u"SELECT variant_id, metric, bin, n, sum FROM metric_histogram WHERE run_id = ? AND n > 0"_qs, runId, &ok);
    QList<HistogramRow> out;
    while (ok && q.next())
        out.append({q.int64(0), q.integer(1), q.int64(2), q.real(3),
                    q.real(4)});
    sortRows(out, [](const HistogramRow &h) { return std::tuple(h.variantId, h.metric, h.bin); });
    applyOverrides(runId, out);
    return out;
}

QList<JudgeRollupRow> RunQueries::judgeRollup(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(uR"(SELECT judge_id, variant_id, verdicts, score_sum, panel_sum, passes, correctness, completeness,
                                 relevance, format, coherence, following_instructions
                          FROM judge_rollup WHERE run_id = ? ORDER BY judge_id, variant_id)"_qs, runId, &ok);
    QList<JudgeRollupRow> out;
    while (ok && q.next()) {
        JudgeRollupRow r;
        r.judgeId = q.int64(0);
        r.variantId = q.int64(1);
        r.verdicts = q.int64(2);
        r.scoreSum = q.real(3);
        r.panelSum = q.real(4);
        r.passes = q.int64(5);
        for (int d = 0; d < 6; ++d)
            r.dimensionSums[d] = q.real(6 + d);
        out.append(r);
    }
    return out;
}

AgreementSums RunQueries::agreement(qint64 runId)
{
    AgreementSums out;
    bool ok = false;
    ReadRows q = exec(u"SELECT dimension, c, k, weight FROM agreement_rollup WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.coincidences.append({q.integer(0), q.integer(1), q.integer(2), q.real(3)});
    q = exec(u"SELECT raters, units, agreement_sum, passes FROM fleiss_rollup WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.fleiss.append({q.integer(0), q.real(1), q.real(2), q.real(3)});
    return out;
}

void RunQueries::scenarios(qint64 runId, QHash<qint64, QString> *taskTypes, QHash<qint64, ScenarioName> *names)
{
    bool ok = false;
    ReadRows q = exec(u"SELECT id, coalesce(nullif(task_type, ''), '(none)'), scenario_key, substr(prompt, 1, 160) "
                      "FROM scenarios WHERE run_id = ?"_qs,
                      runId, &ok);
    while (ok && q.next()) {
        const qint64 id = q.int64(0);
        if (taskTypes)
            taskTypes->insert(id, q.text(1));
        if (names)
            names->insert(id, {q.text(2), q.text(3).simplified()});
    }
}

QHash<qint64, QString> RunQueries::scenarioTaskTypes(qint64 runId)
{
    QHash<qint64, QString> out;
    scenarios(runId, &out, nullptr);
    return out;
}

QHash<qint64, QString> RunQueries::variantLabels(qint64 runId, bool judges)
{
    QHash<qint64, QString> labels;
    for (const VariantInfo &v : variantInfo(runId, judges))
        labels.insert(v.id, v.label);
    return labels;
}

QList<VariantInfo> RunQueries::variantInfo(qint64 runId, bool judges)
{
    bool ok = false;
    ReadRows q = exec(judges ? u"SELECT id, model_id, coalesce(region, ''), 'default', coalesce(display_name, ''), provider = 'scorer' FROM judges WHERE run_id = ? ORDER BY id"_qs
                              : u"SELECT id, model_id, coalesce(region, ''), tier_requested, coalesce(display_name, ''), 0 FROM variants WHERE run_id = ? ORDER BY id"_qs,
                       runId, &ok);
    QList<VariantInfo> out;
    while (ok && q.next()) {
        VariantInfo v{q.int64(0), q.text(1), q.text(2), q.text(3), {},
                      q.boolean(5)};
        v.label = q.text(4).isEmpty() ? v.modelId : q.text(4);
        if (!v.region.isEmpty())
            v.label += u'@' + v.region;
        if (v.tier != u"default")
            v.label += u'#' + v.tier;
        out.append(v);
    }
    return out;
}

QList<BaselineInfo> RunQueries::baselines()
{
    bool ok = false;
    ReadRows q = exec(u"SELECT name, run_id, pinned_at, pinned_by FROM baselines ORDER BY name"_qs, QVariantList{}, &ok);
    QList<BaselineInfo> out;
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.text(3)});
    return out;
}

QList<BaselineCheckRow> RunQueries::baselineChecks(qint64 baselineRunId)
{
    bool ok = false;
    ReadRows q = exec(u"SELECT run_id, baseline_run_id, baseline_name, checked_at, regressions FROM baseline_checks"
                      u" WHERE baseline_run_id = ? ORDER BY checked_at, id"_qs, baselineRunId, &ok);
    QList<BaselineCheckRow> out;
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.integer(4)});
    return out;
}

} // namespace Quorum
