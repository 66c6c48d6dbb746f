#pragma once

#include "../storedanswers.h"
#include "pgconnection.h"

#include <mutex>

namespace Quorum {

// A run's stored answers in a team store, through a connection of its own.
class PgAnswers final : public StoredAnswerReader
{
public:
    PgAnswers(QString url, qint64 runId) : m_url(std::move(url)), m_runId(runId) {}
    QString open() override;
    std::optional<StoredInvocation> invocation(qint64 workItem) override;

private:
    QString m_url;
    qint64 m_runId;
    std::mutex m_mutex;
    Pg::Connection m_db;
};

} // namespace Quorum
