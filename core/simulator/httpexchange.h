#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

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

// Plays one ScriptedResponse's body over time into a sink: each piece after its delay, a cut
// where the script resets the connection, a silence before the end where it stalls. Shared by
// HTTP/1.1 and HTTP/2, which differ only in how body bytes are framed.
class ResponsePlayer final : public QObject
{
public:
    struct Sink
    {
        std::function<void(const QByteArray &bytes)> body;
        std::function<void()> end;        // the body is complete
        std::function<void()> reset;      // the connection (stream) is reset after the last bytes
    };
    ResponsePlayer(ScriptedResponse response, Sink sink, QObject *parent);
    void start();
    const ScriptedResponse &response() const { return m_response; }

private:
    void next();
    ScriptedResponse m_response;
    Sink m_sink;
    qsizetype m_next = 0;
    qint64 m_bodyBytes = 0;
    bool m_done = false;
};

// The head of a response as HTTP/2 sends it: lower-case names, a Date, no connection-level
// headers. HTTP/1.1 writes the same list in its own syntax.
QList<std::pair<QByteArray, QByteArray>> responseHeaders(const ScriptedResponse &response);

class Http2Session;

// Plays ScriptedResponses on one connection: HTTP/1.1 (one request at a time, keep-alive), or
// HTTP/2 when the client opens with the cleartext prior-knowledge preface, as the AWS SDK's
// default handler does.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const HttpRequest &)>;
    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent);
    ~HttpConnection() override;

private:
    void onReadyRead();
    void play(ScriptedResponse response);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    RequestParser m_parser;
    bool m_busy = false;
    ResponsePlayer *m_player = nullptr;
    std::unique_ptr<Http2Session> m_http2;
};

} // namespace Quorum::Sim
