#pragma once

#include "../writerbackend.h"
#include "pgconnection.h"
#include "pgcopy.h"
#include "pgrollups.h"

#include <QHash>
#include <QString>

#include <array>
#include <mutex>

namespace Quorum {

// Ids for a store several writers share: each table's ids come from its sequence, reserved in
// blocks (a block is contiguous: every Quorum writer reserves under one advisory lock).
class PgIds final : public IdSource
{
public:
    QString open(const QString &url);
    qint64 allocate(IdTable table, qint64 count) override;
    // Holds the run for this session (a session-level advisory lock, let go when the connection
    // closes, even when the process is killed), waiting while another session holds it.
    QString lockRun(qint64 runId);
    // Why the last reservation failed ("" when none did): the ids handed out since are not real.
    QString error() const;

private:
    static constexpr qint64 kBlock = 4096;
    mutable std::mutex m_mutex;
    Pg::Connection m_db;
    QString m_error;
    std::array<qint64, kIdTableCount> m_next{}, m_end{};
};

// The writer's side of a team store. Invocations, attempts, verdicts, errors and events go in
// with binary COPY; the rollup sums go to temporary tables by COPY and are added to the rollups
// with one upsert per table, in the same transaction as the rows they sum. Any number of
// writers may write at once (there is no lock: ids come from sequences).
class PgWriter final : public WriterBackend
{
public:
    explicit PgWriter(QString url) : m_url(std::move(url)) {}

    QString location() const override { return Pg::displayed(m_url); }
    QString claim(std::unique_ptr<IdSource> *ids) override;
    void release() override { m_ids = nullptr; }
    QString claimRun(qint64 runId) override;
    QString connect() override;
    void disconnect() override;
    QString begin() override;
    QString commit() override;
    void rollback() override;
    QString beginGroup() override;
    QString endGroup(bool keep) override;
    QString insert(const WriteOp &op) override;
    std::optional<RollupAccumulator::StoredJury> storedJury(qint64 invocationId) override;
    std::optional<InvocationRecord> storedSums(qint64 invocationId) override;
    QString deleteInvocation(qint64 invocationId) override;
    QString deleteRun(qint64 runId) override;
    QString applyRollups(RollupAccumulator &sums) override;
    QString listPending(const std::vector<qint64> &) override { return {}; } // never: sums are applied every batch
    QString clearPending() override { return {}; }
    int rollupIntervalMs() const override { return 0; }

private:
    // The tables written by COPY, in the order their rows are sent (an attempt after its invocation).
    enum Copied { Invocations, Attempts, Verdicts, Errors, Events, CopiedCount };
    QString flush();
    QString copy(const char *sql, Pg::CopyRows &rows);
    // A statement with text parameters; outside a group it is a savepoint of its own, so a
    // refused row does not abort the batch.
    QString statement(const char *sql, const std::vector<std::optional<QByteArray>> &params);
    QString write(const RunRecord &r);
    QString write(const RunStatusUpdate &u);
    QString write(const ScenarioRecord &s);
    QString write(const VariantRecord &v);
    QString write(const InvocationRecord &i);
    QString write(const AttemptRecord &a);
    QString write(const VerdictRecord &v);
    QString write(const JuryOutcome &j);
    QString write(const ErrorRecord &e);
    QString write(const RunEvent &e);
    QString write(const BaselinePin &p);
    QString write(const BaselineCheckRecord &c);
    QString write(const OverrideRecord &o);
    QString write(const RetiredInvocation &);
    QString write(const RunDeletion &);

    QString m_url;
    PgIds *m_ids = nullptr;     // owned by the StoreWriter; its session also holds the runs' locks
    Pg::Connection m_db;
    std::array<Pg::CopyRows, CopiedCount> m_copies;
    QHash<qint64, RollupAccumulator::StoredJury> m_unsent;   // invocations waiting in m_copies
    PgRollups m_rollups{m_db};
    bool m_inGroup = false;
    QString m_broken;   // why this batch's transaction was aborted
};

} // namespace Quorum
