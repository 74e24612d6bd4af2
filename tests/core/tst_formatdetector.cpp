#include "core/archive/inputscanner.h"
#include "core/import/formatdetector.h"
#include "importtesthelpers.h"

#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

const QList<QByteArray> TweetsHeader =
    QByteArray(
        "tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,"
        "user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_"
        "language,"
        "tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,"
        "is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,"
        "retweet_count,hashtags,urls,user_mentions,poll_choices")
        .split(',');

} // namespace

class TestFormatDetector : public QObject
{
    Q_OBJECT

private slots:
    void tweetsHeader();
    void columnsBoundByName();
    void usersHeader();
    void missingAndExtraColumns();
    void unknown();
    void campaignKey_data();
    void campaignKey();
};

void TestFormatDetector::tweetsHeader()
{
    const ColumnBinding binding = FormatDetector::detect(split(TweetsHeader));
    QCOMPARE(binding.format, ArchiveFormat::TwitterTweets);
    QCOMPARE(binding.fieldCount, 31);
    QCOMPARE(binding[Column::TweetId], 0);
    QCOMPARE(binding[Column::PollChoices], 30);
    QVERIFY(binding.missingColumns.isEmpty());
    QVERIFY(binding.extraColumns.isEmpty());
}

void TestFormatDetector::columnsBoundByName()
{
    // Third-party descriptions list in_reply_to_tweetid before in_reply_to_userid.
    QList<QByteArray> header = TweetsHeader;
    header.swapItemsAt(15, 16);
    const ColumnBinding binding = FormatDetector::detect(split(header));
    QCOMPARE(binding[Column::InReplyToTweetId], 15);
    QCOMPARE(binding[Column::InReplyToUserId], 16);
    // Names match case-insensitively and trimmed.
    QList<QByteArray> shouting = TweetsHeader;
    shouting[0] = " TWEETID ";
    QCOMPARE(FormatDetector::detect(split(shouting))[Column::TweetId], 0);
}

void TestFormatDetector::usersHeader()
{
    const QList<QByteArray> header = TweetsHeader.mid(1, 10);
    const ColumnBinding binding = FormatDetector::detect(split(header));
    QCOMPARE(binding.format, ArchiveFormat::TwitterUsers);
    QVERIFY(binding.missingColumns.isEmpty());
    QCOMPARE(binding[Column::AccountLanguage], 9);
}

void TestFormatDetector::missingAndExtraColumns()
{
    QList<QByteArray> header = TweetsHeader;
    header.removeAll("poll_choices");
    header.append("extra_notes");
    const ColumnBinding binding = FormatDetector::detect(split(header));
    QCOMPARE(binding.format, ArchiveFormat::TwitterTweets);
    QCOMPARE(binding.missingColumns, QStringList{"poll_choices"});
    QCOMPARE(binding.extraColumns, QStringList{"extra_notes"});
    QCOMPARE(binding[Column::PollChoices], -1);
}

void TestFormatDetector::unknown()
{
    QCOMPARE(FormatDetector::detect(split({"name", "value"})).format, ArchiveFormat::Unknown);
    QCOMPARE(FormatDetector::detect({}).format, ArchiveFormat::Unknown);
}

void TestFormatDetector::campaignKey_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("key");
    QTest::newRow("users") << "ira_users_csv_hashed.csv"
                           << "ira";
    QTest::newRow("tweets zip") << "iranian_tweets_csv_hashed.zip"
                                << "iranian";
    QTest::newRow("part") << "china_082019_1_tweets_csv_hashed_3.csv"
                          << "china_082019_1";
    QTest::newRow("in a folder") << "some/dir/russia_201901_1_tweets_csv_hashed.csv"
                                 << "russia_201901_1";
    QTest::newRow("no marker") << "IRAhandle_tweets_1.csv"
                               << "irahandle";
    QTest::newRow("part suffix") << "campaign_part2.csv"
                                 << "campaign";
}

void TestFormatDetector::campaignKey()
{
    QFETCH(QString, fileName);
    QFETCH(QString, key);
    QCOMPARE(InputScanner::campaignKey(fileName), key);
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
