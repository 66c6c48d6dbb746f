// Storage benchmark (issue: foundation). Ingests N invocations with 3 judge verdicts each
// through the StoreWriter, then times the leaderboard, heatmap and regional aggregate queries.
//   bench_storage [--invocations N] [--db PATH|URL] [--copy-to PATH|URL] [--ingest-only] [--without-search]
// --db takes a team store's postgresql:// URL too (an empty database; PGPASSWORD for its password);
// --copy-to then times copying the whole run into another store (quorum-cli push and pull).
#include "analytics/breakdowns.h"
#include "analytics/runcomparison.h"
#include "analytics/leaderboard.h"
#include "analytics/regional.h"
#include "analytics/statistics.h"
#include "storage/readoutreader.h"
#include "storage/runsreader.h"
#include "storage/readbackend.h"
#include "storage/runtransfer.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"
#include "withoutsearch.h"

using namespace Quorum;
using Quorum::Bench::medianMs;
using Quorum::Bench::cpuSeconds;
using Quorum::Bench::peakRssMb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = Bench::option(args, u"--invocations"_qs, u"1000000"_qs).toLongLong();
    QTemporaryDir dir;
    const QString path = Bench::option(args, u"--db"_qs, dir.path() + u"/bench.sqlite"_qs);
    QFile::remove(path); // a kept store from an earlier run: measured anew
    QTextStream out(stdout);
    // The same run into a store without its search indexes: the writer's cost of feeding them is
    // the ratio of the two ingest rates (measure both, one after the other).
    if (args.contains(u"--without-search"_qs))
        if (const QString e = Bench::makeStoreWithoutSearch(path); !e.isEmpty()) {
            out << "cannot make the store without search indexes: " << e << '\n';
            return 1;
        }

    const auto writer = Store::writerFor(path);
    if (const QString e = writer->start(); !e.isEmpty()) {
        out << "cannot start: " << e << '\n';
        return 1;
    }
    const qint64 runId = writer->allocateId(StoreWriter::Table::Runs);
    writer->submit(RunRecord{runId, u"bench"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Running, 0});
    const QStringList regions = {u"us-east-1"_qs, u"us-west-2"_qs, u"eu-west-1"_qs, u"ap-northeast-1"_qs, u"sa-east-1"_qs};
    const QStringList tasks = {u"summarization"_qs, u"extraction"_qs, u"text-to-sql"_qs, u"qa"_qs,
                               u"classification"_qs, u"translation"_qs, u"reasoning"_qs, u"coding"_qs};
    const int variantCount = 20, judgeCount = 3, scenarioCount = 1000;
    const qint64 firstVariant = writer->allocateId(StoreWriter::Table::Variants, variantCount);
    const qint64 firstJudge = writer->allocateId(StoreWriter::Table::Judges, judgeCount);
    const qint64 firstScenario = writer->allocateId(StoreWriter::Table::Scenarios, scenarioCount);
    for (int v = 0; v < variantCount; ++v) {
        VariantRecord r;
        r.id = firstVariant + v;
        r.runId = runId;
        r.modelId = u"bedrock/model-"_qs + QString::number(v / 5);
        r.provider = u"bedrock"_qs;
        r.model = r.modelId.mid(8);
        r.region = regions.at(v % 5);
        r.tierRequested = u"default"_qs;
        writer->submit(r);
    }
    for (int j = 0; j < judgeCount; ++j) {
        VariantRecord r;
        r.id = firstJudge + j;
        r.runId = runId;
        r.isJudge = true;
        r.modelId = u"bedrock/judge-"_qs + QString::number(j);
        r.provider = u"bedrock"_qs;
        r.model = r.modelId.mid(8);
        r.region = u"us-east-1"_qs;
        writer->submit(r);
    }
    for (int s = 0; s < scenarioCount; ++s) {
        ScenarioRecord r;
        r.id = firstScenario + s;
        r.runId = runId;
        r.scenarioKey = QString::number(s);
        r.prompt = u"Summarize the following text: "_qs + QString::number(s);
        r.taskType = tasks.at(s % tasks.size());
        writer->submit(r);
    }
    writer->flush();

    const QString response = u"A plausible answer of about the length a model gives to a summarization prompt, "
                             "long enough to make the row realistic in size for the page layout."_qs;
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    const qint64 chunk = 1000;
    const qint64 base = 1'763'000'000'000;
    for (qint64 done = 0; done < total; done += chunk) {
        std::vector<WriteOp> ops;
        ops.reserve(size_t(chunk) * (1 + judgeCount));
        const qint64 n = std::min(chunk, total - done);
        const qint64 firstInvocation = writer->allocateId(StoreWriter::Table::Invocations, n);
        const qint64 firstVerdict = writer->allocateId(StoreWriter::Table::Verdicts, n * judgeCount);
        for (qint64 k = 0; k < n; ++k) {
            const qint64 i = done + k;
            InvocationRecord r = Bench::gridInvocation(firstInvocation + k, runId, i, firstVariant, variantCount, firstScenario, scenarioCount);
            const qint64 pass = i / (variantCount * scenarioCount); // every variant on every scenario, again
            r.temperature = 0.5 + 0.2 * double(pass % 3);
            r.experiment = int(pass / 3 % 3);
            r.ok = rng.bounded(100) >= 2;
            if (!r.ok)
                r.errorClass = u"throttled"_qs;
            r.firstStartAt = base + i * 37;
            r.t0 = r.firstStartAt;
            r.ttftMs = 200 + rng.bounded(800);
            r.ttlbMs = *r.ttftMs + rng.bounded(4000);
            r.wallMs = r.ttlbMs;
            r.inputTokens = 300;
            r.outputTokens = 100 + rng.bounded(400);
            r.costUsd = 0.001;
            r.responseText = response;
            const int score = 1 + rng.bounded(5);
            r.juryScore = score;
            r.juryPass = score >= 3;
            r.judgesUsed = judgeCount;
            ops.emplace_back(std::move(r));
            for (int j = 0; j < judgeCount; ++j) {
                VerdictRecord v;
                v.id = firstVerdict + k * judgeCount + j;
                v.runId = runId;
                v.invocationId = firstInvocation + k;
                v.judgeId = firstJudge + j;
                const int own = j == 0 ? score : std::clamp(score + rng.bounded(3) - 1, 1, 5); // judges mostly agree
                v.correctness = v.completeness = v.relevance = v.format = v.coherence = v.followingInstructions = own;
                v.overall = v.weighted = own;
                v.passed = own >= 3;
                v.rationaleJson = u"{\"correctness\":\"fine\"}"_qs;
                v.inputTokens = 600;
                v.outputTokens = 80;
                v.costUsd = 0.0002;
                v.latencyMs = 900;
                ops.emplace_back(std::move(v));
            }
        }
        writer->submit(std::move(ops));
    }
    writer->flush();
    const double ingestS = double(timer.nsecsElapsed()) / 1e9;
    // Finished as the run controller finishes a run: with its response fingerprint, which the
    // report would otherwise compute by reading every answer.
    const QString fingerprint = RunsReader(path).responseFingerprint(runId);
    writer->submit(RunStatusUpdate{runId, RunStatus::Completed, base, fingerprint}); // finished: it may be copied
    writer->flush();
    if (!writer->lastError().isEmpty())
        out << "writer reported: " << writer->lastError() << '\n';

    if (args.contains(u"--ingest-only"_qs)) {
        out << QStringLiteral("ingest: %1 s, %2 invocations/s\n").arg(ingestS, 0, 'f', 2).arg(double(total) / ingestS, 0, 'f', 0);
        return 0;
    }
    ReadoutReader queries(path);
    RunsReader runs(path);
    qint64 rows = 0;
    const double leaderboardMs = medianMs([&] { rows = queries.variantAggregates(runId).size(); });
    qint64 cells = 0;
    const double heatmapMs = medianMs([&] { cells = queries.taskMatrix(runId).size(); });
    qint64 hours = 0;
    const double regionalMs = medianMs([&] { hours = queries.regionalByHour(runId).size(); });
    const qint64 stored = runs.count(u"invocations"_qs, runId);
    const qint64 verdicts = runs.count(u"verdicts"_qs, runId);

    out << "storage benchmark: " << stored << " invocations, " << verdicts << " verdicts\n"
        << QStringLiteral("  ingest: %1 s, %2 invocations/s (%3 rows/s)\n")
               .arg(ingestS, 0, 'f', 2).arg(double(total) / ingestS, 0, 'f', 0)
               .arg(double(total * (1 + judgeCount)) / ingestS, 0, 'f', 0)
        << QStringLiteral("  leaderboard query: %1 ms (%2 rows)\n").arg(leaderboardMs, 0, 'f', 1).arg(rows)
        << QStringLiteral("  heatmap query:     %1 ms (%2 cells)\n").arg(heatmapMs, 0, 'f', 1).arg(cells)
        << QStringLiteral("  regional query:    %1 ms (%2 region-hours)\n").arg(regionalMs, 0, 'f', 1).arg(hours)
        << QStringLiteral("  database size: %1 MB, peak RSS: %2 MB\n")
               .arg(double(QFile(path).size() + QFile(path + u"-wal"_qs).size()) / 1e6, 0, 'f', 0).arg(peakRssMb(), 0, 'f', 0);
    out.flush();
    // Each rollup read on its own: what the analytics below spend in the store.
    out << "  store reads (rows):";
    auto read = [&](const char *name, const std::function<qsizetype()> &query) {
        qsizetype n = 0;
        const double ms = medianMs([&] { n = query(); });
        out << QStringLiteral(" %1 %2 ms (%3),").arg(QLatin1String(name)).arg(ms, 0, 'f', 0).arg(n);
    };
    read("histogram", [&] { return queries.histogram(runId).size(); });
    read("scenario", [&] { return queries.rollup(runId, ReadoutReader::Rollup::Scenario).size(); });
    read("experiment", [&] { return queries.experimentScores(runId).size(); });
    read("judges", [&] { return queries.judgeRollup(runId).size(); });
    read("agreement", [&] { return queries.agreement(runId).coincidences.size(); });
    read("task types", [&] { return runs.scenarioTaskTypes(runId).size(); });
    out << '\n';
    out.flush();
    // The analytics as the screens and quorum-cli leaderboard --json ask for them (rollups only).
    Leaderboard board;
    ReadoutReader reader(path); // as a front-end reads: through one reader
    // The run's figures as every front-end has them: one read of the store (the readout), then the
    // leaderboard and the breakdowns computed from it.
    RunReadout readout;
    const double readoutMs = medianMs([&] { readout = RunReadout::read(reader, runId); }, 5);
    const double fullMs = medianMs([&] { board = computeLeaderboard(readout); }, 5);
    out << QStringLiteral("  the run's readout (every rollup, one read): %1 ms\n").arg(readoutMs, 0, 'f', 0);
    out << QStringLiteral("  full leaderboard from it (percentiles, success CIs, Bradley-Terry with CIs, jury health): %1 ms (%2 rows, alpha %3)\n")
               .arg(fullMs, 0, 'f', 0).arg(board.rows.size()).arg(board.health.alpha[0].value_or(-9), 0, 'f', 3);
    // Each analytics query on its own (store read and computation), then all of them together.
    const QList<VariantInfo> variants = runs.variantInfo(runId, false);
    auto part = [&](const char *name, const std::function<qsizetype()> &query) {
        qsizetype items = 0;
        const double ms = medianMs([&] { items = query(); }, 5);
        out << QStringLiteral("  %1: %2 ms (%3 items)\n").arg(QLatin1String(name), -48).arg(ms, 0, 'f', 0).arg(items);
        out.flush();
    };
    part("distributions (20 bins, percentile markers)", [&] { return distributions(VariantHistograms(queries.histogram(runId)), variants).size(); });
    part("by temperature", [&] { return byTemperature(queries.rollup(runId, ReadoutReader::Rollup::Temperature), variants).size(); });
    part("by task type (success CIs)", [&] {
        return byTaskType(queries.rollup(runId, ReadoutReader::Rollup::Scenario), runs.scenarioTaskTypes(runId), variants).size();
    });
    part("repeated experiments (medians, disputed)", [&] {
        return repeatedExperiments(queries.experimentScores(runId), variants, [&] { QHash<qint64, ScenarioName> names; runs.scenarios(runId, nullptr, &names); return names; }(), 1.0).cells.size();
    });
    part("regional percentiles, retries, throttling", [&] {
        return regionalLatency(VariantHistograms(queries.histogram(runId)), variants, queries.regionHours(runId)).size();
    });
    Breakdowns breakdowns;
    const double breakdownsMs = medianMs([&] { breakdowns = computeBreakdowns(readout); }, 5);
    out << QStringLiteral("  all of the above from the readout: %1 ms\n").arg(breakdownsMs, 0, 'f', 0);
    const double figuresMs = medianMs([&] {
        const RunReadout once = RunReadout::read(reader, runId);
        board = computeLeaderboard(once);
        breakdowns = computeBreakdowns(once);
    }, 5);
    out << QStringLiteral("  the run's figures, read and computed (readout, leaderboard, breakdowns): %1 ms\n").arg(figuresMs, 0, 'f', 0);
    QString compareError;
    const double compareMs = medianMs([&] {
        compareVariantItems(reader.path(), runId, u"bedrock/model-0@us-east-1"_qs, runId, u"bedrock/model-1@us-east-1"_qs, &compareError);
    }, 5);
    out << QStringLiteral("  item-by-item comparison of two variants: %1 ms %2\n").arg(compareMs, 0, 'f', 0).arg(compareError);
    // A whole run against a run: here the run against itself, every variant matched and every item
    // lined up (each side read from the store, as a baseline check does).
    qint64 lined = 0;
    const double runsMs = medianMs([&] {
        const auto c = compareRuns(reader.path(), runId, runId, {}, &compareError);
        lined = 0;
        if (c) {
            for (const RunComparison::Variant &v : c->variants)
                lined += v.items.items;
            checkAgainstBaseline(*c, {});
        }
    }, 3);
    out << QStringLiteral("  run against run, every variant, with the baseline check: %1 ms for %2 items (%3 items/s) %4\n")
               .arg(runsMs, 0, 'f', 0).arg(lined).arg(lined / (runsMs / 1000), 0, 'f', 0).arg(compareError);
    qint64 localHours = 0;
    const double localMs = medianMs([&] { localHours = regionalByLocalHour(reader.regionHours(runId)).size(); }, 5);
    out << QStringLiteral("  regional by local hour: %1 ms (%2 cells)\n").arg(localMs, 0, 'f', 0).arg(localHours);
    std::vector<double> passes, scored;
    QRandomGenerator scenarioRng(3);
    for (int s = 0; s < 10000; ++s) {
        scored.push_back(1 + scenarioRng.bounded(5));
        passes.push_back(scenarioRng.bounded(int(scored.back()) + 1));
    }
    const double bootstrapMs = medianMs([&] { Stats::bootstrapRatio(passes, scored, 1000); }, 3);
    out << QStringLiteral("  bootstrap, 1,000 resamples over 10,000 scenarios: %1 ms\n").arg(bootstrapMs, 0, 'f', 0);
    if (const qsizetype i = args.indexOf(u"--copy-to"_qs); i > 0 && i + 1 < args.size()) {
        // quorum-cli push/pull: the whole run, every row, into another store.
        const Store::Opened from = Store::open(path), to = Store::open(args.at(i + 1));
        if (!from.store || !to.store) {
            out << "cannot open the stores: " << from.error << to.error << '\n';
            return 1;
        }
        QElapsedTimer copyTimer;
        copyTimer.start();
        const RunTransfer t = copyRun(*from.store, runId, *to.store);
        out << QStringLiteral("  copy of the run to %1: %2 s (%3 invocations, %4 verdicts)%5\n")
                   .arg(to.store->displayedLocation()).arg(double(copyTimer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                   .arg(t.invocations).arg(t.verdicts).arg(t.error.isEmpty() ? QString() : u"; "_qs + t.error);
    }
    ReadBackend::of(path).closeConnection(path);
    return stored == total ? 0 : 1;
}
