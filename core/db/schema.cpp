#include "core/db/schema.h"

#include "core/db/database.h"

#include <QString>
#include <QStringList>

namespace trove {

namespace {

constexpr int ApplicationId = 0x54524f56; // "TROV"

// Each entry upgrades the schema from version i to i + 1. Never edit a released step: append a new one.
//
// tweets.id is the tweet id. Real ids are positive and grow with time. A tweet without one (FiveThirtyEight
// v1 rows, NBC rows without tweet_id) has a synthetic negative id, a hash of (handle, time, text) placed in
// the block of its minute (FiveThirtyEightConverter::syntheticTweetId): below every real id, and growing with
// the minute among themselves, so that an import fills the table and the search index in key order.
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
-- Kept up to date row by row (a tenth of the tweets are replies, mostly to recent tweets: cheap), where
-- building it at the end would read the whole tweets table once more.
CREATE INDEX tweets_by_reply ON tweets(in_reply_to_tweet) WHERE in_reply_to_tweet IS NOT NULL;
CREATE TABLE hashtags(id INTEGER PRIMARY KEY, tag TEXT NOT NULL UNIQUE); -- tag case-folded
-- Clustered by what the filters look up ("tweets with #tag", "tweets mentioning X"): no index to build.
CREATE TABLE tweet_hashtags(hashtag_id INTEGER NOT NULL, tweet_id INTEGER NOT NULL,
                            PRIMARY KEY(hashtag_id, tweet_id)) WITHOUT ROWID;
CREATE TABLE tweet_mentions(userid TEXT NOT NULL, tweet_id INTEGER NOT NULL,
                            PRIMARY KEY(userid, tweet_id)) WITHOUT ROWID;
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
)sql",
    // 1 -> 2: FiveThirtyEight's account attributes (Linvill & Warren's categories), and the numeric author id
    // that the FiveThirtyEight and NBC files carry next to the handle that identifies their accounts.
    R"sql(
ALTER TABLE accounts ADD COLUMN category TEXT;     -- 'RightTroll', 'LeftTroll', 'NewsFeed', ... (538 files)
ALTER TABLE accounts ADD COLUMN account_type TEXT; -- 'Right', 'Russian', 'Koch', ... (538 files)
-- The numeric author id beside the handle that keys these accounts: 538's alt_external_id, else its
-- external_author_id (often rounded); NBC's user_id / id.
ALTER TABLE accounts ADD COLUMN external_id TEXT;
)sql",
    // 2 -> 3: the same person seen by a Twitter archive and by a FiveThirtyEight file (see AccountLinker).
    // One row per pair, always in one direction: account_id is the Twitter-archive account, linked_account_id
    // the FiveThirtyEight ("handle:") account. Clustered by the Twitter account, which is what is looked up.
    R"sql(
CREATE TABLE account_links(
    account_id INTEGER NOT NULL,          -- the Twitter-archive account
    linked_account_id INTEGER NOT NULL,   -- the FiveThirtyEight account (userid 'handle:...')
    reason TEXT NOT NULL,                 -- 'handle' (same lower-cased screen name) or 'tweet id'
    PRIMARY KEY(account_id, linked_account_id)
) WITHOUT ROWID;
)sql",
    // 3 -> 4: the tweet languages and clients of each campaign with their counts, kept by the importer like
    // the other counters, so that the browser's filters can offer them without reading every tweet. A cache
    // of an older version is counted once here.
    R"sql(
CREATE TABLE campaign_languages(
    campaign_id INTEGER NOT NULL,
    language TEXT NOT NULL,               -- as stored in tweets.language; '' when the file gave none
    tweets INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, language)
) WITHOUT ROWID;
CREATE TABLE campaign_clients(
    campaign_id INTEGER NOT NULL,
    client_id INTEGER NOT NULL,
    tweets INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, client_id)
) WITHOUT ROWID;
INSERT INTO campaign_languages SELECT campaign_id, coalesce(language, ''), count(*) FROM tweets GROUP BY 1, 2;
INSERT INTO campaign_clients
    SELECT campaign_id, client_id, count(*) FROM tweets WHERE client_id IS NOT NULL GROUP BY 1, 2;
)sql",
    // 4 -> 5: tweets per campaign and day, kept by the importer beside activity_daily (per account and day).
    // The timeline of whole campaigns maps a scroll position to a day from these sums; summing
    // activity_daily instead reads a row per account and day (a million at ten million tweets).
    R"sql(
CREATE TABLE campaign_daily(
    campaign_id INTEGER NOT NULL,
    day INTEGER NOT NULL,                 -- days since 1970-01-01, UTC
    tweets INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, day)
) WITHOUT ROWID;
INSERT INTO campaign_daily SELECT campaign_id, day, sum(tweets) FROM activity_daily GROUP BY 1, 2;
)sql",
    // 5 -> 6: tweets per campaign and quarter of an hour (UTC), kept by the importer like campaign_daily. The
    // posting-rhythm chart turns these into hours and weekdays of any time zone (a quarter hour, because some
    // zones are offset by 30 or 45 minutes: Tehran, Kathmandu) without reading ten million tweets.
    R"sql(
CREATE TABLE campaign_quarter_hours(
    campaign_id INTEGER NOT NULL,
    slot INTEGER NOT NULL,                -- time / 900: quarter hours since 1970-01-01 00:00 UTC
    tweets INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, slot)
) WITHOUT ROWID;
INSERT INTO campaign_quarter_hours SELECT campaign_id, time / 900, count(*) FROM tweets GROUP BY 1, 2;
)sql",
    // 6 -> 7: media archives indexed in place (core/media/mediaindexer.h). Until now nothing wrote to the
    // media table, so it is replaced by one that points into media_archives (a moved folder is re-pointed
    // there once, not per file). tweet_id is the id the entry name gives, whether or not the tweet is in
    // the cache (a tweets file imported later links by itself); account_id and campaign_id are resolved
    // when known.
    // The step starts from nothing: no cache of schema 6 or older holds media_archives or media_skipped, and
    // its media table is empty (a test that rewinds a cache's version re-runs the step as a whole).
    R"sql(
DROP TABLE IF EXISTS media_skipped;
DROP TABLE IF EXISTS media_archives;
DROP TABLE IF EXISTS media;
CREATE TABLE media_archives(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,            -- absolute path of the zip (re-pointed by relocate)
    file_name TEXT NOT NULL,              -- with size and modified: recognises an archive already indexed
    size INTEGER NOT NULL,
    modified INTEGER NOT NULL,            -- mtime, epoch seconds
    campaign_key TEXT NOT NULL,           -- from the file name: 'ira' for ira_tweet_media_hashed_1.zip
    campaign_id INTEGER,                  -- the campaign of the cache it belongs to, when known
    entries INTEGER NOT NULL DEFAULT 0,   -- file entries in the zip (folders excluded)
    media_files INTEGER NOT NULL DEFAULT 0,
    unmatched INTEGER NOT NULL DEFAULT 0, -- media files naming a tweet (or account) the cache did not hold
    skipped INTEGER NOT NULL DEFAULT 0,   -- entries that are not media (listed in media_skipped)
    status TEXT NOT NULL,                 -- 'indexed' or 'failed'
    error TEXT,                           -- why it failed
    indexed_at INTEGER                    -- epoch seconds
);
CREATE INDEX media_archives_by_name ON media_archives(file_name, size, modified);
CREATE TABLE media(
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL,
    entry_index INTEGER NOT NULL,         -- the entry's index in the zip's central directory
    entry TEXT NOT NULL,                  -- the entry name as stored in the zip (untrusted text)
    kind TEXT NOT NULL,                   -- 'image', 'gif', 'video', 'profile', 'banner'
    format TEXT NOT NULL,                 -- lower-case extension: 'jpg', 'png', 'gif', 'mp4', ...
    tweet_id INTEGER,                     -- from the file name (up to the first '-'); NULL for profile images
    media_key TEXT,                       -- the rest of the file name ('CVfPc8YUsAApZSL')
    userid TEXT,                          -- from the folder above the type folder, or the profile file name
    campaign_id INTEGER,
    account_id INTEGER,
    size INTEGER NOT NULL,                -- uncompressed bytes, as the zip declares them
    compressed_size INTEGER NOT NULL
);
CREATE INDEX media_by_tweet ON media(tweet_id);
CREATE INDEX media_by_account ON media(account_id);
-- By index, not by name: an index on the long entry names costs a fifth of the indexing time; a lookup by
-- name reads the rows of one archive (MediaReader opens an entry by archive path and name without the cache).
CREATE INDEX media_by_archive ON media(archive_id, entry_index);
CREATE INDEX media_by_campaign ON media(campaign_id);
CREATE TABLE media_skipped(
    archive_id INTEGER NOT NULL,
    entry TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX media_skipped_by_archive ON media_skipped(archive_id);
)sql",
};

// Indexes built once at the end of an import, by sorting. Only those the queries of this version use:
// each one costs about a second per million tweets.
const char *const DeferredIndexes[][2] = {
    {"tweets_by_account", "CREATE INDEX IF NOT EXISTS tweets_by_account ON tweets(account_id, time)"},
};

// The media indexes a bulk media index builds at the end (MediaIndexer), as step 7 creates them: filled in
// random key order for every entry and rewritten into the write-ahead log at every archive's commit, they
// cost more than building each once by sorting (media_benchmark.sh, 100,000 entries in 20 zips: 0.77 s of
// CPU instead of 0.86 s quiet; 1.4 s of wall time instead of 2.0 s loaded). media_by_archive stays: it is
// filled in key order, and replacing an archive deletes by it.
const char *const DeferredMediaIndexes[][2] = {
    {"media_by_tweet", "CREATE INDEX IF NOT EXISTS media_by_tweet ON media(tweet_id)"},
    {"media_by_account", "CREATE INDEX IF NOT EXISTS media_by_account ON media(account_id)"},
    {"media_by_campaign", "CREATE INDEX IF NOT EXISTS media_by_campaign ON media(campaign_id)"},
};

template<size_t N> bool createIndexes(Database &db, const char *const (&indexes)[N][2])
{
    for (const auto &index : indexes) {
        if (!db.exec(index[1])) {
            return false;
        }
    }
    return true;
}

template<size_t N> bool dropIndexes(Database &db, const char *const (&indexes)[N][2])
{
    for (const auto &index : indexes) {
        if (!db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QString::fromLatin1(index[0])))) {
            return false;
        }
    }
    return true;
}

} // namespace

int Schema::currentVersion()
{
    return int(sizeof(Migrations) / sizeof(Migrations[0]));
}

bool Schema::migrate(Database &db)
{
    // The common case, an up-to-date cache, takes no lock (an import may be writing).
    if (db.scalar("PRAGMA application_id") == ApplicationId &&
        db.scalar("PRAGMA user_version") == currentVersion()) {
        return true;
    }
    // One write transaction around the check and the upgrade, so that two programs opening a new cache at
    // the same moment do not both try to create it.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return db.setError(QStringLiteral("cannot open %1 for writing: %2").arg(db.path(), db.errorString()));
    }
    const auto applicationId = db.scalar("PRAGMA application_id");
    const auto version = int(db.scalar("PRAGMA user_version"));
    if (applicationId != ApplicationId) {
        const auto objects = db.scalar("SELECT count(*) FROM sqlite_schema");
        if (applicationId != 0 || objects != 0) {
            return db.setError(QStringLiteral("%1 is not a Trove cache").arg(db.path()));
        }
    }
    if (version > currentVersion()) {
        return db.setError(
            QStringLiteral("%1 was written by a newer Trove (schema %2; this build reads up to %3)")
                .arg(db.path())
                .arg(version)
                .arg(currentVersion()));
    }
    if (version == currentVersion()) {
        return true;
    }
    for (int step = version; step < currentVersion(); ++step) {
        if (!db.exec(Migrations[step])) {
            return db.setError(QStringLiteral("cannot upgrade %1 to schema %2: %3")
                                   .arg(db.path())
                                   .arg(step + 1)
                                   .arg(db.errorString()));
        }
    }
    if (!db.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                     .arg(ApplicationId)
                     .arg(currentVersion())) ||
        !transaction.commit()) {
        return db.setError(QStringLiteral("cannot upgrade %1: %2").arg(db.path(), db.errorString()));
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

bool Schema::isOutdated(const QString &path)
{
    Database db;
    if (!db.openFile(path, Database::Mode::ReadOnly)) {
        return false;
    }
    return db.scalar("PRAGMA application_id") == ApplicationId &&
           db.scalar("PRAGMA user_version") < currentVersion();
}

bool Schema::upgradeIfOutdated(const QString &path, QString *error)
{
    if (!isOutdated(path)) {
        return true;
    }
    Database db;
    if (!db.open(path, Database::Mode::ReadWrite)) {
        if (error) {
            *error = db.errorString();
        }
        return false;
    }
    return true;
}

bool Schema::createDeferredIndexes(Database &db)
{
    // Let SQLite's sorter use a second core while it builds the indexes, with a small page cache: the sorter
    // sizes its in-memory runs by it, and at ten million tweets 64 MB of cache meant 270 MB of sorter memory
    // and a slower build than 16 MB does (measured with sqlite3 on a 10M-tweet cache).
    db.exec("PRAGMA threads=2; PRAGMA cache_size=-16384");
    return createIndexes(db, DeferredIndexes);
}

bool Schema::dropDeferredIndexes(Database &db)
{
    return dropIndexes(db, DeferredIndexes);
}

bool Schema::createDeferredMediaIndexes(Database &db)
{
    return createIndexes(db, DeferredMediaIndexes);
}

bool Schema::dropDeferredMediaIndexes(Database &db)
{
    return dropIndexes(db, DeferredMediaIndexes);
}

} // namespace trove
