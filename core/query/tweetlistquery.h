#pragma once

#include "core/query/tweetfilter.h"
#include "core/query/tweetrow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace trove {

class Database;
class Statement;

/**
 * The tweets of a TweetFilter, in a TweetOrder, as every tweet list of the browser reads them: the ids
 * (streamed, so that a long list shows its first page while the rest is read), the exact count, and the
 * full rows of a page of ids.
 *
 * Order. Time order is tweet-id order: ids grow with time. Tweets with a synthetic (negative) id, which
 * FiveThirtyEight v1 rows and NBC rows without a tweet id get, lie below every real id: they grow with the
 * minute among themselves (FiveThirtyEightConverter::syntheticTweetId) but have no place among the real
 * ids, so they are merged in by their time (ties: the smaller id first). An account's tweets are read through
 * the (account_id, time) index, in (time, id) order: the same order. MostEngagement is the sum of the like,
 * retweet, reply and quote counts (an unpublished count is 0), highest first, then newest first.
 *
 * Filters (all bound as values, never spliced into the SQL):
 * - search: SearchQuery syntax against search.tweet_search (an error when the query cannot run or the cache
 *   has no search index);
 * - from/until: the tweet's UTC time, inclusive/exclusive;
 * - language, client: exact stored values (an unknown client matches nothing);
 * - kinds: the TweetKind bits (no bit: nothing);
 * - hashtag: with or without '#', any case (case-folded like the import); an unknown tag matches nothing;
 * - mention: a screen name (with or without '@') or a userid as stored. It matches the mentioned userids:
 *   the text itself, "handle:<lower-cased name>" (how FiveThirtyEight and NBC files key people), and the
 *   userid of every account in the cache whose screen name is the text in any case. Twitter archives list
 *   mentions by userid only, so a screen name of someone outside the archive finds nothing in them;
 * - media: whether the media table holds a file for the tweet;
 * - category: the tweet's account has that category (any case), itself or through a linked
 *   FiveThirtyEight account (account_links);
 * - localWeekday/localHour: the tweet's weekday and hour in the filter's time zone at its own instant
 *   (ZoneOffsets; an unknown zone is an error), through the SQL function trove_local_weekhour that the
 *   query registers on the connection.
 *
 * Every function runs on the calling thread with the caller's connection; Database::interrupt() or the
 * connection's cancel flag (Database::setCancelFlag) from another thread stops it with an error.
 */
class TweetListQuery
{
public:
    /** Ids handed to the sink of collectIds at a time. */
    static constexpr int ChunkSize = 4096;

    /**
     * Streams the ids of the tweets matching @p filter, in @p order, to @p sink in chunks of up to
     * ChunkSize ids. The sink returns false to stop early (collectIds then returns true). Returns false
     * with @p error set when the query cannot run or was interrupted.
     */
    static bool collectIds(Database &db, const TweetFilter &filter, TweetOrder order,
                           const std::function<bool(const QList<std::int64_t> &)> &sink, QString *error);

    /**
     * The rows of @p ids, in the order given; ids the cache does not hold are skipped. Every TweetRow field
     * is filled: campaign name, account names/alias/category, client, context tweet (when the archive holds
     * it), counts, media count (from the media table), replies in the archive, source file and record.
     * hasMediaUrl stays false: the archives' tweet files list no media (media come with the media import).
     * Empty with @p error set on failure.
     */
    static QList<TweetRow> rows(Database &db, const QList<std::int64_t> &ids, QString *error);

    /** One row, or a TweetRow with id 0 when the cache does not hold @p id (or on error, with @p error). */
    static TweetRow row(Database &db, std::int64_t id, QString *error);

    /**
     * The exact number of tweets matching @p filter; -1 with @p error set on failure. A plain filter
     * (TweetFilter::isPlain) is answered from the counters the import maintains, at once.
     */
    static std::int64_t count(Database &db, const TweetFilter &filter, QString *error);

    /**
     * Prepares "SELECT @p columns FROM <the tweets matching @p filter, as t> @p join WHERE <the filter's
     * conditions> @p tail" on @p statement, with the same conditions (and the same plan: full-text index
     * first for a search, the (account_id, time) index for accounts) as collectIds and count, so that an
     * aggregate over it (a chart) counts exactly the tweets a list shows. For a search the FROM is
     * "search.tweet_search CROSS JOIN tweets t"; @p join goes after it (" JOIN tweet_hashtags th ON ...").
     * @p tail may hold more conditions (" AND ..."), GROUP BY or ORDER BY. When no tweet can match (a name
     * the cache does not hold), returns true with @p nothing set and @p statement unprepared. False with
     * @p error set when the filter cannot run.
     */
    static bool prepareFiltered(Database &db, const TweetFilter &filter, const QString &columns,
                                const QString &join, const QString &tail, Statement *statement, bool *nothing,
                                QString *error);

    /** The words and phrases a filter's search looks for, for highlighting (empty without a search). */
    static QStringList searchTerms(const TweetFilter &filter);

    /**
     * The userids a mention filter value stands for (see the class comment); the value itself is always
     * among them.
     */
    static QStringList mentionUserids(Database &db, const QString &mention, QString *error);
    /**
     * The smallest tweet id >= 0 whose time is at or after @p time (epoch seconds), assuming that ids grow
     * with time: a binary search over the id space, each probe one b-tree seek. max() when there is none,
     * -1 with @p error set on failure.
     */
    static std::int64_t firstIdAtOrAfter(Database &db, std::int64_t time, QString *error);
};

} // namespace trove
