#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QTcpSocket;
struct nghttp2_session;

namespace Quorum::Sim {

// The server side of HTTP/2 over cleartext with prior knowledge (RFC 9113 §3.3), through
// libnghttp2: each stream is one request, answered with a ScriptedResponse played over time
// like an HTTP/1.1 one, streams side by side.
class Http2Session final : public QObject
{
public:
    Http2Session(QTcpSocket *socket, HttpConnection::Handler handler, QObject *parent);
    ~Http2Session() override;

    static QByteArray clientPreface(); // "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
    void receive(const QByteArray &bytes);

    struct Stream;

private:
    friend struct Http2Callbacks;
    void respond(int streamId, Stream &stream);
    void flush(); // hands nghttp2's pending frames to the socket

    QPointer<QTcpSocket> m_socket;
    HttpConnection::Handler m_handler;
    nghttp2_session *m_session = nullptr;
    std::map<int, std::unique_ptr<Stream>> m_streams;
};

} // namespace Quorum::Sim
