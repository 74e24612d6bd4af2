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

/** The columns that link a tweet to another: empty or zero when it is an original. */
struct TweetLinks
{
    bool retweet = false;
    std::string_view replyUserId;
    std::int64_t replyTweetId = 0;
    std::int64_t quotedTweetId = 0;
    std::string_view retweetUserId;
    std::int64_t retweetTweetId = 0;
};

/** One invented tweet before it is written in any file format. */
struct ComposedTweet
{
    std::uint32_t author = 0; ///< index into the accounts
    std::int64_t tweetId = 0;
    std::int64_t minute = 0;
    Language language = Language::English;
    TweetLinks links;
    std::string text;
    std::string hashtags;     ///< list items as Python repr, without brackets
    std::string urls;         ///< list items as Python repr, without brackets
    std::string mentions;     ///< list items, without brackets
    std::string expandedUrls; ///< the same urls as urls, plain, each followed by '\n'
};

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
     * Invents the next tweet at @p minute (author, id, language, text, lists and links) without formatting
     * any row; build() calls it too. Call with non-decreasing minutes. The reference stays valid until
     * the next compose() or build().
     */
    const ComposedTweet &compose(std::int64_t minute);

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
    void composeText(Language language);
    void appendMention();
    void appendExpandedUrlItem();
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
    ComposedTweet m_tweet;
    std::string m_scratch;
    std::string m_externalUserId;
};

} // namespace trove::synthetic
