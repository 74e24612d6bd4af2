#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace trove::synthetic {

class Random;

/** A recent tweet others can retweet, reply to or quote. */
struct RecentTweet
{
    std::int64_t tweetId = 0;
    std::uint32_t account = 0;
    std::string text;
    std::string hashtags; ///< list items without brackets
    std::string urls;
    std::string mentions;
    std::string expandedUrls; ///< the urls plain, each followed by '\n'
};

struct ComposedTweet;

/** The last 512 original tweets, as targets of retweets, replies and quotes. */
class RecentTweets
{
public:
    RecentTweets();

    /** A recent tweet, more likely one of the last few; nullptr before the first remember(). */
    const RecentTweet *pick(Random &random);
    /** Keeps a tweet, forgetting the oldest one when full. */
    void remember(const ComposedTweet &tweet);

private:
    std::vector<RecentTweet> m_tweets;
    std::size_t m_head = 0;
    std::size_t m_fill = 0;
};

} // namespace trove::synthetic
