#pragma once

#include "statistics.h"
#include "../storage/runsreader.h"

#include <QList>
#include <QString>

#include <optional>

// Repeats and flakiness of one stored run (docs/METRICS.md, "Repeats and flakiness"): per
// variant, over the scenarios answered k ≥ 2 times at one temperature (invocations or
// experiments), pass@1 beside pass^k, and the scenarios whose verdict flips across repeats.
namespace Quorum {

struct FlakyScenario
{
    QString scenarioKey;
    QString promptStart;                // the prompt's first characters (InvocationRow::promptStart)
    QString taskType;
    double temperature = 0;
    int repeats = 0;                    // with a verdict
    int passed = 0;
};

struct VariantFlakiness
{
    VariantInfo variant;
    std::optional<Stats::RepeatSummary> summary; // nullopt: no scenario was repeated
    QList<FlakyScenario> flaky;         // in work-item order of their first repeat
};

QList<VariantFlakiness> flakiness(const QString &store, qint64 runId, QString *error);

} // namespace Quorum
