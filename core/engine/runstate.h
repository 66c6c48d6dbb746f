#pragma once

#include "answersource.h"
#include "imagecache.h"

#include "../domain/records.h"
#include "../domain/runplan.h"
#include "../providers/credentials.h"
#include "../providers/providerclient.h"
#include "ratelimiter.h"
#include "../providers/retrypolicy.h"
#include "workplan.h"

#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace Quorum {

class Jury;
class StoreWriter;

// Live figures of a run, as a snapshot the UI or CLI can show without locking anything.
struct ProgressSnapshot
{
    qint64 total = 0;
    qint64 done = 0;            // stored, succeeded or failed
    qint64 failed = 0;
    qint64 inFlight = 0;
    qint64 judgeCalls = 0;
    double callsPerSecond = 0;
    double spendUsd = 0;
    double etaSeconds = 0;
    double elapsedSeconds = 0;
    QHash<QString, qint64> errorsByClass;
    QList<std::pair<qint64, qint64>> perVariant; // done, total — in plan order
    QHash<QString, double> latestTtftByRegion;
    bool paused = false;
};

// Gives each provider client a network manager of its own (Qt opens at most 6 HTTP/1.1
// connections per host and manager; HTTPS providers multiplex over HTTP/2 anyway).
using NetworkSource = std::function<QNetworkAccessManager *()>;
using JuryFactory = std::function<std::unique_ptr<Jury>(const NetworkSource &)>;

// What the workers share: the plan, the store, the queue of work and the counters. Every
// member that changes is guarded by `mutex` or atomic.
struct RunState
{
    RunPlan plan;
    WorkPlan work{RunPlan()};
    StoreWriter *writer = nullptr;
    std::shared_ptr<AnswerSource> answers;      // set: judge these instead of calling the models
    qint64 runId = 0;
    QList<qint64> scenarioIds, variantIds, judgeIds;   // store ids, in plan order
    QProcessEnvironment environment;
    KeychainLookup keychain;
    Timeouts timeouts;
    RetryPolicy retry;
    RateLimiter limiter;
    JuryFactory juryFactory;
    ImageCache images;                          // with vision on: each scenario image read once

    QMutex mutex;
    QWaitCondition resumed;
    std::vector<std::deque<qint64>> pending;    // per variant: work numbers still to do
    std::vector<int> inFlightPerVariant;
    std::vector<qint64> donePerVariant, totalPerVariant;
    int perVariantLimit = 4;
    // With a wait between experiments, experiment e+1 starts only once e is done and the wait
    // has passed; without one, experiments overlap.
    qint64 itemsPerExperiment = 1;
    double experimentWaitMs = 0;
    std::vector<qint64> remainingPerExperiment;
    int currentExperiment = 0;
    double experimentOpensAtMs = 0;
    size_t nextVariant = 0;                     // round-robin start
    qint64 done = 0, failed = 0, judgeCalls = 0;
    double spendUsd = 0;
    double budgetUsd = 0;
    QHash<QString, qint64> errorsByClass;
    QHash<QString, double> latestTtftByRegion;

    std::atomic<bool> cancelled{false};
    std::atomic<bool> paused{false};
    std::atomic<int> inFlight{0};

    // Takes the next work item a lane may start, or -1 when none may start now; `finished`
    // tells whether no work is left at all. Caller holds no lock.
    qint64 take(bool *finished);
    // A lane is done with an item of this variant.
    void release(qint64 number, int variant, bool failed, double costUsd, const QString &errorClass);
    // A lane gives an item up unfinished (the run was cancelled): it stays missing.
    void abandon(int variant);
    QString variantKey(int variant) const;      // model@region, the rate limiter's key
};

} // namespace Quorum
