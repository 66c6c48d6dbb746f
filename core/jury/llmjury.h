#pragma once

#include "../domain/runplan.h"
#include "../providers/credentials.h"
#include "../providers/providerclient.h"
#include "judgetemplate.h"
#include "jury.h"

#include <functional>
#include <memory>
#include <vector>

namespace Quorum {

// The six dimensions every judge scores (METRICS.md).
QStringList coreDimensions();
// What a judge is asked to score for a scenario: the core dimensions, then the scenario's own
// metrics (or else the run-wide ones), then any weighted criteria categories.
QStringList dimensionsFor(const Scenario &scenario, const RunPlan &plan);

// A panel of judge models: each scores the answer once (with one repair call if its verdict
// cannot be read); valid verdicts are combined by the run's pass rule (METRICS.md).
class LlmJury final : public Jury
{
public:
    LlmJury(RunPlan plan, const std::function<QNetworkAccessManager *()> &networks, const QProcessEnvironment &environment,
            const KeychainLookup &keychain, Timeouts timeouts);
    QCoro::Task<JuryResult> judge(const Scenario &scenario, QString answer) override;

private:
    struct Vote
    {
        VerdictRecord verdict;
        std::optional<ErrorRecord> failure;
        QHash<QString, int> scores;     // empty when the verdict is not valid
        double weighted = 0;
    };
    QCoro::Task<Vote> ask(int judge, const Scenario &scenario, const QString &answer, const QStringList &dimensions);

    RunPlan m_plan;
    JudgeTemplate m_template;
    std::vector<std::unique_ptr<ProviderClient>> m_judges;
};

} // namespace Quorum
