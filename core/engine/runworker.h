#pragma once

#include "runstate.h"

#include <QObject>
#include <QCoroTask>

#include <deque>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Quorum {

class Jury;

// One worker thread's share of a run: its own network manager and provider clients, and a
// number of lanes, each taking work items from the shared state until none is left.
class RunWorker final : public QObject
{
    Q_OBJECT

public:
    RunWorker(RunState &state, int lanes);
    ~RunWorker() override;

    // Call in the worker's thread (queued): starts the lanes.
    void start();
    // Call in the worker's thread (queued): more lanes, when the run's parallelism is raised.
    void addLanes(int count);

Q_SIGNALS:
    void finished();

private:
    // Lanes share provider clients in groups. Each client has its own network manager, and Qt
    // opens at most 6 HTTP/1.1 connections per host and manager: groups of 6 lanes never queue
    // behind each other (HTTPS providers multiplex over HTTP/2 anyway). Managers cost a thread
    // each, so a worker keeps at most kMaxNetworks of them; past that, groups grow.
    struct LaneGroup
    {
        std::vector<std::unique_ptr<ProviderClient>> clients; // per variant, made on first use
        std::unique_ptr<Jury> jury;
    };
    static constexpr int kMaxNetworks = 64;

    QCoro::Task<void> lane(int index);
    void startLanes(int from, int to);
    LaneGroup &groupFor(int lane);
    // One work item, step by step: begin, prepareInput (a stored answer or an image),
    // callWithRetries (false: abandoned on cancel), recordResult, judge and score, finish (store).
    struct Pending;
    QCoro::Task<void> process(qint64 number, LaneGroup &group);
    Pending begin(qint64 number);
    QCoro::Task<void> prepareInput(Pending &p);
    QCoro::Task<bool> callWithRetries(Pending &p, LaneGroup &group);
    void recordResult(Pending &p);
    QCoro::Task<void> judge(Pending &p, Jury &jury);
    void score(Pending &p, bool juryDecides);
    void finish(Pending &p);
    ProviderClient &client(LaneGroup &group, int variant);

    RunState &m_state;
    int m_lanes;
    int m_running = 0;
    QNetworkAccessManager *newNetwork();
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::deque<LaneGroup> m_groups;     // a deque: lanes keep references to their group as it grows
    int m_lanesPerGroup = 6;
    int m_maxGroups = 1;
    QNetworkAccessManager *m_imageNetwork = nullptr;
};

} // namespace Quorum
