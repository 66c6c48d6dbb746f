#include "readrows.h"

#include <QVariant>

namespace Quorum {

namespace {
class SqlRows final : public ReadRows::Source
{
public:
    explicit SqlRows(QSqlQuery query) : m_q(std::move(query)) {}
    bool next() override { return m_q.next(); }
    bool isNull(int c) const override { return m_q.value(c).isNull(); }
    qint64 int64(int c) const override { return m_q.value(c).toLongLong(); }
    double real(int c) const override { return m_q.value(c).toDouble(); }
    bool boolean(int c) const override { return m_q.value(c).toBool(); }
    QString text(int c) const override { return m_q.value(c).toString(); }

private:
    QSqlQuery m_q;
};
} // namespace

ReadRows::ReadRows(QSqlQuery query) : m_source(std::make_unique<SqlRows>(std::move(query))) {}

} // namespace Quorum
