#include "core/synth/tweetidsequence.h"

#include "core/synth/random.h"

#include <algorithm>

namespace trove::synthetic {

namespace {

// The first whole minute at least a minute after the snowflake epoch: every snowflake id from it on is
// larger than any id of the sequential scheme used before, so ids keep growing with time.
constexpr std::int64_t firstSnowflakeMinute = snowflakeEpochMilliseconds / 60000 + 2;
constexpr std::int64_t sequentialIdBase = 1000000000;
constexpr std::int64_t sequentialIdsPerSecond = 480;

} // namespace

TweetIdSequence::TweetIdSequence(Random &random)
    : m_random(random)
{}

std::int64_t TweetIdSequence::next(std::int64_t minute)
{
    std::int64_t candidate = 0;
    if (minute >= firstSnowflakeMinute) {
        // Twitter's snowflake: milliseconds since its epoch above 22 bits of worker and sequence. Keeping
        // the low bits below 2^21 leaves room for the +1 that makes ids unique within one millisecond.
        const std::int64_t milliseconds = minute * 60000 + std::int64_t(m_random.below(59000));
        candidate =
            ((milliseconds - snowflakeEpochMilliseconds) << 22) | std::int64_t(m_random.below(1 << 21));
    } else {
        const std::int64_t seconds = minute * 60 + std::int64_t(m_random.below(59));
        candidate = sequentialIdBase + (seconds - firstAccountDay * 86400) * sequentialIdsPerSecond +
                    std::int64_t(m_random.below(sequentialIdsPerSecond));
    }
    m_lastTweetId = std::max(candidate, m_lastTweetId + 1);
    return m_lastTweetId;
}

std::int64_t TweetIdSequence::earlier(std::int64_t minute)
{
    // A tweet outside the archive: its id is smaller than the current one.
    const std::int64_t earlier = std::max(firstAccountDay * minutesPerDay,
                                          minute - 1 - std::int64_t(m_random.below(7 * minutesPerDay)));
    if (earlier >= firstSnowflakeMinute) {
        const std::int64_t milliseconds = earlier * 60000 + std::int64_t(m_random.below(59000));
        return ((milliseconds - snowflakeEpochMilliseconds) << 22) | std::int64_t(m_random.below(1 << 22));
    }
    const std::int64_t seconds = earlier * 60 + std::int64_t(m_random.below(59));
    return sequentialIdBase + (seconds - firstAccountDay * 86400) * sequentialIdsPerSecond +
           std::int64_t(m_random.below(sequentialIdsPerSecond));
}

} // namespace trove::synthetic
