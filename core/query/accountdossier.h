#pragma once

#include "core/media/mediaentry.h"
#include "core/query/accountlist.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>

namespace trove {

class Database;

/** A value (a language, a client, a hashtag, a domain) with how many of the account's tweets have it. */
struct RankedValue
{
    QString value;
    std::int64_t count = 0;
};

/** An account that the dossier's account retweets or mentions, and how often. */
struct RankedAccount
{
    QString userid;             ///< as the tweets give it (digits, a hash, or 'handle:name')
    QString name;               ///< screen name; the alias for hashed accounts; the userid when unknown
    QString displayName;        ///< when the cache holds the account and knows it
    std::int64_t accountId = 0; ///< the account in the cache (open its dossier); 0: not in the archive
    bool hashed = false;
    std::int64_t count = 0; ///< tweets retweeting / mentioning it
};

/** One day of activity_daily, the dossier's account and its linked accounts summed. */
struct ActivityDay
{
    QDate day;               ///< UTC
    std::int64_t tweets = 0; ///< all kinds
    std::int64_t retweets = 0;
    std::int64_t replies = 0;
    std::int64_t quotes = 0;
};

/** A file the account's rows came from. */
struct DossierSource
{
    std::int64_t sourceFileId = 0;
    QString campaign;
    QString file;            ///< "file.zip › entry.csv" or the file's path
    QString format;          ///< 'twitter-tweets', 'fivethirtyeight-tweets', 'twitter-users', ...
    std::int64_t tweets = 0; ///< the account's tweets from it (users files: 0)
    bool usersFile = false;  ///< a users file of the account's campaign (the profile came from one of them)
};

/** One of the account's media files, as the dossier's media section shows it. */
struct DossierMedia
{
    std::int64_t mediaId = 0; ///< media.id
    MediaKind kind = MediaKind::Image;
    std::int64_t tweetId = 0; ///< the tweet it belongs to; 0 for a profile image or banner
    QDateTime time;           ///< the tweet's time (UTC) when the cache holds the tweet, else invalid
    QString format;           ///< 'jpg', 'png', 'mp4', ...
};

/** Everything the dossier screen shows of one account (a linked pair counted as one). */
struct AccountDossier
{
    bool ok = false;
    QString errorString;
    bool cancelled = false;
    unsigned parts = 0; ///< AccountDossierQuery::Part flags that were read

    AccountRecord account;               ///< the row as the browser lists it (linked accounts folded in)
    QList<AccountRecord> linkedAccounts; ///< the folded accounts, each as a record of its own

    // Overview
    std::int64_t originals = 0; ///< from activity_daily: tweets that are no retweet, reply or quote
    std::int64_t retweets = 0;
    std::int64_t replies = 0;
    std::int64_t quotes = 0;
    QList<ActivityDay> activity;    ///< days with tweets, in date order
    QList<RankedValue> languages;   ///< tweet languages, most first ('' for tweets without one)
    QList<RankedValue> clients;     ///< client names, most first ('' for tweets without one)
    QList<RankedAccount> retweeted; ///< accounts it retweets most (at most the limit)
    QList<DossierSource> sources;

    // Entities
    QList<RankedValue> hashtags;    ///< case-folded tags without '#', most first (at most the limit)
    QList<RankedValue> domains;     ///< link domains, by tweets linking to them (at most the limit)
    QList<RankedAccount> mentioned; ///< accounts it mentions most (at most the limit)

    // Media
    std::int64_t mediaTotal = 0;     ///< indexed media files of the account (media.account_id)
    QList<RankedValue> mediaKinds;   ///< media.kind names ('image', 'video', ...) and counts, most first
    QList<DossierMedia> recentMedia; ///< profile images first, then its newest tweets' media (at most 12)
};

/**
 * Reads an account's dossier. The row and everything read from its tweets covers the account and the
 * accounts linked to it, as AccountList::account() folds them.
 *
 * The Overview part reads the account's tweets once through tweets_by_account(account_id, time) and
 * activity_daily's primary key: its cost grows with the account's tweets only. The Entities part counts
 * tweet_hashtags, tweet_mentions and tweet_urls rows of those tweets: these tables have no index by tweet
 * id, so without one (see the report of issue 4) it reads them whole, filtered by the account's tweet ids;
 * with an index on tweet_id the same statements look the tweets up instead. The Media part reads the
 * account's rows of the media table through media_by_account. The UI reads the parts as separate jobs so
 * that the overview shows at once.
 */
class AccountDossierQuery
{
public:
    enum Part : unsigned {
        Overview = 1, ///< record, linked accounts, kinds, activity, languages, clients, retweeted, sources
        Entities = 2, ///< hashtags, domains, mentioned accounts
        Media = 4,    ///< media counts by kind and the recent media (media_by_account)
        AllParts = Overview | Entities | Media,
    };

    /**
     * The dossier of the row holding @p accountId (see AccountList::account()), with the @p parts asked
     * for, and at most @p limit entries in each ranked list but languages and clients (all of them). Runs on
     * the calling thread with @p db; while @p cancel (optional) is true the read stops (cancelled set).
     * Errors are reported in the result.
     */
    /** How many media files AccountDossier::recentMedia lists at most. */
    static constexpr int MaximumRecentMedia = 12;

    static AccountDossier load(Database &db, std::int64_t accountId, unsigned parts = AllParts,
                               int limit = 10, const std::atomic_bool *cancel = nullptr);
};

} // namespace trove
