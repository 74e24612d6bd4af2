#pragma once

#include "ui/charts/chartoptions.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QString>

#include <cstdint>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace trove {

/** One line or band of a time chart, aligned on TimeTable::buckets. */
struct TimeTableSeries
{
    QString name;      ///< legend text ("ru", "Campaign ira", "other")
    int selection = 0; ///< index into ChartResult::selections
    ActivityBreakdown breakdown = ActivityBreakdown::None;
    bool other = false;         ///< the "other" remainder of a breakdown
    QList<std::int64_t> counts; ///< tweets per bucket
    QList<double> values;       ///< what is plotted (counts, or percents when normalised)
    QList<double> lower;        ///< stacked: the band's bottom per bucket (0 when not stacked)
    QList<double> upper;        ///< stacked: the band's top (values when not stacked)
};

/** The numbers of a time chart on one common run of buckets: what is drawn and what CSV exports. */
struct TimeTable
{
    TimeBucket bucket = TimeBucket::Day;
    QList<QDate> buckets; ///< local start dates, sorted, without gaps
    QList<TimeTableSeries> series;
    bool stacked = false;
    double maxValue = 0; ///< the top of the highest band or line
};

/** How a chart looks: the light theme on white for exports, the screen's otherwise, and its font. */
struct ChartLook
{
    bool light = true;
    QFont font;
};

/**
 * Turns computed chart numbers into tables and Qt Charts. Time charts are drawn as stepped areas or lines
 * on a date axis (never one bar category per day: a 2009–2018 daily chart has 3,500 buckets), stacked by
 * cumulative lower and upper lines. X values are the local midnight of a bucket's start in milliseconds
 * (QDateTimeAxis shows local time), so axis labels read as the bucket dates. GUI thread.
 */
class ChartBuilder
{
public:
    static TimeTable timeTable(const ChartResult &result);
    /** A new chart (the caller owns it) for a time chart result. */
    static QChart *timeChart(const ChartResult &result, const TimeTable &table, const ChartLook &look);
    /** A new scatter chart of the accounts' creation against first and last tweet. */
    static QChart *lifecycleChart(const ChartResult &result, const ChartLook &look);

    /** The x value of @p date, and back. */
    static qreal axisValue(const QDate &date);
    static QDate dateAt(qreal value);
    /** The first day after the bucket starting on @p start. */
    static QDate bucketEnd(const QDate &start, TimeBucket bucket);
    /** The date format for an axis spanning @p days. */
    static QString axisFormat(qint64 days);
    /**
     * Labels @p axis (a value axis of axisValue()s) from @p minimum to @p maximum at round dates: years,
     * quarters, months, weeks or days, at most about @p maximumLabels of them.
     */
    static void labelDates(QCategoryAxis *axis, qreal minimum, qreal maximum, int maximumLabels);
    /** The title drawn above the chart ("Activity over time by language — Campaign ira"). */
    static QString title(const ChartResult &result);
    /** Applies @p look's font to @p chart's title, legend and axes. */
    static void applyFont(QChart *chart, const QFont &font);
};

} // namespace trove
