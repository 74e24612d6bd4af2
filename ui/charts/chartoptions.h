#pragma once

#include "core/charts/chartdata.h"
#include "core/query/tweetfilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trove {

/** The charts the Charts view offers. */
enum class ChartType {
    Activity,  ///< tweets per day/week/month, optionally stacked by the chosen breakdown
    Languages, ///< activity stacked by language
    Clients,   ///< activity stacked by client
    Hashtags,  ///< activity stacked by the most used hashtags
    Rhythm,    ///< hour-of-day by weekday heatmap in a time zone
    Lifecycle, ///< account creation against first and last tweet
};

/** How the bars of a time chart are drawn. */
enum class ChartStyle { Bars, Lines };

/** What the values of a time chart are. */
enum class ChartNormalisation {
    Absolute,     ///< tweets
    ShareOfTotal, ///< percent of each selection's (or series') own total
    PerBucket,    ///< percent of the bucket: of the stacked total, or of the compared selections' sum
};

/** What the Charts view is asked to draw, apart from the selections. */
struct ChartOptions
{
    ChartType type = ChartType::Activity;
    TimeBucket bucket = TimeBucket::Day;
    ChartStyle style = ChartStyle::Bars;
    ActivityBreakdown breakdown = ActivityBreakdown::None; ///< for ChartType::Activity
    QByteArray timeZoneId = "UTC";
    ChartNormalisation normalisation = ChartNormalisation::Absolute;
    int topSeries = 8;

    bool isTimeChart() const { return type != ChartType::Rhythm && type != ChartType::Lifecycle; }
    /** The breakdown computed: the type's own, or the chosen one for Activity; none while comparing. */
    ActivityBreakdown effectiveBreakdown(bool comparing) const;
    bool operator==(const ChartOptions &other) const;
    bool operator!=(const ChartOptions &other) const { return !(*this == other); }
};

/** One thing charted: a name for people ("Campaign ira", "@handle") and its tweets. */
struct ChartSelection
{
    QString name;
    TweetFilter filter;
};

/** The numbers computed for one selection (only those of the chart type are filled). */
struct SelectionChartData
{
    ChartSelection selection;
    ActivityChartData activity;
    RhythmChartData rhythm;
    LifecycleChartData lifecycle;
};

/** Everything a chart is drawn from. */
struct ChartResult
{
    ChartOptions options;
    QList<SelectionChartData> selections; ///< the first is the one drill-downs fall back to
    QString cacheName;                    ///< the cache file's name, for captions
    QStringList campaignNames;            ///< the campaigns of the selections, for captions
    qint64 elapsedMs = 0;

    bool isComparison() const { return selections.size() > 1; }
};

/** Names for people (translated), for combos, legends and captions. */
QString chartTypeName(ChartType type);
QString bucketName(TimeBucket bucket);
QString breakdownName(ActivityBreakdown breakdown);
/**
 * A name (bucketName, breakdownName) as it reads inside a sentence of the current UI language: lower-cased,
 * except in German, whose nouns keep their capital ("nach Sprache", not "nach sprache").
 */
QString nameInSentence(const QString &name);
/**
 * The name to show for a series the core named ("Tweets", "other", the kinds "original" … "quote", "(no
 * language)", "(none)"), translated; languages, clients, categories and hashtags are data and stay as they
 * are. The core's name itself is what drill-downs and CSV exports use.
 */
QString seriesDisplayName(const QString &coreName, ActivityBreakdown breakdown);
QString normalisationName(ChartNormalisation normalisation);
/** The y axis title for @p normalisation ("Tweets per day", "% of each selection's tweets"). */
QString valueAxisTitle(const ChartOptions &options, bool comparing);

} // namespace trove
