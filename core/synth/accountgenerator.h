#pragma once

#include "core/synth/account.h"
#include "core/synth/random.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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

    /**
     * Makes every account an unhashed one, with a numeric id and a screen name that starts with @p prefix
     * and is longer than a genuine handle can be (15 characters): sets such as FiveThirtyEight's know
     * accounts only by handle. Call before generate().
     */
    void setHandlePrefix(std::string_view prefix);

    /** @p count accounts; account 0 predates the first tweet and always tweets. */
    std::vector<Account> generate(std::size_t count);

private:
    std::string makeUserId(bool numeric, bool hexDigest, std::int64_t creationDay,
                           std::unordered_set<std::string> &taken);
    std::string makeScreenName(std::unordered_set<std::string> &taken);
    std::string makeDescription(const LanguageVocabulary &language);

    Random m_random;
    bool m_quirks;
    bool m_allUnhashed = false;
    std::string m_handlePrefix;
};

} // namespace trove::synthetic
