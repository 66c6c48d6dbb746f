#include "httpexchange.h"

#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace Quorum::Sim {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
}

QByteArray imfFixdate(const QDateTime &utc)
{
    // Day and month names are English whatever the locale.
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_qs).toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 424: return "Failed Dependency";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 529: return "Overloaded";
    default: return status < 300 ? "OK" : "Error";
    }
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

RequestParser::State RequestParser::feed(QByteArray &buffer, HttpRequest *out)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? State::Bad : State::Incomplete;
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return State::Bad;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return State::Bad;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype consumed = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype i = consumed;
        while (true) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", i);
            if (lineEnd < 0)
                return State::Incomplete;
            bool ok = false;
            const qsizetype size = buffer.mid(i, lineEnd - i).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > kMaxBodyBytes)
                return State::Bad;
            if (buffer.size() < lineEnd + 2 + size + 2)
                return State::Incomplete;
            if (size == 0) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", lineEnd + 2);
                if (trailerEnd < 0)
                    return State::Incomplete;
                consumed = trailerEnd + 2;
                break;
            }
            body.append(buffer.constData() + lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        request.body = body;
    } else {
        bool ok = true;
        const QByteArray length = request.header("content-length");
        const qsizetype size = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || size < 0 || size > kMaxBodyBytes)
            return State::Bad;
        if (buffer.size() < consumed + size)
            return State::Incomplete;
        request.body = buffer.mid(consumed, size);
        consumed += size;
    }
    buffer.remove(0, consumed);
    *out = std::move(request);
    return State::Complete;
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_busy)
        return; // pipelined requests wait for the current response
    HttpRequest request;
    switch (m_parser.feed(m_buffer, &request)) {
    case RequestParser::State::Incomplete:
        return;
    case RequestParser::State::Bad:
        m_socket->write("HTTP/1.1 400 Bad Request\r\nDate: " + imfFixdate(QDateTime::currentDateTimeUtc())
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_socket->disconnectFromHost();
        return;
    case RequestParser::State::Complete:
        play(m_handler(request));
        return;
    }
}

void HttpConnection::play(ScriptedResponse response)
{
    m_busy = true;
    m_current = std::move(response);
    m_next = 0;
    m_bodyBytes = 0;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_current.status) + ' ' + m_current.reason + "\r\n";
    bool dated = false;
    for (const auto &[name, value] : m_current.headers) {
        head += name + ": " + value + "\r\n";
        dated = dated || name.compare("date", Qt::CaseInsensitive) == 0;
    }
    if (!dated) // every response, errors and 404s too, as real servers do
        head += "Date: " + imfFixdate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (m_current.chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else {
        qsizetype length = 0;
        for (const auto &piece : m_current.pieces)
            length += piece.bytes.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
    sendPiece();
}

void HttpConnection::sendPiece()
{
    if (!m_socket)
        return;
    if (m_next >= m_current.pieces.size()) {
        auto finish = [this] {
            if (!m_socket)
                return;
            if (m_current.chunked)
                m_socket->write("0\r\n\r\n");
            m_busy = false;
            if (m_current.stallMs > 0) {
                m_socket->disconnectFromHost();
                return;
            }
            if (!m_buffer.isEmpty())
                onReadyRead();
        };
        if (m_current.stallMs > 0)
            QTimer::singleShot(m_current.stallMs, Qt::PreciseTimer, this, finish);
        else
            finish();
        return;
    }
    const ScriptedResponse::Piece &piece = m_current.pieces.at(m_next);
    auto send = [this] {
        if (!m_socket)
            return;
        writeBody(m_current.pieces.at(m_next).bytes);
        ++m_next;
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            sendPiece();
    };
    if (piece.delayMs <= 0)
        send();
    else
        QTimer::singleShot(piece.delayMs, Qt::PreciseTimer, this, send); // TTFT tests need ms accuracy
}

void HttpConnection::writeBody(const QByteArray &bytes)
{
    QByteArray out = bytes;
    if (m_current.resetAfterBytes >= 0 && m_bodyBytes + out.size() >= m_current.resetAfterBytes) {
        out.truncate(m_current.resetAfterBytes - m_bodyBytes);
        if (m_current.chunked && !out.isEmpty())
            out = QByteArray::number(out.size(), 16) + "\r\n" + out; // a chunk cut short
        m_socket->write(out);
        m_socket->flush();
        m_socket->abort(); // connection reset, mid-response
        return;
    }
    m_bodyBytes += out.size();
    if (m_current.chunked && !out.isEmpty())
        out = QByteArray::number(out.size(), 16) + "\r\n" + out + "\r\n";
    m_socket->write(out);
}

} // namespace Quorum::Sim
