#include "core/import/importwriter.h"

#include "core/import/fivethirtyeightconverter.h"
#include "core/text/accountalias.h"

#include <algorithm>
#include <cstring>

namespace trove {

namespace {

bool isHex64(std::string_view text)
{
    if (text.size() != 64) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A stable readable name for a hashed account, the same in every cache and on every machine: people can
// say "Anon-7KQ2XF" to each other instead of reading out a 64-character digest.
const char *severityName(RejectRow::Severity severity)
{
    switch (severity) {
    case RejectRow::Severity::Rejected:
        return "rejected";
    case RejectRow::Severity::Repaired:
        return "repaired";
    case RejectRow::Severity::Skipped:
        return "skipped";
    }
    return "rejected";
}

} // namespace

ImportWriter::ImportWriter(Database &db, SearchIndexWriter &search)
    : m_db(db)
    , m_search(search)
{}

bool ImportWriter::begin()
{
    const bool prepared =
        m_insertTweet.prepare(m_db,
                              "INSERT OR IGNORE INTO tweets(id, campaign_id, account_id, time, language, "
                              "client_id, kind, in_reply_to_tweet, in_reply_to_userid, quoted_tweet, "
                              "retweet_of_tweet, retweet_of_userid, quote_count, reply_count, like_count, "
                              "retweet_count, latitude, longitude, poll_choices, text, source_file_id, "
                              "source_record) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") &&
        m_insertHashtag.prepare(m_db, "INSERT INTO hashtags(tag) VALUES(?)") &&
        m_insertTweetHashtag.prepare(
            m_db, "INSERT OR IGNORE INTO tweet_hashtags(tweet_id, hashtag_id) VALUES(?,?)") &&
        m_insertMention.prepare(m_db, "INSERT OR IGNORE INTO tweet_mentions(tweet_id, userid) VALUES(?,?)") &&
        m_insertUrl.prepare(m_db, "INSERT INTO tweet_urls(tweet_id, url, domain) VALUES(?,?,?)") &&
        m_insertAccount.prepare(m_db, "INSERT INTO accounts(campaign_id, userid, hashed, alias, screen_name, "
                                      "display_name, location, description, profile_url, follower_count, "
                                      "following_count, created, language, from_users_file, "
                                      "category, account_type, external_id) "
                                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") &&
        m_updateAccount.prepare(
            m_db,
            // A field the row leaves empty keeps what an earlier file said: an NBC users
            // row may hold nothing but a screen name.
            "UPDATE accounts SET screen_name=coalesce(?2, screen_name), "
            "display_name=coalesce(?3, display_name), location=coalesce(?4, location), "
            "description=coalesce(?5, description), profile_url=coalesce(?6, profile_url), "
            "follower_count=coalesce(?7, follower_count), "
            "following_count=coalesce(?8, following_count), created=coalesce(?9, created), "
            "language=coalesce(?10, language), from_users_file=1, "
            "external_id=coalesce(?11, external_id) WHERE id=?1") &&
        m_insertClient.prepare(m_db, "INSERT INTO clients(name) VALUES(?)") &&
        m_upsertDaily.prepare(
            m_db, "INSERT INTO activity_daily(account_id, day, campaign_id, tweets, retweets, "
                  "replies, quotes) VALUES(?,?,?,?,?,?,?) ON CONFLICT(account_id, day) DO "
                  "UPDATE SET tweets=tweets+excluded.tweets, retweets=retweets+excluded.retweets, "
                  "replies=replies+excluded.replies, quotes=quotes+excluded.quotes") &&
        m_updateAccountStats.prepare(m_db, "UPDATE accounts SET tweet_count=tweet_count+?2, "
                                           "first_tweet=min(coalesce(first_tweet, ?3), ?3), "
                                           "last_tweet=max(coalesce(last_tweet, ?4), ?4) WHERE id=?1") &&
        m_updateCampaign.prepare(
            m_db,
            "UPDATE campaigns SET tweet_count=tweet_count+?2, "
            "account_count=account_count+?3, "
            "first_tweet=CASE WHEN ?4 IS NULL THEN first_tweet ELSE min(coalesce(first_tweet, ?4), ?4) END, "
            "last_tweet=CASE WHEN ?5 IS NULL THEN last_tweet ELSE max(coalesce(last_tweet, ?5), ?5) END "
            "WHERE id=?1") &&
        m_updateSource.prepare(m_db, "UPDATE source_files SET records_done=?2, bytes_done=?3, completed=?4, "
                                     "added=added+?5, duplicates=duplicates+?6, rejected=rejected+?7, "
                                     "repaired=repaired+?8, imported_at=strftime('%s','now') WHERE id=?1") &&
        m_insertReject.prepare(m_db, "INSERT INTO rejects(source_file_id, record, severity, reason, excerpt) "
                                     "VALUES(?,?,?,?,?)") &&
        m_tweetAccount.prepare(m_db, "SELECT account_id FROM tweets WHERE id=?") &&
        // What a synthetic id stands for: (userid, time, text), see FiveThirtyEightConverter.
        m_sameSyntheticTweet.prepare(m_db, "SELECT t.time=?2 AND t.text=?3 AND a.userid=?4 FROM tweets t "
                                           "JOIN accounts a ON a.id=t.account_id WHERE t.id=?1") &&
        m_upsertLanguage.prepare(
            m_db, "INSERT INTO campaign_languages(campaign_id, language, tweets) "
                  "VALUES(?1,?2,?3) ON CONFLICT DO UPDATE SET tweets=tweets+excluded.tweets") &&
        m_upsertClient.prepare(m_db,
                               "INSERT INTO campaign_clients(campaign_id, client_id, tweets) "
                               "VALUES(?1,?2,?3) ON CONFLICT DO UPDATE SET tweets=tweets+excluded.tweets") &&
        m_upsertCampaignDay.prepare(m_db,
                                    "INSERT INTO campaign_daily(campaign_id, day, tweets) VALUES(?1,?2,?3) "
                                    "ON CONFLICT DO UPDATE SET tweets=tweets+excluded.tweets") &&
        m_upsertQuarterHour.prepare(
            m_db, "INSERT INTO campaign_quarter_hours(campaign_id, slot, tweets) VALUES(?1,?2,?3) "
                  "ON CONFLICT DO UPDATE SET tweets=tweets+excluded.tweets");
    if (!prepared) {
        return false;
    }
    {
        Statement clients(m_db, "SELECT id, name FROM clients");
        while (clients.next()) {
            const QByteArray name = clients.bytes(1);
            m_clients.emplace(std::string(name.constData(), size_t(name.size())), clients.int64(0));
        }
        Statement hashtags(m_db, "SELECT id, tag FROM hashtags");
        while (hashtags.next()) {
            const QByteArray tag = hashtags.bytes(1);
            m_hashtags.emplace(std::string(tag.constData(), size_t(tag.size())), hashtags.int64(0));
        }
    }
    return m_db.exec("BEGIN IMMEDIATE");
}

bool ImportWriter::loadAccounts(std::int64_t campaignId)
{
    auto &accounts = m_accounts[campaignId];
    Statement statement(m_db, "SELECT id, userid FROM accounts WHERE campaign_id=?");
    statement.bind(1, campaignId);
    while (statement.next()) {
        const QByteArray userid = statement.bytes(1);
        accounts.emplace(std::string(userid.constData(), size_t(userid.size())), statement.int64(0));
    }
    return statement.ok();
}

void ImportWriter::bindOptional(Statement &statement, int index, const ImportBatch &batch, Slice slice)
{
    if (slice.isNull()) {
        statement.bindNull(index);
    } else {
        const std::string_view text = batch.view(slice);
        statement.bindText(index, text.data(), std::int64_t(text.size()));
    }
}

void ImportWriter::bindCount(Statement &statement, int index, std::int64_t value)
{
    if (value < 0) {
        statement.bindNull(index);
    } else {
        statement.bind(index, value);
    }
}

std::int64_t ImportWriter::accountFor(const ImportBatch &batch, const ImportRow &row, std::int64_t campaignId,
                                      bool fromUsersFile)
{
    if (m_accounts.find(campaignId) == m_accounts.end()) {
        loadAccounts(campaignId);
    }
    auto &accounts = m_accounts[campaignId];
    const std::string_view userid = batch.view(row.userid);
    m_key.assign(userid);
    const auto found = accounts.find(m_key);
    if (found != accounts.end()) {
        if (fromUsersFile) {
            // The users file is the authority on profiles: it replaces what tweet rows said.
            m_updateAccount.bind(1, found->second);
            bindOptional(m_updateAccount, 2, batch, row.screenName);
            bindOptional(m_updateAccount, 3, batch, row.displayName);
            bindOptional(m_updateAccount, 4, batch, row.location);
            bindOptional(m_updateAccount, 5, batch, row.description);
            bindOptional(m_updateAccount, 6, batch, row.profileUrl);
            bindCount(m_updateAccount, 7, row.followers);
            bindCount(m_updateAccount, 8, row.following);
            bindCount(m_updateAccount, 9, row.created);
            bindOptional(m_updateAccount, 10, batch, row.accountLanguage);
            bindOptional(m_updateAccount, 11, batch, row.externalId);
            if (!m_updateAccount.run()) {
                return -1;
            }
            ++accountsUpdated;
        }
        return found->second;
    }
    const std::string_view screenName = batch.view(row.screenName);
    const bool hashed = (!screenName.empty() && screenName == userid) || isHex64(screenName);
    m_insertAccount.bind(1, campaignId);
    m_insertAccount.bindText(2, userid.data(), std::int64_t(userid.size()));
    m_insertAccount.bind(3, hashed ? 1 : 0);
    QByteArray alias;
    if (hashed) {
        alias = accountAlias(userid);
        m_insertAccount.bind(4, alias);
    } else {
        m_insertAccount.bindNull(4);
    }
    bindOptional(m_insertAccount, 5, batch, row.screenName);
    bindOptional(m_insertAccount, 6, batch, row.displayName);
    bindOptional(m_insertAccount, 7, batch, row.location);
    bindOptional(m_insertAccount, 8, batch, row.description);
    bindOptional(m_insertAccount, 9, batch, row.profileUrl);
    bindCount(m_insertAccount, 10, row.followers);
    bindCount(m_insertAccount, 11, row.following);
    bindCount(m_insertAccount, 12, row.created);
    bindOptional(m_insertAccount, 13, batch, row.accountLanguage);
    m_insertAccount.bind(14, fromUsersFile ? 1 : 0);
    bindOptional(m_insertAccount, 15, batch, row.category);
    bindOptional(m_insertAccount, 16, batch, row.accountType);
    bindOptional(m_insertAccount, 17, batch, row.externalId);
    if (!m_insertAccount.run()) {
        return -1;
    }
    const std::int64_t id = m_db.lastInsertId();
    accounts.emplace(m_key, id);
    ++accountsAdded;
    ++m_campaignDeltas[campaignId].accounts;
    return id;
}

std::int64_t ImportWriter::clientFor(std::string_view name)
{
    m_key.assign(name);
    const auto found = m_clients.find(m_key);
    if (found != m_clients.end()) {
        return found->second;
    }
    m_insertClient.bindText(1, name.data(), std::int64_t(name.size()));
    if (!m_insertClient.run()) {
        return -1;
    }
    const std::int64_t id = m_db.lastInsertId();
    m_clients.emplace(m_key, id);
    return id;
}

std::int64_t ImportWriter::hashtagFor(std::string_view tag)
{
    m_key.assign(tag);
    const auto found = m_hashtags.find(m_key);
    if (found != m_hashtags.end()) {
        return found->second;
    }
    m_insertHashtag.bindText(1, tag.data(), std::int64_t(tag.size()));
    if (!m_insertHashtag.run()) {
        return -1;
    }
    const std::int64_t id = m_db.lastInsertId();
    m_hashtags.emplace(m_key, id);
    return id;
}

bool ImportWriter::insertTweet(const ImportBatch &batch, const ImportRow &row, std::int64_t tweetId,
                               std::int64_t accountId, std::int64_t clientId, const WriteTarget &target)
{
    Statement &insert = m_insertTweet;
    insert.bind(1, tweetId);
    insert.bind(2, target.campaignId);
    insert.bind(3, accountId);
    insert.bind(4, row.time);
    bindOptional(insert, 5, batch, row.language);
    if (clientId > 0) {
        insert.bind(6, clientId);
    } else {
        insert.bindNull(6);
    }
    insert.bind(7, row.kind);
    auto bindLink = [&](int index, std::int64_t id) {
        if (id > 0) {
            insert.bind(index, id);
        } else {
            insert.bindNull(index);
        }
    };
    bindLink(8, row.inReplyToTweet);
    bindOptional(insert, 9, batch, row.inReplyToUserId);
    bindLink(10, row.quotedTweet);
    bindLink(11, row.retweetOfTweet);
    bindOptional(insert, 12, batch, row.retweetUserId);
    bindCount(insert, 13, row.quoteCount);
    bindCount(insert, 14, row.replyCount);
    bindCount(insert, 15, row.likeCount);
    bindCount(insert, 16, row.retweetCount);
    bindOptional(insert, 17, batch, row.latitude);
    bindOptional(insert, 18, batch, row.longitude);
    bindOptional(insert, 19, batch, row.pollChoices);
    const std::string_view text = batch.view(row.text);
    insert.bindText(20, text.data(), std::int64_t(text.size()));
    insert.bind(21, target.sourceFileId);
    insert.bind(22, row.record);
    return insert.run();
}

bool ImportWriter::write(const ImportBatch &batch, const WriteTarget &target)
{
    SourceProgress &progress = m_sourceProgress[target.sourceFileId];
    const bool usersFile =
        batch.format == ArchiveFormat::TwitterUsers || batch.format == ArchiveFormat::NbcUsers;
    for (const ImportRow &row : batch.rows) {
        const std::int64_t accountId = accountFor(batch, row, target.campaignId, usersFile);
        if (accountId < 0) {
            return false;
        }
        if (usersFile) {
            ++progress.added;
            continue;
        }
        const std::int64_t clientId = row.client.isNull() ? 0 : clientFor(batch.view(row.client));
        if (clientId < 0) {
            return false;
        }
        const std::string_view text = batch.view(row.text);
        std::int64_t tweetId = row.tweetId;
        if (!insertTweet(batch, row, tweetId, accountId, clientId, target)) {
            return false;
        }
        bool added = m_db.changes() != 0;
        // A synthetic id is a 36-bit hash within its minute: a different tweet holding it is a collision, not
        // a duplicate, and this one takes the next id of the minute that is free or holds the same tweet.
        // One primary-key lookup per duplicate; the same probes in the same order on every re-import.
        while (!added && tweetId < 0) {
            m_sameSyntheticTweet.bind(1, tweetId);
            m_sameSyntheticTweet.bind(2, row.time);
            m_sameSyntheticTweet.bindText(3, text.data(), std::int64_t(text.size()));
            const std::string_view userid = batch.view(row.userid);
            m_sameSyntheticTweet.bindText(4, userid.data(), std::int64_t(userid.size()));
            const bool held = m_sameSyntheticTweet.next();
            const bool same = held && m_sameSyntheticTweet.int64(0) != 0;
            const bool ok = m_sameSyntheticTweet.ok();
            m_sameSyntheticTweet.reset();
            if (!ok) {
                return false;
            }
            if (same || !held) {
                break;
            }
            tweetId = FiveThirtyEightConverter::nextSyntheticTweetId(tweetId);
            if (!insertTweet(batch, row, tweetId, accountId, clientId, target)) {
                return false;
            }
            added = m_db.changes() != 0;
        }
        if (!added) {
            // The tweet is in the cache already (a re-import or overlapping parts): the first copy stays.
            ++duplicates;
            ++progress.duplicates;
            if (tweetId > 0 && (batch.format == ArchiveFormat::TwitterTweets ||
                                batch.format == ArchiveFormat::FiveThirtyEightTweets)) {
                // The same tweet id published by two accounts may be a Twitter archive's and
                // FiveThirtyEight's view of one person: the only trace of it, since the second copy is not
                // stored. The pair is checked and linked at the checkpoint (AccountLinker::linkSameTweets);
                // one primary-key lookup per duplicate. (Synthetic ids are never in a Twitter archive.)
                m_tweetAccount.bind(1, tweetId);
                const std::int64_t existing = m_tweetAccount.next() ? m_tweetAccount.int64(0) : accountId;
                m_tweetAccount.reset();
                if (existing != accountId) {
                    m_sameTweets.emplace(existing, accountId);
                }
            }
            continue;
        }
        ++tweetsAdded;
        ++progress.added;

        m_searchBatch.add(tweetId, row.searchText.isNull() ? text : batch.view(row.searchText));
        for (std::uint32_t i = 0; i < row.hashtagsCount; ++i) {
            const std::int64_t hashtagId = hashtagFor(batch.view(batch.items[row.hashtagsBegin + i]));
            if (hashtagId < 0) {
                return false;
            }
            m_pendingHashtags.emplace_back(hashtagId, tweetId);
        }
        for (std::uint32_t i = 0; i < row.urlsCount; ++i) {
            m_insertUrl.bind(1, tweetId);
            bindOptional(m_insertUrl, 2, batch, batch.items[row.urlsBegin + 2 * i]);
            bindOptional(m_insertUrl, 3, batch, batch.items[row.urlsBegin + 2 * i + 1]);
            if (!m_insertUrl.run()) {
                return false;
            }
        }
        for (std::uint32_t i = 0; i < row.mentionsCount; ++i) {
            m_pendingMentions.emplace_back(std::string(batch.view(batch.items[row.mentionsBegin + i])),
                                           tweetId);
        }

        AccountDelta &account = m_accountDeltas[accountId];
        if (account.tweets == 0) {
            account.campaignId = target.campaignId;
            account.first = row.time;
            account.last = row.time;
        }
        ++account.tweets;
        account.first = std::min(account.first, row.time);
        account.last = std::max(account.last, row.time);

        const std::int64_t day = row.time >= 0 ? row.time / 86400 : (row.time - 86399) / 86400;
        DailyDelta &daily = m_dailyDeltas[(accountId << 20) | (day & 0xFFFFF)];
        daily.campaignId = target.campaignId;
        ++daily.tweets;
        daily.retweets += row.kind == 1;
        daily.replies += row.kind == 2;
        daily.quotes += row.kind == 3;

        // time / 900 truncates like SQLite's integer division, which computed the counts of older caches.
        const std::int64_t slot = row.time / 900;
        ++m_quarterHourDeltas[(target.campaignId << 32) | (slot & 0xFFFFFFFF)];

        CampaignDelta &campaign = m_campaignDeltas[target.campaignId];
        if (campaign.tweets == 0) {
            campaign.first = row.time;
            campaign.last = row.time;
        }
        ++campaign.tweets;
        campaign.first = std::min(campaign.first, row.time);
        campaign.last = std::max(campaign.last, row.time);
        const std::string_view language = batch.view(row.language);
        ++campaign.languages[std::string(language)];
        if (clientId > 0) {
            ++campaign.clients[clientId];
        }
    }

    for (const RejectRow &reject : batch.rejects) {
        m_insertReject.bind(1, target.sourceFileId);
        m_insertReject.bind(2, reject.record);
        const char *severity = severityName(reject.severity);
        m_insertReject.bindText(3, severity, std::int64_t(std::strlen(severity)));
        m_insertReject.bindText(4, reject.reason.data(), std::int64_t(reject.reason.size()));
        m_insertReject.bindText(5, reject.excerpt.data(), std::int64_t(reject.excerpt.size()));
        if (!m_insertReject.run()) {
            return false;
        }
        if (reject.severity == RejectRow::Severity::Rejected) {
            ++rejected;
            ++progress.rejected;
        } else if (reject.severity == RejectRow::Severity::Repaired) {
            ++repaired;
            ++progress.repaired;
        }
    }
    progress.recordsDone = batch.recordsDone;
    progress.endOffset = batch.endOffset;
    progress.finished = batch.sourceFinished && batch.sourceError.isEmpty();
    if (!m_searchBatch.empty()) {
        m_search.add(std::move(m_searchBatch));
        m_searchBatch = SearchBatch();
    }
    return true;
}

bool ImportWriter::checkpoint(bool reopen)
{
    // The list tables are clustered by tag and by mentioned user: inserting a checkpoint's rows in key order
    // touches each b-tree page once, where insertion in tweet order would jump between pages.
    std::sort(m_pendingHashtags.begin(), m_pendingHashtags.end());
    for (const auto &[hashtagId, tweetId] : m_pendingHashtags) {
        m_insertTweetHashtag.bind(1, tweetId);
        m_insertTweetHashtag.bind(2, hashtagId);
        if (!m_insertTweetHashtag.run()) {
            return false;
        }
    }
    m_pendingHashtags.clear();
    std::sort(m_pendingMentions.begin(), m_pendingMentions.end());
    for (const auto &[userid, tweetId] : m_pendingMentions) {
        m_insertMention.bind(1, tweetId);
        m_insertMention.bindText(2, userid.data(), std::int64_t(userid.size()));
        if (!m_insertMention.run()) {
            return false;
        }
    }
    m_pendingMentions.clear();
    std::unordered_map<std::int64_t, std::int64_t> campaignDays; // key: campaign id << 20 | day
    for (const auto &[key, daily] : m_dailyDeltas) {
        campaignDays[(daily.campaignId << 20) | (key & 0xFFFFF)] += daily.tweets;
        m_upsertDaily.bind(1, key >> 20);
        m_upsertDaily.bind(2, key & 0xFFFFF);
        m_upsertDaily.bind(3, daily.campaignId);
        m_upsertDaily.bind(4, daily.tweets);
        m_upsertDaily.bind(5, daily.retweets);
        m_upsertDaily.bind(6, daily.replies);
        m_upsertDaily.bind(7, daily.quotes);
        if (!m_upsertDaily.run()) {
            return false;
        }
    }
    m_dailyDeltas.clear();
    for (const auto &[key, tweets] : campaignDays) {
        m_upsertCampaignDay.bind(1, key >> 20);
        m_upsertCampaignDay.bind(2, key & 0xFFFFF);
        m_upsertCampaignDay.bind(3, tweets);
        if (!m_upsertCampaignDay.run()) {
            return false;
        }
    }
    for (const auto &[key, tweets] : m_quarterHourDeltas) {
        m_upsertQuarterHour.bind(1, key >> 32);
        m_upsertQuarterHour.bind(2, std::int64_t(std::int32_t(std::uint32_t(key & 0xFFFFFFFF))));
        m_upsertQuarterHour.bind(3, tweets);
        if (!m_upsertQuarterHour.run()) {
            return false;
        }
    }
    m_quarterHourDeltas.clear();
    for (const auto &[accountId, account] : m_accountDeltas) {
        m_updateAccountStats.bind(1, accountId);
        m_updateAccountStats.bind(2, account.tweets);
        m_updateAccountStats.bind(3, account.first);
        m_updateAccountStats.bind(4, account.last);
        if (!m_updateAccountStats.run()) {
            return false;
        }
    }
    m_accountDeltas.clear();
    for (const auto &[campaignId, campaign] : m_campaignDeltas) {
        m_updateCampaign.bind(1, campaignId);
        m_updateCampaign.bind(2, campaign.tweets);
        m_updateCampaign.bind(3, campaign.accounts);
        if (campaign.tweets > 0) {
            m_updateCampaign.bind(4, campaign.first);
            m_updateCampaign.bind(5, campaign.last);
        } else {
            m_updateCampaign.bindNull(4);
            m_updateCampaign.bindNull(5);
        }
        if (!m_updateCampaign.run()) {
            return false;
        }
        for (const auto &[language, tweets] : campaign.languages) {
            m_upsertLanguage.bind(1, campaignId);
            m_upsertLanguage.bindText(2, language.data(), std::int64_t(language.size()));
            m_upsertLanguage.bind(3, tweets);
            if (!m_upsertLanguage.run()) {
                return false;
            }
        }
        for (const auto &[clientId, tweets] : campaign.clients) {
            m_upsertClient.bind(1, campaignId);
            m_upsertClient.bind(2, clientId);
            m_upsertClient.bind(3, tweets);
            if (!m_upsertClient.run()) {
                return false;
            }
        }
    }
    m_campaignDeltas.clear();
    if (!AccountLinker::linkSameTweets(m_db, m_sameTweets)) {
        return false;
    }
    m_sameTweets.clear();
    for (auto &[sourceFileId, progress] : m_sourceProgress) {
        m_updateSource.bind(1, sourceFileId);
        m_updateSource.bind(2, progress.recordsDone);
        m_updateSource.bind(3, progress.endOffset);
        m_updateSource.bind(4, progress.finished ? 1 : 0);
        m_updateSource.bind(5, progress.added);
        m_updateSource.bind(6, progress.duplicates);
        m_updateSource.bind(7, progress.rejected);
        m_updateSource.bind(8, progress.repaired);
        if (!m_updateSource.run()) {
            return false;
        }
        progress.added = progress.duplicates = progress.rejected = progress.repaired = 0;
    }
    if (!m_db.exec("COMMIT")) {
        return false;
    }
    // Only now may the search index commit the same tweets: it must never be ahead of the tweets table.
    std::vector<std::pair<std::int64_t, std::int64_t>> committed;
    for (const auto &[sourceFileId, progress] : m_sourceProgress) {
        committed.emplace_back(sourceFileId, progress.recordsDone);
    }
    m_search.commit(std::move(committed));
    return !reopen || m_db.exec("BEGIN IMMEDIATE");
}

} // namespace trove
