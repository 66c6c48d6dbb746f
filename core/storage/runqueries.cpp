#include "runqueries.h"

#include "readconnection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

QSqlQuery RunQueries::exec(const QString &sql, qint64 runId, bool *ok)
{
    m_error.clear();
    QSqlDatabase db = readConnection(m_path, &m_error);
    QSqlQuery q(db);
    *ok = false;
    if (!m_error.isEmpty())
        return q;
    // Forward-only reads stream on SQLite; Qt's PostgreSQL driver would read them row by row and
    // lose them when a second query runs on the connection before the first is read to its end.
    q.setForwardOnly(readsStream(m_path));
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
        SELECT coalesce(v.region, ''), h.hour_utc, sum(h.calls), sum(h.ttft_sum), sum(h.ttft_n), sum(h.ttlb_sum), max(h.ttlb_max),
               sum(h.retries), sum(h.throttle_wait_ms)
        FROM variant_hour_rollup h JOIN variants v ON v.id = h.variant_id
        WHERE h.run_id = ? GROUP BY v.region, h.hour_utc ORDER BY v.region, h.hour_utc)"_qs, runId, &ok);
    QList<RegionHourRow> out;
    while (ok && q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDouble(),
                    q.value(4).toLongLong(), q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toLongLong(),
                    q.value(8).toDouble()});
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

QList<RunQueries::FailedItem> RunQueries::failedItems(qint64 runId)
{
    QList<FailedItem> out;
    bool ok = false;
    QSqlQuery q = exec(uR"(SELECT i.id, i.work_item, coalesce(i.error_class, ''),
                                  coalesce((SELECT e.message FROM errors e WHERE e.invocation_id = i.id ORDER BY e.id LIMIT 1), '')
                           FROM invocations i WHERE i.run_id = ? AND i.status = 'error' ORDER BY i.work_item)"_qs, runId, &ok);
    while (ok && q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
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

QList<RollupRow> RunQueries::rollup(qint64 runId, Rollup which)
{
    static const QString kSelect = u"SELECT variant_id, %1, invocations, errors, scored, passed, disputed, score_sum, ttft_sum, "
                                   u"ttft_n, ttlb_sum, ttlb_n, cost_usd, judge_cost_usd, input_tokens, output_tokens "
                                   u"FROM %2 WHERE run_id = ? ORDER BY 1, 2, 3"_qs;
    const QString sql = which == Rollup::Scenario      ? kSelect.arg(u"scenario_id, 0"_qs, u"variant_scenario_rollup"_qs)
                        : which == Rollup::Temperature ? kSelect.arg(u"temperature_milli, 0"_qs, u"variant_temperature_rollup"_qs)
                                                       : kSelect.arg(u"scenario_id, experiment"_qs, u"scenario_experiment_rollup"_qs);
    bool ok = false;
    QSqlQuery q = exec(sql, runId, &ok);
    QList<RollupRow> out;
    while (ok && q.next()) {
        RollupRow r;
        r.variantId = q.value(0).toLongLong();
        r.key = q.value(1).toLongLong();
        r.experiment = q.value(2).toInt();
        r.invocations = q.value(3).toLongLong();
        r.errors = q.value(4).toLongLong();
        r.scored = q.value(5).toLongLong();
        r.passed = q.value(6).toLongLong();
        r.disputed = q.value(7).toLongLong();
        r.scoreSum = q.value(8).toDouble();
        r.ttftSum = q.value(9).toDouble();
        r.ttftN = q.value(10).toLongLong();
        r.ttlbSum = q.value(11).toDouble();
        r.ttlbN = q.value(12).toLongLong();
        r.costUsd = q.value(13).toDouble();
        r.judgeCostUsd = q.value(14).toDouble();
        r.inputTokens = q.value(15).toLongLong();
        r.outputTokens = q.value(16).toLongLong();
        out.append(r);
    }
    return out;
}

QList<HistogramRow> RunQueries::histogram(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(u"SELECT variant_id, metric, bin, n, sum FROM metric_histogram WHERE run_id = ? AND n > 0 "
                       u"ORDER BY variant_id, metric, bin"_qs, runId, &ok);
    QList<HistogramRow> out;
    while (ok && q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toDouble(),
                    q.value(4).toDouble()});
    return out;
}

QList<JudgeRollupRow> RunQueries::judgeRollup(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(uR"(SELECT judge_id, variant_id, verdicts, score_sum, panel_sum, passes, correctness, completeness,
                                 relevance, format, coherence, following_instructions
                          FROM judge_rollup WHERE run_id = ? ORDER BY judge_id, variant_id)"_qs, runId, &ok);
    QList<JudgeRollupRow> out;
    while (ok && q.next()) {
        JudgeRollupRow r;
        r.judgeId = q.value(0).toLongLong();
        r.variantId = q.value(1).toLongLong();
        r.verdicts = q.value(2).toLongLong();
        r.scoreSum = q.value(3).toDouble();
        r.panelSum = q.value(4).toDouble();
        r.passes = q.value(5).toLongLong();
        for (int d = 0; d < 6; ++d)
            r.dimensionSums[d] = q.value(6 + d).toDouble();
        out.append(r);
    }
    return out;
}

AgreementSums RunQueries::agreement(qint64 runId)
{
    AgreementSums out;
    bool ok = false;
    QSqlQuery q = exec(u"SELECT dimension, c, k, weight FROM agreement_rollup WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.coincidences.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble()});
    q = exec(u"SELECT raters, units, agreement_sum, passes FROM fleiss_rollup WHERE run_id = ?"_qs, runId, &ok);
    while (ok && q.next())
        out.fleiss.append({q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble()});
    return out;
}

QHash<qint64, QString> RunQueries::scenarioTaskTypes(qint64 runId)
{
    bool ok = false;
    QSqlQuery q = exec(u"SELECT id, coalesce(nullif(task_type, ''), '(none)') FROM scenarios WHERE run_id = ?"_qs, runId, &ok);
    QHash<qint64, QString> out;
    while (ok && q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

QList<VariantInfo> RunQueries::variantInfo(qint64 runId, bool judges)
{
    bool ok = false;
    QSqlQuery q = exec(judges ? u"SELECT id, model_id, coalesce(region, ''), 'default', coalesce(display_name, ''), provider = 'scorer' FROM judges WHERE run_id = ? ORDER BY id"_qs
                              : u"SELECT id, model_id, coalesce(region, ''), tier_requested, coalesce(display_name, ''), 0 FROM variants WHERE run_id = ? ORDER BY id"_qs,
                       runId, &ok);
    QList<VariantInfo> out;
    while (ok && q.next()) {
        VariantInfo v{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {},
                      q.value(5).toBool()};
        v.label = q.value(4).toString().isEmpty() ? v.modelId : q.value(4).toString();
        if (!v.region.isEmpty())
            v.label += u'@' + v.region;
        if (v.tier != u"default")
            v.label += u'#' + v.tier;
        out.append(v);
    }
    return out;
}

} // namespace Quorum
