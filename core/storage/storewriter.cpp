#include "storewriter.h"
#include "threadpriority.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMultiHash>
#include <QElapsedTimer>
#include <QThread>

#include <chrono>

namespace Quorum {

// A batch's rows on their way to the backend, and what they add to the rollups. The sums of
// several batches may stay in memory while the writer is busy: each batch lists its invocations
// as pending in its own transaction, so a later writer finishes them if this one is killed.
class StoreWriter::Rows final
{
public:
    explicit Rows(WriterBackend &backend) : m_backend(backend) { m_sinceRollup.start(); }

    // Whether `op` reads nothing back, so that it may wait with its neighbours to be written
    // together (an answer with its attempts, verdicts and errors; events).
    bool plain(const WriteOp &op) const
    {
        if (const auto *verdict = std::get_if<VerdictRecord>(&op)) // of the answer before it
            return verdict->invocationId == (m_plainAnswer ? m_plainAnswer : m_rollups.currentAnswer());
        return std::holds_alternative<InvocationRecord>(op) || std::holds_alternative<AttemptRecord>(op)
               || std::holds_alternative<ErrorRecord>(op) || std::holds_alternative<RunEvent>(op);
    }

    // A plain row waits; `op` stays alive until writePlain().
    void add(const WriteOp &op)
    {
        m_plain.push_back(&op);
        if (const auto *invocation = std::get_if<InvocationRecord>(&op))
            m_plainAnswer = invocation->id;
    }

    // Writes the plain rows waiting and notes what they add to the rollups, as write() would
    // have one by one; the reason for each refused row goes to `rejected`.
    void writePlain(QStringList &rejected)
    {
        if (m_plain.empty())
            return;
        m_backend.insertRows(m_plain, m_errors);
        for (size_t i = 0; i < m_plain.size(); ++i) {
            const bool answered = beginVerdicts(*m_plain[i]);
            if (!m_errors[i].isEmpty())
                rejected << m_errors[i];
            else if (answered)
                account(*m_plain[i], std::nullopt);
        }
        m_plain.clear();
        m_plainAnswer = 0;
    }

    // Writes one row and notes what it adds to the rollups; "" on success, else the database's
    // complaint. Plain rows waiting are written first (writePlain()).
    QString write(const WriteOp &op)
    {
        Q_ASSERT(m_plain.empty());
        if (const auto *retired = std::get_if<RetiredInvocation>(&op))
            return retire(retired->invocationId);
        if (const auto *deletion = std::get_if<RunDeletion>(&op))
            return deleteRun(deletion->runId);
        std::optional<RollupAccumulator::StoredJury> before;
        if (const auto *outcome = std::get_if<JuryOutcome>(&op)) {
            before = m_backend.storedJury(outcome->invocationId);
            if (!before)
                return tr("no invocation %1 to record a jury outcome for").arg(outcome->invocationId);
            m_applyRollups = true; // it changes sums that may be applied already
        }
        const bool answered = beginVerdicts(op);
        if (const QString e = m_backend.insert(op); !e.isEmpty())
            return e;
        if (answered)
            account(op, before);
        return {};
    }

    // Call last, inside the batch's transaction. Applies the rollup sums when the writer is
    // idle, the backend's interval has passed, or the batch changed rows the sums already
    // cover; else lists the batch's invocations as pending.
    QString finishBatch(bool idle)
    {
        QString error;
        if (idle || m_applyRollups || m_sinceRollup.hasExpired(m_backend.rollupIntervalMs())) {
            error = m_backend.applyRollups(m_rollups);
            if (error.isEmpty() && m_pendingListed)
                error = m_backend.clearPending();
            m_pendingListed = false;
            m_sinceRollup.start();
        } else if (!m_batchInvocations.empty()) {
            error = m_backend.listPending(m_batchInvocations);
            m_pendingListed = error.isEmpty();
        }
        m_batchInvocations.clear();
        m_applyRollups = false;
        return error;
    }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("StoreWriter", text); }

    // Before a verdict of an answer stored in an earlier batch: that answer's sums are the ones it
    // changes. false for a verdict of no stored answer (its answer refused): it adds to no sums.
    bool beginVerdicts(const WriteOp &op)
    {
        const auto *verdict = std::get_if<VerdictRecord>(&op);
        if (!verdict || verdict->invocationId == m_rollups.currentAnswer())
            return true;
        m_applyRollups = true;
        const std::optional<RollupAccumulator::StoredJury> before = m_backend.storedJury(verdict->invocationId);
        if (before)
            m_rollups.beginAnswer(before->runId, verdict->invocationId, before->variantId);
        return before.has_value();
    }

    // What a written row adds to the rollups (`before`: an outcome's invocation as it was).
    void account(const WriteOp &op, const std::optional<RollupAccumulator::StoredJury> &before)
    {
        if (const auto *invocation = std::get_if<InvocationRecord>(&op)) {
            m_rollups.addInvocation(*invocation);
            m_batchInvocations.push_back(invocation->id);
        } else if (const auto *outcome = std::get_if<JuryOutcome>(&op)) {
            m_rollups.replaceJury(*before, *outcome);
        } else if (const auto *verdict = std::get_if<VerdictRecord>(&op)) {
            m_rollups.addVerdict(*verdict);
        }
    }

    QString retire(qint64 invocationId)
    {
        const std::optional<InvocationRecord> failed = m_backend.storedSums(invocationId);
        if (!failed)
            return tr("no invocation %1 to run again").arg(invocationId);
        if (failed->ok)
            return tr("invocation %1 succeeded; only failed ones are run again").arg(invocationId);
        m_rollups.removeFailedInvocation(*failed);
        m_applyRollups = true; // what it took away may be applied already
        return m_backend.deleteInvocation(invocationId);
    }

    // The sums in memory go to the rollups first, so that none of the run's comes back after it.
    QString deleteRun(qint64 runId)
    {
        QString error = m_backend.applyRollups(m_rollups);
        if (error.isEmpty() && m_pendingListed)
            error = m_backend.clearPending();
        m_pendingListed = false;
        m_sinceRollup.start();
        return error.isEmpty() ? m_backend.deleteRun(runId) : error;
    }

    WriterBackend &m_backend;
    RollupAccumulator m_rollups;
    std::vector<qint64> m_batchInvocations;
    std::vector<const WriteOp *> m_plain;   // plain rows waiting to be written
    std::vector<QString> m_errors;          // per plain row: why it was refused
    qint64 m_plainAnswer = 0;               // the last invocation waiting, 0 for none
    bool m_applyRollups = false;
    bool m_pendingListed = false;   // rows of earlier batches are listed as pending
    QElapsedTimer m_sinceRollup;
};

namespace {
// The started writers of this process, by location; the mutex is held while one is used from outside.
std::mutex g_runningMutex;
QMultiHash<QString, StoreWriter *> g_running;

QString runningKey(const QString &location)
{
    return location.startsWith(u"postgres"_qs) ? location : QFileInfo(location).absoluteFilePath();
}
} // namespace

bool StoreWriter::withRunning(const QString &location, const std::function<void(StoreWriter &)> &use)
{
    std::lock_guard lock(g_runningMutex);
    const auto found = g_running.constFind(runningKey(location));
    if (found == g_running.cend())
        return false;
    use(**found);
    return true;
}

StoreWriter::StoreWriter(std::unique_ptr<WriterBackend> backend, int maxBatch, int maxQueued)
    : m_backend(std::move(backend)), m_location(m_backend->location()), m_maxBatch(std::max(1, maxBatch)),
      m_maxQueued(size_t(std::max(maxBatch, maxQueued)))
{
}

StoreWriter::~StoreWriter()
{
    stop();
}

QString StoreWriter::start()
{
    if (m_thread)
        return {};
    if (const QString e = m_backend->claim(&m_ids); !e.isEmpty())
        return e;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"quorum-store-writer"_qs);
    m_thread->start();
    std::lock_guard lock(g_runningMutex);
    g_running.insert(runningKey(m_location), this);
    return {};
}

QString StoreWriter::claimRun(qint64 runId)
{
    return m_thread ? m_backend->claimRun(runId) : tr("the writer has not started");
}

qint64 StoreWriter::allocateId(Table table, qint64 count)
{
    return m_ids ? m_ids->allocate(table, count) : 0; // before start() there is nothing to number
}

quint64 StoreWriter::submit(WriteOp op)
{
    std::vector<WriteOp> ops;
    ops.push_back(std::move(op));
    return submit(std::move(ops));
}

quint64 StoreWriter::submit(std::vector<WriteOp> ops)
{
    return enqueue(std::move(ops), false);
}

quint64 StoreWriter::submitAll(std::vector<WriteOp> ops)
{
    return enqueue(std::move(ops), true);
}

quint64 StoreWriter::enqueue(std::vector<WriteOp> ops, bool allOrNothing)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < m_maxQueued || m_failed || m_stopping; });
    if (m_failed || m_stopping || !m_thread)
        return 0;
    const size_t first = m_marks.size();
    for (WriteOp &op : ops) {
        m_queue.push_back(std::move(op));
        m_marks.push_back(Inside);
    }
    if (!ops.empty()) {
        m_marks.back() |= GroupEnd;
        if (allOrNothing)
            m_marks[first] |= AllOrNothingStart;
    }
    m_submitted += ops.size();
    m_wake.notify_one();
    return m_submitted;
}

bool StoreWriter::waitCommitted(quint64 sequence, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    auto done = [&] { return m_committed.load() >= sequence || m_failed; };
    if (timeoutMs < 0)
        m_progress.wait(lock, done);
    else
        m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
    return m_committed.load() >= sequence;
}

bool StoreWriter::flush(int timeoutMs)
{
    quint64 target;
    {
        std::lock_guard lock(m_mutex);
        // A failed writer took nothing since it failed: what was submitted is not all committed.
        if (m_failed)
            return false;
        target = m_submitted;
    }
    return waitCommitted(target, timeoutMs);
}

QString StoreWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void StoreWriter::fail(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_failed = true;
        m_error = error;
        m_queue.clear();
        m_marks.clear();
    }
    m_progress.notify_all();
    m_space.notify_all();
    Q_EMIT failed(error);
}

void StoreWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(g_runningMutex); // waits for a use from outside to end
        g_running.remove(runningKey(m_location), this);
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_backend->release();
}

void StoreWriter::run()
{
    yieldToTheWindow();
    WriterBackend &db = *m_backend;
    const QString error = db.connect();
    if (error.isEmpty())
        writeBatches();
    else
        fail(tr("cannot write to %1: %2").arg(m_location, error));
    db.disconnect();
}

void StoreWriter::writeBatches()
{
    WriterBackend &db = *m_backend;
    Rows rows(db);

    std::vector<WriteOp> ops;
    std::vector<quint8> marks;
    while (true) {
        quint64 upTo;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                return; // stopping, and everything is committed
            // A batch ends where a submission ends: an answer and its verdicts commit together.
            auto n = qsizetype(std::min<size_t>(m_queue.size(), size_t(m_maxBatch)));
            while (n < qsizetype(m_queue.size()) && !(m_marks[size_t(n - 1)] & GroupEnd))
                ++n;
            ops.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + n));
            marks.assign(m_marks.begin(), m_marks.begin() + n);
            m_queue.erase(m_queue.begin(), m_queue.begin() + n);
            m_marks.erase(m_marks.begin(), m_marks.begin() + n);
            upTo = m_submitted - m_queue.size();
        }
        m_space.notify_all();

        if (const QString e = db.begin(); !e.isEmpty()) {
            fail(tr("cannot write to %1: %2").arg(m_location, e));
            return;
        }
        QStringList rejected;
        QString refusedGroup;    // why an all-or-nothing submission was not written
        bool inAllOrNothing = false, groupRefused = false;
        for (size_t i = 0; i < ops.size(); ++i) {
            if (marks[i] & AllOrNothingStart) {
                rows.writePlain(rejected);
                refusedGroup = db.beginGroup();
                inAllOrNothing = refusedGroup.isEmpty();
                groupRefused = !inAllOrNothing;
            }
            // A row the database refuses (a constraint) is reported, not allowed to sink the batch;
            // in an all-or-nothing submission it takes the submission's other rows with it.
            if (!groupRefused && !inAllOrNothing && rows.plain(ops[i])) {
                rows.add(ops[i]);
            } else if (!groupRefused) {
                rows.writePlain(rejected);
                if (const QString e = rows.write(ops[i]); !e.isEmpty()) {
                    if (inAllOrNothing) {
                        groupRefused = true;
                        refusedGroup = e;
                    } else {
                        rejected << e;
                    }
                }
            }
            if ((marks[i] & GroupEnd) && inAllOrNothing) {
                if (const QString e = db.endGroup(!groupRefused); !e.isEmpty())
                    refusedGroup = e;
                inAllOrNothing = false;
            }
            if (marks[i] & GroupEnd)
                groupRefused = false;
        }
        rows.writePlain(rejected);
        bool idle;
        {
            std::lock_guard lock(m_mutex);
            idle = m_queue.empty() || m_stopping;
        }
        if (const QString e = rows.finishBatch(idle); !e.isEmpty()) {
            db.rollback();
            fail(tr("cannot write to %1: %2").arg(m_location, e));
            return;
        }
        if (const QString e = db.commit(); !e.isEmpty()) {
            db.rollback();
            fail(tr("cannot commit to %1: %2").arg(m_location, e));
            return;
        }
        ops.clear();
        // Listeners hear of the batch before any waiter is released: when flush() returns,
        // the committed() signal for what it waited on has been emitted.
        Q_EMIT committed(upTo);
        {
            std::lock_guard lock(m_mutex);
            m_committed.store(upTo);
            if (!rejected.isEmpty())
                m_error = tr("%1 row(s) refused by the database, first: %2").arg(rejected.size()).arg(rejected.first());
            if (!refusedGroup.isEmpty())
                m_error = tr("nothing of it was written; the database refused a row: %1").arg(refusedGroup);
        }
        m_progress.notify_all();
    }
}

} // namespace Quorum
