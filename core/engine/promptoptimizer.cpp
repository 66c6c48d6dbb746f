#include "promptoptimizer.h"
#include "localsimulator.h"

#include "../providers/providerfactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PromptOptimizer", text); }
}

QCoro::Task<RunPlan> optimizePrompts(RunPlan plan, QProcessEnvironment environment, KeychainLookup keychain, QStringList *notes,
                                     Timeouts timeouts)
{
    const PromptOptimization mode = plan.settings.promptOptimization;
    if (mode == PromptOptimization::None)
        co_return plan;
    QNetworkAccessManager network;
    struct Job
    {
        QString key;
        QString label;
        QString scenario;
    };
    std::vector<std::unique_ptr<ProviderClient>> optimizers;
    std::vector<Job> jobs;
    std::vector<QCoro::Task<ChatResult>> calls;
    QList<int> optimizable; // indices into plan.models
    for (int i = 0; i < plan.models.size(); ++i) {
        const ModelVariant &m = plan.models.at(i);
        auto optimizer = makePromptOptimizer(servedLocally(m), &network, withSimulatorKeys(m, credentialsFor(m, environment, keychain)), timeouts);
        if (!optimizer) {
            notes->append(tr("%1: prompt optimization works with Bedrock models only; it is asked the original prompts").arg(m.label()));
            continue;
        }
        optimizable << i;
        for (const Scenario &s : std::as_const(plan.scenarios)) {
            const QString key = optimizedPromptKey(s.id, m);
            if (plan.optimizedPrompts.contains(key)
                || std::any_of(jobs.cbegin(), jobs.cend(), [&](const Job &j) { return j.key == key; }))
                continue; // the same model in another tier: one rewrite serves both
            ChatRequest request;
            request.prompt = s.prompt;
            request.stream = true;
            jobs.push_back({key, m.label(), s.id});
            calls.push_back(optimizer->send(request)); // runs to its first wait: all calls go out together
        }
        optimizers.push_back(std::move(optimizer));
    }
    for (size_t i = 0; i < calls.size(); ++i) {
        const ChatResult result = co_await calls[i];
        if (result.ok() && !result.text.trimmed().isEmpty())
            plan.optimizedPrompts.insert(jobs[i].key, result.text);
        else
            notes->append(tr("%1, scenario %2: the prompt could not be optimized (%3); the original is used")
                              .arg(jobs[i].label, jobs[i].scenario,
                                   result.error ? errorClassName(result.error->errorClass) + u": "_qs + result.error->message
                                                : tr("an empty prompt came back")));
    }
    if (mode == PromptOptimization::OptimizeOnly) {
        for (const int i : std::as_const(optimizable))
            plan.models[i].optimizedPrompts = true;
    } else {
        for (const int i : std::as_const(optimizable)) {
            ModelVariant copy = plan.models.at(i);
            copy.optimizedPrompts = true;
            plan.models << copy;
        }
    }
    co_return plan;
}

} // namespace Quorum
