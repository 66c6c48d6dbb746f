#pragma once

#include "statistics.h"
#include "../storage/runreadout.h"

#include <QHash>
#include <QSet>


namespace Quorum {

// A run's histogram rollup (metric_histogram), indexed once by variant and metric, so each
// percentile or distribution reads only its own bins.
class VariantHistograms final
{
public:
    explicit VariantHistograms(const QList<HistogramRow> &rows);
    // One variant's bins of one metric (HistogramBins::Metric), in ascending order.
    std::vector<Stats::Bin> bins(qint64 variantId, int metric) const;
    // Several variants' bins of one metric merged (the same bin adds up), ascending.
    std::vector<Stats::Bin> merged(const QSet<qint64> &variantIds, int metric) const;

private:
    QHash<std::pair<qint64, int>, std::vector<std::pair<qint64, Stats::Bin>>> m_bins; // (variant, metric) → (bin, counts)
};

} // namespace Quorum
