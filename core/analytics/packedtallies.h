#pragma once

#include <QtGlobal>

#include <vector>

namespace Quorum::Stats {

// Small non-negative integer tallies, one row per cluster (a scenario), summed with a weight per
// row (how often a bootstrap resample drew that cluster). Four cells share a 64-bit word in 16-bit
// lanes: one multiply and one add serve four cells, and a row is a few cache lines. A lane never
// carries into the next: the weights added between two emptyings of the lanes are capped so that
// no lane can pass 2¹⁶ − 1 (the cap is 65535 divided by the largest value in any row); a weight
// above the cap is added cell by cell. The sums are exact.
class PackedTallies
{
public:
    explicit PackedTallies(size_t cells);
    // Appends a row of `cells()` values, each 0–255.
    void append(const std::vector<quint8> &row);
    size_t cells() const { return m_cells; }
    size_t rows() const { return m_rows; }
    // Σ weights[r] · row r, cell by cell; `weights` has rows() entries.
    std::vector<quint64> weightedSums(const quint32 *weights) const;
    // The weights added between two emptyings of the lanes (tests make it small to reach both
    // paths with few rows).
    quint64 laneCapacity() const;
    void setLaneCapacity(quint64 capacity) { m_capacityOverride = capacity; }

private:
    static constexpr size_t kLanes = 4;
    size_t m_cells, m_words, m_rows = 0;
    quint64 m_largest = 0, m_capacityOverride = 0;
    std::vector<quint64> m_packed;
};

} // namespace Quorum::Stats
