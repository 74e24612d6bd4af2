// TweetListQuery, TimelinePositions and DisplayText against independent SQL, on the imported fixtures of
// tests/data and on a generated archive (a Twitter campaign of 30,000 tweets and a FiveThirtyEight v1
// campaign, whose tweets have synthetic negative ids).
#include "core/db/database.h"
#include "core/query/searchquery.h"
#include "core/query/timelinepositions.h"
#include "core/query/tweetlistquery.h"
#include "core/synth/archivegenerator.h"
#include "core/text/displaytext.h"
#include "importtesthelpers.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace trove;
using namespace trove::test;

Q_DECLARE_METATYPE(trove::TweetFilter)
Q_DECLARE_METATYPE(trove::TextSpan)

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA);

QList<std::int64_t> sqlIds(Database &db, const QString &sql)
{
    QList<std::int64_t> ids;
    Statement statement(db, sql.toUtf8().constData());
    while (statement.next()) {
        ids.append(statement.int64(0));
    }
    if (!statement.ok()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(db.errorString()));
    }
    return ids;
}

QList<std::int64_t> collect(Database &db, const TweetFilter &filter, TweetOrder order, QString *error)
{
    QList<std::int64_t> ids;
    const bool ok = TweetListQuery::collectIds(
        db, filter, order,
        [&](const QList<std::int64_t> &chunk) {
            if (chunk.isEmpty() || chunk.size() > TweetListQuery::ChunkSize) {
                qWarning("bad chunk size %lld", qlonglong(chunk.size()));
            }
            ids += chunk;
            return true;
        },
        error);
    if (!ok && error->isEmpty()) {
        *error = QStringLiteral("collectIds failed without a message");
    }
    return ids;
}

QString inList(const QList<std::int64_t> &ids)
{
    QStringList parts;
    for (const auto id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

const char EngagementOrder[] = " ORDER BY coalesce(like_count,0)+coalesce(retweet_count,0)+"
                               "coalesce(reply_count,0)+coalesce(quote_count,0) DESC, time DESC, id DESC";

} // namespace

class TestTweetListQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void filters_data();
    void filters();
    void syntheticIdsMergedByTime();
    void unknownNamesMatchNothing();
    void badSearchIsAnError();
    void rowsFields();
    void rowsKeepOrderAndSkipUnknown();
    void rowsMediaIds();
    void contextAndReplies();

    void positionsEveryPage_data();
    void positionsEveryPage();
    void positionsWithSyntheticIds();
    void positionOfTime();

    void cancelFlagStops();
    void sinkCanStop();

    void decoded_data();
    void decoded();
    void entities_data();
    void entities();
    void highlights_data();
    void highlights();
    void searchTermsMarkPrefixes();

private:
    std::int64_t twitterCampaign(Database &db);
    std::int64_t fteCampaign(Database &db);

    QTemporaryDir m_dir;
    QString m_fixtures;
    QString m_generated;
};

// The generated cache's two campaigns: the Twitter one holds the largest id, the FiveThirtyEight v1 one the
// (negative) smallest.
std::int64_t TestTweetListQuery::twitterCampaign(Database &db)
{
    return count(db, "SELECT campaign_id FROM tweets ORDER BY id DESC LIMIT 1");
}

std::int64_t TestTweetListQuery::fteCampaign(Database &db)
{
    return count(db, "SELECT campaign_id FROM tweets ORDER BY id LIMIT 1");
}

void TestTweetListQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixtures = m_dir.filePath(QStringLiteral("fixtures.trove"));
    const QStringList fixtureFiles = {
        Data + QStringLiteral("/twitter/quirks_tweets_csv_hashed.csv"),
        Data + QStringLiteral("/twitter/quirks_users_csv_hashed.csv"),
        Data + QStringLiteral("/twitter/reordered_tweets_csv_hashed_part1.csv"),
        Data + QStringLiteral("/twitter/reordered_tweets_csv_hashed_part2.csv"),
        Data + QStringLiteral("/fivethirtyeight/IRAhandle_tweets_1.csv"),
        Data + QStringLiteral("/fivethirtyeight/IRAhandle_tweets_2.csv"),
        Data + QStringLiteral("/nbc/tweets.csv"),
        Data + QStringLiteral("/nbc/users.csv"),
        Data + QStringLiteral("/links/links_tweets_csv_unhashed.csv"),
        Data + QStringLiteral("/links/IRAhandle_tweets_9.csv"),
    };
    const ImportSummary fixtures = import(m_fixtures, fixtureFiles);
    QVERIFY2(fixtures.tweetsAdded > 30, qPrintable(QString::number(fixtures.tweetsAdded)));

    // A generated archive: a Twitter campaign and a FiveThirtyEight v1 one (synthetic negative ids).
    m_generated = m_dir.filePath(QStringLiteral("generated.trove"));
    const MixedArchive mixed = generateMixedArchive(m_dir.path(), 30000, 300, 11, 3000, 40, 12);
    QVERIFY2(mixed.twitter.ok, qPrintable(mixed.twitter.errorString));
    QVERIFY2(mixed.fiveThirtyEight.ok, qPrintable(mixed.fiveThirtyEight.errorString));
    const ImportSummary generated = import(m_generated, mixed.files());
    QCOMPARE(generated.tweetsAdded, mixed.tweets());

    // Media rows for a few tweets, and a Twitter account whose category only its linked 538 account has.
    Database writer;
    QVERIFY(writer.open(m_fixtures));
    // (archive 1 need not exist: the lists read only which tweets have media.)
    QVERIFY(
        writer.exec("INSERT INTO media(archive_id, entry_index, entry, kind, format, campaign_id, tweet_id, "
                    "account_id, size, compressed_size) SELECT 1, 0, 'a' || id || '.jpg', 'image', 'jpg', "
                    "campaign_id, id, account_id, 1, 1 FROM tweets WHERE id % 3 = 0; "
                    "INSERT INTO media(archive_id, entry_index, entry, kind, format, campaign_id, tweet_id, "
                    "account_id, size, compressed_size) SELECT 1, 1, 'b' || id || '.jpg', 'image', 'jpg', "
                    "campaign_id, id, account_id, 1, 1 FROM tweets WHERE id % 6 = 0"));
    QVERIFY(writer.exec("UPDATE accounts SET category = NULL WHERE id IN (SELECT account_id FROM "
                        "account_links)"));
    QVERIFY(count(writer, "SELECT count(*) FROM account_links") >= 1);
    writer.close();
    Database generatedWriter;
    QVERIFY(generatedWriter.open(m_generated));
    QVERIFY(generatedWriter.exec(
        "INSERT INTO media(archive_id, entry_index, entry, kind, format, campaign_id, "
        "tweet_id, account_id, size, compressed_size) SELECT 1, 0, id || '.png', "
        "'image', 'png', campaign_id, id, account_id, 1, 1 FROM tweets WHERE id % 7 = 0"));
    // The generator's real ids grow with time, as Twitter's do: what id order relies on.
    QCOMPARE(count(generatedWriter, "SELECT count(*) FROM (SELECT time, lag(time) OVER (ORDER BY id) AS "
                                    "previous FROM tweets WHERE id >= 0) WHERE time < previous"),
             0);
    QVERIFY(count(generatedWriter, "SELECT count(*) FROM tweets WHERE id < 0") > 2000);
}

void TestTweetListQuery::filters_data()
{
    QTest::addColumn<QString>("cache");
    QTest::addColumn<TweetFilter>("filter");
    QTest::addColumn<QString>("where"); // the same tweets in plain SQL over tweets (no alias)

    for (const bool generated : {false, true}) {
        const QString cache = generated ? m_generated : m_fixtures;
        const char *name = generated ? "generated" : "fixtures";
        Database db;
        QVERIFY(db.open(cache, Database::Mode::ReadOnly));
        const auto row = [&](const char *what, const TweetFilter &filter, const QString &where) {
            QTest::addRow("%s: %s", name, what) << cache << filter << where;
        };

        row("everything", TweetFilter(), QStringLiteral("1"));
        const std::int64_t firstCampaign = count(db, "SELECT min(id) FROM campaigns");
        const std::int64_t lastCampaign =
            count(db, "SELECT campaign_id FROM tweets GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1");
        TweetFilter campaigns;
        campaigns.campaignIds = {lastCampaign};
        row("one campaign", campaigns, QStringLiteral("campaign_id = %1").arg(lastCampaign));
        if (count(db, "SELECT count(*) FROM campaigns") > 2) {
            campaigns.campaignIds = {firstCampaign, lastCampaign};
            row("two campaigns", campaigns,
                QStringLiteral("campaign_id IN (%1, %2)").arg(firstCampaign).arg(lastCampaign));
        }

        const QList<std::int64_t> busiest = sqlIds(
            db, QStringLiteral("SELECT account_id FROM tweets GROUP BY account_id ORDER BY count(*) DESC, "
                               "account_id LIMIT 2"));
        TweetFilter accounts;
        accounts.accountIds = {busiest[0]};
        row("one account", accounts, QStringLiteral("account_id = %1").arg(busiest[0]));
        accounts.accountIds = busiest;
        row("two accounts", accounts, QStringLiteral("account_id IN (%1)").arg(inList(busiest)));
        accounts.campaignIds = {count(db, QStringLiteral("SELECT campaign_id FROM accounts WHERE id = %1")
                                              .arg(busiest[1])
                                              .toUtf8()
                                              .constData())};
        row("accounts within a campaign", accounts,
            QStringLiteral("account_id IN (%1) AND campaign_id = %2")
                .arg(inList(busiest))
                .arg(accounts.campaignIds[0]));

        // Dates: the middle third of the cache's time span.
        const std::int64_t first = count(db, "SELECT min(time) FROM tweets");
        const std::int64_t last = count(db, "SELECT max(time) FROM tweets");
        const std::int64_t from = first + (last - first) / 3;
        const std::int64_t until = first + 2 * (last - first) / 3;
        TweetFilter dates;
        dates.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        row("from", dates, QStringLiteral("time >= %1").arg(from));
        dates.until = QDateTime::fromSecsSinceEpoch(until, Qt::UTC);
        row("from and until", dates, QStringLiteral("time >= %1 AND time < %2").arg(from).arg(until));
        dates.from = QDateTime();
        row("until", dates, QStringLiteral("time < %1").arg(until));
        dates.accountIds = busiest;
        row("until, two accounts", dates,
            QStringLiteral("time < %1 AND account_id IN (%2)").arg(until).arg(inList(busiest)));

        TweetFilter language;
        language.language = text(db, QStringLiteral("SELECT language FROM tweets WHERE language IS NOT "
                                                    "NULL GROUP BY language ORDER BY count(*) DESC LIMIT 1 "
                                                    "OFFSET 1"));
        QVERIFY(!language.language.isEmpty());
        row("language", language, QStringLiteral("language = '%1'").arg(language.language));

        TweetFilter client;
        client.client =
            text(db, QStringLiteral("SELECT c.name FROM tweets t JOIN clients c ON c.id = "
                                    "t.client_id GROUP BY c.name ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!client.client.isEmpty());
        row("client", client,
            QStringLiteral("client_id = (SELECT id FROM clients WHERE name = '%1')")
                .arg(QString(client.client).replace(QLatin1Char('\''), QStringLiteral("''"))));

        TweetFilter kinds;
        kinds.kinds = 1u << int(TweetKind::Retweet);
        row("retweets", kinds, QStringLiteral("kind = 1"));
        kinds.kinds = (1u << int(TweetKind::Reply)) | (1u << int(TweetKind::Quote));
        row("replies and quotes", kinds, QStringLiteral("kind IN (2, 3)"));
        kinds.kinds = (1u << int(TweetKind::Original));
        row("originals", kinds, QStringLiteral("kind = 0"));

        const QString tag = text(db, QStringLiteral("SELECT h.tag FROM tweet_hashtags th JOIN hashtags h ON "
                                                    "h.id = th.hashtag_id GROUP BY h.tag ORDER BY count(*) "
                                                    "DESC, h.tag LIMIT 1"));
        QVERIFY(!tag.isEmpty());
        const QString tagWhere = QStringLiteral("id IN (SELECT tweet_id FROM tweet_hashtags th JOIN hashtags "
                                                "h ON h.id = th.hashtag_id WHERE h.tag = '%1')")
                                     .arg(tag);
        TweetFilter hashtag;
        hashtag.hashtag = tag;
        row("hashtag", hashtag, tagWhere);
        hashtag.hashtag = QLatin1Char('#') + tag.toUpper();
        row("hashtag with # in upper case", hashtag, tagWhere);

        const QString mentioned =
            text(db, QStringLiteral("SELECT userid FROM tweet_mentions GROUP BY userid ORDER BY count(*) "
                                    "DESC, userid LIMIT 1"));
        QVERIFY(!mentioned.isEmpty());
        TweetFilter mention;
        mention.mention = mentioned;
        row("mention by userid", mention,
            QStringLiteral("id IN (SELECT tweet_id FROM tweet_mentions WHERE userid = '%1')").arg(mentioned));

        TweetFilter media;
        media.media = TweetFilter::Media::With;
        row("with media", media, QStringLiteral("id IN (SELECT tweet_id FROM media)"));
        media.media = TweetFilter::Media::Without;
        row("without media", media, QStringLiteral("id NOT IN (SELECT tweet_id FROM media)"));

        TweetFilter search;
        const QString word = generated ? QStringLiteral("news") : QStringLiteral("the");
        search.search = word;
        row("search", search,
            QStringLiteral("id IN (SELECT rowid FROM search.tweet_search WHERE tweet_search MATCH '\"%1\"')")
                .arg(word));
        search.campaignIds = {lastCampaign};
        search.kinds = 1u << int(TweetKind::Original) | 1u << int(TweetKind::Retweet);
        search.until = QDateTime::fromSecsSinceEpoch(last, Qt::UTC);
        row("search, campaign, kinds, until", search,
            QStringLiteral("id IN (SELECT rowid FROM search.tweet_search WHERE tweet_search MATCH '\"%1\"') "
                           "AND campaign_id = %2 AND kind IN (0, 1) AND time < %3")
                .arg(word)
                .arg(lastCampaign)
                .arg(last));

        TweetFilter combined;
        combined.hashtag = tag;
        combined.from = QDateTime::fromSecsSinceEpoch(first + 1, Qt::UTC);
        combined.media = generated ? TweetFilter::Media::Without : TweetFilter::Media::Any;
        row("hashtag, from, (without media)", combined,
            tagWhere + QStringLiteral(" AND time >= %1").arg(first + 1) +
                (generated ? QStringLiteral(" AND id NOT IN (SELECT tweet_id FROM media)") : QString()));

        if (generated) {
            TweetFilter category;
            category.category = text(db, QStringLiteral("SELECT category FROM accounts WHERE category IS NOT "
                                                        "NULL GROUP BY category ORDER BY count(*) DESC "
                                                        "LIMIT 1"));
            QVERIFY(!category.category.isEmpty());
            row("category", category,
                QStringLiteral("account_id IN (SELECT id FROM accounts WHERE category = '%1')")
                    .arg(category.category));
            category.category = category.category.toLower();
            row("category in lower case", category,
                QStringLiteral("account_id IN (SELECT id FROM accounts WHERE category = '%1')")
                    .arg(text(db, QStringLiteral("SELECT category FROM accounts WHERE lower(category) = "
                                                 "'%1' LIMIT 1")
                                      .arg(category.category))));
        } else {
            // NBC and FiveThirtyEight key mentions by handle: a screen name finds them in any case.
            TweetFilter byName;
            byName.mention = QStringLiteral("@RealDonaldTrump");
            row("mention by screen name", byName,
                QStringLiteral("id IN (SELECT tweet_id FROM tweet_mentions WHERE userid = "
                               "'handle:realdonaldtrump')"));
            // A Twitter account whose category comes only from its linked FiveThirtyEight account.
            TweetFilter linked;
            linked.category = QStringLiteral("NewsFeed");
            row("category through a link", linked,
                QStringLiteral("account_id IN (SELECT id FROM accounts WHERE category = 'NewsFeed' UNION "
                               "SELECT l.account_id FROM account_links l JOIN accounts f ON f.id = "
                               "l.linked_account_id WHERE f.category = 'NewsFeed')"));
            TweetFilter persian;
            persian.search = QStringLiteral("میخواهم");
            row("search Persian without ZWNJ", persian,
                QStringLiteral("text LIKE '%می‌خواهم%' OR text LIKE '%میخواهم%'"));
        }
    }
}

void TestTweetListQuery::filters()
{
    QFETCH(QString, cache);
    QFETCH(TweetFilter, filter);
    QFETCH(QString, where);
    Database db;
    QVERIFY(db.open(cache, Database::Mode::ReadOnly));

    const QList<std::int64_t> expected =
        sqlIds(db, QStringLiteral("SELECT id FROM tweets WHERE %1 ORDER BY time, id").arg(where));
    const std::int64_t all = count(db, "SELECT count(*) FROM tweets");
    // Every filter of the table narrows the tweets to some but (except "everything") not all of them.
    QVERIFY2(!expected.isEmpty(), "the filter row matches nothing: it tests nothing");
    if (where != QLatin1String("1")) {
        QVERIFY2(expected.size() < all, "the filter row matches everything: it tests nothing");
    }

    QString error;
    const QList<std::int64_t> oldestFirst = collect(db, filter, TweetOrder::OldestFirst, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<std::int64_t> newestFirst = collect(db, filter, TweetOrder::NewestFirst, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(newestFirst, oldestFirst);
    if (cache == m_generated) {
        QCOMPARE(oldestFirst, expected);
    } else {
        // The hand-written fixtures give tweets ids that do not grow with their times (genuine ids do, and
        // time order is id order): their order is checked on the generated archive; here, which tweets.
        const auto sorted = [](QList<std::int64_t> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(sorted(oldestFirst), sorted(expected));
    }
    QCOMPARE(collect(db, filter, TweetOrder::MostEngagement, &error),
             sqlIds(db, QStringLiteral("SELECT id FROM tweets WHERE %1%2")
                            .arg(where, QLatin1String(EngagementOrder))));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TweetListQuery::count(db, filter, &error), std::int64_t(expected.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A filter survives a restart through JSON unchanged.
    QCOMPARE(TweetFilter::fromJson(filter.toJson()), filter);
}

void TestTweetListQuery::syntheticIdsMergedByTime()
{
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    // The whole generated cache: Twitter ids and FiveThirtyEight v1 synthetic ids interleave in time.
    const QList<std::int64_t> expected =
        sqlIds(db, QStringLiteral("SELECT id FROM tweets ORDER BY time, id"));
    QString error;
    const QList<std::int64_t> ids = collect(db, TweetFilter(), TweetOrder::OldestFirst, &error);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(ids, expected);
    // Not trivially: the synthetic ids are spread among the others, not all first.
    const qsizetype firstReal =
        expected.indexOf(count(db, "SELECT id FROM tweets WHERE id >= 0 ORDER BY time, id LIMIT 1"));
    const qsizetype lastSynthetic = expected.lastIndexOf(
        count(db, "SELECT id FROM tweets WHERE id < 0 ORDER BY time DESC, id DESC LIMIT 1"));
    QVERIFY(lastSynthetic > firstReal);
}

void TestTweetListQuery::unknownNamesMatchNothing()
{
    Database db;
    QVERIFY(db.open(m_fixtures, Database::Mode::ReadOnly));
    QString error;
    TweetFilter filter;
    filter.hashtag = QStringLiteral("nosuchtagatall");
    QCOMPARE(TweetListQuery::count(db, filter, &error), 0);
    QVERIFY(collect(db, filter, TweetOrder::OldestFirst, &error).isEmpty());
    filter = TweetFilter();
    filter.client = QStringLiteral("No Such Client");
    QCOMPARE(TweetListQuery::count(db, filter, &error), 0);
    filter = TweetFilter();
    filter.mention = QStringLiteral("nobody_in_here");
    QCOMPARE(TweetListQuery::count(db, filter, &error), 0);
    filter = TweetFilter();
    filter.kinds = 0;
    QCOMPARE(TweetListQuery::count(db, filter, &error), 0);
    // A value that looks like SQL is only ever a value.
    filter = TweetFilter();
    filter.language = QStringLiteral("en' OR '1'='1");
    QCOMPARE(TweetListQuery::count(db, filter, &error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTweetListQuery::badSearchIsAnError()
{
    Database db;
    QVERIFY(db.open(m_fixtures, Database::Mode::ReadOnly));
    TweetFilter filter;
    filter.search = QStringLiteral("\"unclosed");
    QString error;
    QCOMPARE(TweetListQuery::count(db, filter, &error), -1);
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!TweetListQuery::collectIds(
        db, filter, TweetOrder::OldestFirst, [](const QList<std::int64_t> &) { return true; }, &error));
    QVERIFY(!error.isEmpty());
}

void TestTweetListQuery::rowsFields()
{
    // Every field of every fixture tweet, against the tables read directly.
    Database db;
    QVERIFY(db.open(m_fixtures, Database::Mode::ReadOnly));
    const QList<std::int64_t> ids = sqlIds(db, QStringLiteral("SELECT id FROM tweets ORDER BY id"));
    QString error;
    const QList<TweetRow> rows = TweetListQuery::rows(db, ids, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), ids.size());
    Statement expected(
        db, "SELECT t.id, t.time, t.campaign_id, c.name, t.account_id, a.userid, a.hashed, a.screen_name, "
            "a.display_name, a.alias, t.language, t.kind, t.text, t.like_count, t.retweet_count, "
            "t.reply_count, t.quote_count, s.path, s.entry, t.source_record, (SELECT name FROM clients "
            "WHERE id = t.client_id), (SELECT count(*) FROM media WHERE tweet_id = t.id), (SELECT count(*) "
            "FROM tweets r WHERE r.in_reply_to_tweet = t.id), coalesce(a.category, (SELECT f.category FROM "
            "account_links l JOIN accounts f ON f.id = l.linked_account_id WHERE l.account_id = a.id)), "
            "t.in_reply_to_tweet, t.quoted_tweet, t.retweet_of_tweet "
            "FROM tweets t JOIN campaigns c ON c.id = t.campaign_id JOIN accounts a ON a.id = t.account_id "
            "JOIN source_files s ON s.id = t.source_file_id ORDER BY t.id");
    int withMedia = 0;
    int withReplies = 0;
    int hashed = 0;
    for (const TweetRow &row : rows) {
        QVERIFY(expected.next());
        QCOMPARE(row.id, expected.int64(0));
        QCOMPARE(row.time, QDateTime::fromSecsSinceEpoch(expected.int64(1), Qt::UTC));
        QCOMPARE(row.time.timeSpec(), Qt::UTC);
        QCOMPARE(row.campaignId, expected.int64(2));
        QCOMPARE(row.campaign, expected.text(3));
        QCOMPARE(row.accountId, expected.int64(4));
        QCOMPARE(row.userid, expected.text(5));
        if (expected.int64(6)) {
            ++hashed;
            QVERIFY(row.screenName.isEmpty());
            QVERIFY(row.alias.startsWith(QLatin1String("Anon-")));
            QCOMPARE(row.shownName(), row.alias);
        } else {
            QCOMPARE(row.screenName, expected.text(7));
            QCOMPARE(row.displayName, expected.text(8));
        }
        QCOMPARE(row.language, expected.text(10));
        QCOMPARE(int(row.kind), int(expected.int64(11)));
        QCOMPARE(row.text, expected.text(12));
        QCOMPARE(row.likeCount, expected.isNull(13) ? -1 : expected.int64(13));
        QCOMPARE(row.retweetCount, expected.isNull(14) ? -1 : expected.int64(14));
        QCOMPARE(row.replyCount, expected.isNull(15) ? -1 : expected.int64(15));
        QCOMPARE(row.quoteCount, expected.isNull(16) ? -1 : expected.int64(16));
        const QString file = expected.text(18).isEmpty()
                                 ? expected.text(17)
                                 : expected.text(17) + QStringLiteral(" › ") + expected.text(18);
        QCOMPARE(row.sourceFile, file);
        QCOMPARE(row.sourceRecord, expected.int64(19));
        QCOMPARE(row.client, expected.text(20));
        QCOMPARE(row.mediaCount, int(expected.int64(21)));
        QCOMPARE(row.repliesInArchive, int(expected.int64(22)));
        QCOMPARE(row.category, expected.text(23));
        QCOMPARE(row.inReplyToTweet, expected.int64(24));
        QCOMPARE(row.quotedTweet, expected.int64(25));
        QCOMPARE(row.retweetOfTweet, expected.int64(26));
        withMedia += row.mediaCount > 0;
        withReplies += row.repliesInArchive > 0;
    }
    QVERIFY(!expected.next());
    QVERIFY(withMedia > 3);
    QVERIFY(withReplies >= 1);
    QVERIFY(hashed > 3);
}

void TestTweetListQuery::rowsKeepOrderAndSkipUnknown()
{
    Database db;
    QVERIFY(db.open(m_fixtures, Database::Mode::ReadOnly));
    QList<std::int64_t> ids = sqlIds(db, QStringLiteral("SELECT id FROM tweets ORDER BY text LIMIT 6"));
    QCOMPARE(ids.size(), 6);
    ids.insert(2, 424242); // not in the cache
    QString error;
    const QList<TweetRow> rows = TweetListQuery::rows(db, ids, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 6);
    ids.removeAt(2);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(rows[i].id, ids[i]);
    }
    QCOMPARE(TweetListQuery::row(db, 424242, &error).id, 0);
}

void TestTweetListQuery::rowsMediaIds()
{
    // A copy of the fixtures where one tweet has six media files in three archives, inserted in an order
    // that is neither archive/entry order nor its reverse.
    const QString copy = m_dir.filePath(QStringLiteral("media-ids.trove"));
    {
        Database source;
        QVERIFY(source.open(m_fixtures, Database::Mode::ReadOnly));
        QVERIFY2(source.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(source.errorString()));
    }
    Database db;
    QVERIFY(db.open(copy));
    const std::int64_t busy = count(
        db, "SELECT tweet_id FROM media GROUP BY tweet_id HAVING count(*) = 2 ORDER BY tweet_id LIMIT 1");
    QVERIFY(busy != 0);
    const QString insert = QStringLiteral(
        "INSERT INTO media(archive_id, entry_index, entry, kind, format, campaign_id, tweet_id, account_id, "
        "size, compressed_size) SELECT %1, %2, 'x%1-%2.%3', '%4', '%3', campaign_id, id, account_id, 1, 1 "
        "FROM tweets WHERE id = %5");
    const struct
    {
        int archive;
        int entry;
        const char *format;
        const char *kind;
    } extra[] = {
        {3, 0, "png", "image"}, {0, 9, "mp4", "video"}, {2, 5, "gif", "gif"}, {0, 2, "jpg", "image"}};
    for (const auto &media : extra) {
        QVERIFY(db.exec(insert.arg(media.archive)
                            .arg(media.entry)
                            .arg(QLatin1String(media.format), QLatin1String(media.kind))
                            .arg(busy)));
    }
    const QList<std::int64_t> expected = sqlIds(
        db,
        QStringLiteral("SELECT id FROM media WHERE tweet_id = %1 ORDER BY archive_id, entry_index LIMIT 4")
            .arg(busy));
    QCOMPARE(expected.size(), TweetRow::MaximumMediaIds);
    // The order is archive and entry order, not insertion (id) order.
    QVERIFY(
        expected !=
        sqlIds(db, QStringLiteral("SELECT id FROM media WHERE tweet_id = %1 ORDER BY id LIMIT 4").arg(busy)));

    QString error;
    const TweetRow row = TweetListQuery::row(db, busy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(row.mediaCount, 6); // the total, beyond the ids' cap
    QCOMPARE(row.mediaIds, expected);
    // Archive 0: entry 2 (the jpg), then entry 9 (the mp4); then archive 1's two images.
    QCOMPARE(row.mediaKinds,
             QList<MediaKind>({MediaKind::Image, MediaKind::Video, MediaKind::Image, MediaKind::Image}));

    // Every row of a whole page against SQL: ids, kinds, and none for tweets without media.
    const QList<std::int64_t> page = sqlIds(db, QStringLiteral("SELECT id FROM tweets ORDER BY id"));
    const QList<TweetRow> rows = TweetListQuery::rows(db, page, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), page.size());
    int withMedia = 0;
    int withoutMedia = 0;
    for (const TweetRow &tweet : rows) {
        const QList<std::int64_t> ids = sqlIds(
            db, QStringLiteral(
                    "SELECT id FROM media WHERE tweet_id = %1 ORDER BY archive_id, entry_index LIMIT 4")
                    .arg(tweet.id));
        QCOMPARE(tweet.mediaIds, ids);
        QCOMPARE(tweet.mediaKinds.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            Statement kind(db, "SELECT kind FROM media WHERE id = ?");
            kind.bind(1, ids[i]);
            QVERIFY(kind.next());
            QCOMPARE(tweet.mediaKinds[i], mediaKindFromName(kind.text(0)));
        }
        (ids.isEmpty() ? withoutMedia : withMedia) += 1;
    }
    QVERIFY(withMedia > 3);
    QVERIFY(withoutMedia > 3);

    // One seek of media_by_tweet per tweet of the page.
    Statement plan(db, "EXPLAIN QUERY PLAN SELECT tweet_id, id, kind FROM media WHERE tweet_id IN (SELECT "
                       "value FROM json_each(?)) ORDER BY tweet_id, archive_id, entry_index");
    QString details;
    while (plan.next()) {
        details += plan.text(3) + QLatin1Char('\n');
    }
    QVERIFY2(details.contains(QLatin1String("USING INDEX media_by_tweet")), qPrintable(details));
}

void TestTweetListQuery::contextAndReplies()
{
    Database db;
    QVERIFY(db.open(m_fixtures, Database::Mode::ReadOnly));
    // Record 3 of the quirks file is a Persian reply to record 1; record 4 quotes record 1.
    const std::int64_t original = count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = "
                                            "t.source_file_id WHERE s.path LIKE '%quirks_tweets%' AND "
                                            "t.source_record = 1");
    const std::int64_t reply = count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = "
                                         "t.source_file_id WHERE s.path LIKE '%quirks_tweets%' AND "
                                         "t.source_record = 3");
    const std::int64_t quote = count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = "
                                         "t.source_file_id WHERE s.path LIKE '%quirks_tweets%' AND "
                                         "t.source_record = 4");
    QVERIFY(original > 0 && reply > 0 && quote > 0);
    QString error;
    const QList<TweetRow> rows = TweetListQuery::rows(db, {original, reply, quote}, &error);
    QCOMPARE(rows.size(), 3);
    const TweetRow &first = rows[0];
    QCOMPARE(first.context.tweetId, 0);
    QVERIFY(first.repliesInArchive >= 1);
    QVERIFY(first.sourceFile.endsWith(QLatin1String("quirks_tweets_csv_hashed.csv")));
    QCOMPARE(first.sourceRecord, 1);
    const TweetRow &second = rows[1];
    QCOMPARE(second.kind, TweetKind::Reply);
    QCOMPARE(second.inReplyToTweet, original);
    QCOMPARE(second.context.tweetId, original);
    QCOMPARE(second.context.accountId, first.accountId);
    QCOMPARE(second.context.author, first.shownName());
    QCOMPARE(second.context.text, first.text);
    QCOMPARE(second.context.time, first.time);
    QCOMPARE(second.sourceRecord, 3);
    QVERIFY(second.text.contains(QChar(0x200C))); // stored as published, ZWNJ and all
    const TweetRow &third = rows[2];
    QCOMPARE(third.kind, TweetKind::Quote);
    QCOMPARE(third.context.tweetId, original);
}

void TestTweetListQuery::positionsEveryPage_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("twitter campaign, pages of 200") << "campaign" << 200;
    QTest::newRow("twitter campaign, pages of 997") << "campaign" << 997;
    QTest::newRow("one account") << "account" << 50;
    QTest::newRow("two accounts") << "accounts" << 120;
    QTest::newRow("a FiveThirtyEight v1 account (synthetic ids)") << "fte account" << 40;
}

void TestTweetListQuery::positionsEveryPage()
{
    QFETCH(QString, selection);
    QFETCH(int, pageSize);
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    TweetFilter filter;
    const std::int64_t twitter = twitterCampaign(db);
    const std::int64_t fte = fteCampaign(db);
    QVERIFY(twitter > 0 && fte > 0);
    if (selection == QLatin1String("campaign")) {
        filter.campaignIds = {twitter};
    } else if (selection == QLatin1String("account")) {
        filter.accountIds = sqlIds(db, QStringLiteral("SELECT account_id FROM tweets WHERE campaign_id = %1 "
                                                      "GROUP BY account_id ORDER BY count(*) DESC LIMIT 1")
                                           .arg(twitter));
    } else if (selection == QLatin1String("accounts")) {
        filter.accountIds = sqlIds(db, QStringLiteral("SELECT account_id FROM tweets GROUP BY account_id "
                                                      "ORDER BY count(*) DESC LIMIT 2"));
    } else {
        filter.accountIds = sqlIds(db, QStringLiteral("SELECT account_id FROM tweets WHERE campaign_id = %1 "
                                                      "GROUP BY account_id ORDER BY count(*) DESC LIMIT 1")
                                           .arg(fte));
    }
    QVERIFY(TimelinePositions::applies(filter, TweetOrder::OldestFirst));
    QVERIFY(!TimelinePositions::applies(filter, TweetOrder::MostEngagement));
    TimelinePositions positions;
    QString error;
    QVERIFY2(positions.build(db, filter, &error), qPrintable(error));
    QVERIFY(positions.isPositionable());
    QString where = filter.campaignIds.isEmpty()
                        ? QStringLiteral("account_id IN (%1)").arg(inList(filter.accountIds))
                        : QStringLiteral("campaign_id = %1").arg(twitter);
    const QList<std::int64_t> expected =
        sqlIds(db, QStringLiteral("SELECT id FROM tweets WHERE %1 ORDER BY time, id").arg(where));
    QVERIFY(expected.size() > 3 * pageSize);
    QCOMPARE(positions.count(), std::int64_t(expected.size()));
    QCOMPARE(TweetListQuery::count(db, filter, &error), std::int64_t(expected.size()));

    // Every page, both orders: neighbouring pages neither overlap nor leave a gap.
    for (const TweetOrder order : {TweetOrder::OldestFirst, TweetOrder::NewestFirst}) {
        QList<std::int64_t> whole = expected;
        if (order == TweetOrder::NewestFirst) {
            std::reverse(whole.begin(), whole.end());
        }
        QList<std::int64_t> joined;
        for (std::int64_t position = 0; position < positions.count(); position += pageSize) {
            QList<std::int64_t> page;
            QVERIFY2(positions.ids(db, position, pageSize, order, &page, &error), qPrintable(error));
            QCOMPARE(page, whole.mid(position, pageSize));
            joined += page;
            if (position < 3 * pageSize) {
                // The first pages, read before the day totals are.
                QList<std::int64_t> head;
                QVERIFY(TimelinePositions::headIds(db, filter, position, pageSize, order, &head, &error));
                QCOMPARE(head, page);
            }
        }
        QCOMPARE(joined, whole);
        // Odd positions and sizes too.
        for (const std::int64_t position :
             {std::int64_t(1), std::int64_t(whole.size() / 2 + 7), std::int64_t(whole.size() - 3)}) {
            QList<std::int64_t> page;
            QVERIFY(positions.ids(db, position, 13, order, &page, &error));
            QCOMPARE(page, whole.mid(position, 13));
        }
        QList<std::int64_t> beyond;
        QVERIFY(positions.ids(db, whole.size(), 10, order, &beyond, &error));
        QVERIFY(beyond.isEmpty());
    }
}

void TestTweetListQuery::positionsWithSyntheticIds()
{
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    TimelinePositions positions;
    QString error;
    // The whole cache holds the FiveThirtyEight v1 campaign: its synthetic ids have no place in id order.
    QVERIFY(positions.build(db, TweetFilter(), &error));
    QVERIFY(!positions.isPositionable());
    TweetFilter fte;
    fte.campaignIds = {fteCampaign(db)};
    QVERIFY(positions.build(db, fte, &error));
    QVERIFY(!positions.isPositionable());
    TweetFilter twitter;
    twitter.campaignIds = {twitterCampaign(db)};
    QVERIFY(positions.build(db, twitter, &error));
    QVERIFY(positions.isPositionable());
}

void TestTweetListQuery::positionOfTime()
{
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    const std::int64_t twitter = twitterCampaign(db);
    const std::int64_t account =
        count(db, QStringLiteral("SELECT account_id FROM tweets WHERE campaign_id = %1 "
                                 "GROUP BY account_id ORDER BY count(*) DESC LIMIT 1")
                      .arg(twitter)
                      .toUtf8()
                      .constData());
    for (const bool byAccount : {false, true}) {
        TweetFilter filter;
        if (byAccount) {
            filter.accountIds = {account};
        } else {
            filter.campaignIds = {twitter};
        }
        const QString where = byAccount ? QStringLiteral("account_id = %1").arg(account)
                                        : QStringLiteral("campaign_id = %1").arg(twitter);
        TimelinePositions positions;
        QString error;
        QVERIFY(positions.build(db, filter, &error));
        const std::int64_t first = count(
            db, QStringLiteral("SELECT min(time) FROM tweets WHERE %1").arg(where).toUtf8().constData());
        const std::int64_t last = count(
            db, QStringLiteral("SELECT max(time) FROM tweets WHERE %1").arg(where).toUtf8().constData());
        QList<std::int64_t> times = {first - 86400 * 3, first, last, last + 5};
        for (int i = 1; i < 12; ++i) {
            times << first + (last - first) * i / 12 + i * 977; // inside days, not at midnight
        }
        times << (first / 86400 + 40) * 86400; // a midnight
        for (const std::int64_t time : std::as_const(times)) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
            const std::int64_t before =
                count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE %1 AND time < %2")
                              .arg(where)
                              .arg(time)
                              .toUtf8()
                              .constData());
            const std::int64_t after =
                count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE %1 AND time > %2")
                              .arg(where)
                              .arg(time)
                              .toUtf8()
                              .constData());
            QCOMPARE(positions.positionOfTime(db, at, TweetOrder::OldestFirst, &error), before);
            QCOMPARE(positions.positionOfTime(db, at, TweetOrder::NewestFirst, &error), after);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
}

void TestTweetListQuery::cancelFlagStops()
{
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    std::atomic_bool cancel{false};
    db.setCancelFlag(&cancel);
    // Engagement order sorts every tweet before the first id comes out: the flag stops the sort itself.
    cancel = true;
    QString error;
    int chunks = 0;
    QVERIFY(!TweetListQuery::collectIds(
        db, TweetFilter(), TweetOrder::MostEngagement,
        [&](const QList<std::int64_t> &) {
            ++chunks;
            return true;
        },
        &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(chunks, 0);
    TweetFilter scan;
    scan.language = QStringLiteral("en");
    QCOMPARE(TweetListQuery::count(db, scan, &error), -1);
    // Set while ids stream (as another thread would): the next statement steps stop.
    cancel = false;
    error.clear();
    chunks = 0;
    QVERIFY(!TweetListQuery::collectIds(
        db, TweetFilter(), TweetOrder::OldestFirst,
        [&](const QList<std::int64_t> &) {
            ++chunks;
            cancel = true;
            return true;
        },
        &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(chunks >= 1 && chunks < 8);
    db.setCancelFlag(nullptr);
    cancel = false;
    error.clear();
    QCOMPARE(TweetListQuery::count(db, TweetFilter(), &error), count(db, "SELECT count(*) FROM tweets"));
}

void TestTweetListQuery::sinkCanStop()
{
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    QString error;
    int chunks = 0;
    QVERIFY(TweetListQuery::collectIds(
        db, TweetFilter(), TweetOrder::NewestFirst,
        [&](const QList<std::int64_t> &chunk) {
            ++chunks;
            return chunk.size() != TweetListQuery::ChunkSize;
        },
        &error));
    QCOMPARE(chunks, 1);
}

void TestTweetListQuery::decoded_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("named") << "Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; &quot;q&quot; it&#39;s &apos;x&apos;"
                           << "Tom & Jerry <b>bold</b> \"q\" it's 'x'";
    QTest::newRow("decimal and hex") << "&#1605;&#x6CC; &#128512; &#X41;"
                                     << "\u0645\u06CC \U0001F600 A";
    QTest::newRow("one pass") << "&amp;lt; &amp;amp;"
                              << "&lt; &amp;";
    QTest::newRow("not entities") << "AT&T & co &unknown; &#; &#xZZ; &#0; &#xD800; &#1114112; a&b;"
                                  << "AT&T & co &unknown; &#; &#xZZ; &#0; &#xD800; &#1114112; a&b;";
    QTest::newRow("no ampersand") << "plain \u0645\u0646"
                                  << "plain \u0645\u0646";
    QTest::newRow("at the end") << "end &amp"
                                << "end &amp";
}

void TestTweetListQuery::decoded()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::decoded(stored), shown);
}

void TestTweetListQuery::entities_data()
{
    using Kind = TextSpan::Kind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<TextSpan>>("spans");
    QTest::newRow("hashtag, mention, link") << "RT @Some_One: #Vote now https://t.co/AbC123."
                                            << QList<TextSpan>{{Kind::Mention, 3, 9, "Some_One"},
                                                               {Kind::Hashtag, 14, 5, "Vote"},
                                                               {Kind::Url, 24, 19, "https://t.co/AbC123"}};
    const QString persian = QStringLiteral("سلام #می\u200Cخواهم و #ایران_قوی");
    QTest::newRow("Persian hashtags with ZWNJ")
        << persian
        << QList<TextSpan>{{Kind::Hashtag, 5, 9, QStringLiteral("می\u200Cخواهم")},
                           {Kind::Hashtag, 17, 10, QStringLiteral("ایران_قوی")}};
    QTest::newRow("Arabic hashtag and full-width hash")
        << QStringLiteral("#سوريا ＃Test")
        << QList<TextSpan>{{Kind::Hashtag, 0, 6, QStringLiteral("سوريا")}, {Kind::Hashtag, 7, 5, "Test"}};
    QTest::newRow("not tags") << "a#b #123 mail@example.com &#39; x@ #" << QList<TextSpan>{};
    QTest::newRow("link in brackets and inside link")
        << "(see http://example.com/a_(b)) http://x.org/#frag @a"
        << QList<TextSpan>{{Kind::Url, 5, 24, "http://example.com/a_(b)"},
                           {Kind::Url, 31, 18, "http://x.org/#frag"},
                           {Kind::Mention, 50, 2, "a"}};
    QTest::newRow("mention at most 15") << "@abcdefghijklmnopq" << QList<TextSpan>{};
    QTest::newRow("emoji before tag")
        << QStringLiteral("\U0001F600#tag") << QList<TextSpan>{{Kind::Hashtag, 2, 4, "tag"}};
}

void TestTweetListQuery::entities()
{
    QFETCH(QString, text);
    QFETCH(QList<TextSpan>, spans);
    const QList<TextSpan> found = DisplayText::entities(text);
    if (found != spans) {
        for (const TextSpan &span : found) {
            qWarning("found %d %lld %lld %s", int(span.kind), qlonglong(span.start), qlonglong(span.length),
                     qPrintable(span.value));
        }
    }
    QCOMPARE(found, spans);
}

void TestTweetListQuery::highlights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("highlighted");
    QTest::newRow("case and whole words")
        << "Vote! VOTE voter devote vote" << QStringList{"vote"} << QStringList{"Vote", "VOTE", "vote"};
    QTest::newRow("prefix") << "Vote! VOTE voter devote" << QStringList{"vote*"}
                            << QStringList{"Vote", "VOTE", "voter"};
    QTest::newRow("diacritics") << "Élection café" << QStringList{"election", "cafe"}
                                << QStringList{"Élection", "café"};
    QTest::newRow("Persian ZWNJ and variants")
        << QStringLiteral("من می\u200Cخواهم بروم، كتاب")
        << QStringList{QStringLiteral("میخواهم"), QStringLiteral("کتاب")}
        << QStringList{QStringLiteral("می\u200Cخواهم"), QStringLiteral("كتاب")};
    QTest::newRow("phrase word by word")
        << "the troll farm, trolls" << QStringList{"troll farm"} << QStringList{"troll", "farm"};
    QTest::newRow("none") << "nothing here" << QStringList{"absent"} << QStringList{};
}

void TestTweetListQuery::highlights()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, highlighted);
    QStringList found;
    for (const TextSpan &span : DisplayText::highlights(text, terms)) {
        QCOMPARE(span.kind, TextSpan::Kind::Highlight);
        QCOMPARE(span.value, text.mid(span.start, span.length));
        found << span.value;
    }
    QCOMPARE(found, highlighted);
}

void TestTweetListQuery::searchTermsMarkPrefixes()
{
    TweetFilter filter;
    filter.search = QStringLiteral("troll* \"fake news\" -cat");
    const QStringList terms = TweetListQuery::searchTerms(filter);
    QVERIFY(terms.contains(QStringLiteral("troll*")));
    QVERIFY(terms.contains(QStringLiteral("fake news")));
    filter.search.clear();
    QVERIFY(TweetListQuery::searchTerms(filter).isEmpty());
}

QTEST_GUILESS_MAIN(TestTweetListQuery)
#include "tst_tweetlistquery.moc"
