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

/**
 * "M/D/YYYY H:MM" or "M/D/YYYY H:MM:SS" (US order, 24-hour, leading zeros optional), UTC, as in the
 * FiveThirtyEight files. A two-digit year ("10/1/17 19:58", written by spreadsheet round-trips) is taken as
 * 20YY: the archives hold nothing before 2006. Returns nothing for anything else or an impossible date.
 */
std::optional<std::int64_t> usDateTime(std::string_view text);

/**
 * Twitter's API form "Wed Jan 07 04:38:02 +0000 2009" (the weekday is not checked; the offset is applied).
 * Returns nothing for anything else or an impossible date.
 */
std::optional<std::int64_t> twitterDateTime(std::string_view text);

/** Epoch milliseconds as decimal digits ("1488207240000"), to epoch seconds; nothing for anything else. */
std::optional<std::int64_t> epochMilliseconds(std::string_view text);

} // namespace TimeParse

} // namespace trove
