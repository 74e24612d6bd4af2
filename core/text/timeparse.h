#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace trove {

/** Fast, allocation-free parsing of the archives' time formats into epoch seconds (UTC). */
namespace TimeParse {

/** Days since 1970-01-01 of a proleptic Gregorian date (valid for any year). */
std::int64_t daysFromCivil(int year, int month, int day);

/**
 * "YYYY-MM-DD HH:MM", "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DDTHH:MM[:SS][Z]" or "YYYY-MM-DD" (midnight), UTC.
 * Returns nothing for anything else or an impossible date.
 */
std::optional<std::int64_t> isoDateTime(std::string_view text);

} // namespace TimeParse

} // namespace trove
