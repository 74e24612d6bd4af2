#include "core/text/timeparse.h"

namespace trove::TimeParse {

std::int64_t daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + std::int64_t(dayOfEra) - 719468;
}

namespace {

bool digits(std::string_view text, size_t position, size_t count, int &value)
{
    if (position + count > text.size()) {
        return false;
    }
    value = 0;
    for (size_t i = position; i < position + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return true;
}

bool leapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leapYear(year) ? 29 : days[month - 1];
}

} // namespace

std::optional<std::int64_t> isoDateTime(std::string_view text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!digits(text, 0, 4, year) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    size_t end = 10;
    if (text.size() > 10) {
        if ((text[10] != ' ' && text[10] != 'T') || !digits(text, 11, 2, hour) || text.size() < 16 ||
            text[13] != ':' || !digits(text, 14, 2, minute)) {
            return std::nullopt;
        }
        end = 16;
        if (text.size() > 16 && text[16] == ':') {
            if (!digits(text, 17, 2, second)) {
                return std::nullopt;
            }
            end = 19;
        }
        if (end < text.size() && text[end] == 'Z') {
            ++end;
        }
        if (hour > 23 || minute > 59 || second > 60) {
            return std::nullopt;
        }
    }
    if (end != text.size()) {
        return std::nullopt;
    }
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

} // namespace trove::TimeParse
