#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace trove {

/** The width of a bar of an activity chart. Weeks start on Monday (ISO); months are calendar months. */
enum class TimeBucket { Day, Week, Month };

/** What the bars of an activity chart are split by (stacked). */
enum class ActivityBreakdown {
    None,     ///< one series, every tweet
    Kind,     ///< original / retweet / reply / quote
    Language, ///< the tweet's language as stored (the most frequent ones, the rest as "other")
    Client,   ///< the posting client (the most frequent ones, the rest as "other")
    Category, ///< the account's category (own or through a linked FiveThirtyEight account)
    Hashtag,  ///< the most used hashtags of the selection (a tweet with two of them counts in both)
};

/** One stacked part of an activity chart: its name and one count per bucket. */
struct ActivitySeries
{
    QString name;               ///< "Tweets", "retweet", "ru", "Twitter Web Client", "#maga", "other"
    QList<std::int64_t> counts; ///< counts[i] for bucketStarts[i]
};

/**
 * Tweets per day, week or month of a selection, cut in one time zone. The buckets run without gaps from
 * the first bucket holding a tweet to the last one (empty buckets count 0), so that a chart's x axis is
 * the data's own span (2009 to 2018 for the IRA release).
 */
struct ActivityChartData
{
    TimeBucket bucket = TimeBucket::Day;
    ActivityBreakdown breakdown = ActivityBreakdown::None;
    QByteArray timeZoneId = "UTC"; ///< the zone days, weeks and months are cut in (IANA id)
    QList<QDate> bucketStarts;     ///< the local date each bucket starts on
    QList<ActivitySeries> series;  ///< without breakdown one series named "Tweets"
    std::int64_t total = 0;        ///< tweets counted (a tweet counts once, whatever the breakdown)
    bool fromCounters = false;     ///< answered from the import's pre-aggregated tables
};

/**
 * The posting rhythm of a selection: tweets per local hour of day and day of week in one time zone, each
 * tweet placed by the zone's offset at its own instant (daylight saving and the zone's history applied).
 */
struct RhythmChartData
{
    QByteArray timeZoneId = "UTC";
    /** counts[weekday][hour]: weekday 0 is Monday ... 6 Sunday; hour 0..23 local time. */
    std::array<std::array<std::int64_t, 24>, 7> counts{};
    std::int64_t total = 0;
    bool fromCounters = false;
};

/** An account's life: when it was created, when it first and last tweeted (in the selection's cache). */
struct LifecycleAccount
{
    std::int64_t accountId = 0;
    QString userid;
    QString screenName;
    QString category;
    QDate created;    ///< invalid when the archive does not say
    QDate firstTweet; ///< UTC dates; invalid without tweets
    QDate lastTweet;
    std::int64_t tweets = 0;
};

/** The accounts of a selection for the lifecycle chart (creation against first and last activity). */
struct LifecycleChartData
{
    QList<LifecycleAccount> accounts; ///< ordered by creation date, unknown last
};

/** A dated event drawn on time charts (the 2016 US election, say). */
struct EventMarker
{
    QDate date;
    QString label;
    bool builtIn = false; ///< shipped with Trove, as opposed to added by the user
};

} // namespace trove
