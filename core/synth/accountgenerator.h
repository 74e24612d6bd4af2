#pragma once

#include "core/synth/account.h"
#include "core/synth/random.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace trove::synthetic {

/**
 * Invents the accounts of a synthetic archive: unique ids in the three styles of the genuine releases
 * (plain numbers for unhashed accounts, hex digests, base64-like tokens), unique screen names, profiles,
 * creation dates and how active each account is.
 */
class AccountGenerator
{
public:
    /** Draws from its own stream of @p seed; @p quirks allows re-export habits such as float counts. */
    AccountGenerator(std::uint64_t seed, bool quirks);

    /** @p count accounts; account 0 predates the first tweet and always tweets. */
    std::vector<Account> generate(std::size_t count);

private:
    std::string makeUserId(bool numeric, bool hexDigest, std::int64_t creationDay,
                           std::unordered_set<std::string> &taken);
    std::string makeScreenName(std::unordered_set<std::string> &taken);
    std::string makeDescription(const LanguageVocabulary &language);

    Random m_random;
    bool m_quirks;
};

} // namespace trove::synthetic
