#pragma once

// A loopback HTTP/1.1 server that answers every request with the exact bytes a test gives:
// wire data from the providers' own references replayed as it was, and servers that behave in
// ways Quorum's simulator does not (an old server refusing an option on every request, a
// stream that ends without its end marker). It knows nothing of any provider's protocol.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace Quorum::TestSupport {

class WireReplay final : public QObject
{
public:
    struct Request
    {
        QByteArray head; // request line and headers
        QByteArray body;
        quint16 peerPort = 0; // the client's end of the connection
    };
    // The whole response to write (status line, headers, body); the connection closes after it.
    using Responder = std::function<QByteArray(const Request &)>;

    explicit WireReplay(Responder responder, QObject *parent = nullptr) : QObject(parent), m_responder(std::move(responder))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    // Writes each response in pieces of this many bytes, `gapMs` apart (0: all at once).
    void setPieces(int bytes, int gapMs) { m_pieceBytes = bytes; m_gapMs = gapMs; }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QList<Request> &requests() const { return m_requests; }

    // An HTTP/1.1 response whose body is delimited by the connection's end, as a stream's is.
    // With `length`, it says its Content-Length, as a server sending a file does.
    enum class Framing { UntilClose, ContentLength };
    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QList<QByteArray> &extraHeaders = {}, Framing framing = Framing::UntilClose)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Error") + "\r\n"
                         "Content-Type: " + contentType + "\r\nConnection: close\r\n";
        if (framing == Framing::ContentLength)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : extraHeaders)
            out += h + "\r\n";
        return out + "\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (socket->property("answered").toBool())
                return; // one request per connection: a client that sends another here must retry elsewhere
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request{buffer->left(end), {}, socket->peerPort()};
            qsizetype length = 0;
            for (const QByteArray &line : request.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            socket->setProperty("answered", true);
            m_requests.append(request);
            write(socket, m_responder(request));
        });
    }
    void write(QTcpSocket *socket, QByteArray bytes)
    {
        if (m_pieceBytes <= 0 || bytes.size() <= m_pieceBytes) {
            socket->write(bytes);
            socket->disconnectFromHost(); // after what was written has gone: a clean end
            return;
        }
        socket->write(bytes.left(m_pieceBytes));
        QTimer::singleShot(m_gapMs, socket, [this, socket, rest = bytes.mid(m_pieceBytes)] { write(socket, rest); });
    }

    Responder m_responder;
    QTcpServer m_server;
    QList<Request> m_requests;
    int m_pieceBytes = 0;
    int m_gapMs = 0;
};

} // namespace Quorum::TestSupport
