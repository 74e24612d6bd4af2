#pragma once

#include <cstdint>
#include <set>
#include <utility>

namespace trove {

class Database;

/**
 * Joins the accounts of Twitter's archives with those of FiveThirtyEight's files that are the same person,
 * in the table account_links (one row per pair: account_id the Twitter-archive account, linked_account_id
 * the FiveThirtyEight account, whose userid is "handle:" + the lower-cased author), and carries
 * FiveThirtyEight's category and account type over to the Twitter-archive account.
 *
 * Two kinds of match:
 * - 'handle': an unhashed Twitter-archive account (hashed = 0) whose lower-cased screen name is the
 *   FiveThirtyEight handle. Set-based SQL run at the end of every import (linkByHandle()).
 * - 'tweet id': a tweet id published by both. tweets.id is the primary key, so the second copy is never
 *   stored; the import writer notices the duplicate, keeps the pair of accounts and hands it to
 *   linkSameTweets() at its next checkpoint, in the same transaction as the rows. The only way to link a
 *   hashed account. Limits: FiveThirtyEight's v1 rows have no tweet id (they cannot match), and files
 *   imported before schema 3 recorded no pairs: import them into a new cache to find these links.
 *
 * Accounts count as FiveThirtyEight accounts when their userid starts with "handle:" and their campaign has
 * a 'fivethirtyeight-tweets' source (NBC's accounts are keyed the same way); as Twitter-archive accounts
 * when their userid does not start with "handle:".
 */
class AccountLinker
{
public:
    /** Pairs of account ids that published the same tweet id, in either order. */
    using TweetPairs = std::set<std::pair<std::int64_t, std::int64_t>>;

    /**
     * Records the pairs of @p pairs that are a Twitter-archive and a FiveThirtyEight account as 'tweet id'
     * links; ignores the others (two Twitter campaigns, NBC, ...). Runs in the caller's transaction.
     */
    static bool linkSameTweets(Database &db, const TweetPairs &pairs);

    /**
     * Adds the 'handle' links and carries categories over (to accounts that have none), in one
     * transaction. Idempotent. Returns the number of links added, or -1 with the reason in
     * db.errorString().
     */
    static std::int64_t linkByHandle(Database &db);

    /** The number of rows of account_links. */
    static std::int64_t linkCount(Database &db);
};

} // namespace trove
