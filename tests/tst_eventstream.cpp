#include "wire/eventstream.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace Quorum;

class TstEventStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // PROTOCOLS.md: the empty message is 00000010 00000000 05c248eb 7d98c8ff.
    void emptyMessageVector()
    {
        const QByteArray empty = QByteArray::fromHex("000000100000000005c248eb7d98c8ff");
        QCOMPARE(encodeEventStreamMessage({}, {}), empty);
        EventStreamDecoder d;
        const QList<EventStreamMessage> messages = d.feed(empty);
        QVERIFY(!d.failed());
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().headers.isEmpty());
        QVERIFY(messages.first().payload.isEmpty());
    }
    // The official AWS event-stream test vectors (tests/data/aws-event-stream, from the AWS SDK
    // for JavaScript): each valid one decodes to its headers and body, each corrupted one fails,
    // and the string-header one encodes to the very same bytes.
    void officialVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QFile f(QStringLiteral(QUORUM_TEST_DATA) + u"/aws-event-stream/vectors.json"_qs);
        if (!f.open(QIODevice::ReadOnly))
            QFAIL("tests/data/aws-event-stream/vectors.json is missing");
        const QJsonObject vectors = QJsonDocument::fromJson(f.readAll()).object().value(u"vectors").toObject();
        QCOMPARE(vectors.size(), 8);
        for (auto it = vectors.constBegin(); it != vectors.constEnd(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value().toObject();
    }
    void officialVectors()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray encoded = QByteArray::fromHex(vector.value(u"encoded").toString().toLatin1());
        EventStreamDecoder d;
        const QList<EventStreamMessage> messages = d.feed(encoded);
        if (vector.value(u"expectation").toString() == u"failure") {
            QVERIFY(d.failed() || messages.isEmpty());
            QVERIFY(messages.isEmpty());
            return;
        }
        QVERIFY2(!d.failed(), qPrintable(d.error()));
        QCOMPARE(messages.size(), 1);
        const EventStreamMessage &m = messages.first();
        QCOMPARE(m.payload, QByteArray::fromHex(vector.value(u"body").toString().toLatin1()));
        const QJsonObject headers = vector.value(u"headers").toObject();
        QCOMPARE(m.headers.size(), headers.size());
        QList<std::pair<QString, QString>> strings;
        for (const auto &[name, value] : m.headers) {
            const QJsonObject expected = headers.value(name).toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(name));
            if (expected.value(u"type").toString() == u"integer") {
                QCOMPARE(value.toLongLong(), expected.value(u"value").toInteger());
            } else {
                QCOMPARE(value.toString(), expected.value(u"value").toString());
                strings.append({name, value.toString()});
            }
        }
        if (strings.size() == headers.size()) // only string headers: Quorum's encoder makes the same bytes
            QCOMPARE(encodeEventStreamMessage(strings, m.payload), encoded);
    }
    void crc32IsIeee()
    {
        QCOMPARE(crc32Ieee("123456789"), 0xCBF43926u); // the standard check value
    }
    void roundTripWithHeaders()
    {
        const QByteArray frame = encodeEventStreamMessage(
            {{u":event-type"_qs, u"contentBlockDelta"_qs}, {u":content-type"_qs, u"application/json"_qs},
             {u":message-type"_qs, u"event"_qs}},
            R"({"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"abcdefgh"})");
        EventStreamDecoder d;
        const auto messages = d.feed(frame);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().header(u":event-type"_qs), u"contentBlockDelta"_qs);
        QCOMPARE(messages.first().header(u":message-type"_qs), u"event"_qs);
        QCOMPARE(messages.first().header(u"missing"_qs), QString());
        QVERIFY(messages.first().payload.contains("\"Hi\""));
    }
    void allHeaderTypesDecode()
    {
        // Hand-built headers of every type (0 … 9), in a frame with correct CRCs.
        QByteArray h;
        auto name = [&](const char *n, char type) { h.append(char(qstrlen(n))).append(n).append(type); };
        name("t", 0);
        name("f", 1);
        name("b", 2); h.append(char(-5));
        name("s", 3); h.append("\x01\x02", 2);
        name("i", 4); h.append("\x00\x00\x01\x00", 4);
        name("l", 5); h.append("\x00\x00\x00\x00\x00\x00\x00\x2A", 8);
        name("y", 6); h.append("\x00\x02\xAB\xCD", 4);
        name("str", 7); h.append("\x00\x03" "abc", 5);
        name("ts", 8); h.append("\x00\x00\x01\x8B\xCF\xE5\x68\x00", 8);
        name("u", 9); h.append(QByteArray(16, '\x11'));
        QByteArray frame(12, '\0');
        const quint32 total = quint32(16 + h.size());
        qToBigEndian<quint32>(total, frame.data());
        qToBigEndian<quint32>(quint32(h.size()), frame.data() + 4);
        qToBigEndian<quint32>(crc32Ieee(frame.first(8)), frame.data() + 8);
        frame.append(h);
        char crc[4];
        qToBigEndian<quint32>(crc32Ieee(frame), crc);
        frame.append(crc, 4);
        EventStreamDecoder d;
        const auto messages = d.feed(frame);
        QVERIFY2(!d.failed(), qPrintable(d.error()));
        const auto &headers = messages.first().headers;
        QCOMPARE(headers.size(), 10);
        QCOMPARE(headers.at(0).second.toBool(), true);
        QCOMPARE(headers.at(1).second.toBool(), false);
        QCOMPARE(headers.at(2).second.toInt(), -5);
        QCOMPARE(headers.at(3).second.toInt(), 0x0102);
        QCOMPARE(headers.at(4).second.toInt(), 256);
        QCOMPARE(headers.at(5).second.toLongLong(), 42);
        QCOMPARE(headers.at(6).second.toByteArray(), QByteArray("\xAB\xCD"));
        QCOMPARE(headers.at(7).second.toString(), u"abc"_qs);
        QCOMPARE(headers.at(9).second.toUuid().toRfc4122(), QByteArray(16, '\x11'));
    }
    void corruptedChecksumsAreRejected()
    {
        const QByteArray good = encodeEventStreamMessage({{u":event-type"_qs, u"messageStop"_qs}}, "{}");
        for (qsizetype i : {qsizetype(9), good.size() - 1, qsizetype(20)}) {
            QByteArray bad = good;
            bad[i] = char(bad[i] ^ 0x40);
            EventStreamDecoder d;
            QCOMPARE(d.feed(bad).size(), 0);
            QVERIFY(d.failed());
            QVERIFY(d.error().contains(u"checksum"_qs));
            QCOMPARE(d.feed(good).size(), 0); // a failed decoder stays failed
        }
    }
    void impossibleLengthsAreRejected()
    {
        QByteArray frame = QByteArray::fromHex("0000000800000000");
        char crc[4];
        qToBigEndian<quint32>(crc32Ieee(frame), crc);
        frame.append(crc, 4);
        EventStreamDecoder d;
        d.feed(frame);
        QVERIFY(d.failed());
    }
    // Every split point of a multi-frame buffer decodes to the same messages.
    void everySplitPoint()
    {
        QByteArray buffer;
        for (int i = 0; i < 4; ++i)
            buffer += encodeEventStreamMessage({{u":event-type"_qs, u"contentBlockDelta"_qs}},
                                               QStringLiteral("{\"delta\":{\"text\":\"part %1\"}}").arg(i).toUtf8());
        for (qsizetype a = 0; a <= buffer.size(); ++a) {
            for (qsizetype b = a; b <= buffer.size(); b += 11) {
                EventStreamDecoder d;
                QList<EventStreamMessage> messages = d.feed(buffer.first(a));
                messages += d.feed(buffer.sliced(a, b - a));
                messages += d.feed(buffer.sliced(b));
                QVERIFY(!d.failed());
                QCOMPARE(messages.size(), 4);
                QCOMPARE(messages.at(3).payload, QByteArray("{\"delta\":{\"text\":\"part 3\"}}"));
                QCOMPARE(d.pendingBytes(), 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstEventStream)
#include "tst_eventstream.moc"
