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
 * Turns the records of NBC News' tweets.csv and users.csv into ImportRows, or into RejectRows naming the
 * record and the reason. Runs on the parser thread.
 *
 * As for FiveThirtyEight, accounts are keyed by handle (userid "handle:" + the lower-cased user_key or
 * screen_name), so that the two files, and FiveThirtyEight files in the same campaign, meet on one
 * account; the numeric id is kept as the account's external id. Mentions are stored with the same key.
 * Tweets without a tweet_id get FiveThirtyEightConverter::syntheticTweetId(), which grows with the minute;
 * NBC times have seconds, so within a minute those ids follow the hash, not the seconds.
 */
class NbcConverter
{
public:
    explicit NbcConverter(const ColumnBinding &binding);

    /** Converts the record @p reader holds, numbered @p record, appending to @p batch. */
    void convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch);

    /** The client name inside Twitter's "<a href=…>Name</a>" source markup; other text unchanged. */
    static std::string_view clientName(std::string_view source);

private:
    std::string_view field(const CsvReader &reader, NbcColumn column) const;
    bool convertTweet(const CsvReader &reader, std::int64_t record, ImportBatch &batch, ImportRow &row,
                      std::vector<std::string> &repairs);
    bool convertUser(const CsvReader &reader, std::int64_t record, ImportBatch &batch, ImportRow &row,
                     std::vector<std::string> &repairs);

    ColumnBinding m_binding;
    std::string m_userId;
    std::string m_normalized;
    std::string m_scratch;
    std::string m_listScratch;
    std::vector<std::string_view> m_items;
};

} // namespace trove
