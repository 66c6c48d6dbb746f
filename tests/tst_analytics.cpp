// The analytics read rollups the writer keeps; these tests hold them to the same figures
// computed the slow way from every stored row, and to small cases worked out by hand.
#include "analytics/breakdowns.h"
#include "analytics/runcomparison.h"
#include "analytics/leaderboard.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "jsoncompare.h"
#include "storage/runtransfer.h"
#include "storesupport.h"
#include "analyticsseed.h"

#include <cmath>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
QSqlQuery select(const QString &path, const QString &sql)
{
    QString error;
    QSqlQuery q(testSql(path, &error));
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qWarning() << q.lastError().text();
    return q;
}
} // namespace

class TstAnalytics final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;

private Q_SLOTS:
    // A random run with errors, partial juries, unparseable verdicts, a scorer, three
    // temperatures and three experiments, written in small batches; some answers' verdicts
    // arrive in a later submission than the answer.
    void initTestCase()
    {
        m_path = testStore(m_dir.filePath(u"a.sqlite"_qs));
        const auto w = Store::writerFor(m_path, 7);
        QCOMPARE(w->start(), QString());
        m_ids = seedRun(*w, 40, uR"({"settings": {"dispute_threshold": 1.5}})"_qs);
        QRandomGenerator rng(11);
        std::vector<std::vector<WriteOp>> late;
        qint64 item = 0;
        for (const qint64 scenario : std::as_const(m_ids.scenarios))
            for (const qint64 v : std::as_const(m_ids.variants))
                for (const double temperature : {0.5, 0.7, 0.9})
                    for (int experiment = 0; experiment < 3; ++experiment) {
                        InvocationRecord r;
                        r.id = w->allocateId(StoreWriter::Table::Invocations);
                        r.runId = m_ids.run;
                        r.variantId = v;
                        r.scenarioId = scenario;
                        r.workItem = item++;
                        r.experiment = experiment;
                        r.temperature = temperature;
                        r.ok = rng.bounded(12) > 0;
                        r.t0 = 1'700'000'000'000 + qint64(rng.bounded(72)) * 3'600'000;
                        if (rng.bounded(5))
                            r.ttftMs = 50 + rng.bounded(900.0) + double(v);
                        r.ttlbMs = r.ttftMs.value_or(0) + 100 + rng.bounded(2000.0);
                        r.outputTokens = rng.bounded(400);
                        r.attempts = 1 + rng.bounded(2);
                        r.costUsd = rng.bounded(1000) / 1e6;
                        std::vector<WriteOp> verdicts;
                        if (r.ok) {
                            double sum = 0;
                            int valid = 0;
                            for (qsizetype j = 0; j < m_ids.judges.size(); ++j) {
                                if (rng.bounded(10) == 0)
                                    continue; // the call failed: no verdict row
                                VerdictRecord d;
                                d.id = w->allocateId(StoreWriter::Table::Verdicts);
                                d.runId = m_ids.run;
                                d.invocationId = r.id;
                                d.judgeId = m_ids.judges.at(j);
                                if (j == 3) { // the scorer: a pass/fail, no dimensions
                                    d.overall = d.weighted = rng.bounded(2) ? 5 : 1;
                                    d.passed = d.weighted > 3;
                                } else if (rng.bounded(8) == 0) {
                                    d.status = VerdictStatus::Unparseable;
                                } else {
                                    const int base = 1 + rng.bounded(5) + int(j == 0 && v == m_ids.variants.first());
                                    int *scores[6] = {&d.correctness, &d.completeness, &d.relevance, &d.format, &d.coherence,
                                                      &d.followingInstructions};
                                    for (int *s : scores)
                                        *s = std::clamp(base + rng.bounded(3) - 1, 1, 5);
                                    d.overall = d.weighted = (d.correctness + d.completeness + d.relevance + d.format
                                                              + d.coherence + d.followingInstructions) / 6.0;
                                    d.passed = d.weighted >= 3;
                                    sum += d.weighted;
                                    ++valid;
                                }
                                verdicts.emplace_back(std::move(d));
                            }
                            if (valid) {
                                r.juryScore = sum / valid;
                                r.juryPass = *r.juryScore >= 3;
                                r.judgesUsed = valid;
                                r.disputed = rng.bounded(6) == 0;
                                r.judgeCostUsd = 0.0001 * valid;
                            }
                        }
                        if (rng.bounded(5) == 0) {
                            w->submit(std::move(r));
                            late.push_back(std::move(verdicts));
                        } else {
                            verdicts.insert(verdicts.begin(), WriteOp(std::move(r)));
                            w->submit(std::move(verdicts));
                        }
                        if (late.size() > 3 || (late.size() && rng.bounded(4) == 0)) {
                            w->submit(std::move(late.front()));
                            late.erase(late.begin());
                        }
                    }
        for (auto &ops : late)
            w->submit(std::move(ops));
        QVERIFY(w->flush(30000));
        QCOMPARE(w->lastError(), QString());
    }

    void cleanupTestCase() { closeTestSql(m_path); }

    // The run made by tests/reference/make_references.py, stored through the writer: every
    // figure equals what NumPy, SciPy and statsmodels computed from METRICS.md's definitions
    // (tests/data/reference/expected.json), not what Quorum's own statistics functions say.
    void leaderboardMatchesIndependentReferences()
    {
        auto readJson = [](const QString &name) {
            QFile f(QStringLiteral(QUORUM_TEST_DATA) + u"/reference/"_qs + name);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("missing reference data %s", qPrintable(f.fileName()));
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        const QJsonObject run = readJson(u"run.json"_qs), expected = readJson(u"expected.json"_qs);
        const QString path = testStore(m_dir.filePath(u"reference.sqlite"_qs));
        QHash<qint64, int> variantIndex;
        qint64 runId = 0;
        {
            const auto w = Store::writerFor(path, 50);
            QCOMPARE(w->start(), QString());
            runId = w->allocateId(StoreWriter::Table::Runs);
            w->submit(RunRecord{runId, u"reference"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
            QList<qint64> variants, judges, scenarios;
            for (const QJsonValue &v : run.value(u"variants").toArray()) {
                variants << w->allocateId(StoreWriter::Table::Variants);
                variantIndex.insert(variants.last(), int(variants.size() - 1));
                w->submit(variant(variants.last(), runId, false, v[u"model_id"].toString(), v[u"region"].toString()));
            }
            for (const QJsonValue &j : run.value(u"judges").toArray()) {
                judges << w->allocateId(StoreWriter::Table::Judges);
                w->submit(variant(judges.last(), runId, true, j.toString(), {}));
            }
            for (const QJsonValue &sc : run.value(u"scenarios").toArray()) {
                scenarios << w->allocateId(StoreWriter::Table::Scenarios);
                w->submit(ScenarioRecord{scenarios.last(), runId, sc[u"key"].toString(), u"p"_qs, u"g"_qs, sc[u"task_type"].toString(),
                                        {}, 10, {}, {}, {}, {}});
            }
            qint64 item = 0;
            for (const QJsonValue &value : run.value(u"invocations").toArray()) {
                const QJsonObject o = value.toObject();
                InvocationRecord r;
                r.id = w->allocateId(StoreWriter::Table::Invocations);
                r.runId = runId;
                r.variantId = variants.at(o[u"variant"].toInt());
                r.scenarioId = scenarios.at(o[u"scenario"].toInt());
                r.workItem = item++;
                r.invocationIndex = o[u"invocation"].toInt();
                r.ok = o[u"ok"].toBool();
                r.ttftMs = o[u"ttft_ms"].toDouble();
                r.ttlbMs = o[u"ttlb_ms"].toDouble();
                r.outputTokens = o[u"output_tokens"].toInt();
                std::vector<WriteOp> ops;
                if (o.contains(u"jury_score")) {
                    r.juryScore = o[u"jury_score"].toDouble();
                    r.juryPass = o[u"jury_pass"].toBool();
                    r.judgesUsed = int(o[u"verdicts"].toArray().size());
                }
                for (const QJsonValue &verdict : o[u"verdicts"].toArray()) {
                    VerdictRecord d;
                    d.id = w->allocateId(StoreWriter::Table::Verdicts);
                    d.runId = runId;
                    d.invocationId = r.id;
                    d.judgeId = judges.at(verdict[u"judge"].toInt());
                    const QJsonArray sc = verdict[u"scores"].toArray();
                    int *dims[6] = {&d.correctness, &d.completeness, &d.relevance, &d.format, &d.coherence, &d.followingInstructions};
                    double sum = 0;
                    for (int k = 0; k < 6; ++k)
                        sum += *dims[k] = sc.at(k).toInt();
                    d.overall = d.weighted = sum / 6;
                    d.passed = verdict[u"passed"].toBool();
                    ops.emplace_back(std::move(d));
                }
                ops.insert(ops.begin(), WriteOp(std::move(r)));
                w->submit(std::move(ops));
            }
            QVERIFY(w->flush(30000));
            QCOMPARE(w->lastError(), QString());
        }
        QString error;
        const RunReadout readout = RunReadout::read(storeAt(path), runId);
        error = readout.error;
        const Leaderboard board = computeLeaderboard(readout);
        closeTestSql(path);
        QCOMPARE(error, QString());
        const QJsonArray rows = expected.value(u"variants").toArray();
        QCOMPARE(board.rows.size(), rows.size());
        auto pair = [](const QJsonValue &v) { return std::pair{v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()}; };
        for (const LeaderboardRow &row : board.rows) {
            const QJsonObject e = rows.at(variantIndex.value(row.variantId)).toObject();
            const QByteArray who = e[u"model_id"].toString().toUtf8();
            QVERIFY2(row.label.startsWith(e[u"model_id"].toString()), who.constData());
            QCOMPARE(row.invocations, e[u"invocations"].toInteger());
            QCOMPARE(row.errors, e[u"errors"].toInteger());
            QCOMPARE(row.scored, e[u"scored"].toInteger());
            QCOMPARE(row.passed, e[u"passed"].toInteger());
            QVERIFY2(close(row.successRate, e[u"success_rate"].toDouble()), who.constData());
            const auto [low, high] = pair(e[u"success_ci"]);
            QVERIFY2(row.successCi && close(row.successCi->low, low) && close(row.successCi->high, high),
                     qPrintable(QStringLiteral("%1: %2–%3, expected %4–%5").arg(QString::fromUtf8(who))
                                    .arg(row.successCi->low).arg(row.successCi->high).arg(low).arg(high)));
            QVERIFY2(close(*row.meanScore, e[u"mean_score"].toDouble()), who.constData());
            for (int d = 0; d < 6; ++d)
                QVERIFY2(close(row.dimensionMeans[d], e[u"dimension_means"][d].toDouble()), who.constData());
            for (int p = 0; p < 4; ++p) { // percentiles from 0.1 %-wide histogram bins
                QVERIFY2(close(*row.ttftMs[p], e[u"ttft_ms"][p].toDouble(), 1e-3),
                         qPrintable(QStringLiteral("%1 TTFT p%2: %3, expected %4").arg(QString::fromUtf8(who)).arg(p)
                                        .arg(*row.ttftMs[p]).arg(e[u"ttft_ms"][p].toDouble())));
                QVERIFY2(close(*row.ttlbMs[p], e[u"ttlb_ms"][p].toDouble(), 1e-3), who.constData());
            }
            QVERIFY2(close(*row.decodeTokensPerSecond, e[u"decode_tokens_per_second_p50"].toDouble(), 1e-3), who.constData());
            // Ratings: SciPy's BFGS fit against Quorum's MM iterations, within a hundredth of a point.
            QVERIFY2(std::abs(*row.rating - e[u"rating"].toDouble()) < 0.01,
                     qPrintable(QStringLiteral("%1 rating %2, expected %3").arg(QString::fromUtf8(who)).arg(*row.rating).arg(e[u"rating"].toDouble())));
            const auto [rlow, rhigh] = pair(e[u"rating_ci"]);
            QVERIFY2(std::abs(row.ratingCi->low - rlow) < 0.01 && std::abs(row.ratingCi->high - rhigh) < 0.01,
                     qPrintable(QStringLiteral("%1 rating CI %2–%3, expected %4–%5").arg(QString::fromUtf8(who))
                                    .arg(row.ratingCi->low).arg(row.ratingCi->high).arg(rlow).arg(rhigh)));
        }
        for (int d = 0; d < 6; ++d)
            QVERIFY2(close(*board.health.alpha[d], expected[u"krippendorff_alpha_ordinal"][d].toDouble()),
                     qPrintable(QStringLiteral("alpha %1: %2, expected %3").arg(d).arg(*board.health.alpha[d])
                                    .arg(expected[u"krippendorff_alpha_ordinal"][d].toDouble())));
        QVERIFY2(close(*board.health.fleissKappa, expected[u"fleiss_kappa_pass_fail"].toDouble()),
                 qPrintable(QStringLiteral("kappa %1, expected %2").arg(*board.health.fleissKappa).arg(expected[u"fleiss_kappa_pass_fail"].toDouble())));
    }

    // Every leaderboard and jury-health figure equals the one computed from all rows.
    void leaderboardEqualsTheFiguresFromEveryRow()
    {
        QString error;
        const RunReadout readout = RunReadout::read(storeAt(m_path), m_ids.run);
        error = readout.error;
        const Leaderboard board = computeLeaderboard(readout);
        QCOMPARE(error, QString());
        QCOMPARE(board.rows.size(), 3);

        struct Ref { qint64 n = 0, errors = 0, scored = 0, passed = 0; double score = 0; std::vector<double> ttft, ttlb, decode;
                     QMap<qint64, std::pair<double, double>> scenarios; };
        QMap<qint64, Ref> ref;
        QSqlQuery q = select(m_path, u"SELECT variant_id, scenario_id, status = 'ok', jury_pass, jury_score, ttft_ms, ttlb_ms, output_tokens FROM invocations"_qs);
        while (q.next()) {
            Ref &r = ref[q.value(0).toLongLong()];
            ++r.n;
            if (!q.value(2).toBool()) {
                ++r.errors;
                continue;
            }
            if (!q.value(3).isNull()) {
                ++r.scored;
                r.passed += q.value(3).toInt();
                r.score += q.value(4).toDouble();
                r.scenarios[q.value(1).toLongLong()].first += q.value(3).toInt();
                r.scenarios[q.value(1).toLongLong()].second += 1;
            }
            r.ttlb.push_back(q.value(6).toDouble());
            if (!q.value(5).isNull()) {
                const double ttft = q.value(5).toDouble(), ttlb = q.value(6).toDouble();
                r.ttft.push_back(ttft);
                if (ttlb > ttft && q.value(7).toLongLong() > 0)
                    r.decode.push_back(q.value(7).toDouble() / ((ttlb - ttft) / 1000));
            }
        }
        for (const LeaderboardRow &row : board.rows) {
            const Ref &r = ref[row.variantId];
            QCOMPARE(row.invocations, r.n);
            QCOMPARE(row.errors, r.errors);
            QCOMPARE(row.scored, r.scored);
            QCOMPARE(row.passed, r.passed);
            QVERIFY(close(*row.meanScore, r.score / double(r.scored)));
            const double ps[4] = {0.5, 0.9, 0.95, 0.99};
            for (int p = 0; p < 4; ++p) { // histogram bins are 0.1 % wide
                QVERIFY2(close(row.ttftMs[p], Stats::percentile(r.ttft, ps[p]), 1e-3), qPrintable(QString::number(p)));
                QVERIFY(close(row.ttlbMs[p], Stats::percentile(r.ttlb, ps[p]), 1e-3));
            }
            QVERIFY(close(row.decodeTokensPerSecond, Stats::percentile(r.decode, 0.5), 1e-3));
            std::vector<double> passes, scored;
            for (const auto &[p, s] : r.scenarios) {
                passes.push_back(p);
                scored.push_back(s);
            }
            const auto ci = Stats::bootstrapRatio(passes, scored);
            QVERIFY(close(row.successCi->low, ci->low) && close(row.successCi->high, ci->high));
        }

        // Jury health from the valid verdicts of the LLM judges.
        QMap<qint64, QList<std::pair<qint64, std::array<int, 7>>>> units; // invocation → (judge, scores…, passed)
        QHash<qint64, qint64> variantOf;
        q = select(m_path, uR"(SELECT v.invocation_id, v.judge_id, v.correctness, v.completeness, v.relevance, v.format,
                                      v.coherence, v.following_instructions, v.passed, i.variant_id
                               FROM verdicts v JOIN judges j ON j.id = v.judge_id JOIN invocations i ON i.id = v.invocation_id
                               WHERE v.status = 'ok' AND j.provider <> 'scorer')"_qs);
        while (q.next()) {
            std::array<int, 7> s{};
            for (int d = 0; d < 7; ++d)
                s[size_t(d)] = q.value(2 + d).toInt();
            units[q.value(0).toLongLong()].append({q.value(1).toLongLong(), s});
            variantOf.insert(q.value(0).toLongLong(), q.value(9).toLongLong());
        }
        for (int d = 0; d < 6; ++d) {
            std::vector<std::vector<std::optional<int>>> values;
            for (const auto &unit : units) {
                values.emplace_back();
                for (const auto &[judge, s] : unit)
                    values.back().push_back(s[size_t(d)]);
            }
            QVERIFY(close(board.health.alpha[d], Stats::krippendorffAlphaOrdinal(values)));
        }
        QHash<qsizetype, int> sizes;
        for (const auto &unit : units)
            ++sizes[unit.size()];
        const qsizetype modal = sizes.value(3) >= sizes.value(2) ? 3 : 2;
        std::vector<std::vector<int>> counts;
        for (const auto &unit : units)
            if (unit.size() == modal) {
                int passes = 0;
                for (const auto &[judge, s] : unit)
                    passes += s[6];
                counts.push_back({passes, int(modal) - passes});
            }
        QVERIFY(close(board.health.fleissKappa, Stats::fleissKappa(counts)));
        // Leniency and self-preference: each judge's score minus its panel's mean, on its own
        // vendor's answers and on the others' (judge 1 and the first model are Anthropic's; judge
        // 2 and the second OpenAI's; nobody shares Gemini's).
        QCOMPARE(board.health.judges.size(), 3);
        for (qsizetype j = 0; j < 3; ++j) {
            double all = 0, own = 0, others = 0;
            qint64 n = 0, ownN = 0, othersN = 0;
            for (auto it = units.cbegin(); it != units.cend(); ++it) {
                auto weighted = [](const std::array<int, 7> &s) { return (s[0] + s[1] + s[2] + s[3] + s[4] + s[5]) / 6.0; };
                double panel = 0;
                for (const auto &[judge, scores] : it.value())
                    panel += weighted(scores);
                panel /= double(it.value().size());
                for (const auto &[judge, scores] : it.value())
                    if (judge == m_ids.judges.at(j)) {
                        const double d = weighted(scores) - panel;
                        all += d;
                        ++n;
                        const bool mine = j < 2 && variantOf.value(it.key()) == m_ids.variants.at(j);
                        (mine ? own : others) += d;
                        ++(mine ? ownN : othersN);
                    }
            }
            const JudgeStanding &standing = board.health.judges.at(j);
            QCOMPARE(standing.verdicts, n);
            QVERIFY(close(standing.leniency, all / double(n)));
            QVERIFY(close(standing.selfPreference, j < 2 ? std::optional(own / double(ownN) - others / double(othersN)) : std::nullopt));
        }
        QVERIFY(*board.health.judges.at(0).selfPreference > 0.3);
    }

    void breakdownsEqualTheFiguresFromEveryRow()
    {
        QString error;
        const RunReadout readout = RunReadout::read(storeAt(m_path), m_ids.run);
        error = readout.error;
        const Breakdowns b = computeBreakdowns(readout);
        QCOMPARE(error, QString());
        // Temperatures: three per variant, success rate and mean TTLB as from the rows.
        QCOMPARE(b.temperatures.size(), 9);
        QSqlQuery q = select(m_path, uR"(SELECT avg(jury_pass), avg(CASE WHEN status = 'ok' THEN ttlb_ms END), count(*)
                                        FROM invocations GROUP BY variant_id, temperature ORDER BY variant_id, temperature)"_qs);
        for (const TemperatureStanding &t : b.temperatures) {
            QVERIFY(q.next());
            QVERIFY(close(*t.successRate, q.value(0).toDouble()));
            QVERIFY(close(*t.meanTtlbMs, q.value(1).toDouble()));
            QCOMPARE(t.invocations, q.value(2).toLongLong());
        }
        // Per task type: success rate and mean TTLB of each variant on that task's scenarios.
        QCOMPARE(b.taskTypes.size(), 6);
        q = select(m_path, uR"(SELECT avg(i.jury_pass), avg(CASE WHEN i.status = 'ok' THEN i.ttlb_ms END), count(*), s.task_type
                              FROM invocations i JOIN scenarios s ON s.id = i.scenario_id
                              GROUP BY i.variant_id, s.task_type ORDER BY i.variant_id, s.task_type)"_qs);
        for (const TaskStanding &t : b.taskTypes) {
            QVERIFY(q.next());
            QCOMPARE(t.taskType, q.value(3).toString());
            QVERIFY(close(*t.successRate, q.value(0).toDouble()));
            QVERIFY(close(*t.meanTtlbMs, q.value(1).toDouble()));
            QCOMPARE(t.invocations, q.value(2).toLongLong());
            QVERIFY(t.successCi->low <= *t.successRate && *t.successRate <= t.successCi->high);
        }
        // Repeated experiments: per variant × scenario, the median of the experiments' mean scores.
        QCOMPARE(b.experiments.experiments, 3);
        q = select(m_path, uR"(SELECT i.variant_id, i.scenario_id, avg(i.jury_score), s.scenario_key, s.prompt
                              FROM invocations i JOIN scenarios s ON s.id = i.scenario_id WHERE i.jury_pass IS NOT NULL
                              GROUP BY i.variant_id, i.scenario_id, i.experiment, s.scenario_key, s.prompt ORDER BY 1, 2, i.experiment)"_qs);
        QMap<std::pair<qint64, qint64>, std::vector<double>> cells;
        QHash<qint64, std::pair<QString, QString>> names; // each scenario's key and prompt
        while (q.next()) {
            cells[{q.value(0).toLongLong(), q.value(1).toLongLong()}].push_back(q.value(2).toDouble());
            names.insert(q.value(1).toLongLong(), {q.value(3).toString(), q.value(4).toString()});
        }
        QCOMPARE(b.experiments.cells.size(), cells.size());
        qint64 disputed = 0;
        auto cell = b.experiments.cells.cbegin();
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const std::vector<double> &scores = it.value();
            QCOMPARE(cell->scenario.key, names.value(it.key().second).first); // named as the tables show it
            QCOMPARE(cell->scenario.promptStart, names.value(it.key().second).second.left(160).simplified());
            QVERIFY(close(cell->median, *Stats::percentile(scores, 0.5)));
            const double spread = *std::max_element(scores.begin(), scores.end()) - *std::min_element(scores.begin(), scores.end());
            QCOMPARE(cell->disputed, spread > 1.5);
            disputed += spread > 1.5;
            ++cell;
        }
        qint64 flagged = 0;
        for (const qint64 n : b.experiments.disputedCells)
            flagged += n;
        QCOMPARE(flagged, disputed);
        QVERIFY(disputed > 0);
        // Distributions count every successful call; regions merge their variants.
        qint64 ttlbCount = 0, regionCount = 0;
        for (const Distribution &d : b.distributions)
            if (d.metric == u"ttlb_ms") {
                qint64 inBins = 0;
                for (const Distribution::Bin &bin : d.bins)
                    inBins += bin.count;
                QCOMPARE(inBins, d.count);
                QCOMPARE(d.bins.size(), 20);
                (d.variant.isEmpty() ? regionCount : ttlbCount) += d.count; // per variant, and per region
            }
        q = select(m_path, u"SELECT count(*) FROM invocations WHERE status = 'ok'"_qs);
        QVERIFY(q.next());
        QCOMPARE(ttlbCount, q.value(0).toLongLong());
        QCOMPARE(regionCount, q.value(0).toLongLong());
        const auto useast = std::find_if(b.regions.cbegin(), b.regions.cend(),
                                         [](const RegionLatency &r) { return r.region == u"us-east-1" && r.variant.isEmpty(); });
        QVERIFY(useast != b.regions.cend());
        q = select(m_path, uR"(SELECT count(*) FROM invocations i JOIN variants v ON v.id = i.variant_id
                              WHERE i.status = 'ok' AND v.region = 'us-east-1')"_qs);
        QVERIFY(q.next());
        QCOMPARE(useast->calls, q.value(0).toLongLong());
        const auto useastTtft = std::find_if(b.distributions.cbegin(), b.distributions.cend(), [](const Distribution &d) {
            return d.region == u"us-east-1" && d.variant.isEmpty() && d.metric == u"ttft_ms";
        });
        QVERIFY(useastTtft != b.distributions.cend());
        QVERIFY(close(useastTtft->percentiles[0], useast->ttftMs[0])); // the same merged bins
    }

    // An older store is migrated by rebuilding every rollup from the rows: the same figures.
    void migrationRebuildsTheSameFigures()
    {
        QJsonObject before = computeLeaderboard(RunReadout::read(storeAt(m_path), m_ids.run)).toJson();
        QJsonObject breakdownsBefore = computeBreakdowns(RunReadout::read(storeAt(m_path), m_ids.run)).toJson();
        closeTestSql(m_path);
        // A copy of the store, made into the previous version: its version-3 rollups gone.
        QString old;
        qint64 run = m_ids.run;
        if (onTeamStore()) {
            old = testStore(m_dir.filePath(u"old.sqlite"_qs));
            const Store::Opened made = Store::open(old);
            QVERIFY(made.store);
            const RunTransfer copy = copyRun(storeAt(m_path), m_ids.run, *made.store);
            QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
            run = copy.targetRunId;
        } else {
            old = m_dir.filePath(u"old.sqlite"_qs);
            QVERIFY(QFile::copy(m_path, old));
        }
        {
            QString error;
            QSqlQuery q(testSql(old, &error));
            QStringList steps = {u"DROP TABLE overrides"_qs, u"DROP TABLE baseline_checks"_qs, u"DROP TABLE baselines"_qs, u"DROP TABLE metric_histogram"_qs, u"DROP TABLE judge_rollup"_qs, u"DROP TABLE agreement_rollup"_qs,
                                 u"DROP TABLE fleiss_rollup"_qs, u"DROP TABLE variant_temperature_rollup"_qs,
                                 u"DROP TABLE scenario_experiment_rollup"_qs, u"DELETE FROM variant_scenario_rollup"_qs,
                                 u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_qs};
            if (!onTeamStore())
                steps << u"DROP TABLE rollup_pending"_qs; // the team store has none: it sums every batch
            // Schema 6's search indexes: an older store has none, and its rows are indexed on the upgrade.
            if (onTeamStore())
                steps << u"ALTER TABLE invocations DROP COLUMN answer_tsv"_qs << u"ALTER TABLE scenarios DROP COLUMN scenario_tsv"_qs
                      << u"ALTER TABLE verdicts DROP COLUMN rationale_tsv"_qs;
            else
                for (const char *table : {"answer", "scenario", "rationale"}) {
                    steps << QStringLiteral("DROP TABLE %1_vocab").arg(QLatin1String(table)) // schema 7's
                          << QStringLiteral("DROP TABLE %1_fts").arg(QLatin1String(table));
                }
            steps << u"DROP INDEX invocations_by_scenario"_qs;
            // Schema 8's (7's on the team store) prompt-cache token counts.
            steps << u"ALTER TABLE invocations DROP COLUMN cache_read_tokens"_qs << u"ALTER TABLE invocations DROP COLUMN cache_write_tokens"_qs;
            // The shared ladder's version 11 (the local store had the first two since its version 7).
            steps << u"DROP INDEX invocations_by_run"_qs << u"DROP INDEX verdicts_by_run"_qs << u"DROP INDEX invocations_disputed"_qs;
            for (const QString &sql : steps)
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_qs + q.lastError().text()));
        }
        closeTestSql(old);
        const Store::Opened upgraded = Store::open(old);
        QVERIFY2(upgraded.store, qPrintable(upgraded.error));
        QCOMPARE(upgraded.fromVersion, 2);
        QCOMPARE(valueIn(old, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs).toString(), u"11"_qs);
        {
            // The rows written before the upgrade are found: every scenario's prompt is "p".
            InvocationReader q(*upgraded.store);
            InvocationFilter f;
            f.limit = 1000000;
            const qint64 all = qint64(q.invocations(run, f).size());
            QVERIFY(all > 0);
            f.search = u"P"_qs;
            QCOMPARE(qint64(q.invocations(run, f).size()), all);
            QVERIFY2(q.error().isEmpty(), qPrintable(q.error()));
            f.search = u"nowhere"_qs;
            QCOMPARE(q.invocations(run, f).size(), 0);
        }
        QJsonObject after = computeLeaderboard(RunReadout::read(*upgraded.store, run)).toJson();
        QJsonObject breakdownsAfter = computeBreakdowns(RunReadout::read(*upgraded.store, run)).toJson();
        for (QJsonObject *o : {&before, &after, &breakdownsBefore, &breakdownsAfter})
            o->remove(u"run_id"_qs);
        QString where;
        QVERIFY2(sameJson(after, before, &where), qPrintable(where));
        QVERIFY2(sameJson(breakdownsAfter, breakdownsBefore, &where), qPrintable(where));
        closeTestSql(old);
    }

    // Small cases worked out by hand.
    void pairedComparisonByHand()
    {
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"p.sqlite"_qs));
        Ids ids;
        {
            const auto w = Store::writerFor(path);
            QCOMPARE(w->start(), QString());
            ids = seedRun(*w, 2);
            // Scenario 1: A passes 3 of 4, B 1 of 4; scenario 2: A 2 of 2, B 0 of 2.
            const int passes[2][2] = {{3, 1}, {2, 0}}, totals[2] = {4, 2};
            for (int s = 0; s < 2; ++s)
                for (int v = 0; v < 2; ++v)
                    for (int i = 0; i < totals[s]; ++i) {
                        InvocationRecord r;
                        r.id = w->allocateId(StoreWriter::Table::Invocations);
                        r.runId = ids.run;
                        r.variantId = ids.variants.at(v);
                        r.scenarioId = ids.scenarios.at(s);
                        r.workItem = r.id;
                        r.ttlbMs = 100 * (i + 1);
                        r.juryPass = i < passes[s][v];
                        r.juryScore = *r.juryPass ? 4 : 2;
                        w->submit(r);
                    }
            QVERIFY(w->flush());
        }
        QString error;
        RunsReader reader(path);
        // Side A is claude-a, side B gpt-b: every difference is B − A.
        const auto c = compareVariantItems(reader.path(), ids.run, u"anthropic/claude-a@us-east-1"_qs, ids.run, u"openai/gpt-b"_qs, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->commonScenarios, 2);
        QCOMPARE(c->pairs, 6);
        QVERIFY(close(c->successDifference, 1.0 / 6 - 5.0 / 6));
        QVERIFY(close(*c->scoreDifference, 2 * (1.0 / 6 - 5.0 / 6)));
        // Resamples are {1,1}: -0.5, {2,2}: -1, or mixed: -0.667; all below zero.
        QVERIFY(c->successCi->low >= -1 - 1e-12 && c->successCi->high <= -0.5 + 1e-12);
        // Lined up in order: 2 items of scenario 1 and both of scenario 2 went pass → fail, none the other way.
        QCOMPARE(c->broke, 4);
        QCOMPARE(c->fixed, 0);
        QVERIFY(close(c->mcnemarP, 2.0 / 16)); // 2 · C(4,0) / 2⁴
        // Four discordant pairs cannot make McNemar's test significant: the pass rate alone says nothing;
        // every resampled score difference is below zero, so the score decides (p = 2 · 1 / 1001).
        QVERIFY(!c->successDetectable(0.05));
        QVERIFY(close(c->scoreP, 2.0 / 1001));
        QCOMPARE(c->verdict, ItemComparison::Verdict::Worse);
        QVERIFY(c->verdictByScore);
        QVERIFY(!compareVariantItems(reader.path(), ids.run, u"nope"_qs, ids.run, u"openai/gpt-b"_qs, &error));
        QVERIFY(error.contains(u"has no variant \"nope\""));
        // B's TTLB values: 100, 200, 300, 400 on scenario 1, 100, 200 on scenario 2.
        const QList<Distribution> d = computeBreakdowns(RunReadout::read(storeAt(path), ids.run)).distributions;
        const auto ttlb = std::find_if(d.cbegin(), d.cend(), [](const Distribution &x) {
            return x.variant == u"openai/gpt-b@us-east-1" && x.metric == u"ttlb_ms";
        });
        QVERIFY(ttlb != d.cend());
        QCOMPARE(ttlb->count, 6);
        QCOMPARE(ttlb->min, 100.0);
        QCOMPARE(ttlb->max, 400.0);
        QVERIFY(close(*ttlb->percentiles[0], 200.0)); // 100 100 200 200 300 400
        QVERIFY(close(*ttlb->percentiles[1], 350.0));
        QCOMPARE(ttlb->bins.first().count, 2);        // [100, 115)
        QCOMPARE(ttlb->bins.last().count, 1);         // 400
        closeTestSql(path);
    }
};

QTEST_GUILESS_MAIN(TstAnalytics)
#include "tst_analytics.moc"
