#include "wire/sseparser.h"

#include <QTest>

using namespace Quorum;

namespace {
// A recorded OpenAI-style stream with the awkward parts: comments, CRLF, a multi-line data
// field, an event name, UTF-8 characters of 2, 3 and 4 bytes, and the terminator.
const QByteArray kStream =
    ": OPENROUTER PROCESSING\r\n\r\n"
    "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\"Gr\xC3\xBC\xC3\x9F\"}}]}\r\n\r\n"
    "event: message_delta\r\n"
    "data: {\"a\":\r\n"
    "data: \"\xE2\x82\xAC \xF0\x9F\x98\x80\"}\n\n"
    "id: 7\n"
    "data:nospace\n\n"
    "data: [DONE]\n\n";

QList<SseEvent> parseWhole(const QByteArray &bytes)
{
    SseParser p;
    QList<SseEvent> events = p.feed(bytes);
    events += p.finish();
    return events;
}
} // namespace

class TstSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARecordedStream()
    {
        const QList<SseEvent> events = parseWhole(kStream);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(1).data, QByteArray("{\"choices\":[{\"delta\":{\"content\":\"Gr\xC3\xBC\xC3\x9F\"}}]}"));
        QCOMPARE(events.at(2).event, u"message_delta"_qs);
        QCOMPARE(events.at(2).data, QByteArray("{\"a\":\n\"\xE2\x82\xAC \xF0\x9F\x98\x80\"}"));
        QCOMPARE(events.at(3).data, QByteArray("nospace"));
        QCOMPARE(events.at(3).id, u"7"_qs);
        QCOMPARE(events.at(3).event, QString()); // the event name does not leak into the next event
        QCOMPARE(events.at(4).data, QByteArray("[DONE]"));
    }
    // Every split point, and every pair of split points, yields the same events.
    void everySplitPointGivesTheSameEvents()
    {
        const QList<SseEvent> whole = parseWhole(kStream);
        for (qsizetype a = 0; a <= kStream.size(); ++a) {
            for (qsizetype b = a; b <= kStream.size(); b += 7) {
                SseParser p;
                QList<SseEvent> events = p.feed(kStream.first(a));
                events += p.feed(kStream.sliced(a, b - a));
                events += p.feed(kStream.sliced(b));
                events += p.finish();
                QCOMPARE(events.size(), whole.size());
                for (qsizetype i = 0; i < whole.size(); ++i) {
                    QCOMPARE(events.at(i).data, whole.at(i).data);
                    QCOMPARE(events.at(i).event, whole.at(i).event);
                }
            }
        }
    }
    void byteByByte()
    {
        SseParser p;
        QList<SseEvent> events;
        for (char c : kStream)
            events += p.feed(QByteArrayView(&c, 1));
        events += p.finish();
        QCOMPARE(events.size(), 5);
        QCOMPARE(QString::fromUtf8(events.at(2).data), QString::fromUtf8("{\"a\":\n\"\xE2\x82\xAC \xF0\x9F\x98\x80\"}"));
    }
    void bareCarriageReturnsEndLines()
    {
        const QList<SseEvent> events = parseWhole("data: a\rdata: b\r\rdata: c\r\r");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).data, QByteArray("a\nb"));
    }
    void eventsWithoutDataAreNotDispatched()
    {
        QCOMPARE(parseWhole("event: ping\n\n: comment\n\n").size(), 0);
        QCOMPARE(parseWhole("data\n\n").size(), 1); // a field name alone means empty data
    }
    void lastEventWithoutBlankLineIsKeptAtTheEnd()
    {
        SseParser p;
        QCOMPARE(p.feed("data: {\"x\":1}").size(), 0);
        QCOMPARE(p.pendingBytes(), 13);
        const QList<SseEvent> tail = p.finish();
        QCOMPARE(tail.size(), 1);
        QCOMPARE(tail.first().data, QByteArray("{\"x\":1}"));
    }
    void leadingBomIsIgnored()
    {
        QCOMPARE(parseWhole("\xEF\xBB\xBF" "data: x\n\n").first().data, QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TstSseParser)
#include "tst_sseparser.moc"
