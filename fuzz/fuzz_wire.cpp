// libFuzzer entry point for what reads provider bytes: the SSE parser, the AWS event-stream
// decoder and each client's response reader, fed the input split at a point the input picks.
#include "providers/anthropicclient.h"
#include "providers/bedrockclient.h"
#include "wire/eventstream.h"
#include "providers/geminiclient.h"
#include "providers/openaiclient.h"
#include "wire/sseparser.h"

#include <cstddef>
#include <cstdint>

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int selector = data[0];
    const size_t split = data[1] % (size - 1);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QByteArrayView head = bytes.first(qsizetype(std::min<size_t>(split, size_t(bytes.size()))));
    const QByteArrayView tail = bytes.sliced(head.size());
#if defined(FUZZ_KIND_sse)
    SseParser parser;
    parser.feed(head);
    parser.feed(tail);
    parser.finish();
    (void)selector;
#elif defined(FUZZ_KIND_eventstream)
    EventStreamDecoder decoder;
    decoder.feed(head);
    for (const EventStreamMessage &m : decoder.feed(tail))
        (void)m.header(QStringLiteral(":event-type"));
    (void)selector;
#elif defined(FUZZ_KIND_readers)
    const bool stream = selector & 1;
    std::unique_ptr<ResponseReader> reader;
    switch ((selector >> 1) % 4) {
    case 0: reader = makeOpenAIReader(stream); break;
    case 1: reader = makeAnthropicReader(stream); break;
    case 2: reader = makeGeminiReader(stream); break;
    default: reader = makeBedrockReader(stream); break;
    }
    ChatResult result;
    QElapsedTimer clock;
    clock.start();
    const DeltaCallback none;
    StreamState state(result, clock, none);
    reader->feed(head, state);
    if (!state.failed())
        reader->feed(tail, state);
    if (!state.failed())
        reader->finish(state);
#endif
    return 0;
}
