#include "runworker.h"

#include "../jury/llmjury.h"
#include "../jury/scorers.h"
#include "../providers/imageloader.h"
#include "../providers/providerfactory.h"
#include "../storage/storewriter.h"
#include "localsimulator.h"

#include <QCoroSignal>
#include <QCoroTimer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <cmath>

namespace Quorum {

namespace {
double nowMs()
{
    return double(QDateTime::currentMSecsSinceEpoch());
}

// Waits at least `ms`: a server's Retry-After and the rate limiter's pace are floors, and Qt's
// default (coarse) timers may fire up to 5 % early.
QCoro::Task<void> waitAtLeast(double ms)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(int(std::ceil(ms)));
    co_await qCoro(&timer, &QTimer::timeout);
}
} // namespace

RunWorker::RunWorker(RunState &state, int lanes) : m_state(state), m_lanes(lanes) {}

RunWorker::~RunWorker() = default;

QNetworkAccessManager *RunWorker::newNetwork()
{
    m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    return m_networks.back().get();
}

void RunWorker::start()
{
    const bool judged = !m_state.plan.settings.latencyOnly && !m_state.plan.judges.isEmpty();
    const int clientsPerGroup = int(m_state.plan.models.size() + (judged ? m_state.plan.judges.size() : 0));
    (void)judged;
    m_maxGroups = std::max(1, kMaxNetworks / std::max(1, clientsPerGroup));
    const int groups = std::clamp((m_lanes + 5) / 6, 1, m_maxGroups);
    m_lanesPerGroup = (m_lanes + groups - 1) / groups;
    m_running = m_lanes;
    startLanes(0, m_lanes);
}

void RunWorker::addLanes(int count)
{
    if (m_running == 0 || count <= 0)
        return; // this worker is done: nothing is left for new lanes either
    m_running += count;
    m_lanes += count;
    startLanes(m_lanes - count, m_lanes);
}

void RunWorker::startLanes(int from, int to)
{
    for (int i = from; i < to; ++i)
        QCoro::connect(lane(i), this, [this] {
            if (--m_running == 0)
                Q_EMIT finished();
        });
}

RunWorker::LaneGroup &RunWorker::groupFor(int lane)
{
    const auto wanted = size_t(lane / m_lanesPerGroup);
    while (m_groups.size() <= wanted && m_groups.size() < size_t(m_maxGroups)) {
        LaneGroup &group = m_groups.emplace_back();
        group.clients.resize(size_t(m_state.plan.models.size()));
        if (!m_state.plan.settings.latencyOnly && !m_state.plan.judges.isEmpty()) {
            const NetworkSource networks = [this] { return newNetwork(); };
            group.jury = m_state.juryFactory ? m_state.juryFactory(networks)
                                             : std::make_unique<LlmJury>(servedLocally(m_state.plan), networks, m_state.environment,
                                                                         m_state.keychain, m_state.timeouts);
        }
    }
    return m_groups[std::min(wanted, m_groups.size() - 1)];
}

ProviderClient &RunWorker::client(LaneGroup &group, int variant)
{
    std::unique_ptr<ProviderClient> &c = group.clients[size_t(variant)];
    if (!c) {
        const ModelVariant &m = m_state.plan.models.at(variant);
        c = makeProviderClient(servedLocally(m), newNetwork(), credentialsFor(m, m_state.environment, m_state.keychain), m_state.timeouts);
    }
    return *c;
}

QCoro::Task<void> RunWorker::lane(int index)
{
    using namespace std::chrono_literals;
    LaneGroup &group = groupFor(index);
    while (true) {
        if (m_state.paused && !m_state.cancelled) {
            co_await QCoro::sleepFor(100ms);
            continue;
        }
        bool finished = false;
        const qint64 number = m_state.take(&finished);
        if (number >= 0) {
            co_await process(number, group);
            continue;
        }
        if (finished || m_state.cancelled)
            co_return;
        co_await QCoro::sleepFor(10ms); // every variant at its limit: wait for a lane to free up
    }
}

QCoro::Task<void> RunWorker::process(qint64 number, LaneGroup &group)
{
    const WorkItem item = m_state.work.item(number);
    const Scenario &scenario = m_state.plan.scenarios.at(item.scenario);
    const ModelVariant &variant = m_state.plan.models.at(item.variant);
    const RunSettings &settings = m_state.plan.settings;
    StoreWriter &writer = *m_state.writer;

    InvocationRecord record;
    record.id = writer.allocateId(StoreWriter::Table::Invocations);
    record.runId = m_state.runId;
    record.variantId = m_state.variantIds.at(item.variant);
    record.scenarioId = m_state.scenarioIds.at(item.scenario);
    record.workItem = number;
    record.experiment = item.experiment;
    record.invocationIndex = item.invocation;
    record.temperature = item.temperature;
    record.streamed = settings.streaming;
    record.firstStartAt = QDateTime::currentMSecsSinceEpoch();
    std::vector<WriteOp> ops;
    QElapsedTimer wall;
    wall.start();

    ChatRequest request;
    request.prompt = m_state.plan.promptFor(scenario, variant);
    request.temperature = item.temperature;
    request.maxOutputTokens = outputTokenCap(scenario, settings);
    request.stream = settings.streaming;
    ChatResult result;
    bool ready = true;
    std::optional<StoredAnswer> stored;
    if (m_state.answers) {
        // Judging answers that exist already: no model call.
        ready = false;
        stored = m_state.answers->answer(number);
        if (stored)
            result = stored->result;
        else
            result.error = CallError{ErrorClass::InvalidRequest, tr("there is no answer to judge for this model and scenario"),
                                     0, {}, {}, false};
    } else if (!scenario.image.isEmpty() && settings.vision) { // as 360-eval: images only with vision on
        if (!m_imageNetwork)
            m_imageNetwork = newNetwork();
        const LoadedImage image = co_await m_state.images.get(scenario.image, m_imageNetwork);
        if (image.image) {
            request.image = image.image;
        } else {
            ready = false;
            result.error = CallError{image.errorClass, image.error, 0, {}, {}, false};
        }
    }

    const QString key = m_state.variantKey(item.variant);
    QRandomGenerator rng(quint32(number * 2654435761u));
    int attempt = 0;
    while (ready) {
        ++attempt;
        const double wait = m_state.limiter.reserve(key, variant.targetRpm.value_or(0), nowMs());
        if (wait > 0) {
            record.throttleWaitMs += wait;
            co_await waitAtLeast(wait);
        }
        if (m_state.cancelled && attempt > 1) {
            // Stopped while waiting to retry: store nothing, so a resume runs the item again.
            m_state.abandon(item.variant);
            co_return;
        }
        result = co_await client(group, item.variant).send(request);
        for (const EarlierAttempt &earlier : std::as_const(result.earlierAttempts)) {
            // The client asked again at once (without a feature the server refused): an attempt too.
            AttemptRecord refused;
            refused.invocationId = record.id;
            refused.attemptNo = attempt++;
            refused.startedAt = earlier.startedAt;
            refused.durationMs = earlier.durationMs;
            refused.httpStatus = earlier.httpStatus;
            refused.errorClass = errorClassName(earlier.errorClass);
            refused.reason = earlier.reason.left(500);
            ops.emplace_back(std::move(refused));
        }
        AttemptRecord a;
        a.invocationId = record.id;
        a.attemptNo = attempt;
        a.startedAt = result.metrics.startedAt;
        a.durationMs = result.metrics.ttlbMs;
        a.httpStatus = result.metrics.httpStatus;
        if (result.error) {
            a.errorClass = errorClassName(result.error->errorClass);
            a.reason = result.error->message.left(500);
        }
        if (result.ok()) {
            m_state.limiter.succeeded(key);
            ops.emplace_back(std::move(a));
            break;
        }
        if (result.error->errorClass == ErrorClass::Throttled)
            m_state.limiter.throttled(key);
        const auto delay = m_state.retry.nextDelay(attempt, *result.error, double(wall.elapsed()), rng);
        a.retryDelayMs = delay.value_or(0);
        ops.emplace_back(std::move(a));
        if (!delay)
            break;
        co_await waitAtLeast(*delay);
    }

    const CallMetrics &m = result.metrics;
    record.ok = result.ok();
    record.attempts = std::max(1, attempt);
    record.t0 = m.startedAt > 0 ? m.startedAt : record.firstStartAt;
    record.ttftMs = m.ttftMs;
    record.ttfrMs = m.ttfrMs;
    record.ttlbMs = m.ttlbMs;
    record.wallMs = double(wall.elapsed());
    if (stored) { // as measured when the answer was produced
        record.attempts = stored->attempts;
        record.firstStartAt = stored->firstStartAt;
        record.wallMs = stored->wallMs;
        record.throttleWaitMs = stored->throttleWaitMs;
    }
    record.inputTokens = m.inputTokens;
    record.outputTokens = m.outputTokens;
    record.reasoningTokens = m.reasoningTokens;
    record.tokensEstimated = m.tokensEstimated;
    record.costUsd = m.costUsd(variant);
    record.tierServed = m.tierServed;
    record.httpStatus = m.httpStatus;
    record.responseText = result.text;
    QString errorClass;
    if (result.error) {
        errorClass = errorClassName(result.error->errorClass);
        record.errorClass = errorClass;
        ErrorRecord e;
        e.runId = m_state.runId;
        e.invocationId = record.id;
        e.variantId = record.variantId;
        e.scenarioId = record.scenarioId;
        e.category = ErrorCategory::Api;
        e.errorClass = errorClass;
        e.message = result.error->message;
        e.at = QDateTime::currentMSecsSinceEpoch();
        ops.emplace_back(std::move(e));
    } else if (group.jury) {
        JuryResult outcome = co_await group.jury->judge(scenario, result.text);
        record.juryScore = outcome.score;
        record.juryPass = outcome.passed;
        record.judgesUsed = outcome.judgesUsed;
        record.disputed = outcome.disputed;
        record.judgeCostUsd = outcome.costUsd;
        for (VerdictRecord &v : outcome.verdicts) {
            v.id = writer.allocateId(StoreWriter::Table::Verdicts);
            v.runId = m_state.runId;
            v.invocationId = record.id;
            v.judgeId = m_state.judgeIds.value(int(v.judgeId)); // the jury gives the judge's index
            ops.emplace_back(std::move(v));
        }
        for (ErrorRecord &e : outcome.failures) {
            e.runId = m_state.runId;
            e.invocationId = record.id;
            e.scenarioId = record.scenarioId;
            e.variantId = record.variantId;
            if (e.judgeId)
                e.judgeId = m_state.judgeIds.value(int(*e.judgeId));
            ops.emplace_back(std::move(e));
        }
        QMutexLocker lock(&m_state.mutex);
        m_state.judgeCalls += outcome.verdicts.size();
    }
    if (result.ok() && !settings.scorers.isEmpty()) {
        // Deterministic scorers, stored like verdicts of judges listed after the LLM judges.
        double sum = 0;
        bool allPassed = true;
        for (qsizetype i = 0; i < settings.scorers.size(); ++i) {
            const auto kind = scorerFromName(settings.scorers.at(i));
            if (!kind)
                continue;
            const ScorerResult scored = runScorer(*kind, scenario, result.text);
            VerdictRecord v;
            v.id = writer.allocateId(StoreWriter::Table::Verdicts);
            v.runId = m_state.runId;
            v.invocationId = record.id;
            v.judgeId = m_state.judgeIds.value(int(m_state.plan.judges.size() + i));
            v.overall = v.weighted = 1 + 4 * scored.score; // on the jury's 1–5 scale
            v.passed = scored.passed;
            v.rationaleJson = QString::fromUtf8(QJsonDocument(QJsonObject{{settings.scorers.at(i), scored.detail}}).toJson(QJsonDocument::Compact));
            ops.emplace_back(std::move(v));
            sum += 1 + 4 * scored.score;
            allPassed = allPassed && scored.passed;
        }
        if (!group.jury) { // no LLM jury: the scorers decide
            record.juryScore = sum / double(settings.scorers.size());
            record.juryPass = allPassed;
            record.judgesUsed = int(settings.scorers.size());
        }
    }
    if (m.ttftMs) {
        QMutexLocker lock(&m_state.mutex);
        m_state.latestTtftByRegion.insert(variant.region, *m.ttftMs);
    }
    // Spend: what this run paid for (answers that existed already cost it nothing).
    const double cost = (stored ? 0 : record.costUsd) + record.judgeCostUsd;
    // The invocation and everything about it go to the store together, in one batch.
    ops.insert(ops.begin(), WriteOp(std::move(record)));
    writer.submit(std::move(ops));
    m_state.release(number, item.variant, !result.ok(), cost, errorClass);
}

} // namespace Quorum
