#include "runcontroller.h"

#include <QCoroSignal>

#include "../jury/judgetemplate.h"

#include "../config/configimport.h"
#include "../config/planfile.h"
#include "../storage/runsreader.h"
#include "runpreparation.h"
#include "../storage/store.h"
#include "../storage/threadpriority.h"
#include "runworker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Quorum {

namespace {
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

RunController::RunController(RunPlan plan, RunOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_state.plan = std::move(plan);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progress(snapshot()); });
}

RunController::~RunController()
{
    if (m_endHelper) {
        m_endHelper->wait();
        delete m_endHelper;
    }
    m_state.cancelled = true;
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    for (RunWorker *worker : m_workers)
        delete worker;
}

QString RunController::start()
{
    const QString error = prepare();
    if (error.isEmpty())
        launch();
    return error;
}

QCoro::Task<QString> RunController::startInBackground()
{
    // Opening (or migrating) the store, recording the run and finding what a resumed run
    // still has to do can take seconds on a big store: a helper thread does it.
    QString error;
    QThread *helper = QThread::create([this, &error] {
        error = prepare();
        if (m_writer)
            m_writer->moveToThread(thread()); // its signals and its end belong with the controller
    });
    helper->setObjectName(u"quorum-run-prepare"_qs);
    helper->start();
    co_await qCoro(helper, &QThread::finished);
    delete helper;
    if (error.isEmpty())
        launch();
    co_return error;
}

QString RunController::prepare()
{
    if (!m_options.store)
        return tr("no run store is open");
    m_writer = m_options.store->writer();
    if (const QString e = m_writer->start(); !e.isEmpty())
        return e;
    m_state.writer = m_writer.get();
    if (const QString e = m_options.resumeRunId > 0 ? loadRun() : createRun(); !e.isEmpty())
        return e;

    m_state.environment = m_options.environment;
    m_state.keychain = m_options.keychain;
    m_state.timeouts = m_options.timeouts;
    m_state.retry = m_options.retry;
    m_state.juryFactory = m_options.juryFactory;
    m_state.answers = m_options.answers;
    if (!m_state.answers && m_state.plan.settings.answersFromRun < 0)
        return tr("run %1 holds answers read from a file, and its models must not be called: judge the file again with "
                  "quorum-cli judge").arg(m_state.runId);
    if (!m_state.answers && m_state.plan.settings.answersFromRun > 0) {
        auto stored = std::make_shared<StoredRunAnswers>(*m_options.store, m_state.plan.settings.answersFromRun);
        if (const QString e = stored->open(); !e.isEmpty())
            return e;
        m_state.answers = stored;
    }
    m_state.perVariantLimit = std::max(1, m_state.plan.settings.parallel);
    m_state.budgetUsd = m_state.plan.settings.budgetUsd;
    m_state.work = WorkPlan(m_state.plan);

    // What is left to do, per variant, in work-item order.
    RunsReader queries(*m_options.store);
    if (m_options.resumeRunId > 0 && m_options.retryErrors) {
        std::vector<WriteOp> retire;
        for (const RunsReader::FailedItem &f : queries.failedItems(m_state.runId)) {
            retire.emplace_back(RunEvent{m_state.runId, QDateTime::currentMSecsSinceEpoch(), u"retried"_qs,
                                         tr("work item %1 runs again; it had failed (%2): %3").arg(f.workItem).arg(f.errorClass, f.message),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{u"work_item"_qs, f.workItem},
                                                                                     {u"error_class"_qs, f.errorClass},
                                                                                     {u"message"_qs, f.message}}).toJson(QJsonDocument::Compact))});
            retire.emplace_back(RetiredInvocation{f.invocationId});
        }
        m_retried = qint64(retire.size() / 2);
        if (!retire.empty() && (!m_writer->waitCommitted(m_writer->submit(std::move(retire)), 30'000) || !m_writer->lastError().isEmpty()))
            return tr("cannot set the failed work items of run %1 to run again: %2").arg(m_state.runId).arg(m_writer->lastError());
    }
    const QSet<qint64> stored = m_options.resumeRunId > 0 ? queries.storedWorkItems(m_state.runId) : QSet<qint64>();
    const size_t variants = size_t(m_state.plan.models.size());
    m_state.pending.assign(variants, {});
    m_state.inFlightPerVariant.assign(variants, 0);
    m_state.donePerVariant.assign(variants, 0);
    m_state.totalPerVariant.assign(variants, 0);
    for (qint64 n = 0; n < m_state.work.size(); ++n) {
        const WorkItem item = m_state.work.item(n);
        if (item.temperature < 0)
            continue; // a temperature clamped onto another one
        ++m_state.totalPerVariant[size_t(item.variant)];
        if (stored.contains(n)) {
            ++m_state.donePerVariant[size_t(item.variant)];
            ++m_alreadyStored;
        } else {
            m_state.pending[size_t(item.variant)].push_back(n);
        }
    }
    m_state.done = m_alreadyStored;
    // The plan's estimate for what is left to do: where the ETA starts.
    m_plannedSeconds = m_state.work.size() > 0 ? m_state.work.estimatedSecondsAtTargetRpm()
                                                     * double(m_state.work.size() - m_alreadyStored) / double(m_state.work.size())
                                               : 0;
    const RunSettings &settings = m_state.plan.settings;
    m_state.itemsPerExperiment = std::max<qint64>(1, m_state.work.size() / std::max(1, settings.experiments));
    m_state.experimentWaitMs = settings.experimentWaitSeconds * 1000.0;
    m_state.remainingPerExperiment.assign(size_t(std::max(1, settings.experiments)), 0);
    for (const auto &queue : m_state.pending)
        for (const qint64 n : queue)
            ++m_state.remainingPerExperiment[size_t(std::min<qint64>(n / m_state.itemsPerExperiment, settings.experiments - 1))];
    m_state.currentExperiment = 0;
    while (size_t(m_state.currentExperiment) < m_state.remainingPerExperiment.size()
           && m_state.remainingPerExperiment[size_t(m_state.currentExperiment)] == 0)
        ++m_state.currentExperiment;
    return {};
}

void RunController::launch()
{
    // A store that stops writing stops the run: no call is made (and paid for) that cannot be kept.
    connect(m_writer.get(), &StoreWriter::failed, this, [this] { cancel(); });
    const size_t variants = size_t(m_state.plan.models.size());
    m_writer->submit(RunStatusUpdate{m_state.runId, RunStatus::Running, QDateTime::currentMSecsSinceEpoch(), {}});
    m_writer->submit(RunEvent{m_state.runId, QDateTime::currentMSecsSinceEpoch(),
                              m_options.resumeRunId > 0 ? u"resumed"_qs : u"started"_qs,
                              m_retried > 0 ? QStringLiteral("%1 work items, %2 already stored, %3 failed ones run again")
                                                  .arg(m_state.work.size()).arg(m_alreadyStored).arg(m_retried)
                                            : QStringLiteral("%1 work items, %2 already stored").arg(m_state.work.size()).arg(m_alreadyStored),
                              {}});
    for (const QString &note : std::as_const(m_options.notes))
        m_writer->submit(RunEvent{m_state.runId, QDateTime::currentMSecsSinceEpoch(), u"note"_qs, note, {}});

    const int threads = std::max(1, m_options.workerThreads);
    const int concurrency = int(std::clamp<qint64>(qint64(m_state.perVariantLimit) * qint64(variants), 1, m_options.maxConcurrency));
    m_runningWorkers = threads;
    m_lanes = concurrency;
    for (int t = 0; t < threads; ++t) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("quorum-run-worker-%1").arg(t));
        auto *worker = new RunWorker(m_state, std::max(1, concurrency / threads + (t < concurrency % threads ? 1 : 0)));
        worker->moveToThread(thread);
        connect(worker, &RunWorker::finished, this, &RunController::workerFinished, Qt::QueuedConnection);
        thread->start();
        QMetaObject::invokeMethod(worker, [] { yieldToTheWindow(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(worker, &RunWorker::start, Qt::QueuedConnection);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    m_clock.start();
    m_progressTimer.start(std::max(50, m_options.progressIntervalMs));
}

QString RunController::createRun()
{
    const QJsonObject planJson = planToJson(m_state.plan);
    QJsonArray scenarios;
    for (const Scenario &s : m_state.plan.scenarios)
        scenarios.append(scenarioToJson(s));
    StoreWriter &w = *m_writer;
    m_state.runId = w.allocateId(StoreWriter::Table::Runs);
    if (const QString e = w.claimRun(m_state.runId); !e.isEmpty())
        return e;
    // The run and its scenarios, variants and judges are recorded together or not at all: a run
    // that cannot be recorded leaves nothing behind.
    std::vector<WriteOp> rows;
    rows.emplace_back(RunRecord{m_state.runId, m_state.plan.name, QString::fromUtf8(QJsonDocument(planJson).toJson(QJsonDocument::Compact)),
                       sha256(QJsonDocument(scenarios).toJson(QJsonDocument::Compact)),
                       sha256(QJsonDocument(planJson).toJson(QJsonDocument::Compact)),
                       JudgeTemplate::forText(m_state.plan.judgeTemplate).text(), RunStatus::Planned,
                       QDateTime::currentMSecsSinceEpoch()});
    for (const Scenario &s : m_state.plan.scenarios) {
        ScenarioRecord r{w.allocateId(StoreWriter::Table::Scenarios), m_state.runId, s.id, s.prompt, s.goldenAnswer, s.taskType,
                         s.taskCriteria, s.expectedOutputTokens, s.image,
                         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.userMetrics)).toJson(QJsonDocument::Compact)),
                         s.temperature, s.region};
        m_state.scenarioIds << r.id;
        rows.emplace_back(std::move(r));
    }
    auto variantRow = [&](const ModelVariant &m, bool judge) {
        VariantRecord r;
        r.id = w.allocateId(judge ? StoreWriter::Table::Judges : StoreWriter::Table::Variants);
        r.runId = m_state.runId;
        r.isJudge = judge;
        r.modelId = m.modelId;
        r.provider = providerPrefix(m.provider);
        r.model = m.model;
        r.region = m.region;
        r.tierRequested = tierName(m.tier);
        r.inputCostPer1k = m.inputCostPer1k;
        r.outputCostPer1k = m.outputCostPer1k;
        r.targetRpm = m.targetRpm;
        r.baseUrl = m.baseUrl;
        r.displayName = m.displayName;
        return r;
    };
    for (const ModelVariant &m : m_state.plan.models) {
        VariantRecord r = variantRow(m, false);
        if (m.optimizedPrompts) { // the same model asked its optimized prompts: a variant of its own
            r.modelId += u"_optimized"_qs;
            if (!r.displayName.isEmpty())
                r.displayName += u"_optimized"_qs;
        }
        m_state.variantIds << r.id;
        rows.emplace_back(std::move(r));
    }
    for (const JudgeProfile &j : m_state.plan.judges) {
        VariantRecord r = variantRow(j, true);
        m_state.judgeIds << r.id;
        rows.emplace_back(std::move(r));
    }
    for (const QString &scorer : m_state.plan.scorersUsed()) { // stored like judges, after them
        ModelVariant m;
        m.modelId = u"scorer/"_qs + scorer;
        m.model = scorer;
        VariantRecord r = variantRow(m, true);
        r.provider = u"scorer"_qs;
        m_state.judgeIds << r.id;
        rows.emplace_back(std::move(r));
    }
    if (!w.waitCommitted(w.submitAll(std::move(rows)), 30'000) || !w.lastError().isEmpty())
        return tr("cannot record the run: %1").arg(w.lastError());
    return {};
}

QString RunController::loadRun()
{
    m_state.runId = m_options.resumeRunId;
    // Its last writer may be gone but its last commit still landing: wait for it before reading.
    if (const QString e = m_writer->claimRun(m_state.runId); !e.isEmpty())
        return e;
    Diagnostics diagnostics;
    const ImportedFile imported = storedPlan(*m_options.store, m_state.runId, diagnostics);
    if (!imported.plan) // "STORE: error: there is no run N", or where its stored plan cannot be read
        return diagnostics.items().isEmpty() ? tr("run %1's stored plan cannot be read").arg(m_state.runId)
                                             : diagnostics.sorted().constFirst().toString();
    RunsReader queries(*m_options.store);
    m_state.scenarioIds = queries.ids(u"scenarios"_qs, m_state.runId);
    m_state.variantIds = queries.ids(u"variants"_qs, m_state.runId);
    m_state.judgeIds = queries.ids(u"judges"_qs, m_state.runId);
    m_state.plan = *imported.plan;
    if (m_state.scenarioIds.size() != m_state.plan.scenarios.size() || m_state.variantIds.size() != m_state.plan.models.size()
        || m_state.judgeIds.size() != m_state.plan.judges.size() + m_state.plan.scorersUsed().size())
        return tr("run %1 in the database does not match its stored plan").arg(m_state.runId);
    return {};
}

void RunController::pause()
{
    m_state.paused = true;
    m_writer->submit(RunStatusUpdate{m_state.runId, RunStatus::Paused, QDateTime::currentMSecsSinceEpoch(), {}});
}

void RunController::resume()
{
    m_state.paused = false;
    m_writer->submit(RunStatusUpdate{m_state.runId, RunStatus::Running, QDateTime::currentMSecsSinceEpoch(), {}});
}

void RunController::cancel()
{
    m_state.cancelled = true;
    m_state.paused = false;
}

QStringList RunController::variantLabels() const
{
    QStringList out;
    for (const ModelVariant &m : m_state.plan.models)
        out << m.label();
    return out;
}

void RunController::setParallel(int perVariant)
{
    perVariant = std::max(1, perVariant);
    {
        QMutexLocker lock(&m_state.mutex);
        m_state.perVariantLimit = perVariant;
    }
    // Fewer: lanes over the limit wait. More: the workers get the lanes to carry it.
    const int wanted = int(std::clamp<qint64>(qint64(perVariant) * qint64(m_state.plan.models.size()), 1, m_options.maxConcurrency));
    const int extra = wanted - m_lanes, workers = int(m_workers.size());
    for (int w = 0; w < workers && extra > 0; ++w) {
        const int share = extra / workers + (w < extra % workers ? 1 : 0);
        RunWorker *worker = m_workers[size_t(w)];
        if (share > 0)
            QMetaObject::invokeMethod(worker, [worker, share] { worker->addLanes(share); }, Qt::QueuedConnection);
    }
    m_lanes = std::max(m_lanes, wanted);
}

int RunController::parallel() const
{
    QMutexLocker lock(&m_state.mutex);
    return m_state.perVariantLimit;
}

ProgressSnapshot RunController::snapshot() const
{
    QMutexLocker lock(&m_state.mutex);
    ProgressSnapshot s;
    for (size_t v = 0; v < m_state.totalPerVariant.size(); ++v) {
        s.total += m_state.totalPerVariant[v];
        s.perVariant.append({m_state.donePerVariant[v], m_state.totalPerVariant[v]});
    }
    s.done = m_state.done;
    s.failed = m_state.failed;
    s.inFlight = m_state.inFlight;
    s.judgeCalls = m_state.judgeCalls;
    s.spendUsd = m_state.spendUsd;
    s.errorsByClass = m_state.errorsByClass;
    s.latestTtftByRegion = m_state.latestTtftByRegion;
    s.paused = m_state.paused;
    s.elapsedSeconds = m_clock.isValid() ? double(m_clock.elapsed()) / 1000 : 0;
    const qint64 doneNow = s.done - m_alreadyStored;
    s.callsPerSecond = s.elapsedSeconds > 0 ? double(doneNow) / s.elapsedSeconds : 0;
    s.etaSeconds = remainingSeconds(s.total - m_alreadyStored, doneNow, s.elapsedSeconds, m_plannedSeconds);
    return s;
}

void RunController::workerFinished()
{
    if (--m_runningWorkers > 0)
        return;
    m_progressTimer.stop();
    const ProgressSnapshot last = snapshot();
    Q_EMIT progress(last);
    // The end waits on the store: the last batch's commit, then every response read for the run's
    // fingerprint. A helper thread does it, so the window answers meanwhile (bench_gui).
    // The workers' threads end there too: each worker deleted in its own thread (its network
    // access and its connections with it), then the thread stopped and joined.
    auto said = std::make_shared<std::pair<RunStatus, QString>>();
    m_endHelper = QThread::create([this, last, said, threads = std::exchange(m_threads, {}), workers = std::exchange(m_workers, {})] {
        yieldToTheWindow();
        for (size_t i = 0; i < threads.size(); ++i) {
            RunWorker *worker = workers[i];
            QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
            threads[i]->quit();
            threads[i]->wait();
            delete threads[i];
        }
        *said = finishInStore(last);
        m_writer->stop(); // closing the store's connection checkpoints its WAL: here, not on the GUI thread
    });
    m_endHelper->setObjectName(u"quorum-run-end"_qs);
    connect(m_endHelper, &QThread::finished, this, [this, said] {
        m_endHelper->wait();
        delete std::exchange(m_endHelper, nullptr);
        Q_EMIT finished(said->first, said->second);
    });
    m_endHelper->start();
}

std::pair<RunStatus, QString> RunController::finishInStore(const ProgressSnapshot &last)
{
    m_writer->flush();
    if (const QString problem = m_writer->lastError(); !problem.isEmpty()) {
        // The store stopped taking rows (a full disk, a lost server): the run stopped with it, and
        // what it had committed is all that counts. It resumes from there once the store writes again.
        RunsReader queries(*m_options.store);
        const qint64 stored = queries.storedWorkItems(m_state.runId).size();
        return {RunStatus::Failed,
                tr("run %1 stopped: the store could not write (%2). The %3 of %4 work items stored before are kept; "
                   "make room (or fix the store), then resume it: Resume on the Runs page, or quorum-cli run --resume %1")
                    .arg(QString::number(m_state.runId), problem, QString::number(stored), QString::number(last.total))};
    }
    const bool complete = last.done >= last.total;
    const RunStatus status = complete ? RunStatus::Completed : RunStatus::Cancelled;
    QString fingerprint;
    if (complete) {
        RunsReader queries(*m_options.store);
        fingerprint = queries.responseFingerprint(m_state.runId);
    }
    m_writer->submit(RunStatusUpdate{m_state.runId, status, QDateTime::currentMSecsSinceEpoch(), fingerprint});
    m_writer->submit(RunEvent{m_state.runId, QDateTime::currentMSecsSinceEpoch(), runStatusName(status),
                              QStringLiteral("%1 of %2 work items stored, %3 failed").arg(last.done).arg(last.total).arg(last.failed), {}});
    m_writer->flush();
    const QString problem = m_writer->lastError();
    return {status, problem.isEmpty() ? QString() : tr("the store reported: %1").arg(problem)};
}

} // namespace Quorum
