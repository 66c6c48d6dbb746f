#pragma once

#include "writerbackend.h"

#include <QObject>

#include <functional>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <variant>
#include <vector>

class QThread;

namespace Quorum {

// The one connection that writes to a run store. Callers on any thread submit rows; a
// thread of its own commits them in batches (one transaction per batch), through the store's
// WriterBackend. A row whose batch was reported committed survives a kill of the process.
class StoreWriter final : public QObject
{
    Q_OBJECT

public:
    using Table = IdTable;
    explicit StoreWriter(std::unique_ptr<WriterBackend> backend, int maxBatch = 20000, int maxQueued = 100000);
    ~StoreWriter() override;    // commits what was submitted, then stops

    // Prepares the database (create, or check and migrate) and starts the thread.
    // Returns "" when ready, else a message for people.
    QString start();
    const QString &location() const { return m_location; }

    // This writer becomes the run's only one (before its stored rows are read to resume it).
    // "" or why not.
    QString claimRun(qint64 runId);

    // Ids are handed out before rows are written, so related rows can point at each other.
    qint64 allocateId(Table table, qint64 count = 1);

    // Thread-safe. Returns the submission's sequence number, or 0 when the writer has failed.
    // Blocks while the writer is far behind (more than maxQueued rows), so memory stays bounded.
    quint64 submit(WriteOp op);
    quint64 submit(std::vector<WriteOp> ops);
    // The same, all or nothing: when the database refuses one row (a constraint), none of
    // `ops` is written and lastError() says why. For rows that do not feed the rollups (a run
    // and its scenarios, variants and judges).
    quint64 submitAll(std::vector<WriteOp> ops);

    // Blocks until everything up to `sequence` is committed (never call on the GUI thread).
    bool waitCommitted(quint64 sequence, int timeoutMs = -1);
    // Blocks until everything submitted is committed; false on timeout or once the writer has failed.
    bool flush(int timeoutMs = -1);
    quint64 committedSequence() const { return m_committed.load(); }
    QString lastError() const;
    // Commits what was submitted, ends the thread and closes the connection (a local store's WAL
    // checkpointed then): the destructor's work, for a thread that may wait on the disk. Any thread;
    // nothing is submitted after it.
    void stop();

    // A started writer of this process on `location`, if there is one: `use` runs with it while it
    // cannot be destroyed (a local store takes one writer at a time, so a one-off write during a run
    // goes through the run's writer). false, and `use` not called, when there is none.
    static bool withRunning(const QString &location, const std::function<void(StoreWriter &)> &use);

Q_SIGNALS:
    // From the writer thread, after each committed batch.
    void committed(quint64 sequence);
    void failed(const QString &error);

private:
    class Rows;
    // Per queued op: the last of its submission; the first of an all-or-nothing submission.
    enum GroupMark : quint8 { Inside = 0, GroupEnd = 1, AllOrNothingStart = 2 };
    quint64 enqueue(std::vector<WriteOp> ops, bool allOrNothing);
    void run();
    void writeBatches();
    void fail(const QString &error);

    std::unique_ptr<WriterBackend> m_backend;
    QString m_location;
    int m_maxBatch;          // rows per transaction at most
    size_t m_maxQueued;
    QThread *m_thread = nullptr;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;       // work arrived or stop asked
    std::condition_variable m_progress;   // a batch committed or the writer failed
    std::condition_variable m_space;      // the queue shrank
    std::deque<WriteOp> m_queue;
    std::deque<quint8> m_marks;           // per queued op: GroupMark bits
    quint64 m_submitted = 0;
    bool m_stopping = false;
    bool m_failed = false;
    QString m_error;
    std::atomic<quint64> m_committed{0};
    std::unique_ptr<IdSource> m_ids;      // where the writer's ids come from
};

} // namespace Quorum
