#pragma once

#include "core/query/tweetrow.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

class Database;

/** One tweet of a thread and how deep it sits (0: the oldest tweet of the thread the archive holds). */
struct ConversationEntry
{
    TweetRow tweet;
    int depth = 0;
};

/** A thread as far as the archive holds it. */
struct Conversation
{
    std::int64_t focusId = 0;         ///< the tweet the thread was asked for
    QList<ConversationEntry> entries; ///< depth-first: each tweet followed by its replies, oldest first
    std::int64_t missingParentId = 0; ///< the tweet the oldest one answers, not in the archive (0: none)
    QString missingParentUserid;      ///< its author's userid as the archive gives it
    bool truncated = false;           ///< more replies than the limit: the thread is cut
};

/**
 * The thread of a tweet: up the in_reply_to chain as far as the archive holds it, then every reply in the
 * archive below the oldest tweet found (the tweets_by_reply index), depth first, replies oldest first. A
 * chain that loops (damaged data) is followed once. Runs on the calling thread; Database::interrupt() or the
 * cancel flag stops it.
 */
class ConversationQuery
{
public:
    static constexpr int MaximumAncestors = 500;
    static constexpr int DefaultMaximumTweets = 2000;

    /** The thread of @p tweetId; entries empty when the cache does not hold it (or on error, with @p error).
     */
    static Conversation load(Database &db, std::int64_t tweetId, QString *error,
                             int maximumTweets = DefaultMaximumTweets);
};

} // namespace trove
