#include "core/synth/csvformat.h"

#include "core/synth/civildate.h"

#include <cstring>

namespace trove::synthetic {

void appendNumber(std::string &out, std::uint64_t value)
{
    char digits[20];
    int length = 0;
    do {
        digits[length++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (length > 0)
        out += digits[--length];
}

void appendTwoDigits(std::string &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

void appendDate(std::string &out, std::int64_t days)
{
    const CivilDate date = civilFromDays(days);
    appendNumber(out, std::uint64_t(date.year));
    out += '-';
    appendTwoDigits(out, date.month);
    out += '-';
    appendTwoDigits(out, date.day);
}

void appendEscaped(std::string &out, std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        const void *quote = std::memchr(text.data() + start, '"', text.size() - start);
        if (quote == nullptr) {
            out.append(text.data() + start, text.size() - start);
            return;
        }
        const std::size_t position = std::size_t(static_cast<const char *>(quote) - text.data());
        out.append(text.data() + start, position + 1 - start);
        out += '"';
        start = position + 1;
    }
}

void appendField(std::string &out, std::string_view text)
{
    out += '"';
    appendEscaped(out, text);
    out += '"';
}

void appendMinimalField(std::string &out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text.data(), text.size());
        return;
    }
    appendField(out, text);
}

void appendPythonString(std::string &out, std::string_view item)
{
    const bool hasSingle = item.find('\'') != std::string_view::npos;
    const bool hasDouble = item.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    out += quote;
    for (const char character : item) {
        const auto byte = static_cast<unsigned char>(character);
        if (character == quote || character == '\\') {
            out += '\\';
            out += character;
        } else if (character == '\n') {
            out += "\\n";
        } else if (character == '\r') {
            out += "\\r";
        } else if (character == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += character;
        }
    }
    out += quote;
}

void appendListSeparator(std::string &list)
{
    if (!list.empty())
        list += ", ";
}

} // namespace trove::synthetic
