// ConversationQuery on a hand-made thread: a Twitter-format file whose replies form a known tree, one whose
// first tweet answers a tweet outside the archive, and two tweets that answer each other (damaged data).
#include "core/db/database.h"
#include "core/query/conversation.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

constexpr std::int64_t Base = 900000000000001000;

const char Header[] =
    "\"tweetid\",\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\",\"tweet_language\",\"tweet_text\",\"tweet_time\","
    "\"tweet_client_name\",\"in_reply_to_userid\",\"in_reply_to_tweetid\",\"quoted_tweet_tweetid\","
    "\"is_retweet\",\"retweet_userid\",\"retweet_tweetid\",\"latitude\",\"longitude\",\"quote_count\","
    "\"reply_count\",\"like_count\",\"retweet_count\",\"hashtags\",\"urls\",\"user_mentions\",\"poll_"
    "choices\"\n";

QByteArray row(std::int64_t id, int minute, std::int64_t replyTo, const char *replyToUser, const char *text)
{
    const QByteArray user = id % 2 ? "1001" : "1002";
    return "\"" + QByteArray::number(qlonglong(id)) + "\",\"" + user + "\",\"User " + user + "\",\"user" +
           user + "\",\"\",\"\",\"\",\"1\",\"1\",\"2015-01-01\",\"en\",\"en\",\"" + text +
           "\",\"2017-08-06 08:" + QByteArray::number(minute).rightJustified(2, '0') +
           "\",\"Twitter Web Client\",\"" + (replyTo ? QByteArray(replyToUser) : QByteArray()) + "\",\"" +
           (replyTo ? QByteArray::number(qlonglong(replyTo)) : QByteArray()) +
           "\",\"\",\"false\",\"\",\"\",\"absent\",\"absent\",\"0\",\"0\",\"0\",\"0\",\"[]\",\"[]\",\"[]\","
           "\"\"\n";
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threadAroundATweet_data();
    void threadAroundATweet();
    void cutButNeverTheWayToTheTweet();
    void loopIsFollowedOnce();
    void unknownTweet();

private:
    QList<std::pair<std::int64_t, int>> shape(const Conversation &conversation);

    QTemporaryDir m_dir;
    QString m_cache;
};

void TestConversation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("thread_tweets_csv_unhashed.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Header);
    // 0 answers a tweet outside the archive; 1 and 2 answer 0; 3 answers 1; 4 answers 3; 5 answers 2.
    file.write(row(Base + 0, 10, Base - 1, "777", "the first tweet held"));
    file.write(row(Base + 1, 11, Base + 0, "1002", "first reply"));
    file.write(row(Base + 2, 12, Base + 0, "1002", "second reply"));
    file.write(row(Base + 3, 13, Base + 1, "1001", "reply to the first reply"));
    file.write(row(Base + 4, 14, Base + 3, "1001", "deeper"));
    file.write(row(Base + 5, 15, Base + 2, "1002", "reply to the second reply"));
    file.write(row(Base + 6, 16, 0, "", "unrelated"));
    // Damaged: 20 and 21 answer each other.
    file.write(row(Base + 20, 20, Base + 21, "1001", "loop a"));
    file.write(row(Base + 21, 21, Base + 20, "1002", "loop b"));
    file.close();
    m_cache = m_dir.filePath(QStringLiteral("thread.trove"));
    const ImportSummary summary = import(m_cache, {csv});
    QCOMPARE(summary.tweetsAdded, 9);
}

QList<std::pair<std::int64_t, int>> TestConversation::shape(const Conversation &conversation)
{
    QList<std::pair<std::int64_t, int>> result;
    for (const ConversationEntry &entry : conversation.entries) {
        result.append({entry.tweet.id - Base, entry.depth});
    }
    return result;
}

void TestConversation::threadAroundATweet_data()
{
    QTest::addColumn<int>("focus");
    for (const int focus : {0, 1, 2, 3, 4, 5}) {
        QTest::addRow("from tweet %d", focus) << focus;
    }
}

void TestConversation::threadAroundATweet()
{
    QFETCH(int, focus);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QString error;
    const Conversation conversation = ConversationQuery::load(db, Base + focus, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Whichever tweet is asked for, the whole thread: depth first, replies oldest first.
    const QList<std::pair<std::int64_t, int>> expected = {{0, 0}, {1, 1}, {3, 2}, {4, 3}, {2, 1}, {5, 2}};
    QCOMPARE(shape(conversation), expected);
    QCOMPARE(conversation.focusId, Base + focus);
    QCOMPARE(conversation.missingParentId, Base - 1);
    QCOMPARE(conversation.missingParentUserid, QStringLiteral("777"));
    QVERIFY(!conversation.truncated);
    // Full rows: the reply's context is the tweet it answers.
    QCOMPARE(conversation.entries[2].tweet.text, QStringLiteral("reply to the first reply"));
    QCOMPARE(conversation.entries[2].tweet.context.tweetId, Base + 1);
    QCOMPARE(conversation.entries[0].tweet.repliesInArchive, 2);
}

void TestConversation::cutButNeverTheWayToTheTweet()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QString error;
    const Conversation conversation = ConversationQuery::load(db, Base + 5, &error, 3);
    QVERIFY(conversation.truncated);
    const QList<std::pair<std::int64_t, int>> expected = {{0, 0}, {1, 1}, {3, 2}, {2, 1}, {5, 2}};
    QCOMPARE(shape(conversation), expected);
}

void TestConversation::loopIsFollowedOnce()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QString error;
    const Conversation conversation = ConversationQuery::load(db, Base + 20, &error);
    const QList<std::pair<std::int64_t, int>> expected = {{21, 0}, {20, 1}};
    QCOMPARE(shape(conversation), expected);
    QCOMPARE(conversation.missingParentId, 0);
    const Conversation alone = ConversationQuery::load(db, Base + 6, &error);
    QCOMPARE(shape(alone), (QList<std::pair<std::int64_t, int>>{{6, 0}}));
}

void TestConversation::unknownTweet()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QString error;
    const Conversation conversation = ConversationQuery::load(db, 12345, &error);
    QVERIFY(conversation.entries.isEmpty());
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
