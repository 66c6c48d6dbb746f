#pragma once

#include "analytics/leaderboard.h"
#include "catalog/modelcatalog.h"
#include "storage/runreadout.h"

#include <QLocale>
#include <QStringList>

// Each model's published scores (the catalog's, from Artificial Analysis and Hugging Face) beside
// what the run measured, and a plain sentence where the two orders disagree: shown under the run's
// verdicts, in the report's summary and by quorum-cli leaderboard.
namespace Quorum {

struct PublishedComparison
{
    struct Row
    {
        QString model;               // the model's name (its best variant's, by success rate)
        double success = 0;          // that variant's success rate
        int measuredRank = 0;        // 1 = best on the run's scenarios (ties share a rank)
        QHash<QString, double> scores;  // published benchmark → value
        std::optional<int> publishedRank; // on the headline benchmark
    };
    QString benchmark;               // the headline: the first of MMLU-Pro, the AA Intelligence Index, GPQA Diamond … two models have
    QStringList benchmarks;          // every benchmark at least two of the run's models have
    QList<Row> rows;                 // the run's models with a catalog entry, in measured order
    QStringList sentences;           // "Sage Pro ranks 1st of 3 on published MMLU-Pro, 2nd on your scenarios."
    QStringList attributions;        // as each source asks ("Source: Artificial Analysis (artificialanalysis.ai)")
    bool isEmpty() const { return benchmark.isEmpty(); }
};

PublishedComparison comparePublished(const Leaderboard &board, const QList<VariantInfo> &variants, const ModelCatalog &catalog,
                                     const QLocale &locale);
// "1st", "2nd", "3rd", "11th": the English ordinal; other languages' from their translation.
QString ordinal(int n);

} // namespace Quorum
