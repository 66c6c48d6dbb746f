#include "pganswers.h"

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
    const Pg::Result r = m_db.query(
        "SELECT status, coalesce(error_class, ''), t0, ttft_ms, ttfr_ms, ttlb_ms, wall_ms, throttle_wait_ms, input_tokens, "
        "output_tokens, reasoning_tokens, tokens_estimated, attempts, coalesce(tier_served, ''), coalesce(http_status, 0), "
        "coalesce(response_text, ''), first_start_at FROM invocations WHERE run_id = $1 AND work_item = $2",
        {QByteArray::number(m_runId), QByteArray::number(workItem)}, &error);
    if (!r || PQntuples(r.get()) != 1)
        return std::nullopt;
    const pg_result *p = r.get();
    auto text = [p](int c) { return QString::fromUtf8(PQgetvalue(p, 0, c), PQgetlength(p, 0, c)); };
    auto int64 = [p](int c) { return QByteArray(PQgetvalue(p, 0, c)).toLongLong(); };
    auto real = [p](int c) { return QByteArray(PQgetvalue(p, 0, c)).toDouble(); };
    auto optionalReal = [&](int c) { return PQgetisnull(p, 0, c) ? std::nullopt : std::optional(real(c)); };
    StoredInvocation i;
    i.ok = text(0) == u"ok";
    i.errorClass = text(1);
    i.t0 = int64(2);
    i.ttftMs = optionalReal(3);
    i.ttfrMs = optionalReal(4);
    i.ttlbMs = real(5);
    i.wallMs = real(6);
    i.throttleWaitMs = real(7);
    i.inputTokens = int64(8);
    i.outputTokens = int64(9);
    i.reasoningTokens = int64(10);
    i.tokensEstimated = int64(11) != 0;
    i.attempts = int(int64(12));
    i.tierServed = text(13);
    i.httpStatus = int(int64(14));
    i.responseText = text(15);
    i.firstStartAt = int64(16);
    return i;
}

} // namespace Quorum
