#include "core/synth/recentrows.h"

#include <algorithm>

namespace trove::synthetic {

RecentRows::RecentRows(std::size_t capacity)
    : m_rows(std::max<std::size_t>(capacity, 1))
{}

void RecentRows::remember(std::string_view row)
{
    m_rows[m_head].assign(row.data(), row.size());
    m_head = (m_head + 1) % m_rows.size();
    m_fill = std::min(m_fill + 1, m_rows.size());
}

const std::string &RecentRows::at(std::size_t offset) const
{
    return m_rows[(m_head + m_rows.size() - 1 - offset) % m_rows.size()];
}

void RecentRows::clear()
{
    m_head = 0;
    m_fill = 0;
}

} // namespace trove::synthetic
