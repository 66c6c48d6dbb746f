#include "httpexchange.h"

#include "http2session.h"

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
    // Day and month names are English whatever the locale. Formatted once a second at most: the
    // simulator answers thousands of requests a second in the benchmarks.
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    const qint64 now = utc.toSecsSinceEpoch();
    if (now != second) {
        second = now;
        text = QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_qs).toLatin1();
    }
    return text;
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

QList<std::pair<QByteArray, QByteArray>> responseHeaders(const ScriptedResponse &response)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool dated = false;
    for (const auto &[name, value] : response.headers) {
        headers.append({name.toLower(), value});
        dated = dated || name.compare("date", Qt::CaseInsensitive) == 0;
    }
    if (!dated) // every response, errors and 404s too, as real servers do
        headers.append({"date", imfFixdate(QDateTime::currentDateTimeUtc())});
    return headers;
}

ResponsePlayer::ResponsePlayer(ScriptedResponse response, Sink sink, QObject *parent)
    : QObject(parent), m_response(std::move(response)), m_sink(std::move(sink))
{
}

void ResponsePlayer::start()
{
    next();
}

void ResponsePlayer::next()
{
    if (m_done)
        return;
    if (m_next >= m_response.pieces.size()) {
        m_done = true;
        if (m_response.stallMs > 0)
            QTimer::singleShot(m_response.stallMs, Qt::PreciseTimer, this, [this] { m_sink.end(); });
        else
            m_sink.end();
        return;
    }
    auto send = [this] {
        QByteArray out = m_response.pieces.at(m_next++).bytes;
        if (m_response.resetAfterBytes >= 0 && m_bodyBytes + out.size() >= m_response.resetAfterBytes) {
            out.truncate(m_response.resetAfterBytes - m_bodyBytes);
            m_done = true;
            if (!out.isEmpty())
                m_sink.body(out);
            m_sink.reset(); // connection reset, mid-response
            return;
        }
        m_bodyBytes += out.size();
        if (!out.isEmpty())
            m_sink.body(out);
        next();
    };
    const int delay = m_response.pieces.at(m_next).delayMs;
    if (delay <= 0)
        send();
    else
        QTimer::singleShot(delay, Qt::PreciseTimer, this, send); // TTFT tests need ms accuracy
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_http2) {
        m_http2->receive(std::exchange(m_buffer, {}));
        return;
    }
    static const QByteArray kPreface = Http2Session::clientPreface();
    if (!m_busy && m_buffer.startsWith(kPreface.left(std::min(m_buffer.size(), kPreface.size())))) {
        if (m_buffer.size() < kPreface.size())
            return; // perhaps HTTP/2: wait for the whole preface
        m_http2 = std::make_unique<Http2Session>(m_socket, m_handler, this);
        m_http2->receive(std::exchange(m_buffer, {}));
        return;
    }
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
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : responseHeaders(response))
        head += name + ": " + value + "\r\n";
    const bool chunked = response.chunked;
    if (chunked) {
        head += "transfer-encoding: chunked\r\n";
    } else {
        qsizetype length = 0;
        for (const auto &piece : response.pieces)
            length += piece.bytes.size();
        head += "content-length: " + QByteArray::number(length) + "\r\n";
    }
    m_socket->write(head + "\r\n");
    const bool stalls = response.stallMs > 0;
    ResponsePlayer::Sink sink;
    sink.body = [this, chunked](const QByteArray &bytes) {
        if (m_socket)
            m_socket->write(chunked ? QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n" : bytes);
    };
    sink.reset = [this, chunked] {
        if (!m_socket)
            return;
        m_socket->flush();
        m_socket->abort();
        (void)chunked;
    };
    sink.end = [this, chunked, stalls] {
        if (!m_socket)
            return;
        if (chunked)
            m_socket->write("0\r\n\r\n");
        m_busy = false;
        m_player->deleteLater();
        m_player = nullptr;
        if (stalls) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty())
            onReadyRead();
    };
    m_player = new ResponsePlayer(std::move(response), std::move(sink), this);
    m_player->start();
}

} // namespace Quorum::Sim
