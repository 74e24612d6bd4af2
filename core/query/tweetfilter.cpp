#include "core/query/tweetfilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace trove {

namespace {

QJsonArray idsToJson(const QList<std::int64_t> &ids)
{
    QJsonArray array;
    for (const auto id : ids) {
        // As strings: a JSON number is a double and would round ids above 2^53.
        array.append(QString::number(id));
    }
    return array;
}

QList<std::int64_t> idsFromJson(const QJsonValue &value)
{
    QList<std::int64_t> ids;
    for (const auto &item : value.toArray()) {
        bool ok = false;
        const auto id = item.toString().toLongLong(&ok);
        if (ok) {
            ids.append(id);
        }
    }
    return ids;
}

QString kindName(TweetKind kind)
{
    switch (kind) {
    case TweetKind::Original:
        return QCoreApplication::translate("trove::TweetFilter", "originals");
    case TweetKind::Retweet:
        return QCoreApplication::translate("trove::TweetFilter", "retweets");
    case TweetKind::Reply:
        return QCoreApplication::translate("trove::TweetFilter", "replies");
    case TweetKind::Quote:
        return QCoreApplication::translate("trove::TweetFilter", "quotes");
    }
    return {};
}

} // namespace

bool TweetFilter::isPlain() const
{
    return search.trimmed().isEmpty() && !from.isValid() && !until.isValid() && language.isEmpty() &&
           client.isEmpty() && (kinds & AllKinds) == AllKinds && hashtag.isEmpty() && mention.isEmpty() &&
           media == Media::Any && category.isEmpty() && !hasLocalTime();
}

bool TweetFilter::hasLocalTime() const
{
    return (localWeekday >= 1 && localWeekday <= 7) || (localHour >= 0 && localHour <= 23);
}

// In the user's language when a translator is installed (the window), in English otherwise (command line,
// tests): the texts are translated in context "trove::TweetFilter" with the window's.
QString TweetFilter::describeFilters() const
{
    QStringList parts;
    if (!search.trimmed().isEmpty()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "search “%1”").arg(search.trimmed());
    }
    // A bound at midnight is a whole day and is named by its date; any other time to the second.
    const auto moment = [](const QDateTime &time) {
        const QDateTime utc = time.toUTC();
        return utc.time() == QTime(0, 0) ? utc.date().toString(Qt::ISODate)
                                         : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    if (from.isValid() && until.isValid()) {
        // `until` is exclusive: a range of whole days names the last day it includes.
        const QDateTime utcFrom = from.toUTC();
        const QDateTime utcUntil = until.toUTC();
        if (utcFrom.time() == QTime(0, 0) && utcUntil.time() == QTime(0, 0)) {
            const QDate last = utcUntil.date().addDays(-1);
            parts << (last == utcFrom.date()
                          ? QCoreApplication::translate("trove::TweetFilter", "on %1 UTC").arg(moment(from))
                          : QCoreApplication::translate("trove::TweetFilter", "%1 to %2 UTC")
                                .arg(moment(from), last.toString(Qt::ISODate)));
        } else {
            parts << QCoreApplication::translate("trove::TweetFilter", "%1 to %2 UTC")
                         .arg(moment(from), moment(until));
        }
    } else if (from.isValid()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "from %1 UTC").arg(moment(from));
    } else if (until.isValid()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "before %1 UTC").arg(moment(until));
    }
    if (!language.isEmpty()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "language %1").arg(language);
    }
    if (!client.isEmpty()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "client %1").arg(client);
    }
    if ((kinds & AllKinds) != AllKinds) {
        QStringList names;
        for (int kind = 0; kind < 4; ++kind) {
            if (kinds & (1u << kind)) {
                names << kindName(TweetKind(kind));
            }
        }
        parts << (names.isEmpty() ? QCoreApplication::translate("trove::TweetFilter", "no tweet kind")
                                  : names.join(QStringLiteral(", ")));
    }
    if (!hashtag.isEmpty()) {
        parts << QStringLiteral("#%1").arg(hashtag);
    }
    if (!mention.isEmpty()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "mentioning @%1").arg(mention);
    }
    if (media == Media::With) {
        parts << QCoreApplication::translate("trove::TweetFilter", "with media");
    } else if (media == Media::Without) {
        parts << QCoreApplication::translate("trove::TweetFilter", "without media");
    }
    if (!category.isEmpty()) {
        parts << QCoreApplication::translate("trove::TweetFilter", "category %1").arg(category);
    }
    if (hasLocalTime()) {
        // "Mondays 09:00–10:00 Europe/Moscow": what a heatmap cell stands for.
        static const char *const Weekdays[] = {QT_TRANSLATE_NOOP("trove::TweetFilter", "Mondays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Tuesdays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Wednesdays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Thursdays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Fridays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Saturdays"),
                                               QT_TRANSLATE_NOOP("trove::TweetFilter", "Sundays")};
        QStringList when;
        if (localWeekday >= 1 && localWeekday <= 7) {
            when << QCoreApplication::translate("trove::TweetFilter", Weekdays[localWeekday - 1]);
        }
        if (localHour >= 0 && localHour <= 23) {
            when << QStringLiteral("%1:00–%2:00")
                        .arg(localHour, 2, 10, QLatin1Char('0'))
                        .arg(localHour + 1, 2, 10, QLatin1Char('0'));
        }
        when << (timeZone.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(timeZone));
        parts << when.join(QLatin1Char(' '));
    }
    return parts.isEmpty() ? QCoreApplication::translate("trove::TweetFilter", "no filters")
                           : parts.join(QStringLiteral(" \u00b7 "));
}

QJsonObject TweetFilter::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("campaigns"), idsToJson(campaignIds));
    object.insert(QStringLiteral("accounts"), idsToJson(accountIds));
    object.insert(QStringLiteral("search"), search);
    object.insert(QStringLiteral("from"), from.isValid() ? from.toUTC().toString(Qt::ISODate) : QString());
    object.insert(QStringLiteral("until"), until.isValid() ? until.toUTC().toString(Qt::ISODate) : QString());
    object.insert(QStringLiteral("language"), language);
    object.insert(QStringLiteral("client"), client);
    object.insert(QStringLiteral("kinds"), int(kinds & AllKinds));
    object.insert(QStringLiteral("hashtag"), hashtag);
    object.insert(QStringLiteral("mention"), mention);
    object.insert(QStringLiteral("media"), media == Media::With      ? QStringLiteral("with")
                                           : media == Media::Without ? QStringLiteral("without")
                                                                     : QStringLiteral("any"));
    object.insert(QStringLiteral("category"), category);
    if (!timeZone.isEmpty() || hasLocalTime()) {
        object.insert(QStringLiteral("timeZone"), QString::fromLatin1(timeZone));
        object.insert(QStringLiteral("localWeekday"), hasLocalTime() ? localWeekday : 0);
        object.insert(QStringLiteral("localHour"), hasLocalTime() ? localHour : -1);
    }
    return object;
}

TweetFilter TweetFilter::fromJson(const QJsonObject &object)
{
    TweetFilter filter;
    filter.campaignIds = idsFromJson(object.value(QStringLiteral("campaigns")));
    filter.accountIds = idsFromJson(object.value(QStringLiteral("accounts")));
    filter.search = object.value(QStringLiteral("search")).toString();
    const auto time = [&](const char *key) {
        QDateTime value = QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
        return value.isValid() ? value.toUTC() : QDateTime();
    };
    filter.from = time("from");
    filter.until = time("until");
    filter.language = object.value(QStringLiteral("language")).toString();
    filter.client = object.value(QStringLiteral("client")).toString();
    filter.kinds = unsigned(object.value(QStringLiteral("kinds")).toInt(int(AllKinds))) & AllKinds;
    filter.hashtag = object.value(QStringLiteral("hashtag")).toString();
    filter.mention = object.value(QStringLiteral("mention")).toString();
    const QString media = object.value(QStringLiteral("media")).toString();
    filter.media = media == QLatin1String("with")      ? Media::With
                   : media == QLatin1String("without") ? Media::Without
                                                       : Media::Any;
    filter.category = object.value(QStringLiteral("category")).toString();
    // Absent from filters saved before heatmap drill-down: then UTC, any weekday, any hour.
    filter.timeZone = object.value(QStringLiteral("timeZone")).toString().toLatin1();
    const int weekday = object.value(QStringLiteral("localWeekday")).toInt(0);
    filter.localWeekday = weekday >= 1 && weekday <= 7 ? weekday : 0;
    const int hour = object.value(QStringLiteral("localHour")).toInt(-1);
    filter.localHour = hour >= 0 && hour <= 23 ? hour : -1;
    return filter;
}

bool TweetFilter::operator==(const TweetFilter &other) const
{
    return campaignIds == other.campaignIds && accountIds == other.accountIds && search == other.search &&
           from == other.from && until == other.until && language == other.language &&
           client == other.client && (kinds & AllKinds) == (other.kinds & AllKinds) &&
           hashtag == other.hashtag && mention == other.mention && media == other.media &&
           category == other.category && timeZone == other.timeZone &&
           (localWeekday >= 1 && localWeekday <= 7 ? localWeekday : 0) ==
               (other.localWeekday >= 1 && other.localWeekday <= 7 ? other.localWeekday : 0) &&
           (localHour >= 0 && localHour <= 23 ? localHour : -1) ==
               (other.localHour >= 0 && other.localHour <= 23 ? other.localHour : -1);
}

} // namespace trove
