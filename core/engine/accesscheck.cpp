#include "accesscheck.h"
#include "localsimulator.h"

#include "../providers/providerfactory.h"

#include <QNetworkAccessManager>

namespace Quorum {

QCoro::Task<QList<AccessProblem>> checkAccess(RunPlan plan, QProcessEnvironment environment, KeychainLookup keychain,
                                              Timeouts timeouts)
{
    QNetworkAccessManager network;
    struct Probe
    {
        std::unique_ptr<ProviderClient> client;
        QString label;
        bool isJudge;
        int index;
    };
    std::vector<Probe> probes;
    auto add = [&](const ModelVariant &m, bool judge, int index) {
        probes.push_back({makeProviderClient(servedLocally(m), &network, credentialsFor(m, environment, keychain), timeouts), m.label(), judge, index});
    };
    for (int i = 0; i < plan.models.size(); ++i)
        add(plan.models.at(i), false, i);
    if (!plan.settings.latencyOnly)
        for (int i = 0; i < plan.judges.size(); ++i)
            add(plan.judges.at(i), true, i);

    ChatRequest ping;
    ping.prompt = QStringLiteral("Reply with the single word OK.");
    ping.maxOutputTokens = 16;
    ping.temperature = 0;
    ping.stream = false;
    std::vector<QCoro::Task<ChatResult>> calls;
    for (Probe &probe : probes) // a task runs until its first wait as soon as it is made: all at once
        calls.push_back(probe.client->send(ping));
    QList<AccessProblem> problems;
    for (size_t i = 0; i < calls.size(); ++i) {
        const ChatResult result = co_await calls[i];
        // A throttled answer still proves the access; anything else that failed does not.
        if (result.error && result.error->errorClass != ErrorClass::Throttled)
            problems.append({probes[i].label, probes[i].isJudge, probes[i].index, result.error->errorClass, result.error->message});
    }
    co_return problems;
}

RunPlan withoutFailing(const RunPlan &plan, const QList<AccessProblem> &problems)
{
    RunPlan out = plan;
    out.models.clear();
    out.judges.clear();
    auto failed = [&](bool judge, int index) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const AccessProblem &p) { return p.isJudge == judge && p.index == index; });
    };
    for (int i = 0; i < plan.models.size(); ++i)
        if (!failed(false, i))
            out.models << plan.models.at(i);
    for (int i = 0; i < plan.judges.size(); ++i)
        if (!failed(true, i))
            out.judges << plan.judges.at(i);
    return out;
}

} // namespace Quorum
