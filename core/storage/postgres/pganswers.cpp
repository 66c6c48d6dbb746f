#include "pganswers.h"

#include "../storedrows.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace Quorum {

QString PgAnswers::open()
{
    std::lock_guard lock(m_mutex);
    if (const QString e = m_db.open(m_url); !e.isEmpty())
        return QCoreApplication::translate("PgAnswers", "cannot read the answers of run %1: %2").arg(m_runId).arg(e);
    return {};
}

std::optional<StoredInvocation> PgAnswers::invocation(qint64 workItem)
{
    std::lock_guard lock(m_mutex);
    if (!m_db.handle())
        return std::nullopt;
    QString error;
    const std::string sql = std::string(StoredRows::kAnswerColumns) + "WHERE run_id = $1 AND work_item = $2";
    const Pg::Result r = m_db.query(sql.c_str(), {QByteArray::number(m_runId), QByteArray::number(workItem)}, &error);
    if (!r || PQntuples(r.get()) != 1)
        return std::nullopt;
    return StoredRows::answer(Pg::Row(r.get(), 0));
}

} // namespace Quorum
