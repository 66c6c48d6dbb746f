#include "publishedscores.h"

#include "catalogtext.h"
#include "figures.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("PublishedScores", text, disambiguation);
}

// The benchmarks a sentence may speak of, the broadest first.
const QStringList kHeadlines = {u"MMLU-Pro"_qs, u"Artificial Analysis Intelligence Index"_qs, u"GPQA Diamond"_qs,
                                u"Humanity's Last Exam"_qs, u"LiveCodeBench"_qs};

// 1 + how many are strictly better: ties share a rank.
int rankOf(double value, const QList<double> &all)
{
    return 1 + int(std::count_if(all.cbegin(), all.cend(), [&](double other) { return other > value + 1e-12; }));
}
} // namespace

QString ordinal(int n)
{
    const int lastTwo = n % 100, last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        return tr("%1th", "ordinal").arg(n);
    switch (last) {
    case 1: return tr("%1st", "ordinal").arg(n);
    case 2: return tr("%1nd", "ordinal").arg(n);
    case 3: return tr("%1rd", "ordinal").arg(n);
    default: return tr("%1th", "ordinal").arg(n);
    }
}

PublishedComparison comparePublished(const Leaderboard &board, const QList<VariantInfo> &variants, const ModelCatalog &catalog,
                                     const QLocale &locale)
{
    Q_UNUSED(locale)
    PublishedComparison out;
    QHash<qint64, const VariantInfo *> infoOf;
    for (const VariantInfo &v : variants)
        infoOf.insert(v.id, &v);
    // Each model once, at its best variant's success (a model has one published score, whatever
    // its region or tier).
    QHash<QString, qsizetype> rowOf;
    QStringList sources;
    for (const LeaderboardRow &r : board.rows) {
        const VariantInfo *info = infoOf.value(r.variantId);
        if (!info || r.scored == 0)
            continue;
        const qsizetype slash = info->modelId.indexOf(u'/');
        const auto api = providerFromPrefix(info->modelId.left(slash));
        const CatalogModel *entry = api ? catalog.find(*api, info->modelId.mid(slash + 1)) : nullptr;
        if (!entry || entry->scores.isEmpty())
            continue;
        const QString key = entry->key();
        if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
            out.rows[*it].success = std::max(out.rows[*it].success, r.successRate);
            continue;
        }
        PublishedComparison::Row row;
        row.model = entry->displayName;
        row.success = r.successRate;
        for (const PublishedScore &s : entry->scores) {
            row.scores.insert(s.name, s.value);
            if (!sources.contains(s.source))
                sources.append(s.source);
        }
        rowOf.insert(key, out.rows.size());
        out.rows.append(std::move(row));
    }
    QList<double> successes;
    for (const PublishedComparison::Row &r : std::as_const(out.rows))
        successes << r.success;
    for (PublishedComparison::Row &r : out.rows)
        r.measuredRank = rankOf(r.success, successes);
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const auto &a, const auto &b) { return a.measuredRank < b.measuredRank; });

    // Benchmarks two or more of the run's models have, the headlines first.
    QHash<QString, int> have;
    for (const PublishedComparison::Row &r : std::as_const(out.rows))
        for (auto it = r.scores.cbegin(); it != r.scores.cend(); ++it)
            ++have[it.key()];
    for (const QString &b : kHeadlines)
        if (have.value(b) >= 2)
            out.benchmarks << b;
    QStringList others;
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (it.value() >= 2 && !out.benchmarks.contains(it.key()))
            others << it.key();
    others.sort();
    out.benchmarks += others;
    if (out.benchmarks.isEmpty())
        return out;
    out.benchmark = out.benchmarks.first();

    // The headline's order against the measured one, among the models that have it.
    QList<double> published;
    for (const PublishedComparison::Row &r : std::as_const(out.rows))
        if (r.scores.contains(out.benchmark))
            published << r.scores.value(out.benchmark);
    QList<double> measured;
    for (const PublishedComparison::Row &r : std::as_const(out.rows))
        if (r.scores.contains(out.benchmark))
            measured << r.success;
    const int ranked = int(published.size());
    for (PublishedComparison::Row &r : out.rows) {
        if (!r.scores.contains(out.benchmark))
            continue;
        r.publishedRank = rankOf(r.scores.value(out.benchmark), published);
        const int here = rankOf(r.success, measured);
        if (*r.publishedRank != here)
            out.sentences << tr("%1 ranks %2 of %3 on published %4, %5 on your scenarios.")
                                 .arg(r.model, ordinal(*r.publishedRank))
                                 .arg(ranked)
                                 .arg(out.benchmark, ordinal(here));
    }
    if (out.sentences.isEmpty())
        out.sentences << tr("Your scenarios rank these %1 models as published %2 does.").arg(ranked).arg(out.benchmark);
    for (const QString &s : std::as_const(sources))
        out.attributions << CatalogText::attribution(s);
    return out;
}

} // namespace Quorum
