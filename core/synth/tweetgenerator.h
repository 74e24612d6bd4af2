#pragma once

#include "core/synth/account.h"
#include "core/synth/authorpicker.h"
#include "core/synth/civildate.h"
#include "core/synth/recenttweets.h"
#include "core/synth/tweetidsequence.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trove::synthetic {

class Random;
struct TweetLinks;

/**
 * Invents tweets one at a time and formats each as a row of the tweets CSV: author, id, text with its
 * hashtags, links and mentions, retweet/reply/quote links to earlier tweets, client, place and counts.
 */
class TweetGenerator
{
public:
    /**
     * @p accounts and @p random must outlive the generator; @p quirks allows re-export habits such as
     * float counts and empty lists written as empty fields.
     */
    TweetGenerator(const std::vector<Account> &accounts, Random &random, bool quirks);

    /**
     * Formats one tweet at @p minute into row(), stores its author's index in @p authorIndex and returns
     * the offset of its tweet_text field's opening quote (where a truncated record is cut). Call with
     * non-decreasing minutes.
     */
    std::size_t build(std::int64_t minute, std::uint32_t *authorIndex);

    /** The row build() formatted last, line end included. */
    const std::string &row() const { return m_row; }

private:
    void setTimeFields(std::int64_t minute);
    void composeTweet(std::int64_t minute, std::uint32_t authorIndex, Language language, TweetLinks *links);
    void composeText(Language language, std::string &text, std::string &hashtags, std::string &urls,
                     std::string &mentions);
    void appendMention(std::string &text, std::string &mentions);
    void appendExpandedUrlItem(std::string &urls);
    void appendCoordinates(const Account &author);
    void appendList(std::string_view items, bool blankWhenEmpty);
    void appendCount(std::uint64_t value, bool asFloat);

    const std::vector<Account> &m_accounts;
    Random &m_random;
    bool m_quirks;
    AuthorPicker m_authors;
    TweetIdSequence m_tweetIds;
    RecentTweets m_recentTweets;

    std::int64_t m_currentDay = -1;
    std::string m_dateText; // "YYYY-MM-DD " of m_currentDay
    CivilDate m_currentDate{};

    std::string m_row;
    std::string m_text;
    std::string m_hashtags;
    std::string m_urls;
    std::string m_mentions;
    std::string m_scratch;
    std::string m_externalUserId;
};

} // namespace trove::synthetic
