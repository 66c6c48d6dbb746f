#include "overridetransfer.h"
#include "rawread.h"

#include "storereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Quorum::OverrideTransfer {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("OverrideTransfer", text); }

const char *const kDimensions[6] = {"correctness", "completeness", "relevance", "format", "coherence", "following_instructions"};

QString answerHash(const QString &answer)
{
    return QString::fromLatin1(QCryptographicHash::hash(answer.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// An item's identity across runs: scenario, variant (model id, region, tier), experiment,
// invocation and temperature to the thousandth.
QString identity(const QString &scenario, const QString &modelId, const QString &region, const QString &tier, qint64 experiment,
                 qint64 invocation, double temperature)
{
    return QStringList{scenario, modelId, region, tier, QString::number(experiment), QString::number(invocation),
                       QString::number(qRound64(temperature * 1000))}
        .join(QChar(0x1f));
}

const char16_t kItemColumns[] = u"s.scenario_key, v.model_id, coalesce(v.region, ''), v.tier_requested, i.experiment, "
                                u"i.invocation_index, i.temperature, coalesce(i.response_text, '')";
} // namespace

QString write(StoreReader &queries, qint64 runId, QIODevice &out, qint64 *rows)
{
    SqlText query = RawRead::sql(queries);
    query << u"SELECT " << kItemColumns << uR"(, o.passed, o.score, o.correctness, o.completeness, o.relevance, o.format, o.coherence,
                                         o.following_instructions, o.reason, o.author, o.at
                                  FROM overrides o JOIN invocations i ON i.id = o.invocation_id
                                  JOIN scenarios s ON s.id = i.scenario_id JOIN variants v ON v.id = i.variant_id
                                  WHERE o.run_id = )" << param(runId) << uR"( AND o.passed IS NOT NULL
                                    AND o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = o.invocation_id)
                                  ORDER BY i.work_item)";
    ReadRows q = RawRead::select(queries, query);
    qint64 written = 0;
    while (q.next()) {
        QJsonObject o{{u"scenario"_qs, q.text(0)},
                      {u"model_id"_qs, q.text(1)},
                      {u"region"_qs, q.text(2)},
                      {u"tier"_qs, q.text(3)},
                      {u"experiment"_qs, q.int64(4)},
                      {u"invocation"_qs, q.int64(5)},
                      {u"temperature"_qs, q.real(6)},
                      {u"answer_sha256"_qs, answerHash(q.text(7))},
                      {u"passed"_qs, q.int64(8) != 0},
                      {u"score"_qs, q.isNull(9) ? QJsonValue() : QJsonValue(q.real(9))},
                      {u"reason"_qs, q.text(16)},
                      {u"author"_qs, q.text(17)},
                      {u"at_ms"_qs, q.int64(18)}};
        if (!q.isNull(10)) {
            QJsonObject scores;
            for (int d = 0; d < 6; ++d)
                scores.insert(QLatin1String(kDimensions[d]), q.int64(10 + d));
            o.insert(u"scores"_qs, scores);
        }
        const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        if (out.write(line) != line.size())
            return out.errorString();
        ++written;
    }
    if (rows)
        *rows = written;
    return queries.error();
}

QList<OverrideRecord> read(StoreReader &queries, qint64 runId, QIODevice &in, const QString &fileName, Diagnostics *diagnostics)
{
    struct Item
    {
        qint64 id = 0;
        QString hash;
        bool scored = false;
    };
    QHash<QString, Item> items;
    SqlText query = RawRead::sql(queries);
    query << u"SELECT " << kItemColumns << u", i.id, i.jury_score IS NOT NULL FROM invocations i JOIN scenarios s ON s.id = i.scenario_id "
                                            u"JOIN variants v ON v.id = i.variant_id WHERE i.run_id = " << param(runId) << u" AND i.status = 'ok'";
    ReadRows q = RawRead::select(queries, query);
    while (q.next())
        items.insert(identity(q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5), q.real(6)),
                     {q.int64(8), answerHash(q.text(7)), q.int64(9) != 0});
    if (!queries.error().isEmpty()) {
        diagnostics->error(fileName, 0, queries.error());
        return {};
    }

    QList<OverrideRecord> out;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            diagnostics->error(fileName, lineNo, parseError.error != QJsonParseError::NoError
                                                     ? tr("not JSON: %1").arg(parseError.errorString())
                                                     : tr("each line is one JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        const auto need = [&](const char *field, QJsonValue::Type type) {
            if (o.value(QLatin1String(field)).type() == type)
                return true;
            diagnostics->error(fileName, lineNo, tr("\"%1\" is missing or not a %2").arg(QLatin1String(field),
                                                   type == QJsonValue::String ? tr("text") : type == QJsonValue::Bool ? tr("true or false") : tr("number")),
                               QLatin1String(field));
            return false;
        };
        bool ok = true;
        for (const char *field : {"scenario", "model_id", "region", "tier", "answer_sha256", "reason", "author"})
            ok = need(field, QJsonValue::String) && ok;
        for (const char *field : {"experiment", "invocation", "temperature", "at_ms"})
            ok = need(field, QJsonValue::Double) && ok;
        ok = need("passed", QJsonValue::Bool) && ok;
        OverrideRecord r;
        r.runId = runId;
        r.passed = o.value(u"passed"_qs).toBool();
        if (const QJsonValue score = o.value(u"score"_qs); !score.isNull() && !score.isUndefined()) {
            if (!score.isDouble() || score.toDouble() < 1 || score.toDouble() > 5) {
                diagnostics->error(fileName, lineNo, tr("\"score\" is a number from 1 to 5, or null"), u"score"_qs);
                ok = false;
            } else {
                r.score = score.toDouble();
            }
        }
        if (o.contains(u"scores"_qs)) {
            const QJsonObject scores = o.value(u"scores"_qs).toObject();
            for (int d = 0; d < 6; ++d) {
                const QJsonValue v = scores.value(QLatin1String(kDimensions[d]));
                const double x = v.toDouble(-1);
                if (!v.isDouble() || x != std::floor(x) || x < 1 || x > 5) {
                    diagnostics->error(fileName, lineNo, tr("\"scores\" gives %1 as a whole number from 1 to 5")
                                                             .arg(QLatin1String(kDimensions[d])), u"scores"_qs);
                    ok = false;
                    break;
                }
                r.dimensions[d] = int(x);
            }
        }
        if (!ok)
            continue;
        r.reason = o.value(u"reason"_qs).toString();
        r.author = o.value(u"author"_qs).toString();
        r.at = qint64(o.value(u"at_ms"_qs).toDouble());
        const QString key = identity(o.value(u"scenario"_qs).toString(), o.value(u"model_id"_qs).toString(),
                                     o.value(u"region"_qs).toString(), o.value(u"tier"_qs).toString(),
                                     qint64(o.value(u"experiment"_qs).toDouble()), qint64(o.value(u"invocation"_qs).toDouble()),
                                     o.value(u"temperature"_qs).toDouble());
        const auto it = items.constFind(key);
        if (it == items.cend()) {
            diagnostics->warning(fileName, lineNo, tr("run %1 has no answered item of scenario \"%2\" by %3: left out")
                                                       .arg(runId).arg(o.value(u"scenario"_qs).toString(), o.value(u"model_id"_qs).toString()));
            continue;
        }
        if (it->hash != o.value(u"answer_sha256"_qs).toString()) {
            diagnostics->warning(fileName, lineNo, tr("the answer to scenario \"%1\" by %2 is not the one reviewed: left out")
                                                       .arg(o.value(u"scenario"_qs).toString(), o.value(u"model_id"_qs).toString()));
            continue;
        }
        if (!r.score && !it->scored) {
            diagnostics->warning(fileName, lineNo, tr("the jury gave the item of scenario \"%1\" no score and the override gives none: left out")
                                                       .arg(o.value(u"scenario"_qs).toString()));
            continue;
        }
        r.invocationId = it->id;
        out.append(r);
    }
    if (diagnostics->hasErrors())
        return {};
    return out;
}

} // namespace Quorum::OverrideTransfer
