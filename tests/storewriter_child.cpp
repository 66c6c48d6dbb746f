// Writes invocations to a run store and prints the last id of each committed chunk, so that
// tst_storewriter can SIGKILL it at any moment and check that every reported row survived.
//   storewriter_child DB CHUNKS
#include "storage/storewriter.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Quorum;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int chunks = QByteArray(argv[2]).toInt();
    StoreWriter writer(path, 500);
    if (const QString e = writer.start(); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    const qint64 run = writer.allocateId(StoreWriter::Table::Runs);
    const qint64 variant = writer.allocateId(StoreWriter::Table::Variants);
    const qint64 scenario = writer.allocateId(StoreWriter::Table::Scenarios);
    writer.submit(RunRecord{run, u"child"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Running, 0});
    VariantRecord v;
    v.id = variant;
    v.runId = run;
    v.modelId = u"simulator/a"_qs;
    v.provider = u"simulator"_qs;
    v.model = u"a"_qs;
    v.tierRequested = u"default"_qs;
    writer.submit(v);
    writer.submit(ScenarioRecord{scenario, run, u"k"_qs, u"prompt"_qs, {}, {}, {}, 0, {}, {}, {}, {}});
    for (int c = 0; c < chunks; ++c) {
        std::vector<WriteOp> ops;
        const qint64 first = writer.allocateId(StoreWriter::Table::Invocations, 50);
        for (qint64 i = first; i < first + 50; ++i) {
            InvocationRecord r;
            r.id = i;
            r.runId = run;
            r.variantId = variant;
            r.scenarioId = scenario;
            r.workItem = i;
            r.ttlbMs = 10;
            r.costUsd = 0.5;
            r.responseText = QString(200, u'x');
            ops.emplace_back(std::move(r));
        }
        const quint64 seq = writer.submit(std::move(ops));
        if (!writer.waitCommitted(seq))
            return 1;
        std::printf("committed %lld\n", static_cast<long long>(first + 49));
        std::fflush(stdout);
    }
    return 0;
}
