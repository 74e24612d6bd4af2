#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace trove {

/**
 * Prepares text for the full-text index, and queries the same way, so that a search matches however the
 * operators typed: Arabic and Persian letter variants are folded (ي ى → ی, ك → ک, أ إ آ ٱ → ا), tatweel,
 * Arabic vowel marks and the zero-width non-joiner are removed (Persian "می‌خواهم" and
 * "میخواهم" match), Arabic-Indic and Persian digits become ASCII digits, and the HTML entities of the
 * archives
 * (&amp; &lt; &gt; &quot; &#39;) are decoded. Case and Latin diacritics are folded by the FTS5 tokenizer.
 * Works on UTF-8 bytes; thread-safe.
 */
class SearchNormalizer
{
public:
    /** Writes the normalised @p text to @p out and returns true, or returns false when nothing changes. */
    static bool normalize(std::string_view text, std::string &out);

    static QString normalized(const QString &text);
};

} // namespace trove
