#pragma once

#include "runstate.h"

#include <QObject>
#include <QCoroTask>

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

Q_SIGNALS:
    void finished();

private:
    QCoro::Task<void> lane();
    QCoro::Task<void> process(qint64 number);
    ProviderClient &client(int variant);

    RunState &m_state;
    int m_lanes;
    int m_running = 0;
    QNetworkAccessManager *newNetwork();
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::vector<std::unique_ptr<ProviderClient>> m_clients;
    std::unique_ptr<Jury> m_jury;
    QNetworkAccessManager *m_imageNetwork = nullptr;
};

} // namespace Quorum
