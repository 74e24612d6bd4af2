#pragma once

#include "core/synth/account.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace trove::synthetic {

class Random;

/**
 * Chooses who writes each tweet: an account that existed on the tweet's day, weighted by its activity.
 */
class AuthorPicker
{
public:
    /** @p accounts must outlive the picker; account 0 must predate the first tweet and have weight. */
    explicit AuthorPicker(const std::vector<Account> &accounts);

    /** The index of the author of a tweet on @p day; call with non-decreasing days. */
    std::uint32_t pick(std::int64_t day, Random &random);

private:
    const std::vector<Account> &m_accounts;
    std::vector<std::uint32_t> m_byCreation;       // account indexes ordered by creation day
    std::vector<std::uint64_t> m_cumulativeWeight; // over m_byCreation
    std::size_t m_eligible = 0;                    // accounts in m_byCreation created by the current day
};

} // namespace trove::synthetic
