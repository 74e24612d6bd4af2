#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace trove::synthetic {

/**
 * Spreads tweets over 2009-05 … 2018-06 with growth, weekly and daily rhythm and bursts around events.
 * Tweet i of n lands at the inverse of the cumulative hourly weight at (i + jitter) / n, so times never
 * decrease and any count, however small, covers the whole period. Integer arithmetic only, so the same
 * seed gives the same times everywhere.
 */
class Timeline
{
public:
    Timeline();

    /** The minute (since 1970) of tweet @p index of @p count; call with non-decreasing indexes. */
    std::int64_t minuteAt(std::int64_t index, std::int64_t count, std::uint32_t jitter);

private:
    std::vector<std::uint64_t> m_hourWeights;
    std::vector<std::uint64_t> m_cumulative;
    std::size_t m_hour = 0;
};

} // namespace trove::synthetic
