#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace Quorum {

// One AWS event-stream message: typed headers and a payload.
struct EventStreamMessage
{
    QList<std::pair<QString, QVariant>> headers; // in wire order
    QByteArray payload;

    QString header(const QString &name) const;  // string value, or "" when absent
};

// Incremental decoder of the AWS event-stream binary framing (Bedrock ConverseStream): frames
// may be split across reads or several may arrive in one. Both CRCs (IEEE CRC-32) are checked;
// a bad frame stops the decoder for good (the stream cannot be resynchronised).
class EventStreamDecoder final
{
public:
    QList<EventStreamMessage> feed(QByteArrayView bytes);
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    QString m_error;
};

// Encodes one message with string headers (what the simulator sends).
QByteArray encodeEventStreamMessage(const QList<std::pair<QString, QString>> &headers, QByteArrayView payload);

quint32 crc32Ieee(QByteArrayView bytes, quint32 crc = 0);

} // namespace Quorum
