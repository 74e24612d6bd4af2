#pragma once

#include "core/import/formatdetector.h"
#include "core/import/recordconverter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trove {

class CsvReader;

/**
 * Turns the records of FiveThirtyEight's IRAhandle_tweets_N.csv (v1, 15 columns, or v2, 21) into
 * ImportRows, or into RejectRows naming the record and the reason. Runs on the parser thread.
 *
 * Accounts are keyed by handle: userid is "handle:" + the lower-cased author, because external_author_id
 * is rounded in these files (many handles share "906000000000000000" or "9.06E+17"). v2 rows carry the
 * tweet_id; v1 rows have none and get syntheticTweetId(), negative so that it never meets a real id.
 */
class FiveThirtyEightConverter
{
public:
    explicit FiveThirtyEightConverter(const ColumnBinding &binding);

    /** Converts the record @p reader holds, numbered @p record, appending to @p batch. */
    void convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch);

    /** The account key of a handle: "handle:" + @p author lower-cased (handles are ASCII). */
    static std::string userIdFor(std::string_view author);

    /**
     * A stable id for a tweet that has none (v1 files): minus a 63-bit SHA-1 prefix of (lower-cased handle,
     * publish time, text). Always below 0, so it cannot collide with a real tweet id, and equal for exact
     * duplicate rows, which are then counted as duplicates like re-imported tweets.
     */
    static std::int64_t syntheticTweetId(std::string_view userId, std::int64_t time, std::string_view text);

    /** An ISO 639-1 code for an English language name ("Russian" → "ru"); unknown names come back as given.
     */
    static std::string_view languageCode(std::string_view name);

    /**
     * The text without the single quotes the exporter wrapped around texts starting with @ - + = or \\
     * (so that spreadsheets would not read them as formulas); any other text unchanged.
     */
    static std::string_view unwrapQuotedText(std::string_view text);

private:
    std::string_view field(const CsvReader &reader, FiveThirtyEightColumn column) const;

    ColumnBinding m_binding;
    std::string m_userId;
    std::string m_normalized;
    std::string m_domain;
};

} // namespace trove
