#pragma once

#include <QString>

namespace trove {

class Database;

/**
 * The full-text index over tweet text lives in a file of its own beside the cache ("<cache>-search"), so
 * that an import fills it on a thread of its own, in parallel with the main tables (an SQLite file has one
 * writer at a time). Connections see it attached as schema "search": `search.tweet_search`.
 *
 * tweet_search is a contentless FTS5 table whose rowid is the tweet id: the text lives once, in tweets,
 * and what is indexed is the text after SearchNormalizer; queries go through the same normaliser.
 * search_progress records, per source file, how many of its records are indexed, so an interrupted import
 * can bring the index level with the tweets table (it is never ahead: it commits after the main file).
 */
class SearchIndex
{
public:
    static QString pathFor(const QString &cachePath);

    /**
     * Attaches the search file to @p db as "search". Read-write: creates and migrates it. Read-only: attaches
     * it when it exists (a cache whose index is missing still opens; searches then say so).
     */
    static bool attach(Database &db, bool readOnly);

    /** Creates or upgrades the search schema of @p schema ("main" for a connection to the search file). */
    static bool migrate(Database &db, const QString &schema);

    /** True when @p db has a usable search index attached. */
    static bool isAttached(Database &db);
};

} // namespace trove
