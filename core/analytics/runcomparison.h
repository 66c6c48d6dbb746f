#pragma once

#include "itemcomparison.h"
#include "../storage/invocationreader.h"
#include "../storage/runsreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Comparisons of stored runs (docs/METRICS.md): one variant against another, item by item, and
// a whole run against another (a baseline) with its variants matched, the false alarms of many
// tests controlled, and the regressions listed.
namespace Quorum {

// What makes two runs' variants the same one: provider-qualified model id, region and tier.
QString variantIdentity(const VariantInfo &v);

// A variant of run `runId` named by its leaderboard label (model@region#tier) or, when only one
// variant has it, its model id. nullopt and `error` (what the run has) when none or several match.
std::optional<VariantInfo> findVariant(const QList<VariantInfo> &variants, qint64 runId, const QString &name, QString *error);

// Every invocation of one variant of a run (variantId −1: of every variant), in work-item order,
// for lining up (taskType: only that task type's scenarios).
QList<InvocationRow> variantItems(InvocationReader &queries, qint64 runId, qint64 variantId, const QString &taskType = {});

// Variant B of run B against variant A of run A (the same run for two variants of one run).
std::optional<ItemComparison> compareVariantItems(const QString &store, qint64 runA, const QString &variantA, qint64 runB,
                                                  const QString &variantB, QString *error, const QString &taskType = {},
                                                  const ComparisonOptions &options = {});

// Run B against run A: each variant of B against the variant of A with the same model id,
// region and tier (`renames` maps a label or model id of A to the label of B it became).
struct RunComparison
{
    qint64 runA = 0, runB = 0;
    struct Variant
    {
        VariantInfo a, b;
        ItemComparison items;
    };
    QList<Variant> variants;            // in B's order
    QStringList onlyInA, onlyInB;       // labels of variants the other run lacks
};
std::optional<RunComparison> compareRuns(const QString &store, qint64 runA, qint64 runB, const QHash<QString, QString> &renames,
                                         QString *error, const ComparisonOptions &options = {});

// A run checked against a baseline (docs/METRICS.md, "Many comparisons at once"): per variant,
// success rate (McNemar) and mean score (paired bootstrap), each p-value adjusted over all the
// tests; a regression is significantly worse after adjustment and by at least the minimum effect.
struct BaselineRules
{
    enum class Correction { Holm, Bonferroni, None };
    Correction correction = Correction::Holm;
    double level = 0.05;
    double minSuccessDrop = 0.05;       // success rate, 0 … 1
    double minScoreDrop = 0.25;         // mean jury score, on its own scale
};
std::optional<BaselineRules::Correction> correctionFromName(const QString &name); // holm | bonferroni | none
QString correctionName(BaselineRules::Correction correction);

struct BaselineCheck
{
    struct Test
    {
        QString variant;                // B's label
        QString metric;                 // success_rate | mean_score
        double difference = 0;          // B − baseline
        double p = 1, adjustedP = 1;
        bool regression = false;
    };
    RunComparison comparison;
    BaselineRules rules;
    QList<Test> tests;                  // two per matched variant, in the comparison's order
    bool regressed() const;
    QJsonObject toJson() const;
};
BaselineCheck checkAgainstBaseline(RunComparison comparison, const BaselineRules &rules);

} // namespace Quorum
