#include "http2session.h"

#include <QTcpSocket>

#include <nghttp2/nghttp2.h>

#include <cstring>

namespace Quorum::Sim {

struct Http2Session::Stream
{
    HttpRequest request;
    QByteArray authority;
    QByteArray pending;      // body bytes played but not yet framed
    bool ended = false;      // the player has played the whole body
    ResponsePlayer *player = nullptr;
};

// nghttp2's C callbacks, each forwarding to the session named by user_data.
struct Http2Callbacks
{
    static Http2Session &session(void *user) { return *static_cast<Http2Session *>(user); }
    static Http2Session::Stream *stream(void *user, int id)
    {
        auto &streams = session(user).m_streams;
        const auto found = streams.find(id);
        return found == streams.end() ? nullptr : found->second.get();
    }

    static ssize_t send(nghttp2_session *, const uint8_t *data, size_t length, int, void *user)
    {
        Http2Session &s = session(user);
        if (s.m_socket)
            s.m_socket->write(reinterpret_cast<const char *>(data), qint64(length));
        return ssize_t(length);
    }
    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
            session(user).m_streams[frame->hd.stream_id] = std::make_unique<Http2Session::Stream>();
        return 0;
    }
    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                      const uint8_t *value, size_t valueLength, uint8_t, void *user)
    {
        Http2Session::Stream *st = stream(user, frame->hd.stream_id);
        if (!st)
            return 0;
        const QByteArray n(reinterpret_cast<const char *>(name), qsizetype(nameLength));
        const QByteArray v(reinterpret_cast<const char *>(value), qsizetype(valueLength));
        if (n == ":method")
            st->request.method = v;
        else if (n == ":path")
            st->request.target = v;
        else if (n == ":authority") { // kept as a header too: the AWS SDK signs it by that name over HTTP/2
            st->authority = v;
            st->request.headers.append({n, v});
        } else if (!n.startsWith(':'))
            st->request.headers.append({n, v});
        return 0;
    }
    static int data(nghttp2_session *, uint8_t, int32_t id, const uint8_t *bytes, size_t length, void *user)
    {
        if (Http2Session::Stream *st = stream(user, id))
            st->request.body.append(reinterpret_cast<const char *>(bytes), qsizetype(length));
        return 0;
    }
    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA) && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM))
            if (Http2Session::Stream *st = stream(user, frame->hd.stream_id))
                session(user).respond(frame->hd.stream_id, *st);
        return 0;
    }
    static int streamClosed(nghttp2_session *, int32_t id, uint32_t, void *user)
    {
        auto &streams = session(user).m_streams;
        if (const auto found = streams.find(id); found != streams.end()) {
            if (found->second->player)
                found->second->player->deleteLater();
            streams.erase(found);
        }
        return 0;
    }
    // The response body as the player has played it so far; deferred until more arrives.
    static ssize_t read(nghttp2_session *, int32_t id, uint8_t *buffer, size_t length, uint32_t *flags,
                              nghttp2_data_source *, void *user)
    {
        Http2Session::Stream *st = stream(user, id);
        if (!st) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        const size_t n = std::min(length, size_t(st->pending.size()));
        std::memcpy(buffer, st->pending.constData(), n);
        st->pending.remove(0, qsizetype(n));
        if (st->pending.isEmpty() && st->ended)
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        else if (n == 0)
            return NGHTTP2_ERR_DEFERRED;
        return ssize_t(n);
    }
};

Http2Session::Http2Session(QTcpSocket *socket, HttpConnection::Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_send_callback(callbacks, &Http2Callbacks::send);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Http2Callbacks::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Http2Callbacks::header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Http2Callbacks::data);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Http2Callbacks::frameReceived);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Http2Callbacks::streamClosed);
    nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    const nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 256}};
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 1);
}

Http2Session::~Http2Session()
{
    nghttp2_session_del(m_session);
}

QByteArray Http2Session::clientPreface()
{
    return QByteArray(NGHTTP2_CLIENT_MAGIC, NGHTTP2_CLIENT_MAGIC_LEN);
}

void Http2Session::receive(const QByteArray &bytes)
{
    if (nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())) < 0) {
        if (m_socket)
            m_socket->disconnectFromHost(); // not HTTP/2 after all, or broken framing
        return;
    }
    flush();
}

void Http2Session::flush()
{
    if (nghttp2_session_send(m_session) != 0 && m_socket)
        m_socket->disconnectFromHost();
}

void Http2Session::respond(int streamId, Stream &stream)
{
    // SigV4 signs the host; over HTTP/2 it arrives as :authority.
    if (stream.request.header("host").isEmpty() && !stream.authority.isEmpty())
        stream.request.headers.append({"host", stream.authority});
    ScriptedResponse response = m_handler(stream.request);

    const QByteArray status = QByteArray::number(response.status);
    QList<std::pair<QByteArray, QByteArray>> headers = responseHeaders(response);
    headers.removeIf([](const auto &h) { return h.first == "connection" || h.first == "transfer-encoding" || h.first == "keep-alive"; });
    std::vector<nghttp2_nv> nva;
    auto add = [&nva](const QByteArray &name, const QByteArray &value) {
        nva.push_back({reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
                       reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()), size_t(value.size()),
                       NGHTTP2_NV_FLAG_NONE});
    };
    add(":status", status);
    for (const auto &[name, value] : headers)
        add(name, value);
    nghttp2_data_provider body;
    body.source.ptr = nullptr;
    body.read_callback = &Http2Callbacks::read;
    nghttp2_submit_response(m_session, streamId, nva.data(), nva.size(), &body); // copies the names and values

    ResponsePlayer::Sink sink;
    sink.body = [this, streamId](const QByteArray &bytes) {
        if (const auto found = m_streams.find(streamId); found != m_streams.end()) {
            found->second->pending += bytes;
            nghttp2_session_resume_data(m_session, streamId);
            flush();
        }
    };
    sink.end = [this, streamId] {
        if (const auto found = m_streams.find(streamId); found != m_streams.end()) {
            found->second->ended = true;
            nghttp2_session_resume_data(m_session, streamId);
            flush();
        }
    };
    sink.reset = [this, streamId] {
        flush(); // what was played goes first, then the stream is reset
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_INTERNAL_ERROR);
        flush();
    };
    stream.player = new ResponsePlayer(std::move(response), std::move(sink), this);
    stream.player->start();
}

} // namespace Quorum::Sim
