// Writes invocations to a run store and prints the last id of each committed chunk, so that
// tst_storewriter can SIGKILL it at any moment and check that every reported row survived.
//   storewriter_child DB CHUNKS
#include "storage/store.h"

#include <QCoreApplication>

#include <cstdio>
#include <mutex>
#include <vector>

using namespace Quorum;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int chunks = QByteArray(argv[2]).toInt();
    const auto writer = Store::writerFor(path, 500);
    if (const QString e = writer->start(); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    const qint64 run = writer->allocateId(StoreWriter::Table::Runs);
    const qint64 variant = writer->allocateId(StoreWriter::Table::Variants);
    const qint64 scenario = writer->allocateId(StoreWriter::Table::Scenarios);
    writer->submit(RunRecord{run, u"child"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Running, 0});
    VariantRecord v;
    v.id = variant;
    v.runId = run;
    v.modelId = u"simulator/a"_qs;
    v.provider = u"simulator"_qs;
    v.model = u"a"_qs;
    v.tierRequested = u"default"_qs;
    writer->submit(v);
    writer->submit(ScenarioRecord{scenario, run, u"k"_qs, u"prompt"_qs, {}, {}, {}, 0, {}, {}, {}, {}});
    // Chunks are submitted as fast as the writer takes them (it keeps rollup sums of several
    // batches in memory then); each commit prints the last id of the chunks it completed.
    std::mutex mutex;
    std::vector<std::pair<quint64, qint64>> submitted; // sequence of a chunk, its last id
    size_t printed = 0;
    QObject::connect(writer.get(), &StoreWriter::committed, writer.get(), [&](quint64 upTo) {
        std::lock_guard lock(mutex);
        qint64 last = -1;
        while (printed < submitted.size() && submitted[printed].first <= upTo)
            last = submitted[printed++].second;
        if (last >= 0) {
            std::printf("committed %lld\n", static_cast<long long>(last));
            std::fflush(stdout);
        }
    }, Qt::DirectConnection);
    for (int c = 0; c < chunks; ++c) {
        std::vector<WriteOp> ops;
        const qint64 first = writer->allocateId(StoreWriter::Table::Invocations, 50);
        for (qint64 i = first; i < first + 50; ++i) {
            InvocationRecord r;
            r.id = i;
            r.runId = run;
            r.variantId = variant;
            r.scenarioId = scenario;
            r.workItem = i;
            r.ttlbMs = 10 + double(i % 97);
            r.costUsd = 0.5;
            r.responseText = QString(200, u'x');
            ops.emplace_back(std::move(r));
        }
        // Submitting may wait for room in the writer's queue, while the writer reports a commit: the
        // lock is taken only to list the chunk. A chunk committed before it is listed is reported
        // with the next commit (never before it is committed).
        const quint64 sequence = writer->submit(std::move(ops));
        std::lock_guard lock(mutex);
        submitted.emplace_back(sequence, first + 49);
    }
    return writer->flush() ? 0 : 1;
}
