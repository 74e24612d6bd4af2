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
 * tweet_id; v1 rows have none and get syntheticTweetId(): negative, so that it never meets a real id, and
 * growing with time, so that the tweets table and the search index are filled in key order.
 */
class FiveThirtyEightConverter
{
public:
    explicit FiveThirtyEightConverter(const ColumnBinding &binding);

    /** Converts the record @p reader holds, numbered @p record, appending to @p batch. */
    void convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch);

    /** The account key of a handle: "handle:" + @p author lower-cased (handles are ASCII). */
    static std::string userIdFor(std::string_view author);

    /** Bits of a synthetic id that hold its hash; the bits above them hold the minute. */
    static constexpr int SyntheticHashBits = 36;
    /**
     * The minutes since 1970 a synthetic id can hold: -SyntheticMinuteLimit to +SyntheticMinuteLimit
     * (2^26 - 1: 1842-05-28 14:57 to 2097-08-05 09:03 UTC). Times outside are clamped to the nearest end.
     */
    static constexpr std::int64_t SyntheticMinuteLimit = (std::int64_t(1) << 26) - 1;

    /**
     * A stable id for a tweet that has none (v1 files; NBC rows without tweet_id), that grows with time:
     *
     *     id = -2^62 + minute * 2^36 + hash
     *
     * where minute is floor(@p time / 60) clamped to +-SyntheticMinuteLimit, and hash is 36 bits of SHA-1
     * of (@p userId, @p time, @p text): the low 36 bits of the 8-byte big-endian digest prefix. So every id
     * lies in [-2^63 + 2^36, -1], below every real tweet id, and a later minute always gives a greater id
     * (within a minute the order is the hash's). Equal for exact duplicate rows, which are then counted as
     * duplicates like re-imported tweets. Two different tweets of the same minute share an id with
     * probability 2^-36 per pair; ImportWriter then gives the second one nextSyntheticTweetId().
     */
    static std::int64_t syntheticTweetId(std::string_view userId, std::int64_t time, std::string_view text);

    /**
     * The id after @p id in the same minute (after the minute's last id: its first), where a tweet goes when
     * a different tweet holds @p id. @p id must be a synthetic id.
     */
    static std::int64_t nextSyntheticTweetId(std::int64_t id);

    /** The minute since 1970 (after clamping) that the synthetic id @p id belongs to. */
    static std::int64_t syntheticTweetMinute(std::int64_t id);

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
