// ChartQueries (activity, rhythm, lifecycle, bucket ranges), ZoneOffsets and the heatmap drill-down filter
// against independent computations: plain SQL over the tweets, and each tweet's local time from
// QDateTime::toTimeZone. Two caches: a hand-written campaign whose tweets straddle the daylight-saving
// changes of Moscow (2010), Tehran (2010, +3:30/+4:30) and New York (2016) and Moscow's changes of rules
// (2011, 2014), with every expected heatmap cell worked out by hand; and a generated mixed archive (a
// Twitter campaign and a FiveThirtyEight v1 campaign with synthetic negative ids).
#include "core/charts/chartqueries.h"
#include "core/charts/zoneoffsets.h"
#include "core/db/database.h"
#include "core/query/tweetlistquery.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <numeric>
#include <random>

using namespace trove;
using namespace trove::test;

Q_DECLARE_METATYPE(trove::TweetFilter)
Q_DECLARE_METATYPE(trove::TimeBucket)
Q_DECLARE_METATYPE(trove::ActivityBreakdown)

namespace {

struct HandTweet
{
    const char *time; // UTC
    int account;      // 0 moscowdesk, 1 tehrandesk, 2 nydesk
    const char *language;
    const char *client;
    int kind; // 0 original, 1 retweet (of the previous tweet), 2 reply (to it), 3 quote (of it)
    const char *hashtags;
};

// Ids 100000000000000001.. in this order: they grow with time, as real ids do.
const HandTweet HandTweets[] = {
    {"2010-03-21 20:15", 1, "fa", "Twitter Web Client", 0, "['iran']"},         // 1
    {"2010-03-21 20:45", 1, "fa", "Twitter Web Client", 2, "['iran']"},         // 2
    {"2010-03-27 22:30", 0, "ru", "Twitter for Android", 0, "['news']"},        // 3
    {"2010-03-27 23:30", 0, "ru", "Twitter for Android", 1, "['news']"},        // 4
    {"2010-09-21 19:15", 1, "fa", "Twitter Web Client", 0, "[]"},               // 5
    {"2010-09-21 19:45", 1, "fa", "Twitter Web Client", 0, "['iran', 'news']"}, // 6
    {"2010-10-30 22:30", 0, "ru", "Twitter for Android", 0, "[]"},              // 7
    {"2010-10-30 23:30", 0, "ru", "Twitter for Android", 3, "[]"},              // 8
    {"2012-01-09 05:45", 1, "fa", "Twitter Web Client", 0, "[]"},               // 9
    {"2012-01-09 06:20", 1, "en", "Twitter Web Client", 0, "[]"},               // 10
    {"2014-10-25 21:30", 0, "ru", "Twitter for Android", 0, "[]"},              // 11
    {"2014-10-25 22:30", 0, "ru", "Twitter for Android", 0, "[]"},              // 12
    {"2016-03-13 06:30", 2, "en", "TweetDeck", 0, "['maga']"},                  // 13
    {"2016-03-13 07:30", 2, "en", "TweetDeck", 0, "['maga']"},                  // 14
    {"2016-11-09 03:00", 2, "en", "TweetDeck", 0, "['maga', 'news']"},          // 15
};
const char *const HandAccounts[][3] = {
    {"1001", "moscowdesk", "2009-05-01"},
    {"1002", "tehrandesk", "2010-01-15"},
    {"1003", "nydesk", "2015-06-01"},
};

QByteArray csvField(const QByteArray &value)
{
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

bool writeHandArchive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write("tweetid,userid,user_display_name,user_screen_name,user_reported_location,"
               "user_profile_description,user_profile_url,follower_count,following_count,"
               "account_creation_date,account_language,tweet_language,tweet_text,tweet_time,"
               "tweet_client_name,in_reply_to_tweetid,in_reply_to_userid,quoted_tweet_tweetid,is_retweet,"
               "retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,"
               "retweet_count,hashtags,urls,user_mentions\n");
    int number = 0;
    for (const HandTweet &tweet : HandTweets) {
        ++number;
        const QByteArray id = QByteArray::number(100000000000000000LL + number);
        const QByteArray previous = QByteArray::number(100000000000000000LL + number - 1);
        const auto *account = HandAccounts[tweet.account];
        QList<QByteArray> fields = {id,
                                    account[0],
                                    account[1],
                                    account[1],
                                    "",
                                    "",
                                    "",
                                    "10",
                                    "10",
                                    account[2],
                                    "en",
                                    tweet.language,
                                    "hand tweet number " + QByteArray::number(number),
                                    tweet.time,
                                    tweet.client,
                                    tweet.kind == 2 ? previous : "",
                                    tweet.kind == 2 ? QByteArray(HandAccounts[1][0]) : "",
                                    tweet.kind == 3 ? previous : "",
                                    tweet.kind == 1 ? "true" : "false",
                                    tweet.kind == 1 ? QByteArray(account[0]) : "",
                                    tweet.kind == 1 ? previous : "",
                                    "absent",
                                    "absent",
                                    "0",
                                    "0",
                                    "0",
                                    "0",
                                    tweet.hashtags,
                                    "[]",
                                    "[]"};
        QByteArray line;
        for (const QByteArray &field : fields) {
            if (!line.isEmpty()) {
                line += ',';
            }
            line += csvField(field);
        }
        file.write(line + '\n');
    }
    return true;
}

using Cells = QMap<QPair<int, int>, std::int64_t>; // (Qt weekday 1..7, hour) -> tweets

Cells cellsOf(const RhythmChartData &data)
{
    Cells cells;
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            if (data.counts[weekday][hour] != 0) {
                cells.insert({weekday + 1, hour}, data.counts[weekday][hour]);
            }
        }
    }
    return cells;
}

QDateTime localOf(std::int64_t time, const QByteArray &zone)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toTimeZone(QTimeZone(zone));
}

// The times of the tweets an SQL condition selects (independent of TweetListQuery).
QList<std::int64_t> timesWhere(Database &db, const QString &where)
{
    QList<std::int64_t> times;
    Statement statement(db,
                        QStringLiteral("SELECT time FROM tweets WHERE %1").arg(where).toUtf8().constData());
    while (statement.next()) {
        times.append(statement.int64(0));
    }
    if (!statement.isValid() || !statement.ok()) {
        qWarning("query failed: %s: %s", qPrintable(where), qPrintable(db.errorString()));
    }
    return times;
}

Cells expectedCells(const QList<std::int64_t> &times, const QByteArray &zone)
{
    Cells cells;
    for (const auto time : times) {
        const QDateTime local = localOf(time, zone);
        ++cells[{local.date().dayOfWeek(), local.time().hour()}];
    }
    return cells;
}

QDate bucketOf(const QDate &date, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day:
        return date;
    case TimeBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeBucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

using SeriesMap = QMap<QString, QMap<QDate, std::int64_t>>; // series name -> bucket -> tweets

SeriesMap seriesOf(const ActivityChartData &data)
{
    SeriesMap map;
    for (const ActivitySeries &series : data.series) {
        auto &buckets = map[series.name];
        for (int i = 0; i < series.counts.size(); ++i) {
            if (series.counts[i] != 0) {
                buckets.insert(data.bucketStarts[i], series.counts[i]);
            }
        }
    }
    return map;
}

// Checks the shape every activity chart has: consecutive buckets, one count per bucket in every series, the
// first and last bucket non-empty.
bool wellFormed(const ActivityChartData &data, QString *why)
{
    for (int i = 1; i < data.bucketStarts.size(); ++i) {
        QDate expected = data.bucketStarts[i - 1].addDays(1);
        if (data.bucket == TimeBucket::Week) {
            expected = data.bucketStarts[i - 1].addDays(7);
        } else if (data.bucket == TimeBucket::Month) {
            expected = data.bucketStarts[i - 1].addMonths(1);
        }
        if (data.bucketStarts[i] != expected) {
            *why = QStringLiteral("bucket %1 is %2").arg(i).arg(data.bucketStarts[i].toString(Qt::ISODate));
            return false;
        }
        if (data.bucketStarts[i] != bucketOf(data.bucketStarts[i], data.bucket)) {
            *why = QStringLiteral("bucket %1 does not start a bucket").arg(i);
            return false;
        }
    }
    std::int64_t firstSum = 0;
    std::int64_t lastSum = 0;
    for (const ActivitySeries &series : data.series) {
        if (series.counts.size() != data.bucketStarts.size()) {
            *why = QStringLiteral("series %1 has %2 counts").arg(series.name).arg(series.counts.size());
            return false;
        }
        if (!series.counts.isEmpty()) {
            firstSum += series.counts.first();
            lastSum += series.counts.last();
        }
    }
    if (!data.bucketStarts.isEmpty() && (firstSum == 0 || lastSum == 0)) {
        *why = QStringLiteral("an empty first or last bucket");
        return false;
    }
    return true;
}

} // namespace

class TestChartQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void zoneOffsetsMatchQt_data();
    void zoneOffsetsMatchQt();

    void handRhythm_data();
    void handRhythm();
    void handActivityDays();
    void handMonthsZeroFilled();
    void handBucketRanges();

    void rhythmMatchesQt_data();
    void rhythmMatchesQt();
    void activityMatchesQt_data();
    void activityMatchesQt();
    void countersEqualScan_data();
    void countersEqualScan();
    void breakdownsSumToTotal_data();
    void breakdownsSumToTotal();
    void hashtagSeries();
    void drillDownBucketsCountTheBars_data();
    void drillDownBucketsCountTheBars();

    void localTimeFilter_data();
    void localTimeFilter();
    void localTimeFilterJson();

    void lifecycle();
    void unknownZoneIsAnError();
    void cancelFlagStops();
    void eventMarkers();

private:
    std::int64_t campaign(Database &db, const char *key);
    QTemporaryDir m_dir;
    QString m_hand;
    QString m_mixed;
};

std::int64_t TestChartQueries::campaign(Database &db, const char *key)
{
    return count(db, QStringLiteral("SELECT id FROM campaigns WHERE key = '%1'")
                         .arg(QLatin1String(key))
                         .toUtf8()
                         .constData());
}

void TestChartQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString handCsv = m_dir.filePath("zones_tweets_csv_hashed.csv");
    QVERIFY(writeHandArchive(handCsv));
    m_hand = m_dir.filePath("hand.trove");
    const ImportSummary hand = import(m_hand, {handCsv});
    QVERIFY(hand.ok);
    QCOMPARE(hand.tweetsAdded, std::int64_t(std::size(HandTweets)));

    m_mixed = m_dir.filePath("mixed.trove");
    const MixedArchive mixed = generateMixedArchive(m_dir.filePath("mixed"), 20000, 200, 21, 3000, 40, 22);
    QVERIFY2(mixed.twitter.ok, qPrintable(mixed.twitter.errorString));
    QVERIFY2(mixed.fiveThirtyEight.ok, qPrintable(mixed.fiveThirtyEight.errorString));
    const ImportSummary imported = import(m_mixed, mixed.files());
    QCOMPARE(imported.tweetsAdded, mixed.tweets());
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    QVERIFY(count(db, "SELECT count(*) FROM tweets WHERE id < 0") > 2000);
    QVERIFY(count(db, "SELECT count(DISTINCT category) FROM accounts") > 1);
}

void TestChartQueries::zoneOffsetsMatchQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    for (const char *zone : {"UTC", "Europe/Moscow", "Asia/Tehran", "America/New_York", "Asia/Kathmandu",
                             "Australia/Lord_Howe", "Europe/London"}) {
        QTest::newRow(zone) << QByteArray(zone);
    }
}

void TestChartQueries::zoneOffsetsMatchQt()
{
    QFETCH(QByteArray, zone);
    const QTimeZone qtZone(zone);
    QVERIFY(qtZone.isValid());
    const std::int64_t from = QDateTime(QDate(2008, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const std::int64_t until = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const ZoneOffsets offsets(qtZone, from, until);
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> instant(from - 86400 * 400, until + 86400 * 400);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t time = instant(random);
        const QDateTime local = localOf(time, zone);
        QCOMPARE(offsets.offsetAt(time), local.offsetFromUtc());
        const std::int64_t localSeconds = offsets.toLocal(time);
        QCOMPARE(ZoneOffsets::dateOfDay(ZoneOffsets::localDay(localSeconds)), local.date());
        QCOMPARE(ZoneOffsets::weekHour(localSeconds),
                 (local.date().dayOfWeek() - 1) * 24 + local.time().hour());
    }
    // Every offset and change since 2008 falls on a quarter hour (Kathmandu +5:45, Lord Howe's half-hour
    // DST): the quarter-hour counters serve them all.
    QVERIFY(offsets.isQuarterHourAligned());
    QCOMPARE(offsets.isUtcOverSpan(), zone == "UTC");
}

void TestChartQueries::handRhythm_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("account"); // empty: the whole campaign
    QTest::addColumn<Cells>("expected");
    // Worked out by hand from the UTC times above (weekday 1 Monday .. 7 Sunday).
    QTest::newRow("UTC") << QByteArray("UTC") << QString()
                         << Cells{{{7, 20}, 2}, {{6, 22}, 3}, {{6, 23}, 2}, {{2, 19}, 2}, {{1, 5}, 1},
                                  {{1, 6}, 1},  {{6, 21}, 1}, {{7, 6}, 1},  {{7, 7}, 1},  {{3, 3}, 1}};
    // Moscow: +3 until 2010-03-27 23:00 UTC, +4 until 2010-10-30 23:00 (02:00-03:00 on 31 October twice),
    // +3 again, +4 from 2011-03-26 23:00, +3 from 2014-10-25 22:00 (01:00-02:00 on 26 October twice).
    QTest::newRow("Moscow") << QByteArray("Europe/Moscow") << QString()
                            << Cells{{{7, 23}, 2}, {{7, 1}, 3},  {{7, 3}, 1}, {{2, 23}, 2}, {{7, 2}, 2},
                                     {{1, 9}, 1},  {{1, 10}, 1}, {{7, 9}, 1}, {{7, 10}, 1}, {{3, 6}, 1}};
    // Tehran: +3:30, +4:30 from 2010-03-21 20:30 UTC (Monday 22 March starts at 01:00), +3:30 from
    // 2010-09-21 19:30 (23:00-24:00 on Tuesday 21 September twice); +3:30 in January 2012 (the half-hour
    // offset puts 05:45 and 06:20 UTC both at 09:xx), in October 2014 and March 2016.
    QTest::newRow("Tehran") << QByteArray("Asia/Tehran") << QString()
                            << Cells{{{7, 23}, 1}, {{1, 1}, 1},  {{7, 3}, 2}, {{7, 4}, 1},
                                     {{2, 23}, 2}, {{7, 2}, 2},  {{1, 9}, 2}, {{7, 1}, 1},
                                     {{7, 10}, 1}, {{7, 11}, 1}, {{3, 6}, 1}};
    // New York: EST until 2016-03-13 07:00 UTC, EDT until 2016-11-06 06:00 UTC.
    QTest::newRow("New York, one account") << QByteArray("America/New_York") << QStringLiteral("nydesk")
                                           << Cells{{{7, 1}, 1}, {{7, 3}, 1}, {{2, 22}, 1}};
    QTest::newRow("Tehran, one account") << QByteArray("Asia/Tehran") << QStringLiteral("tehrandesk")
                                         << Cells{{{7, 23}, 1}, {{1, 1}, 1}, {{2, 23}, 2}, {{1, 9}, 2}};
    QTest::newRow("Moscow, one account") << QByteArray("Europe/Moscow") << QStringLiteral("moscowdesk")
                                         << Cells{{{7, 1}, 3}, {{7, 3}, 1}, {{7, 2}, 2}};
}

void TestChartQueries::handRhythm()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, account);
    QFETCH(Cells, expected);
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    TweetFilter filter;
    filter.campaignIds = {campaign(db, "zones")};
    if (!account.isEmpty()) {
        filter.accountIds = {count(db, QStringLiteral("SELECT id FROM accounts WHERE screen_name = '%1'")
                                           .arg(account)
                                           .toUtf8()
                                           .constData())};
    }
    std::int64_t expectedTotal = 0;
    for (const auto tweets : expected) {
        expectedTotal += tweets;
    }
    // The plan the filter gets (counters for the campaign, the account index for an account), the tweets
    // themselves (a filter that is not plain), and the per-tweet check of Qt.
    TweetFilter scanned = filter;
    scanned.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    for (const TweetFilter &each : {filter, scanned}) {
        RhythmChartData data;
        QString error;
        QVERIFY2(ChartQueries::rhythm(db, each, zone, &data, &error), qPrintable(error));
        QCOMPARE(cellsOf(data), expected);
        QCOMPARE(data.total, expectedTotal);
        QCOMPARE(data.timeZoneId, zone);
        QCOMPARE(data.fromCounters, each.isPlain() && account.isEmpty());
    }
    const QString where = account.isEmpty()
                              ? QStringLiteral("1")
                              : QStringLiteral("account_id = %1").arg(filter.accountIds.first());
    QCOMPARE(expectedCells(timesWhere(db, where), zone), expected);
}

void TestChartQueries::handActivityDays()
{
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    TweetFilter filter;
    filter.campaignIds = {campaign(db, "zones")};
    QString error;
    // Tweet 2 (2010-03-21 20:45 UTC) is on Monday 22 March in Tehran, Sunday 21 in UTC and Moscow.
    ActivityChartData utc;
    QVERIFY2(
        ChartQueries::activity(db, filter, TimeBucket::Day, ActivityBreakdown::None, "UTC", 0, &utc, &error),
        qPrintable(error));
    QVERIFY(utc.fromCounters);
    QCOMPARE(utc.bucketStarts.first(), QDate(2010, 3, 21));
    QCOMPARE(utc.bucketStarts.last(), QDate(2016, 11, 9));
    QCOMPARE(utc.total, 15);
    QCOMPARE(seriesOf(utc)["Tweets"][QDate(2010, 3, 21)], 2);
    QCOMPARE(seriesOf(utc)["Tweets"][QDate(2010, 3, 27)], 2);
    ActivityChartData tehran;
    QVERIFY2(ChartQueries::activity(db, filter, TimeBucket::Day, ActivityBreakdown::None, "Asia/Tehran", 0,
                                    &tehran, &error),
             qPrintable(error));
    QVERIFY(tehran.fromCounters); // campaign_quarter_hours
    QCOMPARE(tehran.timeZoneId, QByteArray("Asia/Tehran"));
    const auto tehranDays = seriesOf(tehran)["Tweets"];
    QCOMPARE(tehranDays.value(QDate(2010, 3, 21)), 1);
    QCOMPARE(tehranDays.value(QDate(2010, 3, 22)), 1);
    QCOMPARE(tehranDays.value(QDate(2010, 3, 28)), 2); // 03:00 and 04:00 on the 28th
    QCOMPARE(tehranDays.value(QDate(2016, 11, 9)), 1);
    // Weeks start on Monday: in UTC both tweets of 21 March are in the week of the 15th; in Tehran one.
    ActivityChartData utcWeeks;
    QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Week, ActivityBreakdown::None, "UTC", 0, &utcWeeks,
                                   &error));
    QCOMPARE(utcWeeks.bucketStarts.first(), QDate(2010, 3, 15));
    QCOMPARE(utcWeeks.series.first().counts.first(), 2);
    QCOMPARE(utcWeeks.series.first().counts.at(1), 2); // week of 22 March: tweets 3 and 4 (27 March)
    ActivityChartData tehranWeeks;
    QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Week, ActivityBreakdown::None, "Asia/Tehran", 0,
                                   &tehranWeeks, &error));
    QCOMPARE(tehranWeeks.bucketStarts.first(), QDate(2010, 3, 15));
    QCOMPARE(tehranWeeks.series.first().counts.first(), 1);
    QCOMPARE(tehranWeeks.series.first().counts.at(1), 3); // 22 March (tweet 2) and 28 March (3, 4)
    // New York: tweet 15 (03:00 UTC on 9 November 2016) is on election day, 8 November.
    ActivityChartData newYork;
    QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Day, ActivityBreakdown::None, "America/New_York",
                                   0, &newYork, &error));
    QCOMPARE(newYork.bucketStarts.last(), QDate(2016, 11, 8));
    // Kinds, from activity_daily in UTC: one reply, one retweet, one quote, twelve originals.
    ActivityChartData kinds;
    QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Month, ActivityBreakdown::Kind, "UTC", 0, &kinds,
                                   &error));
    QVERIFY(kinds.fromCounters);
    QStringList names;
    QList<std::int64_t> totals;
    for (const ActivitySeries &series : kinds.series) {
        names << series.name;
        totals << std::accumulate(series.counts.begin(), series.counts.end(), std::int64_t(0));
    }
    QCOMPARE(names, QStringList({"original", "retweet", "reply", "quote"}));
    QCOMPARE(totals, QList<std::int64_t>({12, 1, 1, 1}));
    QCOMPARE(seriesOf(kinds)["retweet"], (QMap<QDate, std::int64_t>{{QDate(2010, 3, 1), 1}}));
}

void TestChartQueries::handMonthsZeroFilled()
{
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    TweetFilter filter;
    filter.campaignIds = {campaign(db, "zones")};
    for (const QByteArray &zone :
         {QByteArray("UTC"), QByteArray("Europe/Moscow"), QByteArray("Asia/Tehran")}) {
        ActivityChartData data;
        QString error;
        QVERIFY2(ChartQueries::activity(db, filter, TimeBucket::Month, ActivityBreakdown::None, zone, 0,
                                        &data, &error),
                 qPrintable(error));
        // March 2010 to November 2016: 81 months, every one present, the empty ones 0.
        QCOMPARE(data.bucketStarts.size(), 81);
        QCOMPARE(data.bucketStarts.first(), QDate(2010, 3, 1));
        QCOMPARE(data.bucketStarts.last(), QDate(2016, 11, 1));
        QString why;
        QVERIFY2(wellFormed(data, &why), qPrintable(why));
        QCOMPARE(data.series.size(), 1);
        QCOMPARE(data.series.first().name, QStringLiteral("Tweets"));
        const QMap<QDate, std::int64_t> expected = {
            {QDate(2010, 3, 1), 4},  {QDate(2010, 9, 1), 2}, {QDate(2010, 10, 1), 2}, {QDate(2012, 1, 1), 2},
            {QDate(2014, 10, 1), 2}, {QDate(2016, 3, 1), 2}, {QDate(2016, 11, 1), 1}};
        QCOMPARE(seriesOf(data)["Tweets"], expected);
        QCOMPARE(std::count(data.series.first().counts.begin(), data.series.first().counts.end(), 0), 74);
    }
}

void TestChartQueries::handBucketRanges()
{
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QDateTime from;
    QDateTime until;
    // Tehran's 22 March 2010 began at 01:00 (+4:30): from the change, 20:30 UTC the day before, to 23 March
    // 00:00 +4:30.
    QVERIFY(ChartQueries::bucketRange(TimeBucket::Day, QDate(2010, 3, 22), "Asia/Tehran", &from, &until));
    QCOMPARE(from, utc(2010, 3, 21, 20, 30));
    QCOMPARE(until, utc(2010, 3, 22, 19, 30));
    // Its 21 September had 25 hours.
    QVERIFY(ChartQueries::bucketRange(TimeBucket::Day, QDate(2010, 9, 21), "Asia/Tehran", &from, &until));
    QCOMPARE(from, utc(2010, 9, 20, 19, 30));
    QCOMPARE(until, utc(2010, 9, 21, 20, 30));
    // Moscow's 28 March 2010 had 23.
    QVERIFY(ChartQueries::bucketRange(TimeBucket::Day, QDate(2010, 3, 28), "Europe/Moscow", &from, &until));
    QCOMPARE(from, utc(2010, 3, 27, 21, 0));
    QCOMPARE(until, utc(2010, 3, 28, 20, 0));
    QVERIFY(
        ChartQueries::bucketRange(TimeBucket::Week, QDate(2016, 11, 7), "America/New_York", &from, &until));
    QCOMPARE(from, utc(2016, 11, 7, 5, 0));
    QCOMPARE(until, utc(2016, 11, 14, 5, 0));
    QVERIFY(ChartQueries::bucketRange(TimeBucket::Month, QDate(2014, 10, 1), "Europe/Moscow", &from, &until));
    QCOMPARE(from, utc(2014, 9, 30, 20, 0));   // +4
    QCOMPARE(until, utc(2014, 10, 31, 21, 0)); // +3 since 26 October
    QVERIFY(ChartQueries::bucketRange(TimeBucket::Day, QDate(2016, 1, 1), "UTC", &from, &until));
    QCOMPARE(from, utc(2016, 1, 1, 0, 0));
    QCOMPARE(until, utc(2016, 1, 2, 0, 0));
    QVERIFY(
        !ChartQueries::bucketRange(TimeBucket::Day, QDate(2016, 1, 1), "Nowhere/Atlantis", &from, &until));
    QVERIFY(!from.isValid());
}

// Filters over the generated cache, each with the same tweets in independent SQL.
namespace {
void addMixedFilters(Database &db,
                     const std::function<void(const char *, const TweetFilter &, const QString &)> &row)
{
    const std::int64_t twitter = count(db, "SELECT campaign_id FROM tweets ORDER BY id DESC LIMIT 1");
    const std::int64_t fte = count(db, "SELECT campaign_id FROM tweets ORDER BY id LIMIT 1");
    const std::int64_t busiest =
        count(db, "SELECT account_id FROM tweets GROUP BY account_id ORDER BY count(*) DESC LIMIT 1");
    const std::int64_t fteAccount =
        count(db, QStringLiteral(
                      "SELECT account_id FROM tweets WHERE campaign_id = %1 GROUP BY account_id ORDER BY "
                      "count(*) DESC LIMIT 1")
                      .arg(fte)
                      .toUtf8()
                      .constData());
    row("everything", TweetFilter(), QStringLiteral("1"));
    TweetFilter filter;
    filter.campaignIds = {twitter};
    row("twitter campaign", filter, QStringLiteral("campaign_id = %1").arg(twitter));
    filter.campaignIds = {fte};
    row("538 campaign (synthetic ids)", filter, QStringLiteral("campaign_id = %1").arg(fte));
    filter = TweetFilter();
    filter.accountIds = {busiest};
    row("busiest account", filter, QStringLiteral("account_id = %1").arg(busiest));
    filter.accountIds = {busiest, fteAccount};
    filter.campaignIds = {fte};
    row("two accounts, one campaign", filter, QStringLiteral("account_id = %1").arg(fteAccount));
    filter = TweetFilter();
    filter.search = QStringLiteral("the");
    row("search", filter,
        QStringLiteral("id IN (SELECT rowid FROM search.tweet_search WHERE tweet_search MATCH 'the')"));
    filter = TweetFilter();
    filter.from = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    filter.until = QDateTime(QDate(2016, 7, 1), QTime(0, 0), Qt::UTC);
    row("time range", filter,
        QStringLiteral("time >= %1 AND time < %2")
            .arg(filter.from.toSecsSinceEpoch())
            .arg(filter.until.toSecsSinceEpoch()));
    filter = TweetFilter();
    filter.kinds = 1u << int(TweetKind::Retweet);
    filter.campaignIds = {twitter};
    row("retweets of a campaign", filter, QStringLiteral("kind = 1 AND campaign_id = %1").arg(twitter));
    const QString language =
        text(db, "SELECT language FROM tweets GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
    filter = TweetFilter();
    filter.language = language;
    row("language", filter, QStringLiteral("language = '%1'").arg(language));
}
} // namespace

void TestChartQueries::rhythmMatchesQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<TweetFilter>("filter");
    QTest::addColumn<QString>("where");
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    for (const char *zone : {"UTC", "Europe/Moscow", "Asia/Tehran", "America/New_York", "Asia/Kathmandu"}) {
        addMixedFilters(db, [&](const char *name, const TweetFilter &filter, const QString &where) {
            QTest::addRow("%s, %s", zone, name) << QByteArray(zone) << filter << where;
        });
    }
}

void TestChartQueries::rhythmMatchesQt()
{
    QFETCH(QByteArray, zone);
    QFETCH(TweetFilter, filter);
    QFETCH(QString, where);
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    RhythmChartData data;
    QString error;
    QVERIFY2(ChartQueries::rhythm(db, filter, zone, &data, &error), qPrintable(error));
    const QList<std::int64_t> times = timesWhere(db, where);
    QVERIFY(times.size() > 100);
    QCOMPARE(data.total, std::int64_t(times.size()));
    QCOMPARE(cellsOf(data), expectedCells(times, zone));
}

void TestChartQueries::activityMatchesQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<ActivityBreakdown>("breakdown");
    QTest::addColumn<TweetFilter>("filter");
    QTest::addColumn<QString>("where");
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    const struct
    {
        const char *zone;
        TimeBucket bucket;
        ActivityBreakdown breakdown;
        const char *name;
    } charts[] = {
        {"UTC", TimeBucket::Day, ActivityBreakdown::None, "day"},
        {"UTC", TimeBucket::Week, ActivityBreakdown::Kind, "week by kind"},
        {"UTC", TimeBucket::Month, ActivityBreakdown::Category, "month by category"},
        {"UTC", TimeBucket::Month, ActivityBreakdown::Language, "month by language"},
        {"Europe/Moscow", TimeBucket::Day, ActivityBreakdown::None, "day"},
        {"Europe/Moscow", TimeBucket::Week, ActivityBreakdown::Client, "week by client"},
        {"Asia/Tehran", TimeBucket::Day, ActivityBreakdown::Kind, "day by kind"},
        {"Asia/Tehran", TimeBucket::Month, ActivityBreakdown::None, "month"},
        {"America/New_York", TimeBucket::Week, ActivityBreakdown::Category, "week by category"},
    };
    for (const auto &chart : charts) {
        addMixedFilters(db, [&](const char *name, const TweetFilter &filter, const QString &where) {
            QTest::addRow("%s %s, %s", chart.zone, chart.name, name)
                << QByteArray(chart.zone) << chart.bucket << chart.breakdown << filter << where;
        });
    }
}

void TestChartQueries::activityMatchesQt()
{
    QFETCH(QByteArray, zone);
    QFETCH(TimeBucket, bucket);
    QFETCH(ActivityBreakdown, breakdown);
    QFETCH(TweetFilter, filter);
    QFETCH(QString, where);
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    ActivityChartData data;
    QString error;
    QVERIFY2(ChartQueries::activity(db, filter, bucket, breakdown, zone, 0, &data, &error),
             qPrintable(error));
    QString why;
    QVERIFY2(wellFormed(data, &why), qPrintable(why));

    // Independently: each tweet's key in SQL, its bucket from Qt.
    QString key = QStringLiteral("'Tweets'");
    switch (breakdown) {
    case ActivityBreakdown::None:
    case ActivityBreakdown::Hashtag:
        break;
    case ActivityBreakdown::Kind:
        key =
            QStringLiteral("CASE kind WHEN 0 THEN 'original' WHEN 1 THEN 'retweet' WHEN 2 THEN 'reply' ELSE "
                           "'quote' END");
        break;
    case ActivityBreakdown::Language:
        key = QStringLiteral("coalesce(nullif(language, ''), '(no language)')");
        break;
    case ActivityBreakdown::Client:
        key = QStringLiteral("coalesce((SELECT name FROM clients WHERE id = client_id), '(no client)')");
        break;
    case ActivityBreakdown::Category:
        key = QStringLiteral("coalesce((SELECT nullif(category, '') FROM accounts WHERE id = account_id), "
                             "(SELECT la.category FROM account_links l JOIN accounts la ON la.id = "
                             "l.linked_account_id WHERE l.account_id = tweets.account_id AND la.category <> "
                             "'' ORDER BY la.id LIMIT 1), '(no category)')");
        break;
    }
    SeriesMap expected;
    std::int64_t tweets = 0;
    Statement statement(
        db, QStringLiteral("SELECT time, %1 FROM tweets WHERE %2").arg(key, where).toUtf8().constData());
    while (statement.next()) {
        const QDate date = localOf(statement.int64(0), zone).date();
        ++expected[statement.text(1)][bucketOf(date, bucket)];
        ++tweets;
    }
    QVERIFY2(statement.ok(), qPrintable(db.errorString()));
    QVERIFY(tweets > 100);
    SeriesMap actual = seriesOf(data);
    // Kinds are listed even when a selection has none of one.
    for (auto it = actual.begin(); it != actual.end();) {
        it = it->isEmpty() ? actual.erase(it) : std::next(it);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(data.total, tweets);
    QCOMPARE(
        data.bucketStarts.first(), expected.isEmpty() ? QDate() : [&] {
            QDate first;
            for (const auto &series : expected) {
                if (!first.isValid() || series.firstKey() < first) {
                    first = series.firstKey();
                }
            }
            return first;
        }());
}

void TestChartQueries::countersEqualScan_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<ActivityBreakdown>("breakdown");
    QTest::addColumn<bool>("accounts");
    QTest::addColumn<bool>("counters"); // whether the plain filter is answered from the counters
    QTest::newRow("UTC, campaign") << QByteArray("UTC") << ActivityBreakdown::None << false << true;
    QTest::newRow("UTC, campaign by kind") << QByteArray("UTC") << ActivityBreakdown::Kind << false << true;
    QTest::newRow("UTC, campaign by category")
        << QByteArray("UTC") << ActivityBreakdown::Category << false << true;
    QTest::newRow("UTC, accounts") << QByteArray("UTC") << ActivityBreakdown::None << true << true;
    QTest::newRow("UTC, accounts by kind") << QByteArray("UTC") << ActivityBreakdown::Kind << true << true;
    QTest::newRow("Moscow, campaign")
        << QByteArray("Europe/Moscow") << ActivityBreakdown::None << false << true;
    QTest::newRow("Tehran, campaign")
        << QByteArray("Asia/Tehran") << ActivityBreakdown::None << false << true;
    QTest::newRow("Tehran, accounts")
        << QByteArray("Asia/Tehran") << ActivityBreakdown::None << true << false;
    QTest::newRow("UTC, campaign by language")
        << QByteArray("UTC") << ActivityBreakdown::Language << false << false;
}

void TestChartQueries::countersEqualScan()
{
    QFETCH(QByteArray, zone);
    QFETCH(ActivityBreakdown, breakdown);
    QFETCH(bool, accounts);
    QFETCH(bool, counters);
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    TweetFilter plain;
    if (accounts) {
        Statement top(db, "SELECT account_id FROM tweets GROUP BY account_id ORDER BY count(*) DESC LIMIT 3");
        while (top.next()) {
            plain.accountIds << top.int64(0);
        }
    } else {
        plain.campaignIds << count(db, "SELECT campaign_id FROM tweets ORDER BY id LIMIT 1")
                          << count(db, "SELECT campaign_id FROM tweets ORDER BY id DESC LIMIT 1");
    }
    // The same tweets through a filter that is not plain: every tweet is after 1990.
    TweetFilter scanned = plain;
    scanned.from = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!scanned.isPlain());
    for (const TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month}) {
        ActivityChartData fromCounters;
        ActivityChartData fromTweets;
        QString error;
        QVERIFY2(ChartQueries::activity(db, plain, bucket, breakdown, zone, 3, &fromCounters, &error),
                 qPrintable(error));
        QVERIFY2(ChartQueries::activity(db, scanned, bucket, breakdown, zone, 3, &fromTweets, &error),
                 qPrintable(error));
        QCOMPARE(fromCounters.fromCounters, counters);
        QVERIFY(!fromTweets.fromCounters);
        QCOMPARE(fromCounters.bucketStarts, fromTweets.bucketStarts);
        QCOMPARE(seriesOf(fromCounters), seriesOf(fromTweets));
        QCOMPARE(fromCounters.total, fromTweets.total);
        QVERIFY(fromCounters.total > 1000);
    }
    if (!accounts) {
        RhythmChartData fromCounters;
        RhythmChartData fromTweets;
        QString error;
        QVERIFY(ChartQueries::rhythm(db, plain, zone, &fromCounters, &error));
        QVERIFY(ChartQueries::rhythm(db, scanned, zone, &fromTweets, &error));
        QVERIFY(fromCounters.fromCounters);
        QVERIFY(!fromTweets.fromCounters);
        QCOMPARE(fromCounters.counts, fromTweets.counts);
    }
}

void TestChartQueries::breakdownsSumToTotal_data()
{
    QTest::addColumn<ActivityBreakdown>("breakdown");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("kind") << ActivityBreakdown::Kind << QByteArray("UTC");
    QTest::newRow("language") << ActivityBreakdown::Language << QByteArray("Europe/Moscow");
    QTest::newRow("client") << ActivityBreakdown::Client << QByteArray("UTC");
    QTest::newRow("category") << ActivityBreakdown::Category << QByteArray("Asia/Tehran");
}

void TestChartQueries::breakdownsSumToTotal()
{
    QFETCH(ActivityBreakdown, breakdown);
    QFETCH(QByteArray, zone);
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    for (const TweetFilter &filter : {TweetFilter(), [] {
                                          TweetFilter searched;
                                          searched.search = QStringLiteral("the");
                                          return searched;
                                      }()}) {
        ActivityChartData whole;
        ActivityChartData split;
        QString error;
        QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Week, ActivityBreakdown::None, zone, 0, &whole,
                                       &error));
        QVERIFY2(ChartQueries::activity(db, filter, TimeBucket::Week, breakdown, zone, 2, &split, &error),
                 qPrintable(error));
        QCOMPARE(split.bucketStarts, whole.bucketStarts);
        QCOMPARE(split.total, whole.total);
        QCOMPARE(whole.total, TweetListQuery::count(db, filter, &error));
        if (breakdown != ActivityBreakdown::Kind) {
            // Two series, then "other" for the rest.
            QVERIFY(split.series.size() <= 3);
            QVERIFY(split.series.size() == 3 || split.series.last().name != QLatin1String("other"));
            if (split.series.size() == 3) {
                QCOMPARE(split.series.last().name, QStringLiteral("other"));
            }
            auto totalOf = [](const ActivitySeries &series) {
                return std::accumulate(series.counts.begin(), series.counts.end(), std::int64_t(0));
            };
            QVERIFY(totalOf(split.series.at(0)) >= totalOf(split.series.at(1)));
        } else {
            QCOMPARE(split.series.size(), 4);
        }
        for (int i = 0; i < whole.bucketStarts.size(); ++i) {
            std::int64_t sum = 0;
            for (const ActivitySeries &series : split.series) {
                sum += series.counts.at(i);
            }
            QCOMPARE(sum, whole.series.first().counts.at(i));
        }
    }
}

void TestChartQueries::hashtagSeries()
{
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    TweetFilter filter;
    ActivityChartData data;
    QString error;
    // #news (tweets 3, 4, 6, 15) and #iran (1, 2, 6) lead (#maga, 13, 14, 15, ties with #iran and comes
    // after it by name); "other" counts the uses of the rest: #maga's three.
    QVERIFY2(ChartQueries::activity(db, filter, TimeBucket::Month, ActivityBreakdown::Hashtag, "UTC", 2,
                                    &data, &error),
             qPrintable(error));
    QStringList names;
    for (const ActivitySeries &series : data.series) {
        names << series.name;
    }
    QCOMPARE(names, QStringList({"#news", "#iran", "other"}));
    QCOMPARE(data.total, 15);
    const SeriesMap series = seriesOf(data);
    QCOMPARE(series["#news"], (QMap<QDate, std::int64_t>{
                                  {QDate(2010, 3, 1), 2}, {QDate(2010, 9, 1), 1}, {QDate(2016, 11, 1), 1}}));
    QCOMPARE(series["#iran"], (QMap<QDate, std::int64_t>{{QDate(2010, 3, 1), 2}, {QDate(2010, 9, 1), 1}}));
    QCOMPARE(series["other"], (QMap<QDate, std::int64_t>{{QDate(2016, 3, 1), 2}, {QDate(2016, 11, 1), 1}}));
    // All of them: one series per hashtag, no "other".
    QVERIFY(ChartQueries::activity(db, filter, TimeBucket::Month, ActivityBreakdown::Hashtag, "Asia/Tehran",
                                   0, &data, &error));
    QCOMPARE(data.series.size(), 3);
    QCOMPARE(seriesOf(data)["#maga"],
             (QMap<QDate, std::int64_t>{{QDate(2016, 3, 1), 2}, {QDate(2016, 11, 1), 1}}));

    // On the generated cache, each top hashtag's series against SQL, through a search.
    Database mixed;
    QVERIFY(mixed.open(m_mixed, Database::Mode::ReadOnly));
    filter.search = QStringLiteral("the");
    QVERIFY2(ChartQueries::activity(mixed, filter, TimeBucket::Month, ActivityBreakdown::Hashtag, "UTC", 3,
                                    &data, &error),
             qPrintable(error));
    QVERIFY(data.series.size() >= 3);
    const std::int64_t allUses =
        count(mixed, "SELECT count(*) FROM tweet_hashtags WHERE tweet_id IN (SELECT rowid FROM "
                     "search.tweet_search WHERE tweet_search MATCH 'the')");
    std::int64_t seriesUses = 0;
    for (const ActivitySeries &each : data.series) {
        seriesUses += std::accumulate(each.counts.begin(), each.counts.end(), std::int64_t(0));
    }
    QCOMPARE(seriesUses, allUses);
    QCOMPARE(data.total,
             count(mixed, "SELECT count(*) FROM search.tweet_search WHERE tweet_search MATCH 'the'"));
    for (const ActivitySeries &each : data.series) {
        if (each.name == QLatin1String("other")) {
            continue;
        }
        const QString tag = each.name.mid(1);
        const std::int64_t expected = count(
            mixed, QStringLiteral("SELECT count(*) FROM tweet_hashtags th JOIN hashtags h ON h.id = "
                                  "th.hashtag_id WHERE h.tag = '%1' AND th.tweet_id IN (SELECT rowid FROM "
                                  "search.tweet_search WHERE tweet_search MATCH 'the')")
                       .arg(tag)
                       .toUtf8()
                       .constData());
        QCOMPARE(std::accumulate(each.counts.begin(), each.counts.end(), std::int64_t(0)), expected);
    }
}

void TestChartQueries::drillDownBucketsCountTheBars_data()
{
    QTest::addColumn<QString>("cache");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::newRow("hand, Tehran days") << m_hand << QByteArray("Asia/Tehran") << TimeBucket::Day;
    QTest::newRow("hand, Moscow days") << m_hand << QByteArray("Europe/Moscow") << TimeBucket::Day;
    QTest::newRow("hand, New York weeks") << m_hand << QByteArray("America/New_York") << TimeBucket::Week;
    QTest::newRow("generated, Moscow months") << m_mixed << QByteArray("Europe/Moscow") << TimeBucket::Month;
    QTest::newRow("generated, Tehran weeks") << m_mixed << QByteArray("Asia/Tehran") << TimeBucket::Week;
}

void TestChartQueries::drillDownBucketsCountTheBars()
{
    QFETCH(QString, cache);
    QFETCH(QByteArray, zone);
    QFETCH(TimeBucket, bucket);
    Database db;
    QVERIFY(db.open(cache, Database::Mode::ReadOnly));
    ActivityChartData data;
    QString error;
    QVERIFY(
        ChartQueries::activity(db, TweetFilter(), bucket, ActivityBreakdown::None, zone, 0, &data, &error));
    QVERIFY(!data.bucketStarts.isEmpty());
    std::int64_t sum = 0;
    for (int i = 0; i < data.bucketStarts.size(); ++i) {
        TweetFilter cell;
        QVERIFY(ChartQueries::bucketRange(bucket, data.bucketStarts[i], zone, &cell.from, &cell.until));
        QCOMPARE(TweetListQuery::count(db, cell, &error), data.series.first().counts[i]);
        sum += data.series.first().counts[i];
    }
    QCOMPARE(sum, data.total);
}

void TestChartQueries::localTimeFilter_data()
{
    QTest::addColumn<QString>("cache");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("hour");
    QTest::addColumn<bool>("search");
    QTest::newRow("hand, Moscow Sunday 02") << m_hand << QByteArray("Europe/Moscow") << 7 << 2 << false;
    QTest::newRow("hand, Tehran Monday 09") << m_hand << QByteArray("Asia/Tehran") << 1 << 9 << false;
    QTest::newRow("hand, Tehran Mondays") << m_hand << QByteArray("Asia/Tehran") << 1 << -1 << false;
    QTest::newRow("hand, UTC 22h") << m_hand << QByteArray() << 0 << 22 << false;
    QTest::newRow("generated, Moscow Monday 09") << m_mixed << QByteArray("Europe/Moscow") << 1 << 9 << false;
    QTest::newRow("generated, Tehran Friday 13") << m_mixed << QByteArray("Asia/Tehran") << 5 << 13 << false;
    QTest::newRow("generated, New York 23h") << m_mixed << QByteArray("America/New_York") << 0 << 23 << false;
    QTest::newRow("generated, Kathmandu Wednesdays, search")
        << m_mixed << QByteArray("Asia/Kathmandu") << 3 << -1 << true;
}

void TestChartQueries::localTimeFilter()
{
    QFETCH(QString, cache);
    QFETCH(QByteArray, zone);
    QFETCH(int, weekday);
    QFETCH(int, hour);
    QFETCH(bool, search);
    Database db;
    QVERIFY(db.open(cache, Database::Mode::ReadOnly));
    TweetFilter filter;
    filter.timeZone = zone;
    filter.localWeekday = weekday;
    filter.localHour = hour;
    if (search) {
        filter.search = QStringLiteral("the");
    }
    QVERIFY(!filter.isPlain());
    // Independently: every tweet's local time from Qt.
    QList<std::int64_t> expected;
    {
        Statement statement(db, search
                                    ? "SELECT id, time FROM tweets WHERE id IN (SELECT rowid FROM "
                                      "search.tweet_search WHERE tweet_search MATCH 'the') ORDER BY time, id"
                                    : "SELECT id, time FROM tweets ORDER BY time, id");
        while (statement.next()) {
            const QDateTime local = localOf(statement.int64(1), zone.isEmpty() ? QByteArray("UTC") : zone);
            if ((weekday == 0 || local.date().dayOfWeek() == weekday) &&
                (hour < 0 || local.time().hour() == hour)) {
                expected << statement.int64(0);
            }
        }
    }
    QVERIFY(!expected.isEmpty());
    QString error;
    QList<std::int64_t> ids;
    QVERIFY2(TweetListQuery::collectIds(
                 db, filter, TweetOrder::OldestFirst,
                 [&](const QList<std::int64_t> &chunk) {
                     ids += chunk;
                     return true;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(ids, expected);
    QCOMPARE(TweetListQuery::count(db, filter, &error), std::int64_t(expected.size()));
    // The heatmap cell the filter stands for holds as many tweets.
    if (weekday > 0 && hour >= 0 && !search) {
        RhythmChartData rhythm;
        QVERIFY(ChartQueries::rhythm(db, TweetFilter(), zone, &rhythm, &error));
        QCOMPARE(rhythm.counts[weekday - 1][hour], std::int64_t(expected.size()));
    }
    // A chart of the filtered tweets has them all in the one cell.
    RhythmChartData cell;
    QVERIFY2(ChartQueries::rhythm(db, filter, zone, &cell, &error), qPrintable(error));
    QCOMPARE(cell.total, std::int64_t(expected.size()));
}

void TestChartQueries::localTimeFilterJson()
{
    TweetFilter filter;
    filter.campaignIds = {3};
    filter.timeZone = "Europe/Moscow";
    filter.localWeekday = 1;
    filter.localHour = 9;
    QCOMPARE(filter.describeFilters(), QStringLiteral("Mondays 09:00\u201310:00 Europe/Moscow"));
    const QByteArray json = QJsonDocument(filter.toJson()).toJson();
    const TweetFilter back = TweetFilter::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(back.timeZone, QByteArray("Europe/Moscow"));
    QCOMPARE(back.localWeekday, 1);
    QCOMPARE(back.localHour, 9);
    QVERIFY(back == filter);
    TweetFilter otherHour = filter;
    otherHour.localHour = 10;
    QVERIFY(otherHour != filter);
    // A filter saved before these fields existed loads as any local time.
    const TweetFilter old = TweetFilter::fromJson(
        QJsonDocument::fromJson(R"({"campaigns":["3"],"search":"troll","kinds":15,"media":"any"})").object());
    QCOMPARE(old.localWeekday, 0);
    QCOMPARE(old.localHour, -1);
    QVERIFY(old.timeZone.isEmpty());
    QVERIFY(!old.hasLocalTime());
    QCOMPARE(TweetFilter::fromJson(TweetFilter().toJson()), TweetFilter());
    QVERIFY(TweetFilter().isPlain());
    TweetFilter hourOnly;
    hourOnly.localHour = 23;
    QVERIFY(!hourOnly.isPlain());
    QCOMPARE(hourOnly.describeFilters(), QStringLiteral("23:00\u201324:00 UTC"));
    TweetFilter weekdayOnly;
    weekdayOnly.localWeekday = 7;
    weekdayOnly.timeZone = "Asia/Tehran";
    QCOMPARE(weekdayOnly.describeFilters(), QStringLiteral("Sundays Asia/Tehran"));
    QCOMPARE(TweetFilter::fromJson(weekdayOnly.toJson()), weekdayOnly);
}

void TestChartQueries::lifecycle()
{
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    LifecycleChartData data;
    QString error;
    QVERIFY2(ChartQueries::lifecycle(db, TweetFilter(), &data, &error), qPrintable(error));
    QCOMPARE(data.accounts.size(), 3);
    // Ordered by creation.
    QCOMPARE(data.accounts[0].screenName, QStringLiteral("moscowdesk"));
    QCOMPARE(data.accounts[0].created, QDate(2009, 5, 1));
    QCOMPARE(data.accounts[0].firstTweet, QDate(2010, 3, 27));
    QCOMPARE(data.accounts[0].lastTweet, QDate(2014, 10, 25));
    QCOMPARE(data.accounts[0].tweets, 6);
    QCOMPARE(data.accounts[1].screenName, QStringLiteral("tehrandesk"));
    QCOMPARE(data.accounts[1].tweets, 6);
    QCOMPARE(data.accounts[2].screenName, QStringLiteral("nydesk"));
    QCOMPARE(data.accounts[2].created, QDate(2015, 6, 1));
    QCOMPARE(data.accounts[2].firstTweet, QDate(2016, 3, 13));
    QCOMPARE(data.accounts[2].lastTweet, QDate(2016, 11, 9));
    // One account selected: that account alone.
    TweetFilter one;
    one.accountIds = {data.accounts[2].accountId};
    LifecycleChartData single;
    QVERIFY(ChartQueries::lifecycle(db, one, &single, &error));
    QCOMPARE(single.accounts.size(), 1);
    QCOMPARE(single.accounts[0].screenName, QStringLiteral("nydesk"));

    // The generated cache: every account of the 538 campaign, against the accounts table.
    Database mixed;
    QVERIFY(mixed.open(m_mixed, Database::Mode::ReadOnly));
    TweetFilter fte;
    fte.campaignIds = {count(mixed, "SELECT campaign_id FROM tweets ORDER BY id LIMIT 1")};
    QVERIFY(ChartQueries::lifecycle(mixed, fte, &data, &error));
    QCOMPARE(std::int64_t(data.accounts.size()),
             count(mixed, QStringLiteral("SELECT count(*) FROM accounts WHERE campaign_id = %1")
                              .arg(fte.campaignIds.first())
                              .toUtf8()
                              .constData()));
    for (int i = 0; i < data.accounts.size(); ++i) {
        const LifecycleAccount &account = data.accounts[i];
        Statement statement(mixed, "SELECT date(created, 'unixepoch'), date(first_tweet, 'unixepoch'), "
                                   "date(last_tweet, 'unixepoch'), tweet_count, coalesce(category, '') FROM "
                                   "accounts WHERE id = ?");
        statement.bind(1, account.accountId);
        QVERIFY(statement.next());
        QCOMPARE(account.created, QDate::fromString(statement.text(0), Qt::ISODate));
        QCOMPARE(account.firstTweet, QDate::fromString(statement.text(1), Qt::ISODate));
        QCOMPARE(account.lastTweet, QDate::fromString(statement.text(2), Qt::ISODate));
        QCOMPARE(account.tweets, statement.int64(3));
        QCOMPARE(account.category, statement.text(4));
        if (i > 0 && account.created.isValid()) {
            QVERIFY(data.accounts[i - 1].created.isValid());
            QVERIFY(data.accounts[i - 1].created <= account.created);
        }
    }
}

void TestChartQueries::unknownZoneIsAnError()
{
    Database db;
    QVERIFY(db.open(m_hand, Database::Mode::ReadOnly));
    QString error;
    ActivityChartData activity;
    QVERIFY(!ChartQueries::activity(db, TweetFilter(), TimeBucket::Day, ActivityBreakdown::None,
                                    "Mars/Olympus", 0, &activity, &error));
    QVERIFY2(error.contains("Mars/Olympus"), qPrintable(error));
    error.clear();
    RhythmChartData rhythm;
    QVERIFY(!ChartQueries::rhythm(db, TweetFilter(), "Mars/Olympus", &rhythm, &error));
    QVERIFY2(error.contains("unknown time zone"), qPrintable(error));
    error.clear();
    TweetFilter filter;
    filter.timeZone = "Mars/Olympus";
    filter.localHour = 3;
    QCOMPARE(TweetListQuery::count(db, filter, &error), -1);
    QVERIFY2(error.contains("unknown time zone"), qPrintable(error));
}

void TestChartQueries::cancelFlagStops()
{
    Database db;
    QVERIFY(db.open(m_mixed, Database::Mode::ReadOnly));
    std::atomic_bool cancel{true};
    db.setCancelFlag(&cancel);
    TweetFilter scanned;
    scanned.from = QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
    QString error;
    ActivityChartData activity;
    QVERIFY(!ChartQueries::activity(db, scanned, TimeBucket::Day, ActivityBreakdown::Language,
                                    "Europe/Moscow", 5, &activity, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    RhythmChartData rhythm;
    QVERIFY(!ChartQueries::rhythm(db, scanned, "Asia/Tehran", &rhythm, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!ChartQueries::rhythm(db, TweetFilter(), "Asia/Tehran", &rhythm, &error));
    QVERIFY(!error.isEmpty());
    // Once the flag is down, the same connection answers.
    cancel = false;
    QVERIFY2(ChartQueries::rhythm(db, scanned, "Asia/Tehran", &rhythm, &error), qPrintable(error));
    QCOMPARE(rhythm.total, count(db, "SELECT count(*) FROM tweets"));
    db.setCancelFlag(nullptr);
}

void TestChartQueries::eventMarkers()
{
    const QList<EventMarker> markers = builtInEventMarkers();
    QVERIFY(markers.size() >= 5);
    for (int i = 0; i < markers.size(); ++i) {
        QVERIFY(markers[i].date.isValid());
        QVERIFY(markers[i].builtIn);
        QVERIFY(!markers[i].label.isEmpty());
        if (i > 0) {
            QVERIFY(markers[i - 1].date <= markers[i].date);
        }
    }
    const auto has = [&](const QDate &date) {
        return std::any_of(markers.begin(), markers.end(),
                           [&](const EventMarker &m) { return m.date == date; });
    };
    QVERIFY(has(QDate(2016, 11, 8)));
    QVERIFY(has(QDate(2014, 3, 18)));
    QVERIFY(has(QDate(2018, 10, 17)));
}

QTEST_GUILESS_MAIN(TestChartQueries)
#include "tst_chartqueries.moc"
