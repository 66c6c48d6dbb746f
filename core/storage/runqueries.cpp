#include "runqueries.h"

#include "runstore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quorum {

RunQueries::RunQueries(QString path) : m_path(std::move(path)) {}

QSqlQuery RunQueries::exec(const QString &sql, qint64 runId, bool *ok)
{
    m_error.clear();
    QSqlDatabase db = RunStore::connection(m_path, &m_error);
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
               (SELECT coalesce(sum(x.invocations), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id),
               (SELECT count(*) FROM errors e WHERE e.run_id = r.id),
               (SELECT coalesce(sum(x.cost_usd + x.judge_cost_usd), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id)
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
    bool ok = false;
    QSqlQuery q = exec(uR"(
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
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT r.variant_id, coalesce(nullif(s.task_type, ''), '(none)') AS task, sum(r.scored), sum(r.passed)
        FROM variant_scenario_rollup r JOIN scenarios s ON s.id = r.scenario_id
        WHERE r.run_id = ?
        GROUP BY r.variant_id, task ORDER BY r.variant_id, task)"_qs, runId, &ok);
    QList<TaskCell> out;
    while (ok && q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

QList<RegionHour> RunQueries::regionalByHour(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc % 24 AS hour, sum(h.calls),
               sum(h.ttft_sum) / nullif(sum(h.ttft_n), 0), sum(h.ttlb_sum) / nullif(sum(h.calls), 0), max(h.ttlb_max)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = ?
        GROUP BY v.region, hour ORDER BY v.region, hour)"_qs, runId, &ok);
    QList<RegionHour> out;
    while (ok && q.next()) {
        RegionHour r;
        r.region = q.value(0).toString();
        r.hour = q.value(1).toInt();
        r.calls = q.value(2).toLongLong();
        r.meanTtftMs = q.value(3).toDouble();
        r.meanTtlbMs = q.value(4).toDouble();
        r.maxTtlbMs = q.value(5).toDouble();
        out.append(r);
    }
    return out;
}

QList<RegionHourRow> RunQueries::regionHours(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(
        SELECT coalesce(v.region, ''), h.hour_utc, sum(h.calls), sum(h.ttft_sum), sum(h.ttft_n), sum(h.ttlb_sum), max(h.ttlb_max)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = ? GROUP BY v.region, h.hour_utc ORDER BY v.region, h.hour_utc)"_qs, runId, &ok);
    QList<RegionHourRow> out;
    while (ok && q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDouble(),
                    q.value(4).toLongLong(), q.value(5).toDouble(), q.value(6).toDouble()});
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

QString RunQueries::planJson(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(u"SELECT plan_json FROM runs WHERE id = ?"_qs, runId, &ok);
    return ok && q.next() ? q.value(0).toString() : QString();
}

QList<qint64> RunQueries::ids(const QString &table, qint64 runId)
{
    static const QStringList kTables = {u"scenarios"_qs, u"variants"_qs, u"judges"_qs};
    QList<qint64> out;
    if (!kTables.contains(table))
        return out;
    bool ok = false;
    QSqlQuery q = exec(u"SELECT id FROM "_qs + table + u" WHERE run_id = ? ORDER BY id"_qs, runId, &ok);
    while (ok && q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QSet<qint64> RunQueries::storedWorkItems(qint64 runId)
{
    QSet<qint64> out;
    bool ok = false;
    QSqlQuery q = exec(u"SELECT work_item FROM invocations WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QString RunQueries::responseFingerprint(qint64 runId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool ok = false;
    QSqlQuery q = exec(u"SELECT work_item, status, coalesce(response_text, '') FROM invocations WHERE run_id = ? ORDER BY work_item"_qs,
                       runId, &ok);
    while (ok && q.next()) {
        hash.addData(QByteArray::number(q.value(0).toLongLong()));
        hash.addData(q.value(1).toString().toUtf8());
        hash.addData(q.value(2).toString().toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QList<InvocationFact> RunQueries::invocationFacts(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(SELECT id, variant_id, scenario_id, status, coalesce(error_class, ''), jury_pass, jury_score, ttft_ms,
                                 ttlb_ms, output_tokens, cost_usd, judge_cost_usd, disputed
                          FROM invocations WHERE run_id = ? ORDER BY id)"_qs, runId, &ok);
    QList<InvocationFact> out;
    while (ok && q.next()) {
        InvocationFact f;
        f.id = q.value(0).toLongLong();
        f.variantId = q.value(1).toLongLong();
        f.scenarioId = q.value(2).toLongLong();
        f.ok = q.value(3).toString() == u"ok";
        f.errorClass = q.value(4).toString();
        if (!q.value(5).isNull())
            f.passed = q.value(5).toInt() != 0;
        if (!q.value(6).isNull())
            f.score = q.value(6).toDouble();
        if (!q.value(7).isNull())
            f.ttftMs = q.value(7).toDouble();
        f.ttlbMs = q.value(8).toDouble();
        f.outputTokens = q.value(9).toLongLong();
        f.costUsd = q.value(10).toDouble();
        f.judgeCostUsd = q.value(11).toDouble();
        f.disputed = q.value(12).toInt() != 0;
        out.append(f);
    }
    return out;
}

QList<VerdictFact> RunQueries::verdictFacts(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(SELECT v.invocation_id, v.judge_id, v.correctness, v.completeness, v.relevance, v.format, v.coherence,
                                 v.following_instructions, v.weighted, v.passed
                          FROM verdicts v JOIN judges j ON j.id = v.judge_id
                          WHERE v.run_id = ? AND v.status IN ('ok', 'repaired') AND j.provider <> 'scorer'
                          ORDER BY v.invocation_id, v.judge_id)"_qs,
                       runId, &ok);
    QList<VerdictFact> out;
    while (ok && q.next()) {
        VerdictFact f;
        f.invocationId = q.value(0).toLongLong();
        f.judgeId = q.value(1).toLongLong();
        for (int i = 0; i < 6; ++i)
            f.scores[i] = q.value(2 + i).toInt();
        f.weighted = q.value(8).toDouble();
        f.passed = q.value(9).toInt() != 0;
        out.append(f);
    }
    return out;
}

QHash<qint64, QString> RunQueries::modelIds(qint64 runId, bool judges)
{
    bool ok = false;
    QSqlQuery q = exec(judges ? u"SELECT id, model_id FROM judges WHERE run_id = ?"_qs : u"SELECT id, model_id FROM variants WHERE run_id = ?"_qs,
                       runId, &ok);
    QHash<qint64, QString> out;
    while (ok && q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

QHash<qint64, QString> RunQueries::variantLabels(qint64 runId, bool judges)
{
    bool ok = false;
    QSqlQuery q = exec(judges ? u"SELECT id, model_id, coalesce(region, ''), 'default', coalesce(display_name, '') FROM judges WHERE run_id = ? AND provider <> 'scorer'"_qs
                              : u"SELECT id, model_id, coalesce(region, ''), tier_requested, coalesce(display_name, '') FROM variants WHERE run_id = ?"_qs,
                       runId, &ok);
    QHash<qint64, QString> out;
    while (ok && q.next()) {
        QString label = q.value(4).toString().isEmpty() ? q.value(1).toString() : q.value(4).toString();
        if (!q.value(2).toString().isEmpty())
            label += u'@' + q.value(2).toString();
        if (q.value(3).toString() != u"default")
            label += u'#' + q.value(3).toString();
        out.insert(q.value(0).toLongLong(), label);
    }
    return out;
}

} // namespace Quorum
