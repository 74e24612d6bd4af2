#pragma once

#include "core/media/mediaentry.h"
#include "core/query/tweetfilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

/** The tweet a retweet, reply or quote points at, when the archive holds it. */
struct TweetContext
{
    std::int64_t tweetId = 0;   ///< 0: the archive does not hold it
    std::int64_t accountId = 0; ///< its author's account in the cache
    QString author;             ///< the author's screen name, or alias for hashed accounts
    QDateTime time;             ///< UTC
    QString text;               ///< as stored
};

/** Everything a tweet card, an export row or a citation shows of one tweet. */
struct TweetRow
{
    std::int64_t id = 0; ///< the tweet id (FiveThirtyEight v1 tweets: a negative synthetic id)
    QDateTime time;      ///< UTC
    std::int64_t campaignId = 0;
    QString campaign; ///< the campaign's name
    std::int64_t accountId = 0;
    QString userid;      ///< as published (digits, a hash, or 'handle:name' for FiveThirtyEight)
    QString screenName;  ///< empty for hashed accounts
    QString displayName; ///< empty for hashed accounts
    QString alias;       ///< 'Anon-7KQ2XF' for hashed accounts, else empty
    QString category;    ///< the account's category ('RightTroll'), when known
    QString language;
    QString client;
    TweetKind kind = TweetKind::Original;
    QString text; ///< as stored (entities such as &amp; undecoded: decode for display)
    std::int64_t inReplyToTweet = 0;
    QString inReplyToUserid;
    std::int64_t quotedTweet = 0;
    std::int64_t retweetOfTweet = 0;
    QString retweetOfUserid;
    std::int64_t likeCount = -1; ///< -1: not published
    std::int64_t retweetCount = -1;
    std::int64_t replyCount = -1;
    std::int64_t quoteCount = -1;
    int mediaCount = 0; ///< media files indexed for this tweet
    /**
     * The ids (media.id) of the tweet's indexed media files in archive and entry order (media.archive_id,
     * then media.entry_index), at most MaximumMediaIds of them: what a card shows. mediaCount stays the
     * total, which may be larger.
     */
    QList<std::int64_t> mediaIds;
    QList<MediaKind> mediaKinds; ///< the kind of each of mediaIds, in the same order
    static constexpr int MaximumMediaIds = 4;
    bool hasMediaUrl = false; ///< the archive lists media for it (even when no media file is indexed)
    TweetContext context;     ///< the retweeted, replied-to or quoted tweet, when in the archive
    int repliesInArchive = 0; ///< replies to it that the archive holds
    QString sourceFile;       ///< "file.zip › entry.csv" or the file's path
    std::int64_t sourceRecord = 0;

    /** The name to show: the screen name, else the alias. */
    QString shownName() const { return screenName.isEmpty() ? alias : screenName; }
};

} // namespace trove
