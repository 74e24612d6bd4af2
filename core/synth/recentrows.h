#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace trove::synthetic {

/**
 * The last rows written to a CSV, byte for byte, so that a later row can repeat one exactly: the
 * duplicate rows and overlapping split parts of the genuine files.
 */
class RecentRows
{
public:
    /** Keeps up to @p capacity rows. */
    explicit RecentRows(std::size_t capacity = 64);

    /** Keeps a copy of @p row, forgetting the oldest one when full. */
    void remember(std::string_view row);
    /** The row remembered @p offset rows ago (0 = the last); @p offset must be below size(). */
    const std::string &at(std::size_t offset) const;
    /** How many rows are kept, at most the capacity. */
    std::size_t size() const { return m_fill; }
    /** Forgets every row (the buffers are kept for reuse). */
    void clear();

private:
    std::vector<std::string> m_rows;
    std::size_t m_head = 0;
    std::size_t m_fill = 0;
};

} // namespace trove::synthetic
