// libFuzzer entry point for what a person types or maps: the CSV column mapping of a scenario
// import (the setup's mapping dialog and quorum-cli's --prompt-column … options), and the
// drill-down's search box asked of a real store. The build picks the kind (FUZZ_KIND_*).
//   csv_mapping: the first lines name the mapping (prompt, golden, image, task type, criteria,
//                task-type column, criteria column, one per line), a blank line, then the CSV.
//   search:      the input is what was typed; the query must run without an SQL error.
#include "config/scenarioimporter.h"
#include "domain/textsource.h"
#include "storage/invocationreader.h"
#include "storage/invocations.h"
#include "storage/rawread.h"
#include "storage/store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Quorum;

#if defined(FUZZ_KIND_search)
namespace {
// Made once and kept for the process: libFuzzer ends it with exit(), and a Qt application torn
// down by exit handlers crashes; the store's folder is removed at exit.
std::shared_ptr<const Store> *store = nullptr;
QString folder;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_search";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    folder = dir.path();
    std::atexit([] { QDir(folder).removeRecursively(); });
    Store::Opened opened = Store::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
    if (!opened.store) {
        fprintf(stderr, "cannot open a store: %s\n", qPrintable(opened.error));
        abort();
    }
    store = new std::shared_ptr<const Store>(std::move(opened.store));
    return 0;
}
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_KIND_csv_mapping)
    const qsizetype split = bytes.indexOf("\n\n");
    const QList<QByteArray> names = split < 0 ? QList<QByteArray>() : bytes.left(split).split('\n');
    const auto name = [&](int i) { return QString::fromUtf8(names.value(i)); };
    CsvColumns columns{name(0), name(1), name(2), name(3), name(4), name(5), name(6)};
    Diagnostics diagnostics;
    const TextSource source = TextSource::fromBytes(QStringLiteral("fuzz.csv"), split < 0 ? bytes : bytes.mid(split + 2), diagnostics);
    if (source.isUsable())
        (void)importScenarios(source, diagnostics, columns);
    for (const Diagnostic &d : diagnostics.items())
        (void)d.toString();
#elif defined(FUZZ_KIND_search)
    InvocationFilter filter;
    filter.search = QString::fromUtf8(bytes);
    filter.text = filter.search;
    filter.limit = 10;
    InvocationReader reader(*(*store));
    for (const qint64 run : {qint64(1), qint64(-1)}) { // one run, and every run
        (void)reader.invocations(run, filter);
        (void)reader.invocationCount(run, filter);
        // The indexes asked for every word's start (searchMatch), as a store without vocabulary lists does.
        SqlText query = RawRead::sql(reader);
        query << u"SELECT count(*) " << invocationFrom() << u" ";
        invocationWhere(query, run, filter);
        ReadRows rows = RawRead::select(reader, query);
        while (rows.next()) {
        }
        if (!reader.error().isEmpty()) {
            fprintf(stderr, "the search %s made an SQL error: %s\n", qPrintable(filter.search), qPrintable(reader.error()));
            abort();
        }
    }
#endif
    return 0;
}
