#include "runqueries.h"

#include "runstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quorum {

RunQueries::RunQueries(QString path) : m_path(std::move(path)) {}

QSqlQuery RunQueries::exec(const QString &sql, qint64 runId, bool *ok)
{
    m_error.clear();
    QSqlDatabase db = RunStore::connection(m_path, false, &m_error);
    QSqlQuery q(db);
    *ok = false;
    if (!m_error.isEmpty())
        return q;
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return q;
    }
    if (runId >= 0)
        q.addBindValue(runId);
    *ok = q.exec();
    if (!*ok)
        m_error = q.lastError().text();
    return q;
}

QList<RunSummary> RunQueries::runs()
{
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT r.id, r.name, r.status, r.created_at, coalesce(r.started_at, 0), coalesce(r.finished_at, 0),
               (SELECT count(*) FROM scenarios s WHERE s.run_id = r.id),
               (SELECT count(*) FROM variants v WHERE v.run_id = r.id),
               (SELECT count(*) FROM judges j WHERE j.run_id = r.id),
               (SELECT count(*) FROM invocations i WHERE i.run_id = r.id),
               (SELECT count(*) FROM errors e WHERE e.run_id = r.id),
               (SELECT coalesce(sum(i.cost_usd + i.judge_cost_usd), 0) FROM invocations i WHERE i.run_id = r.id)
        FROM runs r ORDER BY r.id DESC)"_qs, -1, &ok);
    QList<RunSummary> out;
    while (ok && q.next()) {
        RunSummary r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.status = runStatusFromName(q.value(2).toString());
        r.createdAt = q.value(3).toLongLong();
        r.startedAt = q.value(4).toLongLong();
        r.finishedAt = q.value(5).toLongLong();
        r.scenarios = q.value(6).toInt();
        r.models = q.value(7).toInt();
        r.judges = q.value(8).toInt();
        r.invocations = q.value(9).toLongLong();
        r.errors = q.value(10).toLongLong();
        r.costUsd = q.value(11).toDouble();
        out.append(r);
    }
    return out;
}

QList<VariantAggregate> RunQueries::variantAggregates(qint64 runId)
{
    // Aggregate over the covering index first, then attach the few variant rows.
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT v.id, v.model_id, coalesce(v.region, ''), v.tier_requested, coalesce(v.display_name, ''),
               a.n, a.errors, a.scored, a.passed, a.disputed, a.score, a.ttft, a.ttlb, a.cost, a.judge_cost,
               a.tin, a.tout
        FROM (SELECT variant_id,
                     count(*) AS n,
                     sum(status <> 'ok') AS errors,
                     count(jury_pass) AS scored,
                     sum(jury_pass) AS passed,
                     sum(disputed) AS disputed,
                     avg(jury_score) AS score,
                     avg(ttft_ms) AS ttft,
                     avg(CASE WHEN status = 'ok' THEN ttlb_ms END) AS ttlb,
                     sum(cost_usd) AS cost,
                     sum(judge_cost_usd) AS judge_cost,
                     sum(input_tokens) AS tin,
                     sum(output_tokens) AS tout
              FROM invocations INDEXED BY invocations_leaderboard
              WHERE run_id = ? GROUP BY variant_id) a
        JOIN variants v ON v.id = a.variant_id
        ORDER BY v.id)"_qs, runId, &ok);
    QList<VariantAggregate> out;
    while (ok && q.next()) {
        VariantAggregate a;
        a.variantId = q.value(0).toLongLong();
        a.modelId = q.value(1).toString();
        a.region = q.value(2).toString();
        a.tier = q.value(3).toString();
        a.displayName = q.value(4).toString();
        a.invocations = q.value(5).toLongLong();
        a.errors = q.value(6).toLongLong();
        a.scored = q.value(7).toLongLong();
        a.passed = q.value(8).toLongLong();
        a.disputed = q.value(9).toLongLong();
        a.meanScore = q.value(10).toDouble();
        a.meanTtftMs = q.value(11).toDouble();
        a.meanTtlbMs = q.value(12).toDouble();
        a.costUsd = q.value(13).toDouble();
        a.judgeCostUsd = q.value(14).toDouble();
        a.inputTokens = q.value(15).toLongLong();
        a.outputTokens = q.value(16).toLongLong();
        out.append(a);
    }
    return out;
}

QList<TaskCell> RunQueries::taskMatrix(qint64 runId)
{
    // Per (variant, scenario) on the index, then fold scenarios into their task types.
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT p.variant_id, coalesce(nullif(s.task_type, ''), '(none)') AS task, sum(p.scored), sum(p.passed)
        FROM (SELECT variant_id, scenario_id, count(jury_pass) AS scored, sum(jury_pass) AS passed
              FROM invocations INDEXED BY invocations_by_scenario
              WHERE run_id = ? GROUP BY variant_id, scenario_id) p
        JOIN scenarios s ON s.id = p.scenario_id
        GROUP BY p.variant_id, task ORDER BY p.variant_id, task)"_qs, runId, &ok);
    QList<TaskCell> out;
    while (ok && q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

QList<RegionHour> RunQueries::regionalByHour(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT coalesce(v.region, ''), h.hour, sum(h.n), sum(h.ttft_sum) / nullif(sum(h.ttft_n), 0),
               sum(h.ttlb_sum) / sum(h.n), max(h.ttlb_max)
        FROM (SELECT variant_id, (t0 / 3600000) % 24 AS hour, count(*) AS n,
                     sum(ttft_ms) AS ttft_sum, count(ttft_ms) AS ttft_n,
                     sum(ttlb_ms) AS ttlb_sum, max(ttlb_ms) AS ttlb_max
              FROM invocations INDEXED BY invocations_by_time
              WHERE run_id = ? GROUP BY variant_id, hour) h
        JOIN variants v ON v.id = h.variant_id
        GROUP BY v.region, h.hour ORDER BY v.region, h.hour)"_qs, runId, &ok);
    QList<RegionHour> out;
    while (ok && q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toDouble(),
                    q.value(4).toDouble(), q.value(5).toDouble()});
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
    QSqlQuery q = exec(u"SELECT count(*) FROM "_qs + table + u" WHERE run_id = ?"_qs, runId, &ok);
    return ok && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace Quorum
