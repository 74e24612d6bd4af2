#include "core/text/listparser.h"

namespace trove {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(char(0xE0 | (codePoint >> 12)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (codePoint >> 18)));
        out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

// Decodes the escape at text[i] (just after the backslash) into out; returns the index after it.
size_t decodeEscape(std::string_view text, size_t i, std::string &out)
{
    const char c = text[i];
    // Callers check that count hex digits follow text[i].
    auto readHex = [&](size_t count) -> long {
        long value = 0;
        for (size_t k = 1; k <= count; ++k) {
            const int digit = hexValue(text[i + k]);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    };
    switch (c) {
    case 'n':
        out.push_back('\n');
        return i + 1;
    case 't':
        out.push_back('\t');
        return i + 1;
    case 'r':
        out.push_back('\r');
        return i + 1;
    case '/':
    case '\\':
    case '\'':
    case '"':
        out.push_back(c);
        return i + 1;
    case 'x':
    case 'u':
    case 'U': {
        const size_t count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const long value = i + count < text.size() ? readHex(count) : -1;
        if (value < 0 || value > 0x10FFFF) {
            out.push_back('\\');
            out.push_back(c);
            return i + 1;
        }
        unsigned codePoint = unsigned(value);
        size_t next = i + 1 + count;
        // JSON spells astral characters as surrogate pairs.
        if (codePoint >= 0xD800 && codePoint <= 0xDBFF && next + 5 < text.size() && text[next] == '\\' &&
            text[next + 1] == 'u') {
            long low = 0;
            bool ok = true;
            for (size_t k = 2; k < 6; ++k) {
                const int digit = hexValue(text[next + k]);
                ok = ok && digit >= 0;
                low = low * 16 + digit;
            }
            if (ok && low >= 0xDC00 && low <= 0xDFFF) {
                codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + unsigned(low - 0xDC00);
                next += 6;
            }
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            codePoint = 0xFFFD;
        }
        appendUtf8(out, codePoint);
        return next;
    }
    default:
        // Python keeps unknown escapes as written.
        out.push_back('\\');
        out.push_back(c);
        return i + 1;
    }
}

} // namespace

bool ListParser::parse(std::string_view text, std::vector<std::string_view> &items, std::string &scratch)
{
    scratch.clear();
    scratch.reserve(text.size());
    size_t i = 0;
    while (i < text.size() && isSpace(text[i])) {
        ++i;
    }
    if (i == text.size()) {
        return true; // an empty field is the empty list
    }
    if (text[i] != '[') {
        return false;
    }
    ++i;
    for (;;) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size()) {
            return false;
        }
        if (text[i] == ']') {
            ++i;
            break;
        }
        if (text[i] == '\'' || text[i] == '"') {
            const char quote = text[i++];
            const size_t start = i;
            bool escaped = false;
            size_t scratchStart = scratch.size();
            while (i < text.size() && text[i] != quote) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    if (!escaped) {
                        escaped = true;
                        scratch.append(text.substr(start, i - start));
                    }
                    i = decodeEscape(text, i + 1, scratch);
                    continue;
                }
                if (escaped) {
                    scratch.push_back(text[i]);
                }
                ++i;
            }
            if (i >= text.size()) {
                return false;
            }
            items.push_back(escaped ? std::string_view(scratch).substr(scratchStart)
                                    : text.substr(start, i - start));
            ++i;
        } else {
            // A bare item: numbers in user_mentions, or None/null.
            const size_t start = i;
            while (i < text.size() && text[i] != ',' && text[i] != ']') {
                ++i;
            }
            size_t end = i;
            while (end > start && isSpace(text[end - 1])) {
                --end;
            }
            const std::string_view item = text.substr(start, end - start);
            if (item.empty()) {
                return false;
            }
            if (item != "None" && item != "null") {
                items.push_back(item);
            }
        }
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        if (i < text.size() && text[i] == ']') {
            ++i;
            break;
        }
        return false;
    }
    while (i < text.size() && isSpace(text[i])) {
        ++i;
    }
    return i == text.size();
}

} // namespace trove
