#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <optional>

namespace Quorum::Pg {

// Rows in PostgreSQL's binary COPY format (COPY … FROM STDIN WITH (FORMAT binary)), for columns
// that are BIGINT, DOUBLE PRECISION or TEXT: a flag is a BIGINT 0/1, a null QString is NULL.
class CopyRows final
{
public:
    CopyRows() { start(); }

    void row(int fields) { put16(qint16(fields)); ++m_rows; }
    CopyRows &operator<<(qint64 v) { put32(8); put64(quint64(v)); return *this; }
    CopyRows &operator<<(int v) { return *this << qint64(v); }
    CopyRows &operator<<(bool v) { return *this << qint64(v ? 1 : 0); }
    CopyRows &operator<<(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        put32(8);
        put64(bits);
        return *this;
    }
    CopyRows &operator<<(const QString &v)
    {
        if (v.isNull())
            return null();
        const QByteArray utf8 = v.toUtf8();
        put32(qint32(utf8.size()));
        m_data.append(utf8);
        return *this;
    }
    template<typename T>
    CopyRows &operator<<(const std::optional<T> &v) { return v ? *this << *v : null(); }
    CopyRows &null() { put32(-1); return *this; }

    int rows() const { return m_rows; }
    // The whole stream, trailer included; then empty again.
    QByteArray take()
    {
        put16(-1);
        QByteArray out = std::move(m_data);
        start();
        return out;
    }

private:
    void start()
    {
        m_data.clear();
        m_rows = 0;
        static const char header[] = "PGCOPY\n\377\r\n";
        m_data.append(header, 11);
        put32(0); // flags
        put32(0); // header extension
    }
    void put16(qint16 v) { char b[2]; qToBigEndian(v, b); m_data.append(b, 2); }
    void put32(qint32 v) { char b[4]; qToBigEndian(v, b); m_data.append(b, 4); }
    void put64(quint64 v) { char b[8]; qToBigEndian(v, b); m_data.append(b, 8); }

    QByteArray m_data;
    int m_rows = 0;
};

} // namespace Quorum::Pg
