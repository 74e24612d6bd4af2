#include "core/db/schema.h"

#include "core/db/database.h"

#include <QStringList>

namespace trove {

namespace {

constexpr int ApplicationId = 0x54524f56; // "TROV"

// Each entry upgrades the schema from version i to i + 1. Never edit a released step: append a new one.
const char *const Migrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE campaigns(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,             -- from the file names: 'ira', 'iranian', 'synthetic-demo'
    name TEXT NOT NULL,                   -- shown to the user, who may rename it
    synthetic INTEGER NOT NULL DEFAULT 0, -- generated data, labelled as such wherever shown
    created_at INTEGER NOT NULL,          -- when the campaign was first imported (epoch seconds)
    account_count INTEGER NOT NULL DEFAULT 0,
    tweet_count INTEGER NOT NULL DEFAULT 0,
    first_tweet INTEGER,                  -- epoch seconds, UTC
    last_tweet INTEGER
);
CREATE TABLE source_files(
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    path TEXT NOT NULL,                   -- absolute path of the CSV, or of the zip holding it
    entry TEXT NOT NULL DEFAULT '',       -- the entry inside the zip; '' for a plain file
    format TEXT NOT NULL,                 -- 'twitter-tweets', 'twitter-users', ...
    size INTEGER NOT NULL,                -- uncompressed bytes
    modified INTEGER NOT NULL,            -- the file's mtime, to notice that it changed
    records_done INTEGER NOT NULL DEFAULT 0, -- checkpoint: data records consumed so far
    bytes_done INTEGER NOT NULL DEFAULT 0,   -- checkpoint: byte offset where the next record starts
    completed INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,     -- tweets (or accounts) this file added
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    repaired INTEGER NOT NULL DEFAULT 0,
    imported_at INTEGER,
    UNIQUE(path, entry)
);
CREATE TABLE accounts(
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    userid TEXT NOT NULL,                 -- as published: digits, a 64-hex digest or an opaque token
    hashed INTEGER NOT NULL DEFAULT 0,    -- screen name replaced by the hash
    alias TEXT,                           -- stable readable name for hashed accounts ('Anon-7KQ2XF')
    screen_name TEXT,
    display_name TEXT,
    location TEXT,
    description TEXT,
    profile_url TEXT,
    follower_count INTEGER,
    following_count INTEGER,
    created INTEGER,                      -- account creation date, epoch seconds (midnight UTC)
    language TEXT,
    from_users_file INTEGER NOT NULL DEFAULT 0,
    tweet_count INTEGER NOT NULL DEFAULT 0,
    first_tweet INTEGER,
    last_tweet INTEGER,
    UNIQUE(campaign_id, userid)
);
CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE tweets(
    id INTEGER PRIMARY KEY,               -- the tweet id; ids grow with time, so id order is time order
    campaign_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    time INTEGER NOT NULL,                -- epoch seconds, UTC
    language TEXT,
    client_id INTEGER,
    kind INTEGER NOT NULL,                -- 0 original, 1 retweet, 2 reply, 3 quote
    in_reply_to_tweet INTEGER,
    in_reply_to_userid TEXT,
    quoted_tweet INTEGER,
    retweet_of_tweet INTEGER,
    retweet_of_userid TEXT,
    quote_count INTEGER,
    reply_count INTEGER,
    like_count INTEGER,
    retweet_count INTEGER,
    latitude TEXT,                        -- a number, or 'present' when only that much was published
    longitude TEXT,
    poll_choices TEXT,
    text TEXT NOT NULL,
    source_file_id INTEGER NOT NULL,      -- provenance: which file ...
    source_record INTEGER NOT NULL        -- ... and which data record of it (1-based, header excluded)
);
CREATE TABLE hashtags(id INTEGER PRIMARY KEY, tag TEXT NOT NULL UNIQUE); -- tag case-folded
CREATE TABLE tweet_hashtags(tweet_id INTEGER NOT NULL, hashtag_id INTEGER NOT NULL);
CREATE TABLE tweet_mentions(tweet_id INTEGER NOT NULL, userid TEXT NOT NULL);
CREATE TABLE tweet_urls(tweet_id INTEGER NOT NULL, url TEXT NOT NULL, domain TEXT);
CREATE TABLE activity_daily(
    account_id INTEGER NOT NULL,
    day INTEGER NOT NULL,                 -- days since 1970-01-01, UTC
    campaign_id INTEGER NOT NULL,
    tweets INTEGER NOT NULL,
    retweets INTEGER NOT NULL,
    replies INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY(account_id, day)
) WITHOUT ROWID;
CREATE TABLE rejects(
    id INTEGER PRIMARY KEY,
    source_file_id INTEGER NOT NULL,
    record INTEGER NOT NULL,              -- data record number in the file (1-based), 0 for the whole file
    severity TEXT NOT NULL,               -- 'rejected' (not imported), 'repaired' (imported, altered), 'skipped'
    reason TEXT NOT NULL,
    excerpt TEXT
);
CREATE INDEX rejects_by_file ON rejects(source_file_id, record);
CREATE TABLE media(
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER,
    tweet_id INTEGER,
    account_id INTEGER,
    archive_path TEXT NOT NULL,
    entry TEXT NOT NULL,
    size INTEGER,
    type TEXT
);
CREATE TABLE import_runs(
    id INTEGER PRIMARY KEY,
    started INTEGER NOT NULL,
    finished INTEGER,
    inputs TEXT NOT NULL,
    outcome TEXT,                         -- 'completed', 'cancelled', 'failed'; NULL while running or killed
    report_path TEXT
);
-- Full-text index over tweet text. Contentless: the text lives once, in tweets; what is indexed is the
-- text after SearchNormalizer (Arabic/Persian letter variants folded, ZWNJ and tatweel removed, entities
-- decoded), and queries go through the same normaliser.
CREATE VIRTUAL TABLE tweet_search USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');
)sql",
};

const char *const DeferredIndexes[][2] = {
    {"tweets_by_account", "CREATE INDEX IF NOT EXISTS tweets_by_account ON tweets(account_id, time)"},
    {"tweets_by_campaign", "CREATE INDEX IF NOT EXISTS tweets_by_campaign ON tweets(campaign_id, time)"},
    {"tweets_by_reply", "CREATE INDEX IF NOT EXISTS tweets_by_reply ON tweets(in_reply_to_tweet) WHERE "
                        "in_reply_to_tweet IS NOT NULL"},
    {"tweets_by_retweet", "CREATE INDEX IF NOT EXISTS tweets_by_retweet ON tweets(retweet_of_tweet) WHERE "
                          "retweet_of_tweet IS NOT NULL"},
    {"tweet_hashtags_by_tag",
     "CREATE INDEX IF NOT EXISTS tweet_hashtags_by_tag ON tweet_hashtags(hashtag_id, tweet_id)"},
    {"tweet_hashtags_by_tweet",
     "CREATE INDEX IF NOT EXISTS tweet_hashtags_by_tweet ON tweet_hashtags(tweet_id)"},
    {"tweet_mentions_by_user", "CREATE INDEX IF NOT EXISTS tweet_mentions_by_user ON tweet_mentions(userid)"},
    {"tweet_mentions_by_tweet",
     "CREATE INDEX IF NOT EXISTS tweet_mentions_by_tweet ON tweet_mentions(tweet_id)"},
    {"tweet_urls_by_tweet", "CREATE INDEX IF NOT EXISTS tweet_urls_by_tweet ON tweet_urls(tweet_id)"},
    {"tweet_urls_by_domain", "CREATE INDEX IF NOT EXISTS tweet_urls_by_domain ON tweet_urls(domain)"},
};

} // namespace

int Schema::currentVersion()
{
    return int(sizeof(Migrations) / sizeof(Migrations[0]));
}

bool Schema::migrate(Database &db)
{
    const auto applicationId = db.scalar("PRAGMA application_id");
    const auto version = int(db.scalar("PRAGMA user_version"));
    if (applicationId != ApplicationId) {
        const auto objects = db.scalar("SELECT count(*) FROM sqlite_schema");
        if (applicationId != 0 || objects != 0) {
            db.setError(QStringLiteral("%1 is not a Trove cache").arg(db.path()));
            return false;
        }
    }
    if (version > currentVersion()) {
        db.setError(QStringLiteral("%1 was written by a newer Trove (schema %2; this build reads up to %3)")
                        .arg(db.path())
                        .arg(version)
                        .arg(currentVersion()));
        return false;
    }
    for (int step = version; step < currentVersion(); ++step) {
        Transaction transaction(db);
        if (!transaction.isActive() || !db.exec(Migrations[step]) ||
            !db.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                         .arg(ApplicationId)
                         .arg(step + 1)) ||
            !transaction.commit()) {
            db.setError(QStringLiteral("cannot upgrade %1 to schema %2: %3")
                            .arg(db.path())
                            .arg(step + 1)
                            .arg(db.errorString()));
            return false;
        }
    }
    return true;
}

bool Schema::check(Database &db)
{
    const auto version = int(db.scalar("PRAGMA user_version"));
    if (db.scalar("PRAGMA application_id") != ApplicationId || version == 0) {
        db.setError(QStringLiteral("%1 is not a Trove cache").arg(db.path()));
        return false;
    }
    if (version != currentVersion()) {
        db.setError(
            QStringLiteral("%1 has schema %2; this build needs %3 (open it read-write once to upgrade)")
                .arg(db.path())
                .arg(version)
                .arg(currentVersion()));
        return false;
    }
    return true;
}

bool Schema::createDeferredIndexes(Database &db)
{
    for (const auto &index : DeferredIndexes) {
        if (!db.exec(index[1])) {
            return false;
        }
    }
    return db.exec("ANALYZE");
}

bool Schema::dropDeferredIndexes(Database &db)
{
    for (const auto &index : DeferredIndexes) {
        if (!db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QString::fromLatin1(index[0])))) {
            return false;
        }
    }
    return true;
}

} // namespace trove
