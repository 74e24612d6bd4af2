#pragma once

#include "core/synth/syntheticvocabulary.h"

#include <cstdint>
#include <string>

namespace trove::synthetic {

/** One archive account; its ten user columns are encoded once and copied into every tweet row. */
struct Account
{
    std::string userId;
    std::string screenName;
    std::string csvFields;   ///< the ten quoted user columns joined by commas, no line end
    std::string mentionItem; ///< how user_mentions lists it: bare digits, or a quoted string for hashed ids
    std::int64_t creationDay = 0;
    Language primary = Language::English;
    Language secondary = Language::English;
    std::uint32_t weight = 0; ///< relative activity; 0 for accounts that never tweet
    std::uint16_t client = 0; ///< index into synthetic::clients()
    std::uint16_t place = 0;  ///< index into synthetic::places()
};

} // namespace trove::synthetic
