#include "core/synth/recenttweets.h"

#include "core/synth/random.h"
#include "core/synth/tweetgenerator.h"

#include <algorithm>

namespace trove::synthetic {

namespace {

constexpr std::size_t recentTweetCount = 512;

} // namespace

RecentTweets::RecentTweets()
{
    m_tweets.resize(recentTweetCount);
}

const RecentTweet *RecentTweets::pick(Random &random)
{
    if (m_fill == 0)
        return nullptr;
    // Favour the last few tweets so that replies pile up into threads.
    const std::size_t window = random.percent(50) ? std::min<std::size_t>(m_fill, 8) : m_fill;
    const std::size_t offset = random.below(window);
    return &m_tweets[(m_head + recentTweetCount - 1 - offset) % recentTweetCount];
}

void RecentTweets::remember(const ComposedTweet &tweet)
{
    RecentTweet &recent = m_tweets[m_head];
    recent.tweetId = tweet.tweetId;
    recent.account = tweet.author;
    recent.text = tweet.text;
    recent.hashtags = tweet.hashtags;
    recent.urls = tweet.urls;
    recent.mentions = tweet.mentions;
    recent.expandedUrls = tweet.expandedUrls;
    m_head = (m_head + 1) % recentTweetCount;
    m_fill = std::min(m_fill + 1, recentTweetCount);
}

} // namespace trove::synthetic
