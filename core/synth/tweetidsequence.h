#pragma once

#include "core/synth/civildate.h"

#include <cstdint>

namespace trove::synthetic {

class Random;

/** Twitter's snowflake epoch: 2010-11-04 01:42:54.657 UTC, in milliseconds since 1970. */
constexpr std::int64_t snowflakeEpochMilliseconds = 1288834974657;
/** Accounts created from this day on get snowflake user ids; older ones small sequential numbers. */
constexpr std::int64_t firstUserSnowflakeDay = daysFromCivil(2016, 1, 1);

/**
 * Tweet ids that grow with tweet time, as Twitter's do: sequential-looking numbers before the snowflake
 * epoch, snowflakes (milliseconds above 22 bits of worker and sequence) after it.
 */
class TweetIdSequence
{
public:
    /** Draws from @p random, which must outlive this sequence. */
    explicit TweetIdSequence(Random &random);

    /** The id of the next archive tweet, posted at @p minute; always larger than the previous one. */
    std::int64_t next(std::int64_t minute);
    /** The id of a tweet outside the archive from up to a week before @p minute. */
    std::int64_t earlier(std::int64_t minute);

private:
    Random &m_random;
    std::int64_t m_lastTweetId = 0;
};

} // namespace trove::synthetic
