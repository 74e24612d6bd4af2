#include "core/text/searchnormalizer.h"

#include <cstring>

namespace trove {

namespace {

// Returns the replacement for an Arabic-block code point: 0 to drop it, the code point itself to keep it.
unsigned foldArabic(unsigned codePoint)
{
    switch (codePoint) {
    case 0x064A:       // ARABIC LETTER YEH
    case 0x0649:       // ARABIC LETTER ALEF MAKSURA
        return 0x06CC; // ARABIC LETTER FARSI YEH
    case 0x0643:       // ARABIC LETTER KAF
        return 0x06A9; // ARABIC LETTER KEHEH
    case 0x0622:       // ALEF WITH MADDA ABOVE
    case 0x0623:       // ALEF WITH HAMZA ABOVE
    case 0x0625:       // ALEF WITH HAMZA BELOW
    case 0x0671:       // ALEF WASLA
        return 0x0627;
    case 0x0640: // TATWEEL
    case 0x0670: // SUPERSCRIPT ALEF
        return 0;
    default:
        break;
    }
    if (codePoint >= 0x064B && codePoint <= 0x065F) {
        return 0; // harakat
    }
    if (codePoint >= 0x0660 && codePoint <= 0x0669) {
        return '0' + (codePoint - 0x0660);
    }
    if (codePoint >= 0x06F0 && codePoint <= 0x06F9) {
        return '0' + (codePoint - 0x06F0);
    }
    return codePoint;
}

void appendTwoByte(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

struct Entity
{
    const char *name;
    size_t length;
    char value;
};

const Entity Entities[] = {
    {"&amp;", 5, '&'}, {"&lt;", 4, '<'}, {"&gt;", 4, '>'}, {"&quot;", 6, '"'}, {"&#39;", 5, '\''}};

bool needsWork(std::string_view text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 0xD8 && byte <= 0xDB) || byte == 0xE2 || c == '&') {
            return true;
        }
    }
    return false;
}

} // namespace

bool SearchNormalizer::normalize(std::string_view text, std::string &out)
{
    if (!needsWork(text)) {
        return false;
    }
    out.clear();
    out.reserve(text.size());
    bool changed = false;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0xD8 && byte <= 0xDB && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if ((next & 0xC0) == 0x80) {
                const unsigned codePoint = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
                const unsigned folded = foldArabic(codePoint);
                if (folded != codePoint) {
                    changed = true;
                    if (folded != 0) {
                        appendTwoByte(out, folded);
                    }
                } else {
                    out.append(text.substr(i, 2));
                }
                i += 2;
                continue;
            }
        }
        if (byte == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x8C') {
            changed = true; // ZERO WIDTH NON-JOINER
            i += 3;
            continue;
        }
        if (byte == '&') {
            bool decoded = false;
            for (const Entity &entity : Entities) {
                if (text.compare(i, entity.length, entity.name) == 0) {
                    out.push_back(entity.value);
                    i += entity.length;
                    decoded = true;
                    changed = true;
                    break;
                }
            }
            if (decoded) {
                continue;
            }
        }
        out.push_back(text[i]);
        ++i;
    }
    return changed;
}

QString SearchNormalizer::normalized(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    if (!normalize(std::string_view(utf8.constData(), size_t(utf8.size())), out)) {
        return text;
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace trove
