#include "eventstream.h"

#include <QUuid>
#include <QtEndian>

#include <zlib.h>

namespace Quorum {

namespace {
constexpr qsizetype kPreludeLength = 12;     // total length, headers length, prelude CRC
constexpr qsizetype kMinimumMessage = 16;    // prelude + message CRC
constexpr qsizetype kMaximumMessage = 16 * 1024 * 1024;

quint32 readU32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

// Parses the headers block; returns "" or what is wrong.
QString parseHeaders(QByteArrayView block, QList<std::pair<QString, QVariant>> *headers)
{
    qsizetype i = 0;
    auto need = [&](qsizetype n) { return i + n <= block.size(); };
    while (i < block.size()) {
        const int nameLength = quint8(block[i++]);
        if (nameLength == 0 || !need(nameLength + 1))
            return QStringLiteral("truncated header name");
        const QString name = QString::fromUtf8(block.sliced(i, nameLength));
        i += nameLength;
        const int type = quint8(block[i++]);
        QVariant value;
        switch (type) {
        case 0: value = true; break;
        case 1: value = false; break;
        case 2:
            if (!need(1)) return QStringLiteral("truncated byte header");
            value = int(qint8(block[i])); i += 1; break;
        case 3:
            if (!need(2)) return QStringLiteral("truncated int16 header");
            value = int(qFromBigEndian<qint16>(block.data() + i)); i += 2; break;
        case 4:
            if (!need(4)) return QStringLiteral("truncated int32 header");
            value = qFromBigEndian<qint32>(block.data() + i); i += 4; break;
        case 5:
        case 8: // timestamp: milliseconds since the epoch
            if (!need(8)) return QStringLiteral("truncated int64 header");
            value = qFromBigEndian<qint64>(block.data() + i); i += 8; break;
        case 6:
        case 7: {
            if (!need(2)) return QStringLiteral("truncated header length");
            const int length = qFromBigEndian<quint16>(block.data() + i);
            i += 2;
            if (!need(length)) return QStringLiteral("truncated header value");
            const QByteArrayView bytes = block.sliced(i, length);
            value = type == 7 ? QVariant(QString::fromUtf8(bytes)) : QVariant(bytes.toByteArray());
            i += length;
            break;
        }
        case 9:
            if (!need(16)) return QStringLiteral("truncated uuid header");
            value = QUuid::fromRfc4122(block.sliced(i, 16)); i += 16; break;
        default:
            return QStringLiteral("unknown header type %1").arg(type);
        }
        headers->append({name, value});
    }
    return {};
}
} // namespace

quint32 crc32Ieee(QByteArrayView bytes, quint32 crc)
{
    return quint32(::crc32(crc, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

QString EventStreamMessage::header(const QString &name) const
{
    for (const auto &[n, v] : headers)
        if (n == name)
            return v.toString();
    return {};
}

QList<EventStreamMessage> EventStreamDecoder::feed(QByteArrayView bytes)
{
    QList<EventStreamMessage> out;
    if (failed())
        return out;
    m_buffer.append(bytes);
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= kPreludeLength) {
        const char *p = m_buffer.constData() + offset;
        const qsizetype total = readU32(p);
        const qsizetype headersLength = readU32(p + 4);
        if (crc32Ieee(QByteArrayView(p, 8)) != readU32(p + 8)) {
            m_error = QStringLiteral("event stream prelude checksum mismatch");
            break;
        }
        if (total < kMinimumMessage || total > kMaximumMessage || headersLength > total - kMinimumMessage) {
            m_error = QStringLiteral("event stream frame has impossible lengths (%1 total, %2 headers)").arg(total).arg(headersLength);
            break;
        }
        if (m_buffer.size() - offset < total)
            break; // wait for the rest of the frame
        if (crc32Ieee(QByteArrayView(p, total - 4)) != readU32(p + total - 4)) {
            m_error = QStringLiteral("event stream message checksum mismatch");
            break;
        }
        EventStreamMessage message;
        if (const QString e = parseHeaders(QByteArrayView(p + kPreludeLength, headersLength), &message.headers); !e.isEmpty()) {
            m_error = QStringLiteral("event stream headers: %1").arg(e);
            break;
        }
        message.payload = QByteArray(p + kPreludeLength + headersLength, total - headersLength - kMinimumMessage);
        out.append(std::move(message));
        offset += total;
    }
    m_buffer.remove(0, offset);
    if (failed())
        m_buffer.clear();
    return out;
}

QByteArray encodeEventStreamMessage(const QList<std::pair<QString, QString>> &headers, QByteArrayView payload)
{
    QByteArray block;
    for (const auto &[name, value] : headers) {
        const QByteArray n = name.toUtf8(), v = value.toUtf8();
        block.append(char(n.size())).append(n).append(char(7));
        char length[2];
        qToBigEndian<quint16>(quint16(v.size()), length);
        block.append(length, 2).append(v);
    }
    const quint32 total = quint32(kMinimumMessage + block.size() + payload.size());
    QByteArray frame(kPreludeLength, Qt::Uninitialized);
    qToBigEndian<quint32>(total, frame.data());
    qToBigEndian<quint32>(quint32(block.size()), frame.data() + 4);
    qToBigEndian<quint32>(crc32Ieee(QByteArrayView(frame.constData(), 8)), frame.data() + 8);
    frame.append(block).append(payload);
    char crc[4];
    qToBigEndian<quint32>(crc32Ieee(frame), crc);
    frame.append(crc, 4);
    return frame;
}

} // namespace Quorum
