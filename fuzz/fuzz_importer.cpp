// libFuzzer entry point for the importers. The build picks the kind (FUZZ_KIND_*); the first
// input byte picks between formats where a kind has several, so one target covers them all.
#include "config/configimport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool alternate = size > 0 && (data[0] & 1);
    Diagnostics diagnostics;
#if defined(FUZZ_KIND_scenarios)
    importBytes(alternate ? QStringLiteral("fuzz.csv") : QStringLiteral("fuzz.jsonl"), bytes, diagnostics, InputKind::Scenarios);
#elif defined(FUZZ_KIND_profiles)
    importBytes(QStringLiteral("fuzz.jsonl"), bytes, diagnostics, alternate ? InputKind::JudgeProfiles : InputKind::ModelProfiles);
#elif defined(FUZZ_KIND_judge_questions)
    importBytes(QStringLiteral("fuzz.json"), bytes, diagnostics, InputKind::JudgeQuestions);
#elif defined(FUZZ_KIND_plan)
    importBytes(QStringLiteral("fuzz-plan.json"), bytes, diagnostics, InputKind::Plan);
#endif
    // Every diagnostic must be printable: this exercises the formatting of each message.
    for (const Diagnostic &d : diagnostics.items())
        (void)d.toString();
    return 0;
}
