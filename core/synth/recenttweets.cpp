#include "core/synth/recenttweets.h"

#include "core/synth/random.h"

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

void RecentTweets::remember(std::int64_t tweetId, std::uint32_t account, const std::string &text,
                            const std::string &hashtags, const std::string &urls, const std::string &mentions)
{
    RecentTweet &recent = m_tweets[m_head];
    recent.tweetId = tweetId;
    recent.account = account;
    recent.text = text;
    recent.hashtags = hashtags;
    recent.urls = urls;
    recent.mentions = mentions;
    m_head = (m_head + 1) % recentTweetCount;
    m_fill = std::min(m_fill + 1, recentTweetCount);
}

} // namespace trove::synthetic
