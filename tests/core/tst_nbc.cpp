#include "core/db/database.h"
#include "core/import/fivethirtyeightconverter.h"
#include "core/import/formatdetector.h"
#include "core/import/importer.h"
#include "core/import/nbcconverter.h"
#include "core/query/tweetsearch.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA "/nbc/");

} // namespace

class TestNbc : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headers();
    void clientName();
    void tweetsFile();
    void usersFileAfterTweets();
    void sparseUsersRowKeepsKnownProfile();
    void reimportSkipsEverything();
    void folderIsOneCampaign();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestNbc::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache%1.trove").arg(++n));
}

void TestNbc::headers()
{
    const ColumnBinding tweets = FormatDetector::detect(split(
        QByteArray(
            "user_id,user_key,created_at,created_str,retweet_count,retweeted,favorite_count,text,tweet_id,"
            "source,hashtags,expanded_urls,posted,mentions,retweeted_status_id,in_reply_to_status_id")
            .split(',')));
    QCOMPARE(tweets.format, ArchiveFormat::NbcTweets);
    QCOMPARE(tweets[NbcColumn::TweetId], 8);
    QVERIFY(tweets.missingColumns.isEmpty());
    QVERIFY(tweets.extraColumns.isEmpty());
    const ColumnBinding users = FormatDetector::detect(split(
        QByteArray("id,location,name,followers_count,statuses_count,time_zone,verified,lang,screen_name,"
                   "description,created_at,favourites_count,friends_count,listed_count")
            .split(',')));
    QCOMPARE(users.format, ArchiveFormat::NbcUsers);
    QCOMPARE(users[NbcColumn::ScreenName], 8);
    QCOMPARE(users[NbcColumn::CreatedAt], 10);
    QVERIFY(users.missingColumns.isEmpty());
    QVERIFY(users.extraColumns.isEmpty());
    QCOMPARE(FormatDetector::formatName(users.format), QStringLiteral("nbc-users"));
}

void TestNbc::clientName()
{
    QCOMPARE(
        NbcConverter::clientName("<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>"),
        std::string_view("Twitter Web Client"));
    QCOMPARE(NbcConverter::clientName("TweetDeck"), std::string_view("TweetDeck"));
}

void TestNbc::tweetsFile()
{
    const ImportSummary summary = import(m_cache, {Data + "tweets.csv"});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, 6);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.rejected, 3);
    QCOMPARE(summary.repaired, 1);
    QCOMPARE(summary.accountsAdded, 5);
    QCOMPARE(summary.campaigns, QStringList{"nbc"});

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(text(db,
                  "SELECT group_concat(record) FROM (SELECT record FROM rejects WHERE severity='rejected' "
                  "ORDER BY record)"),
             QStringLiteral("8,9,10"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=8").contains("'yesterday'"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=9").contains("3 fields, the header has 16"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=10").contains("user_key is empty"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=5").contains("tweet_id is empty"));

    // Record 1, the genuine example: epoch milliseconds, a JSON hashtag list, the handle as account key.
    QCOMPARE(count(db, "SELECT time FROM tweets WHERE id=836227891897651201"), 1488207240);
    QCOMPARE(text(db, "SELECT a.userid || ' ' || a.external_id FROM tweets t JOIN accounts a ON "
                      "a.id=t.account_id WHERE t.id=836227891897651201"),
             QStringLiteral("handle:kathiemrr 2532611755"));
    QCOMPARE(text(db, "SELECT h.tag FROM tweet_hashtags th JOIN hashtags h ON h.id=th.hashtag_id WHERE "
                      "th.tweet_id=836227891897651201"),
             QStringLiteral("thingsdonebymistake"));
    // Record 2: a retweet, the client out of its HTML, the mention under the handle key.
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=795800000000000002"), 1);
    QCOMPARE(count(db, "SELECT retweet_of_tweet FROM tweets WHERE id=795800000000000002"),
             795799999999999999);
    QCOMPARE(text(db, "SELECT c.name FROM tweets t JOIN clients c ON c.id=t.client_id WHERE "
                      "t.id=795800000000000002"),
             QStringLiteral("Twitter Web Client"));
    QCOMPARE(text(db, "SELECT userid FROM tweet_mentions WHERE tweet_id=795800000000000002"),
             QStringLiteral("handle:realdonaldtrump"));
    // Record 3: a reply with counts and an expanded url.
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=795810000000000003"), 2);
    QCOMPARE(count(db, "SELECT retweet_count FROM tweets WHERE id=795810000000000003"), 3);
    QCOMPARE(count(db, "SELECT like_count FROM tweets WHERE id=795810000000000003"), 5);
    QCOMPARE(text(db, "SELECT domain FROM tweet_urls WHERE tweet_id=795810000000000003"),
             QStringLiteral("breitbart.com"));
    // Record 4: no created_at, created_str used.
    QCOMPARE(count(db, "SELECT time FROM tweets WHERE id=795970000000000004"), 1478606400);
    // Record 5: no tweet_id, a synthetic one.
    const std::int64_t synthetic = FiveThirtyEightConverter::syntheticTweetId(
        "handle:michellearry", 1483228800, "A tweet without its id");
    Statement tweet(db, "SELECT source_record FROM tweets WHERE id=?");
    tweet.bind(1, synthetic);
    QVERIFY(tweet.next());
    QCOMPARE(tweet.int64(0), 5);
    // In the block of its minute, like FiveThirtyEight v1 ids: below the ids of any later minute.
    QVERIFY(synthetic < 0);
    QCOMPARE(FiveThirtyEightConverter::syntheticTweetMinute(synthetic), 1483228800 / 60);
    QVERIFY(synthetic < FiveThirtyEightConverter::syntheticTweetId("handle:michellearry", 1483228860, ""));
    // Record 7: a Cyrillic hashtag, case-folded, and the text found by search.
    QCOMPARE(text(db, "SELECT h.tag FROM tweet_hashtags th JOIN hashtags h ON h.id=th.hashtag_id WHERE "
                      "th.tweet_id=550700000000000007"),
             QStringLiteral("россия"));
    QCOMPARE(TweetSearch::run(db, QStringLiteral("новым"), 10).hits.size(), 1);
}

void TestNbc::sparseUsersRowKeepsKnownProfile()
{
    // A full row for ameliebaldwin, then the fixture whose row for her holds only the screen name: what the
    // first file said is kept (an empty field is "not given", not "erase").
    QTemporaryDir folder;
    const QString full = folder.filePath("users.csv");
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile fixture(Data + "users.csv");
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    file.write(fixture.readLine()); // the header
    file.write(
        "\"99887766\",\"Paris\",\"Amélie\",\"42\",\"7\",\"\",\"false\",\"fr\",\"ameliebaldwin\",\"Bonjour\","
        "\"Wed Jan 07 04:38:02 +0000 2009\",\"\",\"12\",\"\"\n");
    file.close();
    QVERIFY(import(m_cache, {full}, "nbc").ok);
    QVERIFY(import(m_cache, {Data + "users.csv"}, "nbc").ok);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    Statement account(db, "SELECT display_name, location, description, follower_count, following_count, "
                          "language, created, external_id FROM accounts WHERE userid='handle:ameliebaldwin'");
    QVERIFY(account.next());
    QCOMPARE(account.text(0), QStringLiteral("Amélie"));
    QCOMPARE(account.text(1), QStringLiteral("Paris"));
    QCOMPARE(account.text(2), QStringLiteral("Bonjour"));
    QCOMPARE(account.int64(3), 42);
    QCOMPARE(account.int64(4), 12);
    QCOMPARE(account.text(5), QStringLiteral("fr"));
    QCOMPARE(account.int64(6), 1231303082);
    QCOMPARE(account.text(7), QStringLiteral("99887766"));
    QVERIFY(!account.next());
}

void TestNbc::usersFileAfterTweets()
{
    QVERIFY(import(m_cache, {Data + "tweets.csv"}).ok);
    const ImportSummary summary = import(m_cache, {Data + "users.csv"});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.accountsUpdated, 2); // kathiemrr, and ameliebaldwin's row with only a screen name
    QCOMPARE(summary.accountsAdded, 2);
    QCOMPARE(summary.repaired, 1);
    QCOMPARE(summary.rejected, 0);

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM accounts"), 7);
    Statement account(
        db, "SELECT screen_name, display_name, follower_count, following_count, created, language, "
            "external_id, tweet_count, from_users_file FROM accounts WHERE userid='handle:kathiemrr'");
    QVERIFY(account.next());
    QCOMPARE(account.text(0), QStringLiteral("KathieMRR"));
    QCOMPARE(account.text(1), QStringLiteral("Kathie"));
    QCOMPARE(account.int64(2), 1234);
    QCOMPARE(account.int64(3), 300);
    QCOMPARE(account.int64(4), 1231303082); // Wed Jan 07 04:38:02 +0000 2009
    QCOMPARE(account.text(5), QStringLiteral("en"));
    QCOMPARE(account.text(6), QStringLiteral("2532611755"));
    QCOMPARE(account.int64(7), 2);
    QCOMPARE(account.int64(8), 1);
    QCOMPARE(text(db, "SELECT display_name FROM accounts WHERE userid='handle:nikitavelikiy'"),
             QStringLiteral("Никита"));
    QCOMPARE(count(db, "SELECT created FROM accounts WHERE userid='handle:nikitavelikiy'"), 1376740800);
    QCOMPARE(count(db, "SELECT created IS NULL FROM accounts WHERE userid='handle:baddateuser'"), 1);
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE severity='repaired' AND record=4")
                .contains("created_at '2013-08-17' is not a date"));
}

void TestNbc::reimportSkipsEverything()
{
    QVERIFY(import(m_cache, {Data + "tweets.csv", Data + "users.csv"}).ok);
    const ImportSummary again = import(m_cache, {Data + "tweets.csv", Data + "users.csv"});
    QVERIFY(again.ok);
    QCOMPARE(again.filesAlreadyImported, 2);
    QCOMPARE(again.tweetsAdded, 0);
    QCOMPARE(again.accountsAdded, 0);
}

void TestNbc::folderIsOneCampaign()
{
    // tweets.csv and users.csv name no campaign: both go to "nbc", where their accounts meet.
    const ImportSummary summary = import(m_cache, {Data});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.campaigns, QStringList{"nbc"});
    QCOMPARE(summary.tweetsAdded, 6);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM campaigns"), 1);
    QCOMPARE(count(db, "SELECT account_count FROM campaigns"), 7);
}

QTEST_GUILESS_MAIN(TestNbc)
#include "tst_nbc.moc"
