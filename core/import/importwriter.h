#pragma once

#include "core/db/database.h"
#include "core/import/accountlinker.h"
#include "core/import/recordconverter.h"
#include "core/import/searchindexwriter.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace trove {

/** Where a batch's rows go, and the checkpoint row that records how far its source has been read. */
struct WriteTarget
{
    std::int64_t campaignId = 0;
    std::int64_t sourceFileId = 0;
};

/**
 * The writer side of an import: turns ImportBatches into rows of the cache, on the thread that owns the
 * connection. Everything a batch implies (tweet, search index entry, hashtags, mentions, urls, accounts,
 * daily activity, counters, rejects, the source's position) is written in the same transaction, so that a
 * commit is always a consistent checkpoint to resume from.
 */
class ImportWriter
{
public:
    /** Writes into @p db; new tweets' texts go to @p search, which commits after each checkpoint. */
    ImportWriter(Database &db, SearchIndexWriter &search);

    /** Prepares statements, loads lookup tables and opens the first transaction. */
    bool begin();
    /** Writes one batch into the open transaction. */
    bool write(const ImportBatch &batch, const WriteTarget &target);
    /** Flushes accumulated counters and the sources' positions, commits, and opens the next transaction. */
    bool checkpoint(bool reopen = true);

    QString errorString() const { return m_db.errorString(); }

    std::int64_t tweetsAdded = 0;
    std::int64_t duplicates = 0;
    std::int64_t accountsAdded = 0;
    std::int64_t accountsUpdated = 0;
    std::int64_t rejected = 0;
    std::int64_t repaired = 0;

private:
    struct AccountDelta
    {
        std::int64_t campaignId = 0;
        std::int64_t tweets = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
    };
    struct DailyDelta
    {
        std::int64_t campaignId = 0;
        std::int64_t tweets = 0, retweets = 0, replies = 0, quotes = 0;
    };
    struct CampaignDelta
    {
        std::int64_t tweets = 0;
        std::int64_t accounts = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
        std::unordered_map<std::string, std::int64_t> languages; ///< tweets by language ('' unknown)
        std::unordered_map<std::int64_t, std::int64_t> clients;  ///< tweets by client id
    };
    struct SourceProgress
    {
        std::int64_t recordsDone = 0, endOffset = 0, added = 0, duplicates = 0, rejected = 0, repaired = 0;
        bool finished = false;
    };

    std::int64_t accountFor(const ImportBatch &batch, const ImportRow &row, std::int64_t campaignId,
                            bool fromUsersFile);
    std::int64_t clientFor(std::string_view name);
    /** Binds @p row under @p tweetId and runs the INSERT OR IGNORE (changes() tells whether it was added). */
    bool insertTweet(const ImportBatch &batch, const ImportRow &row, std::int64_t tweetId,
                     std::int64_t accountId, std::int64_t clientId, const WriteTarget &target);
    std::int64_t hashtagFor(std::string_view tag);
    void bindOptional(Statement &statement, int index, const ImportBatch &batch, Slice slice);
    void bindCount(Statement &statement, int index, std::int64_t value);
    bool loadAccounts(std::int64_t campaignId);

    Database &m_db;
    SearchIndexWriter &m_search;
    SearchBatch m_searchBatch;
    Statement m_insertTweet, m_insertHashtag, m_insertTweetHashtag, m_insertMention, m_insertUrl;
    Statement m_insertAccount, m_updateAccount, m_insertClient, m_upsertDaily, m_updateAccountStats;
    Statement m_updateCampaign, m_updateSource, m_insertReject, m_tweetAccount, m_sameSyntheticTweet;
    Statement m_upsertLanguage, m_upsertClient, m_upsertCampaignDay, m_upsertQuarterHour;
    std::unordered_map<std::int64_t, std::unordered_map<std::string, std::int64_t>> m_accounts; // by campaign
    std::unordered_map<std::string, std::int64_t> m_clients;
    std::unordered_map<std::string, std::int64_t> m_hashtags;
    std::unordered_map<std::int64_t, AccountDelta> m_accountDeltas;
    std::unordered_map<std::int64_t, DailyDelta> m_dailyDeltas; // key: account id << 20 | day
    std::unordered_map<std::int64_t, CampaignDelta> m_campaignDeltas;
    /** Tweets per campaign and quarter hour (time / 900); key: campaign id << 32 | the slot's low 32 bits. */
    std::unordered_map<std::int64_t, std::int64_t> m_quarterHourDeltas;
    std::unordered_map<std::int64_t, SourceProgress> m_sourceProgress;
    std::string m_key;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_pendingHashtags; ///< (hashtag id, tweet id)
    std::vector<std::pair<std::string, std::int64_t>> m_pendingMentions;  ///< (userid, tweet id)
    AccountLinker::TweetPairs m_sameTweets; ///< (account in the cache, account of the duplicate)
};

} // namespace trove
