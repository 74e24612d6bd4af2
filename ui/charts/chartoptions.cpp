#include "ui/charts/chartoptions.h"

#include <QCoreApplication>
#include <QLocale>

namespace trove {

ActivityBreakdown ChartOptions::effectiveBreakdown(bool comparing) const
{
    if (comparing) {
        // Each compared selection is one series: a breakdown on top would multiply them past reading.
        return ActivityBreakdown::None;
    }
    switch (type) {
    case ChartType::Languages:
        return ActivityBreakdown::Language;
    case ChartType::Clients:
        return ActivityBreakdown::Client;
    case ChartType::Hashtags:
        return ActivityBreakdown::Hashtag;
    case ChartType::Activity:
        return breakdown;
    case ChartType::Rhythm:
    case ChartType::Lifecycle:
        break;
    }
    return ActivityBreakdown::None;
}

bool ChartOptions::operator==(const ChartOptions &other) const
{
    return type == other.type && bucket == other.bucket && style == other.style &&
           breakdown == other.breakdown && timeZoneId == other.timeZoneId &&
           normalisation == other.normalisation && topSeries == other.topSeries;
}

QString chartTypeName(ChartType type)
{
    switch (type) {
    case ChartType::Activity:
        return QCoreApplication::translate("trove::Charts", "Activity over time");
    case ChartType::Languages:
        return QCoreApplication::translate("trove::Charts", "Languages over time");
    case ChartType::Clients:
        return QCoreApplication::translate("trove::Charts", "Clients over time");
    case ChartType::Hashtags:
        return QCoreApplication::translate("trove::Charts", "Top hashtags over time");
    case ChartType::Rhythm:
        return QCoreApplication::translate("trove::Charts", "Posting rhythm (hour × weekday)");
    case ChartType::Lifecycle:
        return QCoreApplication::translate("trove::Charts", "Account lifecycle");
    }
    return {};
}

QString bucketName(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day:
        return QCoreApplication::translate("trove::Charts", "Day");
    case TimeBucket::Week:
        return QCoreApplication::translate("trove::Charts", "Week");
    case TimeBucket::Month:
        return QCoreApplication::translate("trove::Charts", "Month");
    }
    return {};
}

QString breakdownName(ActivityBreakdown breakdown)
{
    switch (breakdown) {
    case ActivityBreakdown::None:
        return QCoreApplication::translate("trove::Charts", "No breakdown");
    case ActivityBreakdown::Kind:
        return QCoreApplication::translate("trove::Charts", "Tweet kind");
    case ActivityBreakdown::Language:
        return QCoreApplication::translate("trove::Charts", "Language");
    case ActivityBreakdown::Client:
        return QCoreApplication::translate("trove::Charts", "Client");
    case ActivityBreakdown::Category:
        return QCoreApplication::translate("trove::Charts", "Account category");
    case ActivityBreakdown::Hashtag:
        return QCoreApplication::translate("trove::Charts", "Hashtag");
    }
    return {};
}

QString normalisationName(ChartNormalisation normalisation)
{
    switch (normalisation) {
    case ChartNormalisation::Absolute:
        return QCoreApplication::translate("trove::Charts", "Absolute (tweets)");
    case ChartNormalisation::ShareOfTotal:
        return QCoreApplication::translate("trove::Charts", "Share of total (%)");
    case ChartNormalisation::PerBucket:
        return QCoreApplication::translate("trove::Charts", "Percent of each bucket (%)");
    }
    return {};
}

QString valueAxisTitle(const ChartOptions &options, bool comparing)
{
    switch (options.normalisation) {
    case ChartNormalisation::Absolute:
        switch (options.bucket) {
        case TimeBucket::Day:
            return QCoreApplication::translate("trove::Charts", "Tweets per day");
        case TimeBucket::Week:
            return QCoreApplication::translate("trove::Charts", "Tweets per week");
        case TimeBucket::Month:
            return QCoreApplication::translate("trove::Charts", "Tweets per month");
        }
        break;
    case ChartNormalisation::ShareOfTotal:
        return comparing ? QCoreApplication::translate("trove::Charts", "% of each selection's tweets")
                         : QCoreApplication::translate("trove::Charts", "% of the selection's tweets");
    case ChartNormalisation::PerBucket:
        return comparing
                   ? QCoreApplication::translate("trove::Charts", "% of the compared tweets in the bucket")
                   : QCoreApplication::translate("trove::Charts", "% of the bucket's tweets");
    }
    return {};
}

QString nameInSentence(const QString &name)
{
    return QLocale().language() == QLocale::German ? name : QLocale().toLower(name);
}

QString seriesDisplayName(const QString &coreName, ActivityBreakdown breakdown)
{
    if (coreName == QLatin1String("other")) {
        return QCoreApplication::translate("trove::Charts", "other");
    }
    if (breakdown == ActivityBreakdown::None && coreName == QLatin1String("Tweets")) {
        return QCoreApplication::translate("trove::Charts", "Tweets");
    }
    if (breakdown == ActivityBreakdown::Kind) {
        if (coreName == QLatin1String("original")) {
            return QCoreApplication::translate("trove::Charts", "original");
        }
        if (coreName == QLatin1String("retweet")) {
            return QCoreApplication::translate("trove::Charts", "retweet");
        }
        if (coreName == QLatin1String("reply")) {
            return QCoreApplication::translate("trove::Charts", "reply");
        }
        if (coreName == QLatin1String("quote")) {
            return QCoreApplication::translate("trove::Charts", "quote");
        }
    }
    if (coreName == QLatin1String("(no language)")) {
        return QCoreApplication::translate("trove::Charts", "(no language)");
    }
    if (coreName == QLatin1String("(none)")) {
        return QCoreApplication::translate("trove::Charts", "(none)");
    }
    return coreName;
}

} // namespace trove
