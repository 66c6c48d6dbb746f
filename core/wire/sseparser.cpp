#include "sseparser.h"

namespace Quorum {

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    qsizetype i = 0;
    if (m_skipLf && !bytes.isEmpty()) {
        if (bytes.front() == '\n')
            ++i;
        m_skipLf = false;
    }
    while (i < bytes.size()) {
        // Copy up to the next line end in one go.
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        m_line.append(bytes.sliced(i, end - i));
        if (end == bytes.size())
            break;
        if (!m_bomChecked) {
            if (m_line.startsWith("\xEF\xBB\xBF"))
                m_line.remove(0, 3);
            m_bomChecked = true;
        }
        processLine(m_line, out);
        m_line.clear();
        if (bytes[end] == '\r') {
            if (end + 1 == bytes.size())
                m_skipLf = true;
            else if (bytes[end + 1] == '\n')
                ++end;
        }
        i = end + 1;
    }
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (!m_line.isEmpty()) {
        processLine(m_line, out);
        m_line.clear();
    }
    dispatch(out);
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. ": keep-alive"
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    }
    // "retry" and unknown fields are ignored: Quorum never reconnects a stream.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_hasData)
        out.append({m_event, m_data, m_lastId});
    m_data.clear();
    m_hasData = false;
    m_event.clear();
}

} // namespace Quorum
