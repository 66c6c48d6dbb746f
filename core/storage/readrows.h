#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Quorum {

// The rows of one read query, from either kind of store: through Qt's SQLite driver, or straight
// from libpq on a team store (QPSQL turns every value into a QVariant of text, which is what made
// the big rollup reads slow there: bench_storage). Read column by column, like a QSqlQuery.
class ReadRows final
{
public:
    // Where the rows come from (postgres/pgstore.cpp has libpq's).
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual bool next() = 0;
        virtual bool isNull(int column) const = 0;
        virtual qint64 int64(int column) const = 0;
        virtual double real(int column) const = 0;
        virtual bool boolean(int column) const = 0;
        virtual QString text(int column) const = 0;
        // The text as UTF-8, valid until next() (SQLite's own bytes, no conversion there).
        virtual QByteArray utf8(int column) const { return text(column).toUtf8(); }
    };

    ReadRows() = default;
    explicit ReadRows(std::unique_ptr<Source> source) : m_source(std::move(source)) {}
    explicit ReadRows(QSqlQuery query);

    bool next() { return m_source && m_source->next(); }
    bool isNull(int column) const { return m_source->isNull(column); }
    qint64 int64(int column) const { return m_source->int64(column); }
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const { return m_source->real(column); }
    bool boolean(int column) const { return m_source->boolean(column); }
    QString text(int column) const { return m_source->text(column); }
    QByteArray utf8(int column) const { return m_source->utf8(column); }

private:
    std::unique_ptr<Source> m_source;
};

} // namespace Quorum
