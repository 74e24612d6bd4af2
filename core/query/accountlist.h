#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <optional>

namespace trove {

class Database;

/**
 * One account as the browser lists it. A Twitter-archive account and the FiveThirtyEight accounts that
 * account_links joins to it (the same person) are one record: the Twitter account is the row (its id,
 * campaign, userid and profile), the FiveThirtyEight accounts are folded into it (linkedAccountIds), its
 * figures cover both (tweet count summed, first/last tweet over both) and its sources name both. A profile
 * field the Twitter archive left empty is taken from the linked account (FiveThirtyEight publishes follower
 * counts and categories; the linker already copied the category onto the Twitter account).
 */
struct AccountRecord
{
    /** Where an account's rows came from (bit flags). */
    enum Source : unsigned {
        TwitterArchive = 1,  ///< Twitter's own releases (users and tweets CSVs)
        FiveThirtyEight = 2, ///< FiveThirtyEight's IRAhandle_tweets files (Linvill & Warren)
        NbcNews = 4,         ///< NBC News' deleted troll tweets
    };

    std::int64_t accountId = 0; ///< accounts.id of the row (the Twitter account of a linked pair)
    std::int64_t campaignId = 0;
    QString campaign;    ///< the campaign's name as shown
    QString userid;      ///< as published: digits, a hash, or 'handle:name' (FiveThirtyEight, NBC)
    bool hashed = false; ///< the archive replaced the screen name by a hash
    QString alias;       ///< 'Anon-7KQ2XF' for hashed accounts, else empty
    QString screenName;  ///< as stored: the hash itself for hashed accounts
    QString displayName; ///< empty when unknown, or when the archive replaced it by the hash
    QString location;
    QString description;
    QString profileUrl;
    std::int64_t followers = -1; ///< -1: unknown
    std::int64_t following = -1; ///< -1: unknown
    QDateTime created;           ///< UTC; invalid when unknown
    QString language;            ///< the account's language as published ('en'); empty when unknown
    std::int64_t tweetCount = 0; ///< tweets in the cache, the linked accounts' included
    QDateTime firstTweet;        ///< UTC; invalid when the account has no tweets in the cache
    QDateTime lastTweet;
    std::optional<std::int64_t> dormancyDays; ///< UTC calendar days from creation to first tweet
    QString category;                         ///< 'RightTroll', ... (FiveThirtyEight); empty when unknown
    QString accountType;                      ///< 'Right', 'Russian', ... (FiveThirtyEight)
    unsigned sources = 0;                     ///< Source flags, the linked accounts' included

    QList<std::int64_t> linkedAccountIds;  ///< FiveThirtyEight accounts folded into this row
    QList<std::int64_t> linkedCampaignIds; ///< their campaigns, in the same order
    QStringList linkedCampaigns;           ///< their campaigns' names, in the same order
    QStringList linkedScreenNames;         ///< their handles as the files spell them ('AmericanVoice')

    /** The name to show: the alias of a hashed account, else the screen name. */
    QString shownName() const { return hashed && !alias.isEmpty() ? alias : screenName; }
    /** The account and the accounts folded into it: what a timeline of this account shows. */
    QList<std::int64_t> accountIds() const { return QList<std::int64_t>{accountId} + linkedAccountIds; }
    bool isLinked() const { return !linkedAccountIds.isEmpty(); }
};

/** What AccountList::load() read. */
struct AccountListResult
{
    bool ok = false;
    QString errorString; ///< why not ok
    bool cancelled = false;
    QList<AccountRecord> accounts;
};

/**
 * Reads the accounts of a cache for the account browser: every account of the selected campaigns (all in
 * memory: a few thousand to some hundred thousand rows), linked pairs folded into one record.
 */
class AccountList
{
public:
    /**
     * The accounts of @p campaignIds (empty: every campaign), ordered by account id. A FiveThirtyEight
     * account linked to a Twitter-archive account is folded into it (into each, when several link it) and
     * has no row of its own; a pair is listed when either of its accounts is in the selection.
     *
     * Runs on the calling thread with @p db (a read connection of that thread). While @p cancel (optional)
     * is true the read stops: the result then has cancelled set. Errors are reported in the result.
     */
    static AccountListResult load(Database &db, const QList<std::int64_t> &campaignIds,
                                  const std::atomic_bool *cancel = nullptr);

    /**
     * The record of the row that holds @p accountId, as load() would list it: the account itself with its
     * linked accounts folded in, or, for a FiveThirtyEight account linked to a Twitter-archive account, that
     * Twitter account's record (the lowest id when several link it). std::nullopt with @p error set when
     * there is no such account or the read fails. Runs on the calling thread.
     */
    static std::optional<AccountRecord> account(Database &db, std::int64_t accountId,
                                                QString *error = nullptr);

    /**
     * The accounts @p accountIds each as stored, nothing folded (a linked pair gives two records), ordered
     * by id; ids not in the cache are left out. Empty with @p error set when the read fails.
     */
    static QList<AccountRecord> unfolded(Database &db, const QList<std::int64_t> &accountIds,
                                         QString *error = nullptr);

    /** Fills in record.dormancyDays from its created and firstTweet dates (unset when either is unknown). */
    static void computeDormancy(AccountRecord &record);

    /** Folds @p linked (a FiveThirtyEight account) into @p record, as load() does for each link. */
    static void fold(AccountRecord &record, const AccountRecord &linked);

    /**
     * The readable alias of a hashed userid ('Anon-7KQ2XF'), computed as the importer does when it stores
     * accounts.alias: for hashed accounts that are mentioned or retweeted but not in the cache.
     */
    static QString aliasFor(const QString &userid);

    /** True when @p userid is neither digits nor a 'handle:' key: a hash Twitter published instead. */
    static bool isHashedUserid(const QString &userid);
};

} // namespace trove
