#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trove {

/**
 * Parses the list columns of the archives: Python list reprs (['a', "it's"], [2876420003, 16307778]) as in
 * Twitter's files, and JSON arrays (["a","b"]) as in NBC News' files. An empty field and "[]" are both the
 * empty list. Items may contain commas, quotes, RTL text and emoji; Python/JSON escapes are decoded.
 */
class ListParser
{
public:
    /**
     * Appends the items of @p text to @p items. Views point into @p text or into @p scratch, which the
     * parser clears and reserves so that it never reallocates while items point into it.
     * Returns false when the text is not a well-formed list (the items parsed before the fault are kept).
     */
    static bool parse(std::string_view text, std::vector<std::string_view> &items, std::string &scratch);
};

} // namespace trove
