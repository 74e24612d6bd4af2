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

namespace {

// Reads 1 to @p maxDigits digits at @p position, advancing it.
bool number(std::string_view text, size_t &position, size_t maxDigits, int &value)
{
    const size_t start = position;
    value = 0;
    while (position < text.size() && position - start < maxDigits && text[position] >= '0' &&
           text[position] <= '9') {
        value = value * 10 + (text[position] - '0');
        ++position;
    }
    return position > start;
}

} // namespace

std::optional<std::int64_t> usDateTime(std::string_view text)
{
    size_t position = 0;
    int month = 0;
    int day = 0;
    int year = 0;
    if (!number(text, position, 2, month) || position >= text.size() || text[position++] != '/' ||
        !number(text, position, 2, day) || position >= text.size() || text[position++] != '/') {
        return std::nullopt;
    }
    const size_t yearStart = position;
    if (!number(text, position, 4, year)) {
        return std::nullopt;
    }
    const size_t yearDigits = position - yearStart;
    if (yearDigits == 2) {
        year += 2000;
    } else if (yearDigits != 4) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (position >= text.size() || text[position++] != ' ' || !number(text, position, 2, hour) ||
        position >= text.size() || text[position++] != ':' || !digits(text, position, 2, minute)) {
        return std::nullopt;
    }
    position += 2;
    if (position < text.size() && text[position] == ':') {
        if (!digits(text, position + 1, 2, second)) {
            return std::nullopt;
        }
        position += 3;
    }
    if (position != text.size() || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

std::optional<std::int64_t> twitterDateTime(std::string_view text)
{
    // "Www Mmm DD HH:MM:SS +ZZZZ YYYY": fixed positions.
    static const char Months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' || text[13] != ':' ||
        text[16] != ':' || text[19] != ' ' || text[25] != ' ' || (text[20] != '+' && text[20] != '-')) {
        return std::nullopt;
    }
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (text.substr(4, 3) == std::string_view(Months + 3 * i, 3)) {
            month = i + 1;
        }
    }
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offsetHours = 0;
    int offsetMinutes = 0;
    int year = 0;
    if (month == 0 || !digits(text, 8, 2, day) || !digits(text, 11, 2, hour) ||
        !digits(text, 14, 2, minute) || !digits(text, 17, 2, second) || !digits(text, 21, 2, offsetHours) ||
        !digits(text, 23, 2, offsetMinutes) || !digits(text, 26, 4, year)) {
        return std::nullopt;
    }
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60 ||
        offsetMinutes > 59) {
        return std::nullopt;
    }
    const int offset = (text[20] == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::optional<std::int64_t> epochMilliseconds(std::string_view text)
{
    if (text.empty() || text.size() > 15) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value / 1000;
}

} // namespace trove::TimeParse
