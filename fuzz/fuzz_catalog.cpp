// libFuzzer entry point for the model catalog's readers: the snapshot (and the user's overrides,
// the same shape, read strictly), and what Artificial Analysis and Hugging Face answer. The build
// picks the kind (FUZZ_KIND_*). Whatever they are fed, they report and never crash.
#include "catalog/modelcatalog.h"
#include "catalog/publishedsources.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
#if defined(FUZZ_KIND_catalog)
    Diagnostics diagnostics;
    const bool strict = size > 0 && (data[0] & 1);
    if (auto catalog = ModelCatalog::parse(QStringLiteral("fuzz.json"), bytes, diagnostics,
                                           strict ? ModelCatalog::Mode::Strict : ModelCatalog::Mode::Snapshot)) {
        for (const CatalogModel &m : catalog->models()) {
            (void)m.matchRule().matches(QStringLiteral("gpt-5.4-2026-03-05")); // rules compiled when first used
            (void)ModelCatalog::toJson(m);
        }
        ModelCatalog copy = *catalog;
        copy.overlay(*catalog);
    }
    for (const Diagnostic &d : diagnostics.items())
        (void)d.toString();
#elif defined(FUZZ_KIND_artificial_analysis)
    if (const auto page = Published::readAaModels(bytes, QStringLiteral("2026-12-07"), &error))
        for (const Published::AaModel &m : page->models)
            (void)Published::modelSlug(m.slug);
#elif defined(FUZZ_KIND_hugging_face)
    if (size > 0 && (data[0] & 1))
        (void)Published::readHfListing(bytes, &error);
    else
        (void)Published::readHfModel(bytes, QStringLiteral("2026-12-07"), &error);
    (void)Published::nextPageLink(bytes);
#endif
    return 0;
}
