#include "histograms.h"

#include <map>

namespace Quorum {

VariantHistograms::VariantHistograms(const QList<HistogramRow> &rows)
{
    for (const HistogramRow &h : rows) // ordered by variant, metric, bin
        m_bins[{h.variantId, h.metric}].push_back({h.bin, {h.count, h.sum}});
}

std::vector<Stats::Bin> VariantHistograms::bins(qint64 variantId, int metric) const
{
    std::vector<Stats::Bin> out;
    const auto it = m_bins.constFind({variantId, metric});
    if (it != m_bins.cend())
        for (const auto &[bin, counts] : *it)
            out.push_back(counts);
    return out;
}

std::vector<Stats::Bin> VariantHistograms::merged(const QSet<qint64> &variantIds, int metric) const
{
    std::map<qint64, Stats::Bin> merged;
    for (const qint64 v : variantIds) {
        const auto it = m_bins.constFind({v, metric});
        if (it == m_bins.cend())
            continue;
        for (const auto &[bin, counts] : *it) {
            Stats::Bin &b = merged[bin];
            b.count += counts.count;
            b.sum += counts.sum;
        }
    }
    std::vector<Stats::Bin> out;
    for (const auto &[bin, b] : merged)
        out.push_back(b);
    return out;
}

} // namespace Quorum
