// Full-text search (docs/METRICS.md, "Search") in a store of 1,000,000 invocations: answers drawn
// from a 5,000-word vocabulary (Zipf-like, so some words are everywhere and most are rare), one
// judge's rationale each, and planted words of known frequency. Prints how long the drill-down's
// list (the first 5,000 in work-item order) and its count take for each kind of search, and what
// keeping the index costs the writer (the same rows into a store without the index, as a ratio).
//   bench_search [--invocations N] [--db PATH|URL] [--reuse]
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

#include "benchsupport.h"
#include "withoutsearch.h"

using namespace Quorum;
using Quorum::Bench::medianMs;

namespace {

struct Seeded
{
    QList<qint64> runs;
    qint64 firstVariant = 0;
    double ingestS = 0;
    QString commonest;                  // the vocabulary's most frequent word
};

// The answers' words: 5,000 made-up words, the first the most frequent.
QStringList vocabulary()
{
    QStringList vocabulary;
    QRandomGenerator words(7);
    for (int w = 0; w < 5000; ++w) {
        QString word;
        for (int c = 0, n = 3 + int(words.bounded(7)); c < n; ++c)
            word += QChar(u'a' + char16_t(words.bounded(26)));
        vocabulary << word;
    }
    return vocabulary;
}

// `total` invocations in five runs of 20 variants × 1,000 scenarios (repeated as needed).
Seeded seed(const QString &path, qint64 total, bool dropIndex)
{
    Seeded s;
    if (dropIndex) // the same store without the search indexes: what feeding them costs the writer
        if (const QString e = Bench::makeStoreWithoutSearch(path); !e.isEmpty())
            qFatal("cannot make the store: %s", qPrintable(e));
    const auto writer = Store::writerFor(path);
    if (const QString e = writer->start(); !e.isEmpty())
        qFatal("cannot start: %s", qPrintable(e));
    const QStringList vocabulary = ::vocabulary();
    s.commonest = vocabulary.first();
    // Zipf-like: word k drawn with weight 1 / (k + 1).
    std::vector<double> cumulative(vocabulary.size());
    double sum = 0;
    for (qsizetype k = 0; k < vocabulary.size(); ++k)
        cumulative[size_t(k)] = sum += 1.0 / double(k + 1);
    QRandomGenerator rng(42);
    const auto word = [&] {
        const double x = rng.generateDouble() * sum;
        return vocabulary.at(qsizetype(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin()));
    };
    const int runs = 5, variants = 20, scenarios = 1000;
    const qint64 perRun = total / runs;
    QElapsedTimer timer;
    timer.start();
    for (int run = 0; run < runs; ++run) {
        const qint64 runId = writer->allocateId(StoreWriter::Table::Runs);
        s.runs << runId;
        writer->submit(RunRecord{runId, u"search %1"_qs.arg(run), u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
        const qint64 firstVariant = writer->allocateId(StoreWriter::Table::Variants, variants);
        if (run == 0)
            s.firstVariant = firstVariant;
        for (int v = 0; v < variants; ++v) {
            VariantRecord r;
            r.id = firstVariant + v;
            r.runId = runId;
            r.modelId = u"bedrock/model-"_qs + QString::number(v);
            r.provider = u"bedrock"_qs;
            r.model = r.modelId.mid(8);
            r.region = u"us-east-1"_qs;
            r.tierRequested = u"default"_qs;
            writer->submit(r);
        }
        const qint64 judge = writer->allocateId(StoreWriter::Table::Judges);
        VariantRecord j;
        j.id = judge;
        j.runId = runId;
        j.isJudge = true;
        j.modelId = u"bedrock/judge"_qs;
        j.provider = u"bedrock"_qs;
        j.model = u"judge"_qs;
        writer->submit(j);
        const qint64 firstScenario = writer->allocateId(StoreWriter::Table::Scenarios, scenarios);
        for (int sc = 0; sc < scenarios; ++sc) {
            ScenarioRecord r;
            r.id = firstScenario + sc;
            r.runId = runId;
            r.scenarioKey = QString::number(sc);
            QStringList prompt{u"Summarize"_qs};
            for (int w = 0; w < 20; ++w)
                prompt << word();
            r.prompt = prompt.join(u' ');
            r.goldenAnswer = word() + u' ' + word();
            r.taskType = sc % 2 ? u"qa"_qs : u"summarization"_qs;
            writer->submit(r);
        }
        const qint64 chunk = 1000;
        for (qint64 done = 0; done < perRun; done += chunk) {
            std::vector<WriteOp> ops;
            const qint64 n = std::min(chunk, perRun - done);
            const qint64 firstInvocation = writer->allocateId(StoreWriter::Table::Invocations, n);
            const qint64 firstVerdict = writer->allocateId(StoreWriter::Table::Verdicts, n);
            for (qint64 k = 0; k < n; ++k) {
                const qint64 i = done + k;
                InvocationRecord r = Bench::gridInvocation(firstInvocation + k, runId, i, firstVariant, variants, firstScenario, scenarios);
                r.temperature = 0.7;
                r.experiment = int(i / (variants * scenarios));
                r.ok = true;
                r.ttftMs = 200;
                r.ttlbMs = 900;
                r.outputTokens = 60;
                r.costUsd = 0.001;
                QStringList answer;
                for (int w = 0; w < 40; ++w)
                    answer << word();
                if (i % 10000 == 17)
                    answer << u"zephyrine"_qs; // 1 in 10,000
                if (i % 100 == 3)
                    answer << u"quokkaberry"_qs; // 1 in 100
                r.responseText = answer.join(u' ');
                const int score = 1 + int(rng.bounded(5));
                r.juryScore = score;
                r.juryPass = score >= 3;
                r.judgesUsed = 1;
                ops.emplace_back(std::move(r));
                VerdictRecord v;
                v.id = firstVerdict + k;
                v.runId = runId;
                v.invocationId = firstInvocation + k;
                v.judgeId = judge;
                v.correctness = v.completeness = v.relevance = v.format = v.coherence = v.followingInstructions = score;
                v.overall = v.weighted = score;
                v.passed = score >= 3;
                QStringList why;
                for (int w = 0; w < 12; ++w)
                    why << word();
                v.rationaleJson = why.join(u' ');
                ops.emplace_back(std::move(v));
            }
            writer->submit(std::move(ops));
        }
    }
    writer->flush();
    s.ingestS = double(timer.nsecsElapsed()) / 1e9;
    if (!writer->lastError().isEmpty())
        qFatal("writer: %s", qPrintable(writer->lastError()));
    return s;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = Bench::option(args, u"--invocations"_qs, u"1000000"_qs).toLongLong();
    QTemporaryDir dir;
    const QString path = Bench::option(args, u"--db"_qs, dir.path() + u"/search.sqlite"_qs);
    // --reuse: the store at --db as an earlier bench_search wrote it (to time the reads again).
    const bool reuse = args.contains(u"--reuse"_qs);
    if (!reuse)
        QFile::remove(path); // a kept store from an earlier run: written anew
    QTextStream out(stdout);
    const bool local = Store::keychainAccount(path).isEmpty();
    if (local && !reuse) {
        // The cost of keeping the index: a tenth of the rows, with and without it.
        const qint64 sample = std::max<qint64>(total / 10, 10000);
        const Seeded with = seed(dir.path() + u"/with.sqlite"_qs, sample, false);
        const Seeded without = seed(dir.path() + u"/without.sqlite"_qs, sample, true);
        out << QStringLiteral("ingest of %1 invocations (+1 verdict each): %2/s with the search index, %3/s without (%4×)\n")
                   .arg(sample).arg(double(sample) / with.ingestS, 0, 'f', 0).arg(double(sample) / without.ingestS, 0, 'f', 0)
                   .arg(with.ingestS / without.ingestS, 0, 'f', 2);
        out.flush();
    }
    Seeded s;
    if (reuse) {
        RunsReader existing(path);
        for (const RunSummary &run : existing.runs())
            s.runs.prepend(run.id);
        s.firstVariant = existing.variantInfo(s.runs.value(0), false).value(0).id;
        s.commonest = vocabulary().first();
        out << QStringLiteral("store: %1, as written before\n").arg(path);
    } else {
        s = seed(path, total, false);
        out << QStringLiteral("store: %1 invocations in %2 runs, written in %3 s (%4/s)\n")
                   .arg(total).arg(s.runs.size()).arg(s.ingestS, 0, 'f', 1).arg(double(total) / s.ingestS, 0, 'f', 0);
    }
    if (local)
        out << QStringLiteral("  database size: %1 MB\n").arg(double(QFile(path).size() + QFile(path + u"-wal"_qs).size()) / 1e6, 0, 'f', 0);
    out.flush();

    InvocationReader q(path);
    struct Case
    {
        const char *name;
        QString search;
        qint64 run;                     // -1: every run
        qint64 variant = -1;
        InvocationFilter::Verdict verdict = InvocationFilter::Verdict::Any;
    };
    const Case cases[] = {
        {"rare word (1 in 10,000), every run", u"zephyrine"_qs, -1},
        {"rare word, one run", u"zephyrine"_qs, s.runs.first()},
        {"1 in 100, every run", u"quokkaberry"_qs, -1},
        {"1 in 100, one run, one variant, passed", u"quokkaberry"_qs, s.runs.first(), s.firstVariant + 3, InvocationFilter::Verdict::Passed},
        {"two words (AND)", u"quokkaberry zephyrine"_qs, -1},
        {"a word's start (prefix 'quokk')", u"quokk"_qs, -1},
        {"the commonest word (in nearly every answer), one run", s.commonest, s.runs.first()},
        {"the commonest word, every run", s.commonest, -1},
    };
    for (const Case &c : cases) {
        InvocationFilter f;
        f.search = c.search;
        f.variantId = c.variant;
        f.verdict = c.verdict;
        qint64 listed = 0, matching = 0;
        const double listMs = medianMs([&] { listed = q.invocations(c.run, f).size(); });
        const double countMs = medianMs([&] { matching = q.invocationCount(c.run, f); });
        out << QStringLiteral("  %1 \"%2\": list %3 ms (%4 listed), count %5 ms (%6 match)\n")
                   .arg(QLatin1String(c.name), f.search).arg(listMs, 0, 'f', 1).arg(listed).arg(countMs, 0, 'f', 1).arg(matching);
        out.flush();
    }
    if (!q.error().isEmpty())
        out << "reader reported: " << q.error() << '\n';
    out << QStringLiteral("peak RSS: %1 MB\n").arg(Bench::peakRssMb(), 0, 'f', 0);
    return 0;
}
