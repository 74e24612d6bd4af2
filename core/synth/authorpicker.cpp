#include "core/synth/authorpicker.h"

#include "core/synth/random.h"

#include <algorithm>

namespace trove::synthetic {

AuthorPicker::AuthorPicker(const std::vector<Account> &accounts)
    : m_accounts(accounts)
{
    const std::size_t accountCount = accounts.size();
    m_byCreation.resize(accountCount);
    for (std::size_t index = 0; index < accountCount; ++index)
        m_byCreation[index] = std::uint32_t(index);
    std::stable_sort(m_byCreation.begin(), m_byCreation.end(),
                     [this](std::uint32_t left, std::uint32_t right) {
                         return m_accounts[left].creationDay < m_accounts[right].creationDay;
                     });
    m_cumulativeWeight.resize(accountCount);
    std::uint64_t total = 0;
    for (std::size_t index = 0; index < accountCount; ++index) {
        total += m_accounts[m_byCreation[index]].weight;
        m_cumulativeWeight[index] = total;
    }
}

std::uint32_t AuthorPicker::pick(std::int64_t day, Random &random)
{
    while (m_eligible < m_byCreation.size() && m_accounts[m_byCreation[m_eligible]].creationDay <= day)
        ++m_eligible;
    // Account 0 predates the first tweet and is never silent, so the eligible weight is never zero.
    const std::uint64_t target = random.below(m_cumulativeWeight[m_eligible - 1]);
    const auto found = std::upper_bound(m_cumulativeWeight.begin(),
                                        m_cumulativeWeight.begin() + std::ptrdiff_t(m_eligible), target);
    return m_byCreation[std::size_t(found - m_cumulativeWeight.begin())];
}

} // namespace trove::synthetic
