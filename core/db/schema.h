#pragma once

class QString;

namespace trove {

class Database;

/**
 * The cache's schema and its migrations. The version lives in PRAGMA user_version and the file is
 * marked with PRAGMA application_id 'TROV', so Trove never writes into an unrelated SQLite file.
 */
class Schema
{
public:
    /** The version this build writes. */
    static int currentVersion();

    /** Creates or upgrades the schema of a read-write connection, in one transaction per step. */
    static bool migrate(Database &db);

    /** For read-only connections: true when the file is a Trove cache this build can read. */
    static bool check(Database &db);

    /** True when @p path is a Trove cache of an older schema, which a read-write open would upgrade. */
    static bool isOutdated(const QString &path);

    /**
     * Upgrades the cache at @p path when it is outdated (a read-write open, once), so that read-only
     * connections can then open it; true when there was nothing to do. False with @p error set when the
     * upgrade failed.
     */
    static bool upgradeIfOutdated(const QString &path, QString *error = nullptr);

    /**
     * Creates the secondary indexes that imports defer (bulk loading into unindexed tables and building
     * each index once by sorting is several times faster than maintaining them row by row).
     * Idempotent: run at the end of every import and after a resumed one.
     */
    static bool createDeferredIndexes(Database &db);

    /** Drops the deferred indexes; the importer calls this before filling an empty cache. */
    static bool dropDeferredIndexes(Database &db);

    /**
     * The same for the media table's indexes by tweet, account and campaign (schema step 7 creates them):
     * MediaIndexer drops them before it fills an empty media table and builds them once at the end.
     * Idempotent; the caller holds the transaction.
     */
    static bool createDeferredMediaIndexes(Database &db);
    static bool dropDeferredMediaIndexes(Database &db);
};

} // namespace trove
