#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

/** What a tweet is, as stored in tweets.kind. */
enum class TweetKind { Original = 0, Retweet = 1, Reply = 2, Quote = 3 };

/**
 * Which tweets a list shows: the selection (campaigns, accounts) and the filters on top of it. Every list
 * of tweets (a timeline, a search result, an export, a chart's drill-down) is described by one of these,
 * so that it can be saved, restored after a restart, and written into the caption of what is exported.
 * The default filter is every tweet of the cache.
 */
struct TweetFilter
{
    enum class Media { Any, With, Without };
    static constexpr unsigned AllKinds = 0xF; ///< bit (1 << int(TweetKind)) per kind shown

    QList<std::int64_t> campaignIds; ///< empty: every campaign
    QList<std::int64_t> accountIds;  ///< empty: every account of the campaigns (a linked pair gives two)
    QString search;                  ///< full-text query in SearchQuery's syntax; empty: no text condition
    QDateTime from;                  ///< UTC, inclusive; invalid: from the first tweet
    QDateTime until;                 ///< UTC, exclusive; invalid: to the last tweet
    QString language;                ///< tweet language as stored ('ru', 'und'); empty: any
    QString client;                  ///< client name as stored ('Twitter Web Client'); empty: any
    unsigned kinds = AllKinds;
    QString hashtag; ///< without '#', any case; empty: any
    QString mention; ///< a mentioned screen name (without '@') or userid; empty: any
    Media media = Media::Any;
    QString category; ///< account category ('RightTroll'); empty: any
    /**
     * The local time a tweet was posted at, as a posting-rhythm heatmap cell shows it: its weekday
     * (1 Monday .. 7 Sunday, as Qt numbers them; 0 any) and hour (0..23; -1 any) in the zone @p timeZone
     * (an IANA id; empty: UTC), each tweet placed by the zone's offset at its own instant. Values out of
     * range mean any; the zone alone narrows nothing.
     */
    QByteArray timeZone;
    int localWeekday = 0;
    int localHour = -1;

    /** True when localWeekday or localHour narrows the tweets. */
    bool hasLocalTime() const;

    /** True when nothing but campaigns and accounts narrows the tweets (counts come from counters). */
    bool isPlain() const;
    /**
     * The filters (not the selection, which the caller names) in one line for people, for captions,
     * export headers and tooltips: 'search "troll" · 2016-01-01 to 2016-12-31 UTC · language ru'; "no
     * filters" when there are none.
     */
    QString describeFilters() const;

    QJsonObject toJson() const;
    static TweetFilter fromJson(const QJsonObject &object);

    bool operator==(const TweetFilter &other) const;
    bool operator!=(const TweetFilter &other) const { return !(*this == other); }
};

/** The order of a list of tweets. Tweet ids grow with time, so time order is id order. */
enum class TweetOrder { OldestFirst, NewestFirst, MostEngagement };

} // namespace trove
