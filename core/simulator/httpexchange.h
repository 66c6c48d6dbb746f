#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Quorum::Sim {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; first match
    QByteArray path() const;
    QByteArray query() const;
};

// RFC 9110's preferred Date format (IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray imfFixdate(const QDateTime &utc);
// The usual reason phrase of a status ("Too Many Requests"), "Error" for others.
QByteArray reasonPhrase(int status);

// Incremental HTTP/1.1 request parser (Content-Length or chunked bodies).
class RequestParser final
{
public:
    enum class State { Incomplete, Complete, Bad };
    State feed(QByteArray &buffer, HttpRequest *out);
};

// A response played out over time: status and headers, then pieces after given delays.
struct ScriptedResponse
{
    struct Piece
    {
        int delayMs = 0;
        QByteArray bytes;
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<Piece> pieces;
    bool chunked = false;               // Transfer-Encoding: chunked (streams); else Content-Length
    int resetAfterBytes = -1;           // drop the connection after this many body bytes
    int stallMs = 0;                    // after the last piece, say nothing this long, then close
};

// Plays ScriptedResponses on one connection, one request at a time (keep-alive).
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const HttpRequest &)>;
    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent);

private:
    void onReadyRead();
    void play(ScriptedResponse response);
    void sendPiece();
    void writeBody(const QByteArray &bytes);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    RequestParser m_parser;
    bool m_busy = false;
    ScriptedResponse m_current;
    qsizetype m_next = 0;
    qint64 m_bodyBytes = 0;
};

} // namespace Quorum::Sim
