#pragma once

#include "core/charts/chartdata.h"
#include "core/query/tweetfilter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trove {

class Database;

/**
 * The numbers behind every chart, computed in SQL for a TweetFilter (the same selection and filters as the
 * timeline) on the caller's connection. Pre-aggregated tables are used where the filter allows
 * (campaign_daily, activity_daily, campaign_quarter_hours); otherwise the matching tweets are aggregated.
 *
 * Thread: any, with that thread's own connection (a worker's ReadConnection); Database::interrupt() or the
 * connection's cancel flag stops a computation with an error, which is how a superseded chart is dropped.
 * Errors are values: false with @p error set, @p out left unspecified.
 *
 * Which numbers answer which selection:
 * - activity, plain filter (TweetFilter::isPlain), zone without offset (UTC): campaign_daily for whole
 *   campaigns without breakdown; activity_daily (its kind columns; accounts' categories) for accounts, and
 * for the Kind and Category breakdowns;
 * - activity, plain filter of whole campaigns without breakdown in another zone, and rhythm of whole
 *   campaigns in any zone: campaign_quarter_hours, each quarter hour placed by the zone's offset at its
 *   instant (exact: every zone's offset since 1970 and its transitions fall on quarter hours; otherwise, the
 *   tweets);
 * - otherwise the tweets matching the filter, with TweetListQuery's conditions and plan (the full-text index
 *   for a search, the (account_id, time) index for accounts), each placed in local time in C++.
 *
 * Breakdowns: Kind has the four kinds in their order (original = tweets - retweets - replies - quotes);
 * Language, Client and Category the @p topSeries largest (0: all), then "other"; a tweet without a value
 * counts as "(no language)", "(no client)", "(no category)". Hashtag: a series per top hashtag ("#tag": the
 * tweets carrying it), "other" the uses of every other hashtag (a tweet with two hashtags counts in both
 * series, and a tweet without hashtags in none: for this breakdown alone the series do not sum to total,
 * which is the number of tweets). It reads the matching tweets' ids (memory: 16 bytes per tweet) and
 * tweet_hashtags once.
 */
class ChartQueries
{
public:
    /**
     * Tweets per @p bucket of the tweets matching @p filter, cut in @p timeZoneId (an IANA id; an unknown id
     * is an error), split by @p breakdown into at most @p topSeries series plus "other".
     */
    static bool activity(Database &db, const TweetFilter &filter, TimeBucket bucket,
                         ActivityBreakdown breakdown, const QByteArray &timeZoneId, int topSeries,
                         ActivityChartData *out, QString *error);

    /** The hour-of-day by weekday heatmap of the tweets matching @p filter in @p timeZoneId. */
    static bool rhythm(Database &db, const TweetFilter &filter, const QByteArray &timeZoneId,
                       RhythmChartData *out, QString *error);

    /**
     * Creation date against first and last tweet for every account of the filter's selection (its campaigns
     * and accounts; the other filters do not apply to accounts).
     */
    static bool lifecycle(Database &db, const TweetFilter &filter, LifecycleChartData *out, QString *error);

    /**
     * The UTC instants a bar of an activity chart covers, for its drill-down (TweetFilter::from/until):
     * @p fromUtc is the first instant whose local date in @p timeZoneId is @p start or later, @p untilUtc
     * the first one of the next bucket (a day, a week from a Monday, a calendar month), exactly the tweets
     * activity() counted in the bucket starting on @p start. False (both invalid) for an unknown zone or an
     * invalid date. Pure computation: any thread.
     */
    static bool bucketRange(TimeBucket bucket, const QDate &start, const QByteArray &timeZoneId,
                            QDateTime *fromUtc, QDateTime *untilUtc);
};

/** The events Trove ships for the time charts (elections, takedown announcements), oldest first. */
QList<EventMarker> builtInEventMarkers();

} // namespace trove
