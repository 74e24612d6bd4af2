#pragma once

#include "core/query/tweetfilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace trove {

class Database;

/**
 * Random access by position to a plain timeline (TweetFilter::isPlain: only campaigns and accounts) in time
 * order, without reading the tweets before the position: what lets a 9-million-tweet list jump to any row.
 *
 * build() sums the tweets of the selection per UTC day from activity_daily (the import's per-account daily
 * counts; for campaign selections from a per-campaign table of days read once per cache, see warm()).
 * Position P then lies in the day whose running total passes P, at offset k into that day:
 * - with accounts, the (account_id, time) index reads `time >= day start ORDER BY time, id LIMIT n OFFSET k`;
 * - otherwise, ids grow with time: the first id of the day is found by a binary search over the rowid (each
 *   probe one b-tree seek), and `id >= that ORDER BY id LIMIT n OFFSET k` reads the page, k being at most a
 *   day's tweets.
 * Without accounts this needs every tweet of the selection to have a real id: synthetic (negative) ids
 * (FiveThirtyEight v1, NBC rows without an id) have no place in id order, and build() then reports the
 * selection as not positionable (isPositionable() false): use TweetListQuery::collectIds instead.
 *
 * After build() the object is read-only and may be shared between threads (ids() takes the caller's
 * connection; the day-start cache inside is locked).
 */
class TimelinePositions
{
public:
    /** Whether @p filter and @p order can be served by position (plain filter, time order). */
    static bool applies(const TweetFilter &filter, TweetOrder order);

    /**
     * Before build() (which reads every day of the selection), the first rows from either end: the ids at
     * positions [@p position, @p position + @p limit) in @p order, read with LIMIT/OFFSET, so cheap only for
     * a small @p position (a first page). Only valid when the selection holds no synthetic ids (see
     * cacheHasSyntheticIds()) or has accounts. False with @p error on failure.
     */
    static bool headIds(Database &db, const TweetFilter &filter, std::int64_t position, int limit,
                        TweetOrder order, QList<std::int64_t> *ids, QString *error);

    /** Whether any tweet of the cache has a synthetic (negative) id: one seek. */
    static bool cacheHasSyntheticIds(Database &db);

    /**
     * Reads, ahead of any query, what build() needs for campaign selections: every campaign's tweets per day
     * (one pass over campaign_daily, kept for the process while the campaigns' counters do not change), so
     * that the first jump into a long timeline does not wait for it. False with @p error on failure.
     */
    static bool warm(Database &db, QString *error);

    /** Reads the per-day totals. False with @p error on failure (or when interrupted). */
    bool build(Database &db, const TweetFilter &filter, QString *error);

    /** False when the selection holds synthetic ids and has no accounts (see the class comment). */
    bool isPositionable() const { return m_positionable; }
    /** The number of tweets of the selection, from the daily totals (the counters' figure). */
    std::int64_t count() const { return m_total; }

    /**
     * The ids at positions [@p position, @p position + @p limit) of the timeline in @p order (OldestFirst
     * or NewestFirst), in that order. Fewer at the end (or when the cache changed since build()). False
     * with @p error on failure.
     */
    bool ids(Database &db, std::int64_t position, int limit, TweetOrder order, QList<std::int64_t> *ids,
             QString *error) const;

    /**
     * The position in @p order of the first tweet at or after @p time (OldestFirst) or the first at or
     * before it (NewestFirst): the row to scroll to for "jump to date". count() when every tweet is before
     * it (OldestFirst). -1 with @p error on failure.
     */
    std::int64_t positionOfTime(Database &db, const QDateTime &time, TweetOrder order, QString *error) const;

private:
    struct DayStarts
    {
        std::mutex mutex;
        std::map<std::int64_t, std::int64_t> ids; // day -> first id of the day
    };

    // The oldest-first position of the first tweet at or after @p time.
    std::int64_t oldestFirstPosition(Database &db, std::int64_t time, QString *error) const;
    bool oldestFirstIds(Database &db, std::int64_t position, int limit, QList<std::int64_t> *ids,
                        QString *error) const;
    std::int64_t dayStartId(Database &db, std::int64_t day, QString *error) const;
    // Index of the day holding oldest-first position @p position (m_days[index]).
    qsizetype dayIndexOf(std::int64_t position) const;

    TweetFilter m_filter;
    bool m_positionable = false;
    std::int64_t m_total = 0;
    std::vector<std::int64_t> m_days;   // days with tweets, ascending
    std::vector<std::int64_t> m_before; // tweets of the selection before m_days[i]
    std::shared_ptr<DayStarts> m_dayStarts = std::make_shared<DayStarts>();
};

} // namespace trove
