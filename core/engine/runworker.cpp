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
#include <QUuid>

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

// What one work item gathers on its way to the store: the invocation row and every row about it
// (attempts, errors, verdicts), which go to the store together, in one batch.
struct RunWorker::Pending
{
    qint64 number = 0;
    WorkItem item;
    InvocationRecord record;
    std::vector<WriteOp> ops;
    QElapsedTimer wall;
    ChatRequest request;
    ChatResult result;
    std::optional<StoredAnswer> stored;     // judging an answer that exists already
    bool callModel = true;
};

QCoro::Task<void> RunWorker::process(qint64 number, LaneGroup &group)
{
    Pending p = begin(number);
    co_await prepareInput(p);
    if (p.callModel && !(co_await callWithRetries(p, group))) {
        m_state.abandon(p.item.variant); // stopped while waiting to retry: stored nothing, a resume runs it again
        co_return;
    }
    recordResult(p);
    const QString &ownScorer = m_state.plan.scenarios.at(p.item.scenario).scorer; // decides in place of the jury
    if (p.result.ok() && group.jury && ownScorer.isEmpty())
        co_await judge(p, *group.jury);
    if (p.result.ok() && (!m_state.plan.settings.scorers.isEmpty() || !ownScorer.isEmpty()))
        score(p, group.jury != nullptr && ownScorer.isEmpty());
    finish(p);
}

RunWorker::Pending RunWorker::begin(qint64 number)
{
    Pending p;
    p.number = number;
    p.item = m_state.work.item(number);
    const Scenario &scenario = m_state.plan.scenarios.at(p.item.scenario);
    const RunSettings &settings = m_state.plan.settings;
    InvocationRecord &r = p.record;
    r.id = m_state.writer->allocateId(StoreWriter::Table::Invocations);
    r.runId = m_state.runId;
    r.variantId = m_state.variantIds.at(p.item.variant);
    r.scenarioId = m_state.scenarioIds.at(p.item.scenario);
    r.workItem = number;
    r.experiment = p.item.experiment;
    r.invocationIndex = p.item.invocation;
    r.temperature = p.item.temperature;
    r.streamed = settings.streaming;
    r.firstStartAt = QDateTime::currentMSecsSinceEpoch();
    p.wall.start();
    p.request.prompt = m_state.plan.promptFor(scenario, m_state.plan.models.at(p.item.variant));
    p.request.temperature = p.item.temperature;
    p.request.maxOutputTokens = outputTokenCap(scenario, settings);
    p.request.stream = settings.streaming;
    return p;
}

QCoro::Task<void> RunWorker::prepareInput(Pending &p)
{
    const Scenario &scenario = m_state.plan.scenarios.at(p.item.scenario);
    if (m_state.answers) { // judging answers that exist already: no model call
        p.callModel = false;
        p.stored = m_state.answers->answer(p.number);
        if (p.stored)
            p.result = p.stored->result;
        else
            p.result.error = CallError{ErrorClass::InvalidRequest, tr("there is no answer to judge for this model and scenario"),
                                       0, {}, {}, false};
    } else if (!scenario.image.isEmpty() && m_state.plan.settings.vision) { // as 360-eval: images only with vision on
        if (!m_imageNetwork)
            m_imageNetwork = newNetwork();
        const LoadedImage image = co_await m_state.images.get(scenario.image, m_imageNetwork);
        if (image.image) {
            p.request.image = image.image;
        } else {
            p.callModel = false;
            p.result.error = CallError{image.errorClass, image.error, 0, {}, {}, false};
        }
    }
}

QCoro::Task<bool> RunWorker::callWithRetries(Pending &p, LaneGroup &group)
{
    const ModelVariant &variant = m_state.plan.models.at(p.item.variant);
    const QString key = m_state.variantKey(p.item.variant);
    QRandomGenerator rng(quint32(p.number * 2654435761u));
    int attempt = 0;
    p.request.maxAttempts = m_state.retry.maxAttempts;
    p.request.callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    while (true) {
        ++attempt;
        p.request.attempt = attempt;
        const double wait = m_state.limiter.reserve(key, variant.targetRpm.value_or(0), nowMs());
        if (wait > 0) {
            p.record.throttleWaitMs += wait;
            co_await waitAtLeast(wait);
        }
        if (m_state.cancelled && attempt > 1)
            co_return false;
        p.result = co_await client(group, p.item.variant).send(p.request);
        for (const EarlierAttempt &earlier : std::as_const(p.result.earlierAttempts)) {
            // The client asked again at once (without a feature the server refused): an attempt too.
            AttemptRecord refused;
            refused.invocationId = p.record.id;
            refused.attemptNo = attempt++;
            refused.startedAt = earlier.startedAt;
            refused.durationMs = earlier.durationMs;
            refused.httpStatus = earlier.httpStatus;
            refused.errorClass = errorClassName(earlier.errorClass);
            refused.reason = earlier.reason.left(500);
            p.ops.emplace_back(std::move(refused));
        }
        AttemptRecord a;
        a.invocationId = p.record.id;
        a.attemptNo = attempt;
        a.startedAt = p.result.metrics.startedAt;
        a.durationMs = p.result.metrics.ttlbMs;
        a.httpStatus = p.result.metrics.httpStatus;
        p.record.attempts = attempt;
        if (p.result.ok()) {
            m_state.limiter.succeeded(key);
            p.ops.emplace_back(std::move(a));
            co_return true;
        }
        a.errorClass = errorClassName(p.result.error->errorClass);
        a.reason = p.result.error->message.left(500);
        if (p.result.error->errorClass == ErrorClass::Throttled)
            m_state.limiter.throttled(key);
        const auto delay = m_state.retry.nextDelay(attempt, *p.result.error, double(p.wall.elapsed()), rng);
        a.retryDelayMs = delay.value_or(0);
        p.ops.emplace_back(std::move(a));
        if (!delay)
            co_return true; // given up: the failure is the result
        co_await waitAtLeast(*delay);
    }
}

void RunWorker::recordResult(Pending &p)
{
    const CallMetrics &m = p.result.metrics;
    InvocationRecord &r = p.record;
    r.ok = p.result.ok();
    r.attempts = std::max(1, r.attempts);
    r.t0 = m.startedAt > 0 ? m.startedAt : r.firstStartAt;
    r.ttftMs = m.ttftMs;
    r.ttfrMs = m.ttfrMs;
    r.ttlbMs = m.ttlbMs;
    r.wallMs = double(p.wall.elapsed());
    if (p.stored) { // as measured when the answer was produced
        r.attempts = p.stored->attempts;
        r.firstStartAt = p.stored->firstStartAt;
        r.wallMs = p.stored->wallMs;
        r.throttleWaitMs = p.stored->throttleWaitMs;
    }
    r.inputTokens = m.inputTokens;
    r.outputTokens = m.outputTokens;
    r.cacheReadTokens = m.cacheReadTokens;
    r.cacheWriteTokens = m.cacheWriteTokens;
    r.reasoningTokens = m.reasoningTokens;
    r.tokensEstimated = m.tokensEstimated;
    r.costUsd = m.costUsd(m_state.plan.models.at(p.item.variant));
    r.tierServed = m.tierServed;
    r.httpStatus = m.httpStatus;
    r.responseText = p.result.text;
    if (!p.result.error)
        return;
    r.errorClass = errorClassName(p.result.error->errorClass);
    ErrorRecord e;
    e.runId = m_state.runId;
    e.invocationId = r.id;
    e.variantId = r.variantId;
    e.scenarioId = r.scenarioId;
    e.category = ErrorCategory::Api;
    e.errorClass = r.errorClass;
    e.message = p.result.error->message;
    e.at = QDateTime::currentMSecsSinceEpoch();
    p.ops.emplace_back(std::move(e));
}

QCoro::Task<void> RunWorker::judge(Pending &p, Jury &jury)
{
    JuryResult outcome = co_await jury.judge(m_state.plan.scenarios.at(p.item.scenario), p.result.text);
    InvocationRecord &r = p.record;
    r.juryScore = outcome.score;
    r.juryPass = outcome.passed;
    r.judgesUsed = outcome.judgesUsed;
    r.disputed = outcome.disputed;
    r.judgeCostUsd = outcome.costUsd;
    for (VerdictRecord &v : outcome.verdicts) {
        v.id = m_state.writer->allocateId(StoreWriter::Table::Verdicts);
        v.runId = m_state.runId;
        v.invocationId = r.id;
        v.judgeId = m_state.judgeIds.value(int(v.judgeId)); // the jury gives the judge's index
        p.ops.emplace_back(std::move(v));
    }
    for (ErrorRecord &e : outcome.failures) {
        e.runId = m_state.runId;
        e.invocationId = r.id;
        e.scenarioId = r.scenarioId;
        e.variantId = r.variantId;
        if (e.judgeId)
            e.judgeId = m_state.judgeIds.value(int(*e.judgeId));
        p.ops.emplace_back(std::move(e));
    }
    QMutexLocker lock(&m_state.mutex);
    m_state.judgeCalls += outcome.verdicts.size();
}

void RunWorker::score(Pending &p, bool juryDecides)
{
    // Deterministic scorers, stored like verdicts of judges listed after the LLM judges.
    const Scenario &scenario = m_state.plan.scenarios.at(p.item.scenario);
    const QStringList all = m_state.plan.scorersUsed();
    const QStringList scorers = scenario.scorer.isEmpty() ? m_state.plan.settings.scorers : QStringList{scenario.scorer};
    double sum = 0;
    bool allPassed = true;
    for (const QString &name : scorers) {
        const auto kind = scorerFromName(name);
        if (!kind)
            continue;
        const ScorerResult scored = runScorer(*kind, scenario, p.result.text);
        VerdictRecord v;
        v.id = m_state.writer->allocateId(StoreWriter::Table::Verdicts);
        v.runId = m_state.runId;
        v.invocationId = p.record.id;
        v.judgeId = m_state.judgeIds.value(int(m_state.plan.judges.size() + all.indexOf(name)));
        v.overall = v.weighted = 1 + 4 * scored.score; // on the jury's 1–5 scale
        v.passed = scored.passed;
        v.rationaleJson = QString::fromUtf8(QJsonDocument(QJsonObject{{name, scored.detail}}).toJson(QJsonDocument::Compact));
        p.ops.emplace_back(std::move(v));
        sum += 1 + 4 * scored.score;
        allPassed = allPassed && scored.passed;
    }
    if (!juryDecides) { // no LLM jury: the scorers decide
        p.record.juryScore = sum / double(scorers.size());
        p.record.juryPass = allPassed;
        p.record.judgesUsed = int(scorers.size());
    }
}

void RunWorker::finish(Pending &p)
{
    if (p.record.ttftMs) {
        QMutexLocker lock(&m_state.mutex);
        m_state.latestTtftByRegion.insert(m_state.plan.models.at(p.item.variant).region, *p.record.ttftMs);
    }
    // Spend: what this run paid for (answers that existed already cost it nothing).
    const double cost = (p.stored ? 0 : p.record.costUsd) + p.record.judgeCostUsd;
    const bool failed = !p.result.ok();
    const QString errorClass = p.record.errorClass;
    p.ops.insert(p.ops.begin(), WriteOp(std::move(p.record)));
    m_state.writer->submit(std::move(p.ops));
    m_state.release(p.number, p.item.variant, failed, cost, errorClass);
}

} // namespace Quorum
