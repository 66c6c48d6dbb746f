#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quorum {

// One Server-Sent Event: its type ("" when none was named) and its data lines joined by "\n".
struct SseEvent
{
    QString event;
    QByteArray data;
    QString id;
};

// Incremental Server-Sent Events parser (WHATWG HTML, "event stream interpretation"): feed it
// bytes as they arrive, split anywhere — inside a line, a CRLF or a UTF-8 character — and it
// returns the events completed so far. Comments (": …") and unknown fields are ignored.
class SseParser final
{
public:
    QList<SseEvent> feed(QByteArrayView bytes);
    // The stream ended. A last event not closed by a blank line is returned too: servers that
    // end the connection right after "data: …" (some Gemini proxies) would otherwise lose it.
    QList<SseEvent> finish();
    // Bytes of the current, still incomplete line (for stall and size limits).
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;
    bool m_skipLf = false;       // last chunk ended on CR: a leading LF belongs to it
    bool m_bomChecked = false;
    QByteArray m_data;
    bool m_hasData = false;
    QString m_event;
    QString m_lastId;
};

} // namespace Quorum
