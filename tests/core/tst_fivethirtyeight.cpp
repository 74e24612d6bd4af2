#include "core/db/database.h"
#include "core/import/fivethirtyeightconverter.h"
#include "core/import/formatdetector.h"
#include "core/import/importer.h"
#include "core/query/tweetsearch.h"
#include "importtesthelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <string>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA "/fivethirtyeight/");
const QString V1 = Data + "IRAhandle_tweets_1.csv";
const QString V2 = Data + "IRAhandle_tweets_2.csv";

const char GenuineText[] =
    "\"We have a sitting Democrat US Senator on trial for corruption and you've barely heard a "
    "peep from the mainstream media.\" ~ @nedryun https://t.co/gh6g0D1oiC";

// The synthetic id of @p minute and @p hash, by the documented formula: -2^62 + minute * 2^36 + hash.
std::int64_t id(std::int64_t minute, std::int64_t hash)
{
    return -(std::int64_t(1) << 62) + minute * (std::int64_t(1) << 36) + hash;
}

const QByteArray V1Header = "external_author_id,author,content,region,language,publish_date,harvested_date,"
                            "following,followers,updates,post_type,account_type,retweet,account_category,"
                            "new_june_2018";

// A v1 row by @p author at @p publishDate ("M/D/YYYY H:MM") saying @p content.
QByteArray v1Row(const QByteArray &author, const QByteArray &publishDate, const QByteArray &content)
{
    return "1," + author + ",\"" + content + "\",Unknown,English," + publishDate +
           ",,1,2,3,,Right,0,RightTroll,0";
}

bool writeV1(const QString &path, const QList<QByteArray> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray csv = V1Header;
    for (const QByteArray &row : rows) {
        csv += "\r\n" + row;
    }
    return file.write(csv) == csv.size();
}

QString records(Database &db, const char *severity, const char *file)
{
    return text(db, QStringLiteral("SELECT group_concat(record) FROM (SELECT r.record FROM rejects r JOIN "
                                   "source_files s ON s.id=r.source_file_id WHERE r.severity='%1' AND s.path "
                                   "LIKE '%%2' ORDER BY r.record)")
                        .arg(QLatin1String(severity), QLatin1String(file)));
}

} // namespace

class TestFiveThirtyEight : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headersOfBothVersions();
    void helpers();
    void syntheticIdLayout();
    void syntheticIdsGrowWithTime();
    void collidingSyntheticIdsKeepBothTweets();
    void overlappingVersion1FilesDeduplicate();
    void version1File();
    void version2File();
    void bothVersionsShareAccounts();
    void reimportSkipsEverything();
    void zipReadInPlace();
    void cancelledImportResumes();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestFiveThirtyEight::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache%1.trove").arg(++n));
}

void TestFiveThirtyEight::headersOfBothVersions()
{
    const QByteArray v1 = "external_author_id,author,content,region,language,publish_date,harvested_date,"
                          "following,followers,updates,post_type,account_type,retweet,account_category,"
                          "new_june_2018";
    const ColumnBinding first = FormatDetector::detect(split(v1.split(',')));
    QCOMPARE(first.format, ArchiveFormat::FiveThirtyEightTweets);
    QCOMPARE(first.fieldCount, 15);
    QCOMPARE(first[FiveThirtyEightColumn::Author], 1);
    QCOMPARE(first[FiveThirtyEightColumn::TweetId], -1);
    QVERIFY(first.missingColumns.isEmpty());
    QVERIFY(first.extraColumns.isEmpty());

    const QByteArray v2 = v1 + ",alt_external_id,tweet_id,article_url,tco1_step1,tco2_step1,tco3_step1";
    const ColumnBinding second = FormatDetector::detect(split(v2.split(',')));
    QCOMPARE(second.format, ArchiveFormat::FiveThirtyEightTweets);
    QCOMPARE(second.fieldCount, 21);
    QCOMPARE(second[FiveThirtyEightColumn::TweetId], 16);
    QCOMPARE(second[FiveThirtyEightColumn::Tco3Step1], 20);
    QVERIFY(second.missingColumns.isEmpty());
    QVERIFY(second.extraColumns.isEmpty());
    QCOMPARE(FormatDetector::formatName(second.format), QStringLiteral("fivethirtyeight-tweets"));

    // Without a category column it is still recognised, and the gap is reported.
    const ColumnBinding partial =
        FormatDetector::detect(split(QByteArray("author,content,publish_date,notes").split(',')));
    QCOMPARE(partial.format, ArchiveFormat::FiveThirtyEightTweets);
    QVERIFY(partial.missingColumns.contains("account_category"));
    QCOMPARE(partial.extraColumns, QStringList{"notes"});
}

void TestFiveThirtyEight::helpers()
{
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'@POTUS thanks'"),
             std::string_view("@POTUS thanks"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'-1 point'"), std::string_view("-1 point"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'=SUM'"), std::string_view("=SUM"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'\\o/'"), std::string_view("\\o/"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'Quoted words'"),
             std::string_view("'Quoted words'"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'@unterminated"),
             std::string_view("'@unterminated"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("'@'"), std::string_view("@"));
    QCOMPARE(FiveThirtyEightConverter::unwrapQuotedText("''"), std::string_view("''"));
    QCOMPARE(FiveThirtyEightConverter::languageCode("English"), std::string_view("en"));
    QCOMPARE(FiveThirtyEightConverter::languageCode("russian"), std::string_view("ru"));
    QCOMPARE(FiveThirtyEightConverter::languageCode("Farsi (Persian)"), std::string_view("fa"));
    QCOMPARE(FiveThirtyEightConverter::languageCode("Klingon"), std::string_view("Klingon"));
    QCOMPARE(FiveThirtyEightConverter::userIdFor("TEN_GOP"), std::string("handle:ten_gop"));
    const std::int64_t id = FiveThirtyEightConverter::syntheticTweetId("handle:ten_gop", 1506887880, "x");
    QVERIFY(id < 0);
    QCOMPARE(FiveThirtyEightConverter::syntheticTweetId("handle:ten_gop", 1506887880, "x"), id);
    QVERIFY(FiveThirtyEightConverter::syntheticTweetId("handle:ten_gop", 1506887881, "x") != id);
    QVERIFY(FiveThirtyEightConverter::syntheticTweetId("handle:ten_gop", 1506887880, "y") != id);
    QVERIFY(FiveThirtyEightConverter::syntheticTweetId("handle:10_gop", 1506887880, "x") != id);
}

void TestFiveThirtyEight::syntheticIdLayout()
{
    using C = FiveThirtyEightConverter;
    // Caches keep these ids: a change of the formula would make every re-import a new copy. The value is
    // -2^62 + (1506887880 / 60) * 2^36 + (low 36 bits of SHA-1 of "handle:ten_gop\0" "1506887880\0" "x").
    QCOMPARE(C::syntheticTweetId("handle:ten_gop", 1506887880, "x"), Q_INT64_C(-2885810181986025024));
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:ten_gop", 1506887880, "x")), 25114798);

    // The hash part is the low 36 bits of the 63-bit SHA-1 prefix that the ids were the negation of before
    // they grew with time, so that an older cache's ids can be rewritten without their texts.
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(QByteArray("handle:ten_gop\0"
                            "1506887880\0"
                            "x",
                            27));
    const QByteArray digest = sha1.result();
    quint64 prefix = 0;
    for (int i = 0; i < 8; ++i) {
        prefix = (prefix << 8) | quint8(digest[i]);
    }
    const qint64 oldId = -qint64(prefix & 0x7FFFFFFFFFFFFFFFull);
    const qint64 mask = (qint64(1) << C::SyntheticHashBits) - 1;
    QCOMPARE(C::syntheticTweetId("handle:ten_gop", 1506887880, "x") & mask, -oldId & mask);

    // Ids grow with the minute, whatever the hash: every id of a minute is below every id of the next.
    const std::int64_t minuteStart = 1506887880;
    std::int64_t previousMaximum = std::numeric_limits<std::int64_t>::min();
    for (int minute = 0; minute < 50; ++minute) {
        std::int64_t minimum = 0;
        std::int64_t maximum = std::numeric_limits<std::int64_t>::min();
        for (int i = 0; i < 40; ++i) {
            const std::string text = "text " + std::to_string(i);
            // Seconds within the minute (NBC times have them) stay in the minute's block.
            const std::int64_t tweet = C::syntheticTweetId("handle:a", minuteStart + minute * 60 + i, text);
            QVERIFY(tweet < 0);
            QCOMPARE(C::syntheticTweetMinute(tweet), minuteStart / 60 + minute);
            minimum = std::min(minimum, tweet);
            maximum = std::max(maximum, tweet);
        }
        QVERIFY(minimum > previousMaximum);
        previousMaximum = maximum;
    }

    // Before 1970: the minute that starts at or before the time; still negative, still in order.
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", -1, "x")), -1);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", -60, "x")), -1);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", -61, "x")), -2);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", 59, "x")), 0);
    QVERIFY(C::syntheticTweetId("handle:a", -61, "x") < C::syntheticTweetId("handle:a", 0, "x"));

    // Absurd years are clamped to the ends of the range (1842-05-28 14:57 and 2097-08-05 09:03 UTC): the ids
    // stay negative, above the most negative integer, and in order.
    const std::int64_t year1200 = -24298876800;
    const std::int64_t year2500 = 16725225600;
    const std::int64_t year9999 = 253402300740;
    const std::int64_t lastMinute = 4026531780; // 2097-08-05 09:03 UTC: (2^26 - 1) minutes after 1970
    const std::int64_t early = C::syntheticTweetId("handle:a", year1200, "x");
    const std::int64_t late = C::syntheticTweetId("handle:a", year2500, "x");
    QCOMPARE(C::syntheticTweetMinute(early), -C::SyntheticMinuteLimit);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", -lastMinute, "x")),
             -C::SyntheticMinuteLimit);
    QCOMPARE(C::syntheticTweetMinute(late), C::SyntheticMinuteLimit);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", lastMinute, "x")),
             C::SyntheticMinuteLimit);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", lastMinute - 60, "x")),
             C::SyntheticMinuteLimit - 1);
    QCOMPARE(C::syntheticTweetMinute(C::syntheticTweetId("handle:a", year9999, "y")),
             C::SyntheticMinuteLimit);
    QVERIFY(early < C::syntheticTweetId("handle:a", -lastMinute + 60, "x"));
    QVERIFY(late > C::syntheticTweetId("handle:a", lastMinute - 60, "x"));
    for (const std::int64_t time : {std::numeric_limits<std::int64_t>::min(), year1200, std::int64_t(0),
                                    year9999, std::numeric_limits<std::int64_t>::max()}) {
        for (const char *text : {"x", "y", "z", "w"}) {
            const std::int64_t tweet = C::syntheticTweetId("handle:a", time, text);
            QVERIFY(tweet < 0);
            QVERIFY(tweet >= std::numeric_limits<std::int64_t>::min() + (std::int64_t(1) << 36));
        }
    }

    // The next id of a minute: one up, and from the minute's last id back to its first, never leaving it.
    QCOMPARE(C::nextSyntheticTweetId(id(0, 5)), id(0, 6));
    QCOMPARE(C::nextSyntheticTweetId(id(25114798, mask)), id(25114798, 0));
    QCOMPARE(C::nextSyntheticTweetId(id(C::SyntheticMinuteLimit, mask)), id(C::SyntheticMinuteLimit, 0));
    QCOMPARE(id(C::SyntheticMinuteLimit, mask), -1);
    QCOMPARE(C::nextSyntheticTweetId(id(-C::SyntheticMinuteLimit, mask)), id(-C::SyntheticMinuteLimit, 0));
    QCOMPARE(id(-C::SyntheticMinuteLimit, 0), std::numeric_limits<std::int64_t>::min() + (qint64(1) << 36));
    QCOMPARE(C::syntheticTweetMinute(C::nextSyntheticTweetId(id(-7, mask))), -7);
}

namespace {

// The fixtures' point is their spreadsheet line ends: fail loudly if a checkout ever normalises them.
void checkSpreadsheetLineEnds(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
    QVERIFY(!bytes.endsWith('\n'));
}

} // namespace

void TestFiveThirtyEight::version1File()
{
    checkSpreadsheetLineEnds(V1);
    const ImportSummary summary = import(m_cache, {V1});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 1);
    QCOMPARE(summary.tweetsAdded, 9);
    QCOMPARE(summary.duplicates, 1); // record 5, an exact copy of record 1
    QCOMPARE(summary.rejected, 2);
    QCOMPARE(summary.repaired, 1);
    QCOMPARE(summary.accountsAdded, 7);
    QCOMPARE(summary.campaigns, QStringList{"irahandle"});

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE id < 0"), 9);
    QCOMPARE(count(db, "SELECT format='fivethirtyeight-tweets' FROM source_files"), 1);
    QCOMPARE(records(db, "rejected", "IRAhandle_tweets_1.csv"), QStringLiteral("10,11"));
    QCOMPARE(records(db, "repaired", "IRAhandle_tweets_1.csv"), QStringLiteral("3"));
    QVERIFY(
        text(db, "SELECT reason FROM rejects WHERE record=10").contains("publish_date '13/45/2017 9:99'"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=11").contains("3 fields, the header has 15"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=3")
                .contains("'9.06E+17' is in scientific notation"));

    // Record 1: the synthetic id is the documented hash; the account is keyed by its lower-cased handle.
    const std::int64_t first =
        FiveThirtyEightConverter::syntheticTweetId("handle:10_gop", 1506887880, GenuineText);
    Statement tweet(db,
                    "SELECT t.time, t.kind, t.language, t.text, t.source_record, a.userid, a.screen_name, "
                    "a.category, a.account_type, a.external_id, a.follower_count, a.following_count, "
                    "a.tweet_count FROM tweets t JOIN accounts a ON a.id=t.account_id WHERE t.id=?");
    tweet.bind(1, first);
    QVERIFY(tweet.next());
    QCOMPARE(tweet.int64(0), 1506887880); // 10/1/2017 19:58 UTC
    QCOMPARE(tweet.int64(1), 0);
    QCOMPARE(tweet.text(2), QStringLiteral("en"));
    QCOMPARE(tweet.text(3), QString::fromUtf8(GenuineText));
    QCOMPARE(tweet.int64(4), 1);
    QCOMPARE(tweet.text(5), QStringLiteral("handle:10_gop"));
    QCOMPARE(tweet.text(6), QStringLiteral("10_GOP"));
    QCOMPARE(tweet.text(7), QStringLiteral("RightTroll"));
    QCOMPARE(tweet.text(8), QStringLiteral("Right"));
    QCOMPARE(tweet.text(9), QStringLiteral("906000000000000000"));
    QCOMPARE(tweet.int64(10), 9636);
    QCOMPARE(tweet.int64(11), 1052);
    QCOMPARE(tweet.int64(12), 3); // records 1, 2 and 3 ("10_gop" is the same handle)

    // Record 2: a two-digit year.
    QCOMPARE(count(db, "SELECT time FROM tweets WHERE source_record=2"), 1506888060);
    // Record 4: the exporter's quotes around a text starting with @ are gone.
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE source_record=4"),
             QStringLiteral("@POTUS Thank you for standing up for us!"));
    // Records 6 and 7: RETWEET and QUOTE_TWEET.
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE source_record=6"), 1);
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE source_record=7"), 3);
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE kind=0"), 7);
    // Records 8 and 9: Cyrillic and Arabic, languages mapped to codes, found by search.
    QCOMPARE(text(db, "SELECT language FROM tweets WHERE source_record=8"), QStringLiteral("ru"));
    QCOMPARE(text(db, "SELECT language FROM tweets WHERE source_record=9"), QStringLiteral("ar"));
    QCOMPARE(text(db, "SELECT category FROM accounts WHERE userid='handle:newsarabia2'"),
             QStringLiteral("NonEnglish"));
    QCOMPARE(searchIds(db, QStringLiteral("москва")).size(), 1);
    QCOMPARE(searchIds(db, QStringLiteral("دمشق")).size(), 1);
    // Record 12, the last, with no final newline: an unknown language name stays as given, entities too.
    QCOMPARE(text(db, "SELECT language FROM tweets WHERE source_record=12"), QStringLiteral("Klingon"));
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE source_record=12"),
             QStringLiteral("Black Lives Matter &amp; we will not be silent"));
    QCOMPARE(text(db, "SELECT category FROM accounts WHERE screen_name='Blacktivist'"),
             QStringLiteral("LeftTroll"));
    QCOMPARE(count(db, "SELECT first_tweet FROM campaigns"), 1451606340); // 12/31/2015 23:59
    QCOMPARE(count(db, "SELECT last_tweet FROM campaigns"), 1506931500);  // 10/2/2017 8:05
}

void TestFiveThirtyEight::version2File()
{
    checkSpreadsheetLineEnds(V2);
    const ImportSummary summary = import(m_cache, {V2});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, 7);
    QCOMPARE(summary.duplicates, 1); // record 4 repeats record 1's tweet_id
    QCOMPARE(summary.rejected, 3);
    QCOMPARE(summary.repaired, 1);
    QCOMPARE(summary.accountsAdded, 7);

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE id < 0"), 0);
    QCOMPARE(records(db, "rejected", "IRAhandle_tweets_2.csv"), QStringLiteral("8,9,10"));
    QCOMPARE(records(db, "repaired", "IRAhandle_tweets_2.csv"), QStringLiteral("6"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=8").contains("'10/32/2017 19:58'"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=9").contains("14 fields, the header has 21"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=10").contains("tweet_id '9.15E+17'"));

    // Record 1, the genuine example: the tweet id, the exact alt_external_id, the expanded link.
    QCOMPARE(count(db, "SELECT time FROM tweets WHERE id=914580356430536707"), 1506887880);
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=914580356430536707"), 0);
    QCOMPARE(count(db, "SELECT source_record FROM tweets WHERE id=914580356430536707"), 1);
    QCOMPARE(text(db, "SELECT external_id FROM accounts WHERE userid='handle:10_gop'"),
             QStringLiteral("905874659358453760"));
    QCOMPARE(text(db, "SELECT domain FROM tweet_urls WHERE tweet_id=914580356430536707"),
             QStringLiteral("twitter.com"));
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=914700000000000001"), 1);
    QCOMPARE(text(db, "SELECT domain FROM tweet_urls WHERE tweet_id=914700000000000001"),
             QStringLiteral("dailycaller.com"));
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=915000000000000002"), 3);
    // Record 5: quotes around a text that does not start with @ - + = \ are the author's: kept.
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE id=915100000000000003"),
             QStringLiteral("'Wrapped in quotes but not for a formula'"));
    // Record 6: two-digit year, 9.06E+17 author id and no alt_external_id: no external id kept.
    QCOMPARE(count(db, "SELECT time FROM tweets WHERE id=555000000000000004"), 1420441620);
    QCOMPARE(count(db, "SELECT external_id IS NULL FROM accounts WHERE userid='handle:hashtaggamer1'"), 1);
    QCOMPARE(text(db, "SELECT category FROM accounts WHERE userid='handle:hashtaggamer1'"),
             QStringLiteral("HashtagGamer"));
    QCOMPARE(text(db, "SELECT language FROM tweets WHERE id=437900000000000005"), QStringLiteral("uk"));
    QCOMPARE(searchIds(db, QStringLiteral("україні")), QList<qint64>{437900000000000005});
    QCOMPARE(text(db, "SELECT category FROM accounts WHERE userid='handle:fearrus'"),
             QStringLiteral("Fearmonger"));
}

void TestFiveThirtyEight::bothVersionsShareAccounts()
{
    const ImportSummary summary = import(m_cache, {V1, V2});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.tweetsAdded, 16);
    QCOMPARE(summary.accountsAdded, 9);
    QCOMPARE(summary.campaigns, QStringList{"irahandle"});
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT account_count FROM campaigns"), 9);
    QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), 16);
    QCOMPARE(count(db, "SELECT sum(tweet_count) FROM accounts"), 16);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), 16);
    QCOMPARE(count(db, "SELECT tweet_count FROM accounts WHERE userid='handle:10_gop'"), 4);
    QCOMPARE(count(db, "SELECT count(*) FROM accounts WHERE category IS NULL"), 0);
}

void TestFiveThirtyEight::reimportSkipsEverything()
{
    QVERIFY(import(m_cache, {V1, V2}).ok);
    const ImportSummary again = import(m_cache, {V1, V2});
    QVERIFY(again.ok);
    QCOMPARE(again.filesAlreadyImported, 2);
    QCOMPARE(again.tweetsAdded, 0);

    // Copies under other names are read: every tweet, synthetic ids included, is a duplicate.
    const QString copy1 = m_dir.filePath("copy_1.csv");
    const QString copy2 = m_dir.filePath("copy_2.csv");
    QFile::remove(copy1);
    QFile::remove(copy2);
    QVERIFY(QFile::copy(V1, copy1));
    QVERIFY(QFile::copy(V2, copy2));
    const ImportSummary copied = import(m_cache, {copy1, copy2}, QStringLiteral("irahandle"));
    QVERIFY(copied.ok);
    QCOMPARE(copied.filesImported, 2);
    QCOMPARE(copied.tweetsAdded, 0);
    QCOMPARE(copied.duplicates, 18);
    QCOMPARE(copied.accountsAdded, 0);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), 16);
    QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), 16);
}

void TestFiveThirtyEight::zipReadInPlace()
{
    const QString zipPath = m_dir.filePath("russian-troll-tweets.zip");
    QVERIFY(writeZip(zipPath, {{"russian-troll-tweets-master/IRAhandle_tweets_1.csv", V1},
                               {"russian-troll-tweets-master/IRAhandle_tweets_2.csv", V2}}));
    const ImportSummary summary = import(m_cache, {zipPath});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.tweetsAdded, 16);
    QCOMPARE(summary.rejected, 5);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), 16);
}

void TestFiveThirtyEight::syntheticIdsGrowWithTime()
{
    // 600 rows in shuffled time order, three per minute: id order is time order in the cache.
    const QString path = m_dir.filePath("IRAhandle_tweets_7.csv");
    QList<QByteArray> rows;
    const qint64 start = 1451606400; // 2016-01-01 00:00 UTC
    for (int i = 0; i < 600; ++i) {
        const int minute = (i * 7919) % 200;
        const QByteArray date = QDateTime::fromSecsSinceEpoch(start + minute * 60, Qt::UTC)
                                    .toString(QStringLiteral("M/d/yyyy H:mm"))
                                    .toUtf8();
        rows << v1Row("Handle_" + QByteArray::number(i % 5), date, "Tweet number " + QByteArray::number(i));
    }
    QVERIFY(writeV1(path, rows));
    const ImportSummary summary = import(m_cache, {path, V1});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, 609);

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE id < 0"), 609);
    const QString byId = text(db, "SELECT group_concat(id) FROM (SELECT id FROM tweets ORDER BY id)");
    QCOMPARE(text(db, "SELECT group_concat(id) FROM (SELECT id FROM tweets ORDER BY time, id)"), byId);
    // The file was not in time order (else the check above proves nothing).
    QVERIFY(text(db, "SELECT group_concat(id) FROM (SELECT id FROM tweets ORDER BY "
                     "source_file_id, source_record)") != byId);
    // Each id is in its tweet's minute.
    Statement tweets(db, "SELECT id, time FROM tweets");
    int checked = 0;
    while (tweets.next()) {
        QCOMPARE(FiveThirtyEightConverter::syntheticTweetMinute(tweets.int64(0)), tweets.int64(1) / 60);
        ++checked;
    }
    QCOMPARE(checked, 609);
}

void TestFiveThirtyEight::collidingSyntheticIdsKeepBothTweets()
{
    // Two different tweets of one account and minute whose 36-bit hashes are equal (found by search): the
    // second one imported takes the next id of the minute instead of being counted a duplicate.
    const QByteArray first = "Same minute, tweet 33278";
    const QByteArray second = "Same minute, tweet 370071";
    const std::int64_t shared =
        FiveThirtyEightConverter::syntheticTweetId("handle:collider", 1483228800, first.toStdString());
    QCOMPARE(FiveThirtyEightConverter::syntheticTweetId("handle:collider", 1483228800, second.toStdString()),
             shared);
    const std::int64_t next = FiveThirtyEightConverter::nextSyntheticTweetId(shared);
    QCOMPARE(next, shared + 1);

    const QString path = m_dir.filePath("IRAhandle_tweets_5.csv");
    const QByteArray rowFirst = v1Row("Collider", "1/1/2017 0:00", first);
    const QByteArray rowSecond = v1Row("Collider", "1/1/2017 0:00", second);
    // Exact copies of both after them: duplicates, each found at its own id.
    QVERIFY(writeV1(path, {rowFirst, rowSecond, rowSecond, rowFirst}));
    const ImportSummary summary = import(m_cache, {path});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, 2);
    QCOMPARE(summary.duplicates, 2);
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        Statement tweet(db, "SELECT text, source_record FROM tweets WHERE id=?");
        tweet.bind(1, shared);
        QVERIFY(tweet.next());
        QCOMPARE(tweet.bytes(0), first);
        QCOMPARE(tweet.int64(1), 1);
        tweet.reset();
        tweet.bind(1, next);
        QVERIFY(tweet.next());
        QCOMPARE(tweet.bytes(0), second);
        QCOMPARE(tweet.int64(1), 2);
        tweet.reset();
        QCOMPARE(searchIds(db, QStringLiteral("33278")), QList<qint64>{shared});
        QCOMPARE(searchIds(db, QStringLiteral("370071")), QList<qint64>{next});
        QCOMPARE(count(db, "SELECT tweet_count FROM accounts WHERE userid='handle:collider'"), 2);
        QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), 2);
    }

    // A copy of the file re-imported: all four rows are duplicates, nothing new.
    const QString copy = m_dir.filePath("collider_copy.csv");
    QFile::remove(copy);
    QVERIFY(QFile::copy(path, copy));
    const ImportSummary again = import(m_cache, {copy}, QStringLiteral("irahandle"));
    QVERIFY(again.ok);
    QCOMPARE(again.tweetsAdded, 0);
    QCOMPARE(again.duplicates, 4);

    // In the other order, into another cache: the first one read holds the hashed id.
    const QString reversed = m_dir.filePath("IRAhandle_tweets_6.csv");
    QVERIFY(writeV1(reversed, {rowSecond, rowFirst}));
    const QString other = m_dir.filePath("reversed.trove");
    QFile::remove(other);
    const ImportSummary otherSummary = import(other, {reversed});
    QVERIFY(otherSummary.ok);
    QCOMPARE(otherSummary.tweetsAdded, 2);
    Database db;
    QVERIFY(db.open(other, Database::Mode::ReadOnly));
    QCOMPARE(text(db, QStringLiteral("SELECT text FROM tweets WHERE id=%1").arg(shared)), QString(second));
    QCOMPARE(text(db, QStringLiteral("SELECT text FROM tweets WHERE id=%1").arg(next)), QString(first));
}

void TestFiveThirtyEight::overlappingVersion1FilesDeduplicate()
{
    // Two parts that share 200 rows: each tweet once, with the same id whichever part comes first.
    QList<QByteArray> rows;
    for (int i = 0; i < 1000; ++i) {
        rows << v1Row("Handle_" + QByteArray::number(i % 9),
                      QByteArray::number(i % 12 + 1) + "/" + QByteArray::number(i % 28 + 1) + "/2016 " +
                          QByteArray::number(i % 24) + ":" + QByteArray::number(10 + i % 50),
                      "Overlap tweet " + QByteArray::number(i));
    }
    const QString part1 = m_dir.filePath("IRAhandle_tweets_3.csv");
    const QString part2 = m_dir.filePath("IRAhandle_tweets_4.csv");
    QVERIFY(writeV1(part1, rows.mid(0, 600)));
    QVERIFY(writeV1(part2, rows.mid(400)));
    const ImportSummary summary = import(m_cache, {part1, part2});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, 1000);
    QCOMPARE(summary.duplicates, 200);

    const QString other = m_dir.filePath("overlap-other.trove");
    QFile::remove(other);
    const ImportSummary later = import(other, {part2});
    QVERIFY(later.ok);
    QCOMPARE(later.tweetsAdded, 600);
    const ImportSummary earlier = import(other, {part1});
    QVERIFY(earlier.ok);
    QCOMPARE(earlier.tweetsAdded, 400);
    QCOMPARE(earlier.duplicates, 200);

    const char *ids = "SELECT group_concat(id) FROM (SELECT id FROM tweets ORDER BY id)";
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    Database otherDb;
    QVERIFY(otherDb.open(other, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE id < 0"), 1000);
    QCOMPARE(text(otherDb, ids), text(db, ids));
    QCOMPARE(count(db, "SELECT count(*) FROM tweet_search"), 1000);
    QCOMPARE(count(otherDb, "SELECT count(*) FROM tweet_search"), 1000);
    QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), 1000);
}

void TestFiveThirtyEight::cancelledImportResumes()
{
    // 1,000 v1 rows, every tenth an exact copy of the row before: 900 tweets with synthetic ids.
    const QString path = m_dir.filePath("IRAhandle_tweets_9.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv = "external_author_id,author,content,region,language,publish_date,harvested_date,"
                         "following,followers,updates,post_type,account_type,retweet,account_category,"
                         "new_june_2018";
        QByteArray previous;
        for (int i = 1; i <= 1000; ++i) {
            const QByteArray row =
                i % 10 == 0
                    ? previous
                    : QStringLiteral("1,Handle_%1,Tweet number %2,Unknown,English,%3/%4/16 %5:%6,,1,2,3,,"
                                     "Right,0,RightTroll,0")
                          .arg(i % 7)
                          .arg(i)
                          .arg(i % 12 + 1)
                          .arg(i % 28 + 1)
                          .arg(i % 24)
                          .arg(i % 60, 2, 10, QLatin1Char('0'))
                          .toUtf8();
            csv += "\r\n" + row;
            previous = row;
        }
        file.write(csv);
    }
    ImportOptions options;
    options.cachePath = m_cache;
    options.inputs = {path};
    options.batchSize = 64;
    options.checkpointRecords = 64;
    std::atomic_bool cancel{false};
    const ImportSummary cancelled = Importer(options).run(
        [&](const ImportProgress &progress) {
            // Progress comes at most every 100 ms, and this small file takes less: wait out the interval
            // before the first batch, so that the report after it cancels.
            if (progress.tweetsAdded == 0) {
                QThread::msleep(150);
            } else {
                cancel = true;
            }
        },
        &cancel);
    QVERIFY(cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.tweetsAdded > 0 && cancelled.tweetsAdded < 900);
    const ImportSummary resumed = Importer(options).run();
    QVERIFY(resumed.ok);
    QCOMPARE(resumed.filesResumed, 1);
    QCOMPARE(cancelled.tweetsAdded + resumed.tweetsAdded, 900);
    QCOMPARE(cancelled.duplicates + resumed.duplicates, 100);

    // The same content as an import that was never interrupted.
    const QString whole = m_dir.filePath("whole.trove");
    QFile::remove(whole);
    QCOMPARE(import(whole, {path}).tweetsAdded, 900);
    const char *ids = "SELECT group_concat(id) FROM (SELECT id FROM tweets ORDER BY id)";
    const char *accounts =
        "SELECT group_concat(userid || ':' || tweet_count) FROM (SELECT * FROM accounts ORDER BY userid)";
    Database resumedDb;
    QVERIFY(resumedDb.open(m_cache, Database::Mode::ReadOnly));
    Database wholeDb;
    QVERIFY(wholeDb.open(whole, Database::Mode::ReadOnly));
    QCOMPARE(text(resumedDb, ids), text(wholeDb, ids));
    QCOMPARE(text(resumedDb, accounts), text(wholeDb, accounts));
    QCOMPARE(count(resumedDb, "SELECT count(*) FROM tweet_search"), 900);
    QCOMPARE(count(resumedDb, "SELECT count(*) FROM accounts"), 7);
}

QTEST_GUILESS_MAIN(TestFiveThirtyEight)
#include "tst_fivethirtyeight.moc"
