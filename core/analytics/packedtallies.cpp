#include "packedtallies.h"

#include <algorithm>

namespace Quorum::Stats {

PackedTallies::PackedTallies(size_t cells) : m_cells(cells), m_words((cells + kLanes - 1) / kLanes) {}

void PackedTallies::append(const std::vector<quint8> &row)
{
    Q_ASSERT(row.size() == m_cells);
    m_packed.resize(m_packed.size() + m_words, 0);
    quint64 *words = m_packed.data() + m_rows++ * m_words;
    for (size_t k = 0; k < m_cells; ++k) {
        words[k / kLanes] |= quint64(row[k]) << (16 * (k % kLanes));
        m_largest = std::max<quint64>(m_largest, row[k]);
    }
}

quint64 PackedTallies::laneCapacity() const
{
    const quint64 safe = 0xffff / std::max<quint64>(m_largest, 1);
    return m_capacityOverride ? std::min(m_capacityOverride, safe) : safe;
}

std::vector<quint64> PackedTallies::weightedSums(const quint32 *weights) const
{
    const quint64 capacity = laneCapacity();
    std::vector<quint64> sums(m_cells, 0), lanes(m_words, 0);
    quint64 pending = 0;
    const auto lane = [](const quint64 *words, size_t k) { return (words[k / kLanes] >> (16 * (k % kLanes))) & 0xffff; };
    const auto empty = [&] {
        for (size_t k = 0; k < m_cells; ++k)
            sums[k] += lane(lanes.data(), k);
        std::fill(lanes.begin(), lanes.end(), 0);
        pending = 0;
    };
    for (size_t r = 0; r < m_rows; ++r) {
        const quint64 w = weights[r];
        if (w == 0)
            continue;
        const quint64 *row = m_packed.data() + r * m_words;
        if (w > capacity) { // drawn too often for the lanes: cell by cell
            for (size_t k = 0; k < m_cells; ++k)
                sums[k] += w * lane(row, k);
            continue;
        }
        if (pending + w > capacity)
            empty();
        for (size_t k = 0; k < m_words; ++k)
            lanes[k] += w * row[k];
        pending += w;
    }
    empty();
    return sums;
}

} // namespace Quorum::Stats
