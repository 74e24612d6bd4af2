#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Appending CSV fields and their pieces to byte buffers. The generator writes millions of rows, so these
// append to a reused std::string instead of building QStrings.
namespace trove::synthetic {

/** Header line of <campaign>_users_csv_hashed.csv, line end included. */
constexpr std::string_view usersHeader =
    "\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\"\n";

/** Header line of every tweets CSV part, line end included. */
constexpr std::string_view tweetsHeader =
    "\"tweetid\",\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\",\"tweet_language\",\"tweet_text\",\"tweet_time\","
    "\"tweet_client_name\",\"in_reply_to_userid\",\"in_reply_to_tweetid\",\"quoted_tweet_tweetid\","
    "\"is_retweet\",\"retweet_userid\",\"retweet_tweetid\",\"latitude\",\"longitude\",\"quote_count\","
    "\"reply_count\",\"like_count\",\"retweet_count\",\"hashtags\",\"urls\",\"user_mentions\",\"poll_"
    "choices\"\n";

/** Header line of FiveThirtyEight's IRAhandle_tweets_N.csv, first version (15 columns), no line end. */
constexpr std::string_view fiveThirtyEightHeaderV1 =
    "external_author_id,author,content,region,language,publish_date,harvested_date,following,followers,"
    "updates,post_type,account_type,retweet,account_category,new_june_2018";

/** The columns the second version (21 columns) adds after the first version's, no line end. */
constexpr std::string_view fiveThirtyEightHeaderV2Tail =
    ",alt_external_id,tweet_id,article_url,tco1_step1,tco2_step1,tco3_step1";

/** Appends @p value in decimal. */
void appendNumber(std::string &out, std::uint64_t value);

/** Appends @p value (0 … 99) as two digits. */
void appendTwoDigits(std::string &out, int value);

/** Appends the date @p days after 1970-01-01 as YYYY-MM-DD. */
void appendDate(std::string &out, std::int64_t days);

/** Appends @p text with every '"' doubled, as RFC 4180 wants inside a quoted field. */
void appendEscaped(std::string &out, std::string_view text);

/** Appends @p text as a quoted, escaped field. */
void appendField(std::string &out, std::string_view text);

/**
 * Appends @p text as a field quoted only when it must be (it holds a comma, a quote or a line break),
 * as spreadsheets and Python's csv module write CSV.
 */
void appendMinimalField(std::string &out, std::string_view text);

/** Appends @p item the way Python's repr() writes a str, which is how the archives spell list items. */
void appendPythonString(std::string &out, std::string_view item);

/** Appends ", " unless @p list is empty, before the next list item. */
void appendListSeparator(std::string &list);

} // namespace trove::synthetic
