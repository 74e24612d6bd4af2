#include "core/synth/syntheticurls.h"

#include "core/synth/civildate.h"
#include "core/synth/csvformat.h"
#include "core/synth/random.h"
#include "core/synth/syntheticvocabulary.h"

#include <cstdint>
#include <string_view>

namespace trove::synthetic {

void appendTcoUrl(std::string &out, Random &random)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    out += "https://t.co/";
    std::uint64_t bits = random.next();
    for (int index = 0; index < 10; ++index) {
        out += alphabet[bits % 62];
        bits /= 62;
    }
}

void appendExpandedUrl(std::string &out, Random &random, const CivilDate &date)
{
    if (random.percent(3)) {
        out += random.pick(awkwardUrls());
        return;
    }
    const std::string_view host = random.pick(urlHosts());
    out += random.percent(60) ? "http://" : "https://";
    out += host;
    if (host == "www.youtube.com") {
        static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        out += "/watch?v=";
        std::uint64_t bits = random.next();
        for (int index = 0; index < 11; ++index, bits >>= 6)
            out += alphabet[bits & 63];
    } else {
        out += '/';
        appendNumber(out, std::uint64_t(date.year));
        out += '/';
        appendTwoDigits(out, date.month);
        out += '/';
        appendTwoDigits(out, date.day);
        out += '/';
        const int words = 2 + int(random.below(5));
        for (int index = 0; index < words; ++index) {
            if (index > 0)
                out += '-';
            out += random.pick(slugWords());
        }
        out += '/';
    }
}

} // namespace trove::synthetic
