#pragma once

#include <cstdint>

// Calendar arithmetic on days since 1970-01-01 (Howard Hinnant's civil-date algorithms): the generator
// formats millions of timestamps and must not depend on the local time zone.
namespace trove::synthetic {

/** A proleptic Gregorian date. */
struct CivilDate
{
    int year;
    int month;
    int day;
};

/** Days since 1970-01-01 of @p year-@p month-@p day; constexpr so that the period bounds below are. */
constexpr std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/** The date @p days after 1970-01-01. */
CivilDate civilFromDays(std::int64_t days);

constexpr std::int64_t minutesPerDay = 24 * 60;

// The periods the synthetic archive covers, as days since 1970-01-01.
constexpr std::int64_t firstTweetDay = daysFromCivil(2009, 5, 1);
constexpr std::int64_t lastTweetDay = daysFromCivil(2018, 6, 30);
constexpr std::int64_t firstAccountDay = daysFromCivil(2009, 1, 1);
constexpr std::int64_t lastAccountDay = daysFromCivil(2017, 12, 31);

} // namespace trove::synthetic
