#include "core/import/accountlinker.h"

#include "core/db/database.h"

namespace trove {

namespace {

const char LinkSameTweet[] =
    "INSERT OR IGNORE INTO account_links(account_id, linked_account_id, reason) "
    "SELECT t.id, f.id, 'tweet id' FROM accounts t, accounts f "
    "WHERE t.id = ?1 AND f.id = ?2 AND substr(t.userid, 1, 7) <> 'handle:' "
    // A FiveThirtyEight account: keyed by handle, in a campaign that FiveThirtyEight files were imported
    // into (NBC's accounts are keyed by handle too, and are not linked).
    "AND substr(f.userid, 1, 7) = 'handle:' "
    "AND f.campaign_id IN (SELECT campaign_id FROM source_files WHERE format = 'fivethirtyeight-tweets')";

// Driven by the Twitter-archive accounts, each looked up in the UNIQUE(campaign_id, userid) index of every
// FiveThirtyEight campaign: one pass over accounts, no quadratic join (CROSS JOIN keeps SQLite to that
// order instead of building an automatic index on accounts). lower() folds ASCII only, like
// FiveThirtyEightConverter::userIdFor() (handles are ASCII).
const char LinkByHandle[] =
    "INSERT OR IGNORE INTO account_links(account_id, linked_account_id, reason) "
    "SELECT t.id, f.id, 'handle' FROM accounts t "
    "CROSS JOIN (SELECT DISTINCT campaign_id FROM source_files WHERE format = 'fivethirtyeight-tweets') c "
    "CROSS JOIN accounts f "
    "ON f.campaign_id = c.campaign_id AND f.userid = 'handle:' || lower(t.screen_name) "
    "WHERE t.hashed = 0 AND t.screen_name IS NOT NULL AND t.screen_name <> '' "
    "AND substr(t.userid, 1, 7) <> 'handle:'";

// Only accounts without a category take one, so that a re-run changes nothing; with several linked
// FiveThirtyEight accounts, the first one (lowest id) that has a category gives both fields.
const char CarryCategories[] =
    "UPDATE accounts SET "
    "category = (SELECT f.category FROM account_links l JOIN accounts f ON f.id = l.linked_account_id "
    "            WHERE l.account_id = accounts.id AND f.category IS NOT NULL "
    "            ORDER BY l.linked_account_id LIMIT 1), "
    "account_type = coalesce(account_type, "
    "           (SELECT f.account_type FROM account_links l JOIN accounts f ON f.id = l.linked_account_id "
    "            WHERE l.account_id = accounts.id AND f.category IS NOT NULL "
    "            ORDER BY l.linked_account_id LIMIT 1)) "
    "WHERE category IS NULL AND id IN (SELECT l.account_id FROM account_links l "
    "                                  JOIN accounts f ON f.id = l.linked_account_id "
    "                                  WHERE f.category IS NOT NULL)";

} // namespace

bool AccountLinker::linkSameTweets(Database &db, const TweetPairs &pairs)
{
    if (pairs.empty()) {
        return true;
    }
    Statement link(db, LinkSameTweet);
    for (const auto &[a, b] : pairs) {
        // Either import order: the Twitter file first (the 538 row is the duplicate) or the 538 file first.
        link.bind(1, a);
        link.bind(2, b);
        if (!link.run()) {
            return false;
        }
        link.bind(1, b);
        link.bind(2, a);
        if (!link.run()) {
            return false;
        }
    }
    return true;
}

std::int64_t AccountLinker::linkByHandle(Database &db)
{
    Transaction transaction(db);
    if (!transaction.isActive() || !db.exec(LinkByHandle)) {
        return -1;
    }
    const std::int64_t added = db.changes();
    if (!db.exec(CarryCategories) || !transaction.commit()) {
        return -1;
    }
    return added;
}

std::int64_t AccountLinker::linkCount(Database &db)
{
    return db.scalar("SELECT count(*) FROM account_links");
}

} // namespace trove
