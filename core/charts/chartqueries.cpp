#include "core/charts/chartqueries.h"

#include "core/charts/zoneoffsets.h"
#include "core/db/database.h"
#include "core/query/accountlist.h"
#include "core/query/tweetlistquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace trove {

namespace {

bool fail(Database &db, QString *error, const QString &what)
{
    if (error) {
        const QString reason = db.errorString();
        *error = reason.isEmpty() ? QStringLiteral("cannot read %1").arg(what)
                                  : QStringLiteral("cannot read %1: %2").arg(what, reason);
    }
    return false;
}

bool unknownZone(const QByteArray &zoneId, QString *error)
{
    if (error) {
        *error = QStringLiteral("unknown time zone \u201c%1\u201d").arg(QString::fromLatin1(zoneId));
    }
    return false;
}

// Ids as an SQL list: numbers only, so they may be spliced.
QString idList(const QList<std::int64_t> &ids)
{
    QString list;
    for (const auto id : ids) {
        if (!list.isEmpty()) {
            list += QLatin1Char(',');
        }
        list += QString::number(id);
    }
    return list;
}

// The instants every tweet of the cache lies between (the campaigns' counters), a day wider on each side:
// the span the zone's transitions are read for.
bool cacheSpan(Database &db, std::int64_t *from, std::int64_t *until, QString *error)
{
    Statement statement(db, "SELECT min(first_tweet), max(last_tweet) FROM campaigns");
    if (!statement.isValid()) {
        return fail(db, error, QStringLiteral("the campaigns"));
    }
    if (statement.next() && !statement.isNull(0)) {
        *from = statement.int64(0) - 2 * 86400;
        *until = statement.int64(1) + 2 * 86400;
    } else if (!statement.ok()) {
        return fail(db, error, QStringLiteral("the campaigns"));
    } else {
        *from = 0;
        *until = 86400;
    }
    return true;
}

// The accounts of a plain filter's selection that belong to its campaigns: an account lies in one campaign,
// so the campaign condition becomes a choice of accounts, and the (account_id, time) index alone answers.
bool selectedAccounts(Database &db, const TweetFilter &filter, QList<std::int64_t> *accounts, QString *error)
{
    if (filter.campaignIds.isEmpty()) {
        *accounts = filter.accountIds;
        return true;
    }
    const QString query = QStringLiteral("SELECT id FROM accounts WHERE id IN (%1) AND campaign_id IN (%2)")
                              .arg(idList(filter.accountIds), idList(filter.campaignIds));
    Statement statement(db, query.toUtf8().constData());
    accounts->clear();
    while (statement.next()) {
        accounts->append(statement.int64(0));
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the accounts"));
    }
    return true;
}

// Counts per local day of one series, in a vector from the first day seen (grown at either end).
class DayCounts
{
public:
    void add(std::int64_t day, std::int64_t count)
    {
        if (m_counts.empty()) {
            m_first = day;
            m_counts.assign(1, 0);
        } else if (day < m_first) {
            m_counts.insert(m_counts.begin(), std::size_t(m_first - day), 0);
            m_first = day;
        } else if (day >= m_first + std::int64_t(m_counts.size())) {
            m_counts.resize(std::size_t(day - m_first + 1), 0);
        }
        m_counts[std::size_t(day - m_first)] += count;
        m_total += count;
    }
    std::int64_t total() const { return m_total; }
    template<typename F> void forEach(F &&function) const
    {
        for (std::size_t i = 0; i < m_counts.size(); ++i) {
            if (m_counts[i] != 0) {
                function(m_first + std::int64_t(i), m_counts[i]);
            }
        }
    }

private:
    std::int64_t m_first = 0;
    std::vector<std::int64_t> m_counts;
    std::int64_t m_total = 0;
};

// The series of an activity chart while they are counted: one DayCounts per key, in order of appearance.
struct SeriesCounts
{
    QStringList names;
    std::vector<DayCounts> days;
    QHash<QString, int> indexOf;

    int key(const QString &name)
    {
        const auto found = indexOf.constFind(name);
        if (found != indexOf.constEnd()) {
            return *found;
        }
        const int index = int(names.size());
        names << name;
        days.emplace_back();
        indexOf.insert(name, index);
        return index;
    }
};

const char *const KindNames[] = {"original", "retweet", "reply", "quote"};

QString noValue(ActivityBreakdown breakdown)
{
    switch (breakdown) {
    case ActivityBreakdown::Language:
        return QStringLiteral("(no language)");
    case ActivityBreakdown::Client:
        return QStringLiteral("(no client)");
    case ActivityBreakdown::Category:
        return QStringLiteral("(no category)");
    default:
        return QStringLiteral("(none)");
    }
}

// An integer per bucket, consecutive: days, weeks since the Monday 1969-12-29, months since year 0.
std::int64_t bucketOrdinal(TimeBucket bucket, std::int64_t day)
{
    switch (bucket) {
    case TimeBucket::Day:
        break;
    case TimeBucket::Week: {
        const std::int64_t shifted = day + 3;
        return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
    }
    case TimeBucket::Month: {
        const QDate date = ZoneOffsets::dateOfDay(day);
        return std::int64_t(date.year()) * 12 + date.month() - 1;
    }
    }
    return day;
}

QDate bucketStartDate(TimeBucket bucket, std::int64_t ordinal)
{
    switch (bucket) {
    case TimeBucket::Day:
        break;
    case TimeBucket::Week:
        return ZoneOffsets::dateOfDay(ordinal * 7 - 3);
    case TimeBucket::Month: {
        const std::int64_t year = ordinal >= 0 ? ordinal / 12 : -((-ordinal + 11) / 12);
        return QDate(int(year), int(ordinal - year * 12) + 1, 1);
    }
    }
    return ZoneOffsets::dateOfDay(ordinal);
}

QDate nextBucketStart(TimeBucket bucket, const QDate &start)
{
    switch (bucket) {
    case TimeBucket::Day:
        break;
    case TimeBucket::Week:
        return start.addDays(7);
    case TimeBucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

// Turns counted days into the chart: buckets from the first to the last non-empty one, the series ranked
// by total (kinds in their fixed order), those after topSeries summed into "other".
void assemble(const SeriesCounts &counts, TimeBucket bucket, ActivityBreakdown breakdown, int topSeries,
              ActivityChartData *out)
{
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    auto span = [&](const DayCounts &days) {
        days.forEach([&](std::int64_t day, std::int64_t) {
            const std::int64_t ordinal = bucketOrdinal(bucket, day);
            first = std::min(first, ordinal);
            last = std::max(last, ordinal);
        });
    };
    for (const DayCounts &days : counts.days) {
        span(days);
    }
    out->bucketStarts.clear();
    out->series.clear();
    if (first > last) {
        if (breakdown == ActivityBreakdown::None) {
            out->series.append(ActivitySeries{QStringLiteral("Tweets"), {}});
        }
        return;
    }
    const qsizetype buckets = qsizetype(last - first + 1);
    out->bucketStarts.reserve(buckets);
    for (std::int64_t ordinal = first; ordinal <= last; ++ordinal) {
        out->bucketStarts.append(bucketStartDate(bucket, ordinal));
    }
    auto toCounts = [&](const DayCounts &days, QList<std::int64_t> &into) {
        if (into.isEmpty()) {
            into.fill(0, buckets);
        }
        days.forEach([&](std::int64_t day, std::int64_t count) {
            into[qsizetype(bucketOrdinal(bucket, day) - first)] += count;
        });
    };

    std::vector<int> order(counts.days.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    if (breakdown != ActivityBreakdown::Kind) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (counts.days[std::size_t(a)].total() != counts.days[std::size_t(b)].total()) {
                return counts.days[std::size_t(a)].total() > counts.days[std::size_t(b)].total();
            }
            return counts.names.at(a) < counts.names.at(b);
        });
    }
    const bool limited =
        topSeries > 0 && breakdown != ActivityBreakdown::Kind && breakdown != ActivityBreakdown::None;
    ActivitySeries other{QStringLiteral("other"), {}};
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const DayCounts &days = counts.days[std::size_t(order[rank])];
        if (limited && int(rank) >= topSeries) {
            toCounts(days, other.counts);
            continue;
        }
        ActivitySeries series{counts.names.at(order[rank]), {}};
        toCounts(days, series.counts);
        out->series.append(series);
    }
    if (!other.counts.isEmpty()) {
        out->series.append(other);
    }
}

// Every account's category: its own, else that of a linked FiveThirtyEight account (as the timeline shows).
bool accountCategories(Database &db, QHash<std::int64_t, QString> *categories, QString *error)
{
    Statement statement(
        db, "SELECT a.id, coalesce(nullif(a.category, ''), (SELECT la.category FROM account_links l "
            "JOIN accounts la ON la.id = l.linked_account_id WHERE l.account_id = a.id AND "
            "la.category <> '' ORDER BY la.id LIMIT 1)) FROM accounts a");
    while (statement.next()) {
        if (!statement.isNull(1)) {
            categories->insert(statement.int64(0), statement.text(1));
        }
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the account categories"));
    }
    return true;
}

// The activity_daily rows of a plain selection: None, Kind or Category in UTC.
bool activityFromDailyCounters(Database &db, const TweetFilter &filter, ActivityBreakdown breakdown,
                               SeriesCounts *counts, QString *error)
{
    QString query = QStringLiteral(
        "SELECT account_id, day, tweets, retweets, replies, quotes FROM activity_daily WHERE 1");
    if (!filter.accountIds.isEmpty()) {
        QList<std::int64_t> accounts;
        if (!selectedAccounts(db, filter, &accounts, error)) {
            return false;
        }
        if (accounts.isEmpty()) {
            return true;
        }
        query += QStringLiteral(" AND account_id IN (%1)").arg(idList(accounts));
    } else if (!filter.campaignIds.isEmpty()) {
        query += QStringLiteral(" AND campaign_id IN (%1)").arg(idList(filter.campaignIds));
    }
    QHash<std::int64_t, QString> categories;
    if (breakdown == ActivityBreakdown::Category && !accountCategories(db, &categories, error)) {
        return false;
    }
    int kindKeys[4] = {0, 0, 0, 0};
    if (breakdown == ActivityBreakdown::Kind) {
        for (int kind = 0; kind < 4; ++kind) {
            kindKeys[kind] = counts->key(QLatin1String(KindNames[kind]));
        }
    }
    const int noneKey = breakdown == ActivityBreakdown::None ? counts->key(QStringLiteral("Tweets")) : 0;
    Statement statement(db, query.toUtf8().constData());
    std::int64_t lastAccount = -1;
    int accountKey = 0;
    while (statement.next()) {
        const std::int64_t day = statement.int64(1);
        const std::int64_t tweets = statement.int64(2);
        switch (breakdown) {
        case ActivityBreakdown::Kind: {
            const std::int64_t retweets = statement.int64(3);
            const std::int64_t replies = statement.int64(4);
            const std::int64_t quotes = statement.int64(5);
            counts->days[std::size_t(kindKeys[0])].add(day, tweets - retweets - replies - quotes);
            counts->days[std::size_t(kindKeys[1])].add(day, retweets);
            counts->days[std::size_t(kindKeys[2])].add(day, replies);
            counts->days[std::size_t(kindKeys[3])].add(day, quotes);
            break;
        }
        case ActivityBreakdown::Category: {
            const std::int64_t account = statement.int64(0);
            if (account != lastAccount) {
                const QString category = categories.value(account);
                accountKey = counts->key(category.isEmpty() ? noValue(breakdown) : category);
                lastAccount = account;
            }
            counts->days[std::size_t(accountKey)].add(day, tweets);
            break;
        }
        default:
            counts->days[std::size_t(noneKey)].add(day, tweets);
            break;
        }
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the daily counters"));
    }
    return true;
}

// Whole campaigns in UTC without breakdown: campaign_daily, a row per campaign and day.
bool activityFromCampaignDays(Database &db, const TweetFilter &filter, SeriesCounts *counts, QString *error)
{
    QString query = QStringLiteral("SELECT day, tweets FROM campaign_daily");
    if (!filter.campaignIds.isEmpty()) {
        query += QStringLiteral(" WHERE campaign_id IN (%1)").arg(idList(filter.campaignIds));
    }
    const int key = counts->key(QStringLiteral("Tweets"));
    Statement statement(db, query.toUtf8().constData());
    while (statement.next()) {
        counts->days[std::size_t(key)].add(statement.int64(0), statement.int64(1));
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the campaign day counters"));
    }
    return true;
}

// Reads the quarter-hour counters of a plain campaign selection: (slot, tweets) rows to @p sink.
template<typename Sink>
bool readQuarterHours(Database &db, const TweetFilter &filter, Sink &&sink, QString *error)
{
    QString query = QStringLiteral("SELECT slot, tweets FROM campaign_quarter_hours");
    if (!filter.campaignIds.isEmpty()) {
        query += QStringLiteral(" WHERE campaign_id IN (%1)").arg(idList(filter.campaignIds));
    }
    Statement statement(db, query.toUtf8().constData());
    while (statement.next()) {
        sink(statement.int64(0), statement.int64(1));
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the quarter-hour counters"));
    }
    return true;
}

// A plain filter over accounts reads the (account_id, time) index alone once the campaigns are resolved.
TweetFilter scanFilter(Database &db, const TweetFilter &filter, bool *empty, QString *error, bool *ok)
{
    *ok = true;
    *empty = false;
    if (!filter.isPlain() || filter.accountIds.isEmpty() || filter.campaignIds.isEmpty()) {
        return filter;
    }
    TweetFilter narrowed = filter;
    if (!selectedAccounts(db, filter, &narrowed.accountIds, error)) {
        *ok = false;
        return filter;
    }
    narrowed.campaignIds.clear();
    *empty = narrowed.accountIds.isEmpty();
    return narrowed;
}

// The matching tweets counted per local day, by breakdown key, in SQL over the filter's own plan.
bool activityFromTweets(Database &db, const TweetFilter &filter, ActivityBreakdown breakdown,
                        const ZoneOffsets &offsets, SeriesCounts *counts, QString *error)
{
    bool empty = false;
    bool ok = true;
    const TweetFilter scan = scanFilter(db, filter, &empty, error, &ok);
    if (!ok) {
        return false;
    }
    if (empty) {
        return true;
    }
    QString columns = QStringLiteral("t.time");
    switch (breakdown) {
    case ActivityBreakdown::None:
    case ActivityBreakdown::Hashtag:
        break;
    case ActivityBreakdown::Kind:
        columns += QStringLiteral(", t.kind");
        break;
    case ActivityBreakdown::Language:
        columns += QStringLiteral(", t.language");
        break;
    case ActivityBreakdown::Client:
        columns += QStringLiteral(", t.client_id");
        break;
    case ActivityBreakdown::Category:
        columns += QStringLiteral(", t.account_id");
        break;
    }
    QHash<std::int64_t, QString> categories;
    if (breakdown == ActivityBreakdown::Category && !accountCategories(db, &categories, error)) {
        return false;
    }
    QHash<std::int64_t, QString> clientNames;
    if (breakdown == ActivityBreakdown::Client) {
        Statement clients(db, "SELECT id, name FROM clients");
        while (clients.next()) {
            clientNames.insert(clients.int64(0), clients.text(1));
        }
        if (!clients.isValid() || !clients.ok()) {
            return fail(db, error, QStringLiteral("the clients"));
        }
    }
    Statement statement;
    bool nothing = false;
    if (!TweetListQuery::prepareFiltered(db, scan, columns, QString(), QString(), &statement, &nothing,
                                         error)) {
        return false;
    }
    if (nothing) {
        return true;
    }
    int kindKeys[4] = {0, 0, 0, 0};
    if (breakdown == ActivityBreakdown::Kind) {
        for (int kind = 0; kind < 4; ++kind) {
            kindKeys[kind] = counts->key(QLatin1String(KindNames[kind]));
        }
    }
    const int noneKey = breakdown == ActivityBreakdown::None ? counts->key(QStringLiteral("Tweets")) : 0;
    // Keys of integer values (clients, accounts) and of texts (languages), remembered as they come.
    std::unordered_map<std::int64_t, int> integerKeys;
    QHash<QByteArray, int> textKeys;
    while (statement.next()) {
        const std::int64_t day = ZoneOffsets::localDay(offsets.toLocal(statement.int64(0)));
        int key = noneKey;
        switch (breakdown) {
        case ActivityBreakdown::None:
        case ActivityBreakdown::Hashtag:
            break;
        case ActivityBreakdown::Kind:
            key = kindKeys[std::clamp<std::int64_t>(statement.int64(1), 0, 3)];
            break;
        case ActivityBreakdown::Language: {
            const QByteArray language = statement.bytes(1);
            const auto found = textKeys.constFind(language);
            if (found != textKeys.constEnd()) {
                key = *found;
            } else {
                key = counts->key(language.isEmpty() ? noValue(breakdown) : QString::fromUtf8(language));
                textKeys.insert(language, key);
            }
            break;
        }
        case ActivityBreakdown::Client:
        case ActivityBreakdown::Category: {
            const std::int64_t value = statement.isNull(1) ? -1 : statement.int64(1);
            const auto found = integerKeys.find(value);
            if (found != integerKeys.end()) {
                key = found->second;
            } else {
                const QString name = breakdown == ActivityBreakdown::Client ? clientNames.value(value)
                                                                            : categories.value(value);
                key = counts->key(name.isEmpty() ? noValue(breakdown) : name);
                integerKeys.emplace(value, key);
            }
            break;
        }
        }
        counts->days[std::size_t(key)].add(day, 1);
    }
    if (!statement.ok()) {
        return fail(db, error, QStringLiteral("the tweets"));
    }
    return true;
}

// The hashtags of the selection, each a series of the tweets carrying it (a tweet with two counts in both).
// tweet_hashtags is clustered by hashtag, with no index by tweet: the matching tweets are read first (id and
// local day, through the filter's own plan), then tweet_hashtags once, each row looked up among them. No
// join whose plan could read tweet_hashtags once per tweet.
bool activityByHashtag(Database &db, const TweetFilter &filter, const ZoneOffsets &offsets,
                       SeriesCounts *counts, QString *error)
{
    bool empty = false;
    bool ok = true;
    const TweetFilter scan = scanFilter(db, filter, &empty, error, &ok);
    if (!ok) {
        return false;
    }
    if (empty) {
        return true;
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> tweets; // (id, local day), sorted by id
    {
        Statement statement;
        bool nothing = false;
        if (!TweetListQuery::prepareFiltered(db, scan, QStringLiteral("t.id, t.time"), QString(), QString(),
                                             &statement, &nothing, error)) {
            return false;
        }
        if (nothing) {
            return true;
        }
        while (statement.next()) {
            tweets.emplace_back(statement.int64(0),
                                ZoneOffsets::localDay(offsets.toLocal(statement.int64(1))));
        }
        if (!statement.ok()) {
            return fail(db, error, QStringLiteral("the tweets"));
        }
    }
    if (tweets.empty()) {
        return true;
    }
    std::sort(tweets.begin(), tweets.end());
    const std::int64_t lowest = tweets.front().first;
    const std::int64_t highest = tweets.back().first;
    // Uses per (hashtag, day), sparse: a cache may hold hundreds of thousands of hashtags.
    struct PairHash
    {
        std::size_t operator()(const std::pair<std::int64_t, std::int64_t> &key) const
        {
            return std::hash<std::int64_t>()(key.first * 1000003 + key.second);
        }
    };
    std::unordered_map<std::pair<std::int64_t, std::int64_t>, std::int64_t, PairHash> uses;
    Statement statement(db, "SELECT hashtag_id, tweet_id FROM tweet_hashtags WHERE tweet_id BETWEEN ? AND ?");
    statement.bind(1, lowest);
    statement.bind(2, highest);
    while (statement.next()) {
        const std::int64_t tweet = statement.int64(1);
        const auto found = std::lower_bound(
            tweets.begin(), tweets.end(),
            std::pair<std::int64_t, std::int64_t>(tweet, std::numeric_limits<std::int64_t>::min()));
        if (found != tweets.end() && found->first == tweet) {
            ++uses[{statement.int64(0), found->second}];
        }
    }
    if (!statement.isValid() || !statement.ok()) {
        return fail(db, error, QStringLiteral("the hashtags"));
    }
    QHash<std::int64_t, int> keys;
    Statement tag(db, "SELECT tag FROM hashtags WHERE id = ?");
    for (const auto &[key, tweetCount] : uses) {
        auto found = keys.constFind(key.first);
        if (found == keys.constEnd()) {
            tag.reset();
            tag.bind(1, key.first);
            const QString name = tag.next() ? tag.text(0) : QString::number(key.first);
            if (!tag.ok()) {
                return fail(db, error, QStringLiteral("the hashtags"));
            }
            found = keys.insert(key.first, counts->key(QLatin1Char('#') + name));
        }
        counts->days[std::size_t(*found)].add(key.second, tweetCount);
    }
    return true;
}

} // namespace

bool ChartQueries::activity(Database &db, const TweetFilter &filter, TimeBucket bucket,
                            ActivityBreakdown breakdown, const QByteArray &timeZoneId, int topSeries,
                            ActivityChartData *out, QString *error)
{
    const QByteArray zoneId = timeZoneId.isEmpty() ? QByteArray("UTC") : timeZoneId;
    const QTimeZone zone = ZoneOffsets::zoneFor(zoneId);
    if (!zone.isValid()) {
        return unknownZone(zoneId, error);
    }
    std::int64_t from = 0;
    std::int64_t until = 0;
    if (!cacheSpan(db, &from, &until, error)) {
        return false;
    }
    const ZoneOffsets offsets(zone, from, until);
    *out = ActivityChartData();
    out->bucket = bucket;
    out->breakdown = breakdown;
    out->timeZoneId = zoneId;

    SeriesCounts counts;
    const bool plain = filter.isPlain();
    const bool utc = offsets.isUtcOverSpan();
    bool done = false;
    if (plain && utc) {
        if (breakdown == ActivityBreakdown::None && filter.accountIds.isEmpty()) {
            if (!activityFromCampaignDays(db, filter, &counts, error)) {
                return false;
            }
            done = true;
        } else if (breakdown == ActivityBreakdown::None || breakdown == ActivityBreakdown::Kind ||
                   breakdown == ActivityBreakdown::Category) {
            if (!activityFromDailyCounters(db, filter, breakdown, &counts, error)) {
                return false;
            }
            done = true;
        }
    } else if (plain && breakdown == ActivityBreakdown::None && filter.accountIds.isEmpty() &&
               offsets.isQuarterHourAligned()) {
        const int key = counts.key(QStringLiteral("Tweets"));
        DayCounts &days = counts.days[std::size_t(key)];
        const auto toLocalDay = [&](std::int64_t slot, std::int64_t tweets) {
            days.add(ZoneOffsets::localDay(offsets.toLocal(slot * 900)), tweets);
        };
        if (!readQuarterHours(db, filter, toLocalDay, error)) {
            return false;
        }
        done = true;
    }
    out->fromCounters = done;
    if (!done) {
        if (breakdown == ActivityBreakdown::Hashtag) {
            if (!activityByHashtag(db, filter, offsets, &counts, error)) {
                return false;
            }
        } else if (!activityFromTweets(db, filter, breakdown, offsets, &counts, error)) {
            return false;
        }
    }
    if (breakdown == ActivityBreakdown::Hashtag) {
        // A tweet may count in several hashtag series (or none): the total is the tweets themselves.
        const std::int64_t total = TweetListQuery::count(db, filter, error);
        if (total < 0) {
            return false;
        }
        out->total = total;
    } else {
        for (const DayCounts &days : counts.days) {
            out->total += days.total();
        }
    }
    assemble(counts, bucket, breakdown, topSeries, out);
    return true;
}

bool ChartQueries::rhythm(Database &db, const TweetFilter &filter, const QByteArray &timeZoneId,
                          RhythmChartData *out, QString *error)
{
    const QByteArray zoneId = timeZoneId.isEmpty() ? QByteArray("UTC") : timeZoneId;
    const QTimeZone zone = ZoneOffsets::zoneFor(zoneId);
    if (!zone.isValid()) {
        return unknownZone(zoneId, error);
    }
    std::int64_t from = 0;
    std::int64_t until = 0;
    if (!cacheSpan(db, &from, &until, error)) {
        return false;
    }
    const ZoneOffsets offsets(zone, from, until);
    *out = RhythmChartData();
    out->timeZoneId = zoneId;
    std::array<std::int64_t, 7 * 24> cells{};

    if (filter.isPlain() && filter.accountIds.isEmpty() && offsets.isQuarterHourAligned()) {
        // Every tweet of a quarter hour has the same local hour: place the counts, not the tweets.
        const auto place = [&](std::int64_t slot, std::int64_t tweets) {
            cells[std::size_t(ZoneOffsets::weekHour(offsets.toLocal(slot * 900)))] += tweets;
        };
        if (!readQuarterHours(db, filter, place, error)) {
            return false;
        }
        out->fromCounters = true;
    } else {
        bool empty = false;
        bool ok = true;
        const TweetFilter scan = scanFilter(db, filter, &empty, error, &ok);
        if (!ok) {
            return false;
        }
        if (!empty) {
            Statement statement;
            bool nothing = false;
            if (!TweetListQuery::prepareFiltered(db, scan, QStringLiteral("t.time"), QString(), QString(),
                                                 &statement, &nothing, error)) {
                return false;
            }
            if (!nothing) {
                while (statement.next()) {
                    ++cells[std::size_t(ZoneOffsets::weekHour(offsets.toLocal(statement.int64(0))))];
                }
                if (!statement.ok()) {
                    return fail(db, error, QStringLiteral("the tweets"));
                }
            }
        }
    }
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const std::int64_t count = cells[std::size_t(weekday * 24 + hour)];
            out->counts[std::size_t(weekday)][std::size_t(hour)] = count;
            out->total += count;
        }
    }
    return true;
}

bool ChartQueries::lifecycle(Database &db, const TweetFilter &filter, LifecycleChartData *out, QString *error)
{
    *out = LifecycleChartData();
    QList<std::int64_t> campaigns = filter.campaignIds;
    if (campaigns.isEmpty() && !filter.accountIds.isEmpty()) {
        // Only the accounts' campaigns (and those of their linked accounts) need reading.
        const QString list = idList(filter.accountIds);
        const QString query =
            QStringLiteral("SELECT DISTINCT campaign_id FROM accounts WHERE id IN (%1) OR id IN (SELECT "
                           "linked_account_id FROM account_links WHERE account_id IN (%1)) OR id IN (SELECT "
                           "account_id FROM account_links WHERE linked_account_id IN (%1))")
                .arg(list);
        Statement statement(db, query.toUtf8().constData());
        while (statement.next()) {
            campaigns.append(statement.int64(0));
        }
        if (!statement.isValid() || !statement.ok()) {
            return fail(db, error, QStringLiteral("the accounts"));
        }
        if (campaigns.isEmpty()) {
            return true;
        }
    }
    // The account list's rows: a Twitter-archive account carries its linked FiveThirtyEight account
    // (creation, first and last tweet over both, tweets summed, category from the link when it has none).
    const AccountListResult accounts = AccountList::load(db, campaigns);
    if (!accounts.ok) {
        if (error) {
            *error = accounts.errorString.isEmpty() ? QStringLiteral("cannot read the accounts")
                                                    : accounts.errorString;
        }
        return false;
    }
    const QSet<std::int64_t> selected(filter.accountIds.begin(), filter.accountIds.end());
    for (const AccountRecord &record : accounts.accounts) {
        if (!selected.isEmpty()) {
            const QList<std::int64_t> ids = record.accountIds();
            if (std::none_of(ids.begin(), ids.end(),
                             [&](std::int64_t id) { return selected.contains(id); })) {
                continue;
            }
        }
        LifecycleAccount account;
        account.accountId = record.accountId;
        account.userid = record.userid;
        account.screenName = record.screenName;
        account.category = record.category;
        account.created = record.created.isValid() ? record.created.toUTC().date() : QDate();
        account.firstTweet = record.firstTweet.isValid() ? record.firstTweet.toUTC().date() : QDate();
        account.lastTweet = record.lastTweet.isValid() ? record.lastTweet.toUTC().date() : QDate();
        account.tweets = record.tweetCount;
        out->accounts.append(account);
    }
    std::stable_sort(out->accounts.begin(), out->accounts.end(),
                     [](const LifecycleAccount &a, const LifecycleAccount &b) {
                         if (a.created.isValid() != b.created.isValid()) {
                             return a.created.isValid();
                         }
                         if (a.created != b.created) {
                             return a.created < b.created;
                         }
                         return a.accountId < b.accountId;
                     });
    return true;
}

bool ChartQueries::bucketRange(TimeBucket bucket, const QDate &start, const QByteArray &timeZoneId,
                               QDateTime *fromUtc, QDateTime *untilUtc)
{
    const QTimeZone zone = ZoneOffsets::zoneFor(timeZoneId);
    if (!zone.isValid() || !start.isValid()) {
        *fromUtc = QDateTime();
        *untilUtc = QDateTime();
        return false;
    }
    const QDate next = nextBucketStart(bucket, start);
    const std::int64_t startLocal = ZoneOffsets::dayOfDate(start) * 86400;
    const std::int64_t nextLocal = ZoneOffsets::dayOfDate(next) * 86400;
    const ZoneOffsets offsets(zone, startLocal - 3 * 86400, nextLocal + 3 * 86400);
    *fromUtc = QDateTime::fromSecsSinceEpoch(offsets.firstInstantAtOrAfterLocal(startLocal), Qt::UTC);
    *untilUtc = QDateTime::fromSecsSinceEpoch(offsets.firstInstantAtOrAfterLocal(nextLocal), Qt::UTC);
    return true;
}

QList<EventMarker> builtInEventMarkers()
{
    // Dates of record only (treaties, elections, indictments, publications): nothing approximate.
    struct Event
    {
        int year, month, day;
        const char *label;
    };
    static const Event Events[] = {
        {2013, 6, 14, "Iranian presidential election (Rouhani elected)"},
        {2014, 2, 22, "Ukraine: parliament removes President Yanukovych"},
        {2014, 3, 18, "Treaty annexing Crimea to Russia signed"},
        {2014, 7, 17, "Flight MH17 shot down over eastern Ukraine"},
        {2015, 7, 14, "Iran nuclear deal (JCPOA) agreed in Vienna"},
        {2016, 6, 23, "UK referendum on leaving the EU"},
        {2016, 7, 22, "WikiLeaks publishes DNC emails"},
        {2016, 11, 8, "US presidential election"},
        {2017, 1, 6, "US intelligence assessment on Russian interference published"},
        {2017, 1, 20, "US presidential inauguration"},
        {2017, 5, 7, "French presidential election, second round"},
        {2017, 5, 19, "Iranian presidential election"},
        {2017, 11, 1, "US Congress hearings with Facebook, Google and Twitter"},
        {2018, 2, 16, "US indictment of the Internet Research Agency (Mueller)"},
        {2018, 5, 8, "US withdraws from the Iran nuclear deal"},
        {2018, 10, 17, "Twitter publishes the IRA and Iran archives"},
        {2018, 11, 6, "US midterm elections"},
    };
    QList<EventMarker> markers;
    for (const Event &event : Events) {
        EventMarker marker;
        marker.date = QDate(event.year, event.month, event.day);
        marker.label = QString::fromUtf8(event.label);
        marker.builtIn = true;
        markers.append(marker);
    }
    return markers;
}

} // namespace trove
