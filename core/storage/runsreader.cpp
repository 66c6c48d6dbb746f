// The runs of a store, their definitions (variants, judges, scenarios, the stored plan), what
// resuming reads, and baselines.
#include "runsreader.h"

#include <QCryptographicHash>

namespace Quorum {

QList<RunSummary> RunsReader::runs()
{
    return summaries(-1);
}

std::optional<RunSummary> RunsReader::run(qint64 runId)
{
    const QList<RunSummary> one = summaries(runId);
    return one.isEmpty() ? std::nullopt : std::optional(one.first());
}

QList<RunSummary> RunsReader::summaries(qint64 runId)
{
    bool ok = false;
    SqlText query = sql(uR"(
        SELECT r.id, r.name, r.status, r.created_at, coalesce(r.started_at, 0), coalesce(r.finished_at, 0),
               (SELECT count(*) FROM scenarios s WHERE s.run_id = r.id),
               (SELECT count(*) FROM variants v WHERE v.run_id = r.id),
               (SELECT count(*) FROM judges j WHERE j.run_id = r.id AND j.provider <> 'scorer'),
               (SELECT coalesce(sum(x.invocations), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id),
               (SELECT count(*) FROM errors e WHERE e.run_id = r.id),
               (SELECT coalesce(sum(x.cost_usd + x.judge_cost_usd), 0) FROM variant_scenario_rollup x WHERE x.run_id = r.id),
               coalesce(r.scenario_fingerprint, ''), coalesce(r.response_fingerprint, '')
        FROM runs r)"_qs);
    if (runId >= 0)
        query << u" WHERE r.id = " << param(runId);
    else
        query << u" ORDER BY r.id DESC";
    ReadRows q = exec(query, &ok);
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

qint64 RunsReader::count(const QString &table, qint64 runId)
{
    static const QStringList kTables = {u"scenarios"_qs, u"variants"_qs, u"judges"_qs, u"invocations"_qs,
                                        u"verdicts"_qs, u"errors"_qs, u"run_events"_qs};
    if (!kTables.contains(table)) {
        m_error = u"unknown table "_qs + table;
        return -1;
    }
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT count(*) FROM ", table, u" WHERE run_id = ", param(runId)), &ok);
    return ok && q.next() ? q.int64(0) : -1;
}

QString RunsReader::planJson(qint64 runId)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT plan_json FROM runs WHERE id = ", param(runId)), &ok);
    return ok && q.next() ? q.text(0) : QString();
}

QList<qint64> RunsReader::ids(const QString &table, qint64 runId)
{
    static const QStringList kTables = {u"scenarios"_qs, u"variants"_qs, u"judges"_qs};
    QList<qint64> out;
    if (!kTables.contains(table))
        return out;
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT id FROM ", table, u" WHERE run_id = ", param(runId), u" ORDER BY id"), &ok);
    while (ok && q.next())
        out.append(q.int64(0));
    return out;
}

QSet<qint64> RunsReader::storedWorkItems(qint64 runId)
{
    QSet<qint64> out;
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT work_item FROM invocations WHERE run_id = ", param(runId)), &ok);
    while (ok && q.next())
        out.insert(q.int64(0));
    return out;
}

QList<RunsReader::FailedItem> RunsReader::failedItems(qint64 runId)
{
    QList<FailedItem> out;
    bool ok = false;
    ReadRows q = exec(sql(uR"(SELECT i.id, i.work_item, coalesce(i.error_class, ''),
                                  coalesce((SELECT e.message FROM errors e WHERE e.invocation_id = i.id ORDER BY e.id LIMIT 1), '')
                           FROM invocations i WHERE i.run_id = )", param(runId), uR"( AND i.status = 'error' ORDER BY i.work_item)"), &ok);
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.text(2), q.text(3)});
    return out;
}

QString RunsReader::responseFingerprint(qint64 runId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT work_item, status, coalesce(response_text, '') FROM invocations WHERE run_id = ", param(runId), u" ORDER BY work_item"), &ok);
    while (ok && q.next()) {
        hash.addData(QByteArray::number(q.int64(0)));
        hash.addData(q.text(1).toUtf8());
        hash.addData(q.text(2).toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

void RunsReader::scenarios(qint64 runId, QHash<qint64, QString> *taskTypes, QHash<qint64, ScenarioName> *names)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT id, coalesce(nullif(task_type, ''), '(none)'), scenario_key, substr(prompt, 1, 160) ", u"FROM scenarios WHERE run_id = ", param(runId)), &ok);
    while (ok && q.next()) {
        const qint64 id = q.int64(0);
        if (taskTypes)
            taskTypes->insert(id, q.text(1));
        if (names)
            names->insert(id, {q.text(2), q.text(3).simplified()});
    }
}

QHash<qint64, QString> RunsReader::scenarioTaskTypes(qint64 runId)
{
    QHash<qint64, QString> out;
    scenarios(runId, &out, nullptr);
    return out;
}

QHash<qint64, QString> RunsReader::variantLabels(qint64 runId, bool judges)
{
    QHash<qint64, QString> labels;
    for (const VariantInfo &v : variantInfo(runId, judges))
        labels.insert(v.id, v.label);
    return labels;
}

QList<VariantInfo> RunsReader::variantInfo(qint64 runId, bool judges)
{
    bool ok = false;
    ReadRows q = exec(sql(judges ? u"SELECT id, model_id, coalesce(region, ''), 'default', coalesce(display_name, ''), provider = 'scorer' FROM judges WHERE run_id = "_qs
                                  : u"SELECT id, model_id, coalesce(region, ''), tier_requested, coalesce(display_name, ''), 0 FROM variants WHERE run_id = "_qs,
                           param(runId), u" ORDER BY id"), &ok);
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

QList<BaselineInfo> RunsReader::baselines()
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT name, run_id, pinned_at, pinned_by FROM baselines ORDER BY name"), &ok);
    QList<BaselineInfo> out;
    while (ok && q.next())
        out.append({q.text(0), q.int64(1), q.int64(2), q.text(3)});
    return out;
}

QList<BaselineCheckRow> RunsReader::baselineChecks(qint64 baselineRunId)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT run_id, baseline_run_id, baseline_name, checked_at, regressions FROM baseline_checks", u" WHERE baseline_run_id = ", param(baselineRunId), u" ORDER BY checked_at, id"), &ok);
    QList<BaselineCheckRow> out;
    while (ok && q.next())
        out.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.integer(4)});
    return out;
}

} // namespace Quorum
