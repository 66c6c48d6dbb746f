#pragma once

#include "../domain/records.h"
#include "idsource.h"
#include "rollups.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Quorum {

using WriteOp = std::variant<RunRecord, RunStatusUpdate, ScenarioRecord, VariantRecord, InvocationRecord,
                             AttemptRecord, VerdictRecord, JuryOutcome, ErrorRecord, RunEvent, RetiredInvocation,
                             RunDeletion, BaselinePin, BaselineCheckRecord, OverrideRecord>;

// The statements that delete a run (RunDeletion), children first; "$1" is the run's id in
// either store's SQL.
std::vector<QByteArray> runDeletionSql();

// What the StoreWriter needs of a database: the part of writing that differs between stores.
// The writer keeps the queue, the batches, the all-or-nothing groups and the rollup sums; a
// backend turns them into statements. Every call but claim() and release() comes from the
// writer's own thread, in this order: connect(), then per batch begin(), rows, commit().
// Each returns "" on success, else the database's complaint.
class WriterBackend
{
public:
    virtual ~WriterBackend() = default;

    // The store's location as people know it (a path, or a URL without its password).
    virtual QString location() const = 0;

    // On the caller's thread, before the writer's thread starts: makes this the store's writer
    // where the store allows only one, creates or upgrades the schema, and sets `ids` to where
    // the writer's ids come from. A message for people when the store cannot be written.
    virtual QString claim(std::unique_ptr<IdSource> *ids) = 0;
    // After the writer's thread has stopped: lets the next writer in.
    virtual void release() = 0;
    // On the caller's thread, before a run's stored rows are read to resume it: makes this the
    // run's only writer, waiting while another (a killed one whose last commit is still landing)
    // holds it. A store with one writer at a time has nothing to do.
    virtual QString claimRun(qint64 runId) { Q_UNUSED(runId); return {}; }

    // Opens the writer thread's connection, and adds to the rollups what a killed writer left pending.
    virtual QString connect() = 0;
    // Closes it, when the writer's thread ends.
    virtual void disconnect() = 0;

    virtual QString begin() = 0;
    virtual QString commit() = 0;
    virtual void rollback() = 0;
    // Around an all-or-nothing submission, inside a batch.
    virtual QString beginGroup() = 0;
    // Keeps or drops what the group wrote; "" when kept, else why it could not be kept (then it is dropped).
    virtual QString endGroup(bool keep) = 0;

    // Writes one row (any WriteOp but RetiredInvocation and RunDeletion).
    virtual QString insert(const WriteOp &op) = 0;
    // Writes rows that read nothing back (invocations, verdicts, attempts, errors, events), in
    // their order within each table; errors[i] is "" or why ops[i] was refused. A store may write
    // them several to a statement; the default writes them one by one.
    virtual void insertRows(const std::vector<const WriteOp *> &ops, std::vector<QString> &errors);
    // The jury columns of a stored invocation; nullopt when there is none.
    virtual std::optional<RollupAccumulator::StoredJury> storedJury(qint64 invocationId) = 0;
    // What a stored invocation added to the rollups (ids, status, cost, tokens, jury); nullopt when there is none.
    virtual std::optional<InvocationRecord> storedSums(qint64 invocationId) = 0;
    // Deletes an invocation with its attempts, errors and verdicts.
    virtual QString deleteInvocation(qint64 invocationId) = 0;
    // Deletes a run with all its rows and rollups (runDeletionSql()).
    virtual QString deleteRun(qint64 runId) = 0;

    // Adds the sums to the rollup tables and clears them.
    virtual QString applyRollups(RollupAccumulator &sums) = 0;
    // Lists invocations of this batch whose sums stay in memory for now (applied by connect()
    // of a later writer if this one is killed), or forgets the list once they are applied.
    virtual QString listPending(const std::vector<qint64> &invocationIds) = 0;
    virtual QString clearPending() = 0;
    // How long sums may stay in memory while the writer is busy: 0 applies them with every
    // batch (a store several writers share).
    virtual int rollupIntervalMs() const = 0;
};

} // namespace Quorum
