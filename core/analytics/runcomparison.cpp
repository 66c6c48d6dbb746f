#include "runcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RunComparison", text); }

QString sideName(qint64 runId, const VariantInfo &v)
{
    return tr("run %1 · %2").arg(runId).arg(v.label);
}
} // namespace

QString variantIdentity(const VariantInfo &v)
{
    return v.modelId + u'\x1f' + v.region + u'\x1f' + v.tier;
}

std::optional<VariantInfo> findVariant(const QList<VariantInfo> &variants, qint64 runId, const QString &name, QString *error)
{
    QList<VariantInfo> matches;
    for (const VariantInfo &v : variants)
        if (v.label == name)
            return v;
    for (const VariantInfo &v : variants)
        if (v.modelId == name)
            matches.append(v);
    if (matches.size() == 1)
        return matches.first();
    QStringList labels;
    for (const VariantInfo &v : variants)
        labels << v.label;
    *error = (matches.isEmpty() ? tr("run %1 has no variant \"%2\"; it has: %3") : tr("run %1 has several variants of \"%2\"; name one of: %3"))
                 .arg(runId).arg(name, labels.join(u", "));
    return std::nullopt;
}

QList<InvocationRow> variantItems(InvocationReader &queries, qint64 runId, qint64 variantId, const QString &taskType)
{
    InvocationFilter filter;
    filter.variantId = variantId;
    filter.taskType = taskType;
    filter.limit = std::numeric_limits<int>::max();
    return queries.invocations(runId, filter);
}

std::optional<ItemComparison> compareVariantItems(const QString &store, qint64 runA, const QString &variantA, qint64 runB,
                                                  const QString &variantB, QString *error, const QString &taskType,
                                                  const ComparisonOptions &options)
{
    RunsReader queries(store);
    InvocationReader invocations(store);
    const auto a = findVariant(queries.variantInfo(runA, false), runA, variantA, error);
    const auto b = a ? findVariant(queries.variantInfo(runB, false), runB, variantB, error) : std::nullopt;
    if (!queries.error().isEmpty())
        *error = queries.error();
    if (!a || !b || !queries.error().isEmpty())
        return std::nullopt;
    ItemComparison c = compareItems(variantItems(invocations, runA, a->id, taskType), variantItems(invocations, runB, b->id, taskType), options);
    if (!invocations.error().isEmpty()) {
        *error = invocations.error();
        return std::nullopt;
    }
    c.a = runA == runB ? a->label : sideName(runA, *a);
    c.b = runA == runB ? b->label : sideName(runB, *b);
    if (c.pairs == 0) {
        *error = taskType.isEmpty() ? tr("%1 and %2 have no judged item in common").arg(c.a, c.b)
                                    : tr("%1 and %2 have no judged %3 item in common").arg(c.a, c.b, taskType);
        return std::nullopt;
    }
    return c;
}

std::optional<RunComparison> compareRuns(const QString &store, qint64 runA, qint64 runB, const QHash<QString, QString> &renames,
                                         QString *error, const ComparisonOptions &options)
{
    RunsReader queries(store);
    InvocationReader invocations(store);
    const QList<VariantInfo> inA = queries.variantInfo(runA, false);
    const QList<VariantInfo> inB = queries.variantInfo(runB, false);
    if (!queries.error().isEmpty()) {
        *error = queries.error();
        return std::nullopt;
    }
    for (const auto &[runId, list] : {std::pair{runA, &inA}, std::pair{runB, &inB}})
        if (list->isEmpty()) {
            *error = tr("run %1 has no variants (is it in this store?)").arg(runId);
            return std::nullopt;
        }
    // B's variant each of A's becomes: the one renamed to, else the one with its identity.
    QHash<QString, qsizetype> bByIdentity, bByLabel;
    for (qsizetype i = 0; i < inB.size(); ++i) {
        bByIdentity.insert(variantIdentity(inB.at(i)), i);
        bByLabel.insert(inB.at(i).label, i);
    }
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        QString why;
        if (!findVariant(inA, runA, it.key(), &why) || !findVariant(inB, runB, it.value(), &why)) {
            *error = tr("--map %1=%2: %3").arg(it.key(), it.value(), why);
            return std::nullopt;
        }
    }
    RunComparison out;
    out.runA = runA;
    out.runB = runB;
    QList<qsizetype> partnerOfB(inB.size(), -1);
    for (qsizetype i = 0; i < inA.size(); ++i) {
        const VariantInfo &a = inA.at(i);
        qsizetype j = -1;
        const QString renamed = renames.value(a.label, renames.value(a.modelId));
        if (!renamed.isEmpty()) {
            QString why;
            j = bByLabel.value(findVariant(inB, runB, renamed, &why)->label, -1);
        } else {
            j = bByIdentity.value(variantIdentity(a), -1);
        }
        if (j < 0 || partnerOfB[j] >= 0)
            out.onlyInA << a.label;
        else
            partnerOfB[j] = i;
    }
    // Each run's invocations read once, in one pass in work-item order, then split by variant (a
    // read per variant would scan the run once for each).
    auto byVariant = [&invocations](qint64 runId) {
        QHash<qint64, QList<InvocationRow>> split;
        for (InvocationRow &r : variantItems(invocations, runId, -1))
            split[r.variantId].append(std::move(r));
        return split;
    };
    const QHash<qint64, QList<InvocationRow>> itemsA = byVariant(runA);
    const QHash<qint64, QList<InvocationRow>> itemsB = runB == runA ? itemsA : byVariant(runB);
    for (qsizetype j = 0; j < inB.size(); ++j) {
        if (partnerOfB[j] < 0) {
            out.onlyInB << inB.at(j).label;
            continue;
        }
        const VariantInfo &a = inA.at(partnerOfB[j]);
        RunComparison::Variant v{a, inB.at(j), compareItems(itemsA.value(a.id), itemsB.value(inB.at(j).id), options)};
        v.items.a = sideName(runA, a);
        v.items.b = sideName(runB, inB.at(j));
        out.variants.append(v);
    }
    if (!invocations.error().isEmpty()) {
        *error = invocations.error();
        return std::nullopt;
    }
    if (out.variants.isEmpty()) {
        *error = tr("runs %1 and %2 have no variant in common (same model id, region and tier); variants of %1: %3; of %2: %4"
                    " (--map A=B matches a renamed one)")
                     .arg(runA).arg(runB).arg(out.onlyInA.join(u", "), out.onlyInB.join(u", "));
        return std::nullopt;
    }
    return out;
}

std::optional<BaselineRules::Correction> correctionFromName(const QString &name)
{
    for (const auto c : {BaselineRules::Correction::Holm, BaselineRules::Correction::Bonferroni, BaselineRules::Correction::None})
        if (correctionName(c) == name)
            return c;
    return std::nullopt;
}

QString correctionName(BaselineRules::Correction correction)
{
    switch (correction) {
    case BaselineRules::Correction::Bonferroni: return u"bonferroni"_qs;
    case BaselineRules::Correction::None: return u"none"_qs;
    case BaselineRules::Correction::Holm: break;
    }
    return u"holm"_qs;
}

BaselineCheck checkAgainstBaseline(RunComparison comparison, const BaselineRules &rules)
{
    BaselineCheck check;
    check.comparison = std::move(comparison);
    check.rules = rules;
    std::vector<double> p;
    for (const RunComparison::Variant &v : check.comparison.variants) {
        const ItemComparison &c = v.items;
        check.tests.append({v.b.label, u"success_rate"_qs, c.successDifference, c.mcnemarP, 1, false});
        p.push_back(c.mcnemarP);
        check.tests.append({v.b.label, u"mean_score"_qs, c.scoreDifference.value_or(0), c.scoreDifference ? c.scoreP : 1.0, 1, false});
        p.push_back(check.tests.last().p);
    }
    std::vector<double> adjusted = p;
    if (rules.correction == BaselineRules::Correction::Holm)
        adjusted = Stats::holmAdjusted(p);
    else if (rules.correction == BaselineRules::Correction::Bonferroni)
        for (double &x : adjusted)
            x = std::min(1.0, x * double(p.size()));
    for (qsizetype i = 0; i < check.tests.size(); ++i) {
        BaselineCheck::Test &t = check.tests[i];
        t.adjustedP = adjusted[size_t(i)];
        const ItemComparison &c = check.comparison.variants.at(i / 2).items;
        const bool success = t.metric == u"success_rate";
        // Worse beyond chance: the interval below zero, the adjusted p under the level, and by the minimum effect.
        const auto &ci = success ? c.successCi : c.scoreCi;
        t.regression = ci && ci->high < 0 && t.adjustedP <= rules.level
                       && -t.difference >= (success ? rules.minSuccessDrop : rules.minScoreDrop);
    }
    return check;
}

bool BaselineCheck::regressed() const
{
    return std::any_of(tests.cbegin(), tests.cend(), [](const Test &t) { return t.regression; });
}

QJsonObject BaselineCheck::toJson() const
{
    QJsonArray variants;
    for (qsizetype i = 0; i < comparison.variants.size(); ++i) {
        const RunComparison::Variant &v = comparison.variants.at(i);
        QJsonObject o = v.items.toJson(true);
        o.insert(u"variant"_qs, v.b.label);
        o.insert(u"baseline_variant"_qs, v.a.label);
        for (const Test &t : {tests.at(2 * i), tests.at(2 * i + 1)})
            o.insert(t.metric + u"_test"_qs, QJsonObject{{u"p"_qs, t.p}, {u"adjusted_p"_qs, t.adjustedP}, {u"regression"_qs, t.regression}});
        variants.append(o);
    }
    return {{u"baseline_run_id"_qs, comparison.runA},
            {u"run_id"_qs, comparison.runB},
            {u"correction"_qs, correctionName(rules.correction)},
            {u"level"_qs, rules.level},
            {u"min_success_drop"_qs, rules.minSuccessDrop},
            {u"min_score_drop"_qs, rules.minScoreDrop},
            {u"regressed"_qs, regressed()},
            {u"variants"_qs, variants},
            {u"only_in_baseline"_qs, QJsonArray::fromStringList(comparison.onlyInA)},
            {u"only_in_run"_qs, QJsonArray::fromStringList(comparison.onlyInB)}};
}

} // namespace Quorum
