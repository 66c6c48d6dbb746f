// libFuzzer entry point for what reads judges' and users' free text: the verdict parser
// (anything a judge model may reply), the judge-template parser, and the answers importer.
#include "config/answersimporter.h"
#include "jury/judgetemplate.h"
#include "jury/llmjury.h"
#include "jury/verdictparser.h"

#include <cstddef>
#include <cstdint>

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);
    Diagnostics diagnostics;
#if defined(FUZZ_KIND_verdict)
    // The first byte picks the dimensions asked for: the core six, plus a user metric or a criterion.
    QStringList dimensions = coreDimensions();
    if (data[0] & 1)
        dimensions << QStringLiteral("brevity");
    if (data[0] & 2)
        dimensions << QStringLiteral("Tone and style");
    QString error;
    if (const auto verdict = parseVerdict(text, dimensions, &error))
        for (const QString &d : dimensions)
            if (verdict->scores.value(d) < 1 || verdict->scores.value(d) > 5)
                __builtin_trap(); // a parsed verdict has every dimension, in range
#elif defined(FUZZ_KIND_judge_template)
    if (const auto t = JudgeTemplate::parse(QStringLiteral("fuzz.txt"), text, diagnostics)) {
        Scenario s;
        s.prompt = text;
        (void)t->render(s, text, coreDimensions(), {});
    }
#elif defined(FUZZ_KIND_answers)
    importAnswers(TextSource::fromBytes(QStringLiteral("fuzz.jsonl"), bytes, diagnostics), diagnostics);
#endif
    for (const Diagnostic &d : diagnostics.items())
        (void)d.toString();
    return 0;
}
