#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/import/importer.h"
#include "core/query/cachefacets.h"
#include "core/query/tweetsearch.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <sqlite3.h>

#include <thread>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA "/twitter/");

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void quirksFile();
    void tweetFields();
    void searchAcrossScripts();
    void rejectReport();
    void usersFileFillsProfiles();
    void reimportSkipsAndCountsNothingTwice();
    void overlappingPartsAndReorderedColumns();
    void zipReadInPlaceAndFolders();
    void unrecognisedAndMissingInputs();
    void notATroveCache();
    void lostSearchIndexIsRebuilt();
    void generatedArchiveCounts();
    void languageAndClientCountersUpgradeOldCaches();
    void cancelLeavesConsistentCacheAndResumes();
    void readableWhileImporting();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestImporter::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache%1.trove").arg(++n));
}

void TestImporter::quirksFile()
{
    const ImportSummary summary = import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 1);
    QCOMPARE(summary.tweetsAdded, 7);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.rejected, 4);
    QCOMPARE(summary.repaired, 2);
    QCOMPARE(summary.accountsAdded, 4);
    QCOMPARE(summary.campaigns, QStringList{"quirks"});

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), 7);
    QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), 7);
    QCOMPARE(count(db, "SELECT account_count FROM campaigns"), 4);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), 7);
    QCOMPARE(count(db, "SELECT sum(tweet_count) FROM accounts"), 7);
    QCOMPARE(count(db, "SELECT first_tweet FROM campaigns"), 1241172000); // 2009-05-01 10:00 UTC
    QCOMPARE(count(db, "SELECT last_tweet FROM campaigns"), 1502179680);  // 2017-08-08 08:08 UTC
    QCOMPARE(count(db, "SELECT count(*) FROM rejects WHERE severity='rejected'"), 4);
    QCOMPARE(text(db, "SELECT group_concat(record) FROM (SELECT record FROM rejects WHERE "
                      "severity='rejected' ORDER BY record)"),
             QStringLiteral("7,8,9,12"));
    QCOMPARE(text(db, "SELECT group_concat(record) FROM (SELECT record FROM rejects WHERE "
                      "severity='repaired' ORDER BY record)"),
             QStringLiteral("10,11"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=7").contains("3 fields, the header has 31"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=8").contains("9.06E+17"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=9").contains("10/1/2017 19:58"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=12").contains("cut off"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=10").contains("like_count 'n/a'"));
    QVERIFY(text(db, "SELECT reason FROM rejects WHERE record=11").contains("invalid UTF-8 in tweet_text"));
    // The deferred indexes were built at the end.
    QCOMPARE(count(db, "SELECT count(*) FROM sqlite_schema WHERE type='index' AND name='tweets_by_account'"),
             1);
}

void TestImporter::tweetFields()
{
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    // Record 1, the genuine example: every column where it belongs, provenance kept.
    Statement tweet(
        db, "SELECT t.time, t.language, c.name, t.kind, t.text, t.source_record, s.path, a.screen_name, "
            "a.follower_count, a.created, a.hashed, t.like_count FROM tweets t JOIN accounts a ON "
            "a.id=t.account_id LEFT JOIN clients c ON c.id=t.client_id JOIN source_files s ON "
            "s.id=t.source_file_id WHERE t.id=894109669869985793");
    QVERIFY(tweet.next());
    QCOMPARE(tweet.int64(0), 1502007300); // 2017-08-06 08:15 UTC
    QCOMPARE(tweet.text(1), QStringLiteral("en"));
    QCOMPARE(tweet.text(2), QStringLiteral("WordPress.com"));
    QCOMPARE(tweet.int64(3), 0);
    QVERIFY(tweet.text(4).startsWith("New Convoy of #SyrianArmy"));
    QCOMPARE(tweet.int64(5), 1);
    QVERIFY(tweet.text(6).endsWith("quirks_tweets_csv_hashed.csv"));
    QCOMPARE(tweet.text(7), QStringLiteral("Inside_Syria"));
    QCOMPARE(tweet.int64(8), 19816);
    QCOMPARE(tweet.int64(9), 1446768000); // 2015-11-06
    QCOMPARE(tweet.int64(10), 0);
    QCOMPARE(tweet.int64(11), 0);
    QCOMPARE(
        text(db, "SELECT group_concat(tag, '|') FROM (SELECT h.tag FROM tweet_hashtags th JOIN hashtags h ON "
                 "h.id=th.hashtag_id WHERE th.tweet_id=894109669869985793 ORDER BY h.id)"),
        QStringLiteral("syrianarmy|hama|insidesyriamc"));
    QCOMPARE(text(db, "SELECT domain FROM tweet_urls WHERE tweet_id=894109669869985793"),
             QStringLiteral("en.insidesyriamc.com"));

    // Record 2: a retweet, with the newline, quotes and entity of its text kept as published.
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=580819071475826690"), 1);
    QCOMPARE(count(db, "SELECT retweet_of_tweet FROM tweets WHERE id=580819071475826690"),
             580819071475826688);
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE id=580819071475826690"),
             QStringLiteral("RT @winknews: Storm \"warning\" for\nLee County &amp; Collier"));
    QCOMPARE(text(db, "SELECT userid FROM tweet_mentions WHERE tweet_id=580819071475826690"),
             QStringLiteral("16307778"));
    QCOMPARE(count(db, "SELECT count(*) FROM tweet_hashtags WHERE tweet_id=580819071475826690"), 0);
    // Hashed accounts (64-hex and opaque token) get a stable alias; the numeric one does not.
    const QString alias = text(db, "SELECT alias FROM accounts WHERE userid LIKE '57e2082d%'");
    QVERIFY2(QRegularExpression("^Anon-[2-9A-HJKMNP-Z]{6}$").match(alias).hasMatch(), qPrintable(alias));
    QCOMPARE(count(db, "SELECT count(*) FROM accounts WHERE hashed=1"), 3);
    QCOMPARE(count(db, "SELECT count(*) FROM accounts WHERE hashed=0 AND alias IS NULL"), 1);
    // Record 3: a reply; record 4: a quote, its repeated tag counted once, "12.0" read as 12.
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=894200000000000001"), 2);
    QCOMPARE(count(db, "SELECT in_reply_to_tweet FROM tweets WHERE id=894200000000000001"),
             894109669869985793);
    QCOMPARE(count(db, "SELECT kind FROM tweets WHERE id=894300000000000002"), 3);
    QCOMPARE(count(db, "SELECT retweet_count FROM tweets WHERE id=894300000000000002"), 12);
    QCOMPARE(
        text(db,
             "SELECT group_concat(h.tag, '|') FROM tweet_hashtags th JOIN hashtags h ON h.id=th.hashtag_id "
             "WHERE th.tweet_id=894300000000000002"),
        QStringLiteral("it's, fine|syria"));
    // Record 5: "present" coordinates kept, "absent" is NULL; record 10's bad count left empty.
    QCOMPARE(text(db, "SELECT latitude FROM tweets WHERE id=750000000000000003"), QStringLiteral("present"));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE latitude IS NULL"), 6);
    QCOMPARE(count(db, "SELECT like_count IS NULL FROM tweets WHERE id=1234567890"), 1);
    // Record 11: invalid byte replaced, the rest of the text kept.
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE id=894600000000000006"), QStringLiteral("caf\uFFFDe"));
    // The token account's profile had a raw newline, kept.
    QVERIFY(text(db, "SELECT description FROM accounts WHERE userid LIKE 'Xk3b%'").contains('\n'));
}

void TestImporter::searchAcrossScripts()
{
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(searchIds(db, "convoy"), QList<qint64>{894109669869985793});
    QCOMPARE(searchIds(db, "CONVOY hama"), QList<qint64>{894109669869985793});
    QCOMPARE(searchIds(db, "#SyrianArmy"), QList<qint64>{894109669869985793});
    // Cyrillic folds case.
    QCOMPARE(searchIds(db, QStringLiteral("путин")), QList<qint64>{750000000000000003});
    QCOMPARE(searchIds(db, QStringLiteral("росси*")), QList<qint64>{750000000000000003});
    // Persian: with or without the ZWNJ.
    QCOMPARE(searchIds(db, QStringLiteral("می‌خواهم")), QList<qint64>{894200000000000001});
    QCOMPARE(searchIds(db, QStringLiteral("میخواهم")), QList<qint64>{894200000000000001});
    // Arabic typed with Persian letters finds Arabic text, and the other way round.
    QCOMPARE(searchIds(db, QStringLiteral("الملک")), QList<qint64>{894300000000000002});
    QCOMPARE(searchIds(db, QStringLiteral("الملك")), QList<qint64>{894300000000000002});
    // Entities are searched decoded; phrases across the embedded newline; OR and NOT; newest first.
    QCOMPARE(searchIds(db, "\"lee county\" & collier"), QList<qint64>{580819071475826690});
    QCOMPARE(searchIds(db, "convoy OR storm"), (QList<qint64>{894109669869985793, 580819071475826690}));
    // FTS5 precedence: NOT binds tighter than AND, which binds tighter than OR.
    QCOMPARE(searchIds(db, "convoy OR storm NOT hama"),
             (QList<qint64>{894109669869985793, 580819071475826690}));
    QCOMPARE(searchIds(db, "(convoy OR storm) NOT hama"), QList<qint64>{580819071475826690});
    QVERIFY(searchIds(db, "nonexistentword").isEmpty());
    // Citation fields come with every hit.
    const SearchResult result = TweetSearch::run(db, "convoy", 10);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits[0].sourceRecord, 1);
    QVERIFY(result.hits[0].sourceFile.endsWith("quirks_tweets_csv_hashed.csv"));
    QCOMPARE(result.hits[0].screenName, QStringLiteral("Inside_Syria"));
    QCOMPARE(result.hits[0].time, QDateTime(QDate(2017, 8, 6), QTime(8, 15), Qt::UTC));
}

void TestImporter::rejectReport()
{
    const ImportSummary summary = import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"});
    QFile report(summary.rejectReportPath);
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(summary.rejectReportPath));
    const QList<QByteArray> lines = report.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("file,record,severity,reason,excerpt"));
    QVERIFY2(lines[1].startsWith(QByteArray("\"" + QFile::encodeName(Data) +
                                            "quirks_tweets_csv_hashed.csv\",7,\"rejected\"")),
             lines[1].constData());
    int rejected = 0;
    int repaired = 0;
    for (const QByteArray &line : lines) {
        rejected += line.contains(",\"rejected\",");
        repaired += line.contains(",\"repaired\",");
    }
    QCOMPARE(rejected, 4);
    QCOMPARE(repaired, 2);
}

void TestImporter::usersFileFillsProfiles()
{
    // Given in the "wrong" order: the scanner reads the users file first.
    const ImportSummary summary =
        import(m_cache, {Data + "quirks_tweets_csv_hashed.csv", Data + "quirks_users_csv_hashed.csv"});
    QVERIFY(summary.ok);
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.accountsAdded, 5);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM accounts"), 5);
    QCOMPARE(count(db, "SELECT account_count FROM campaigns"), 5);
    QCOMPARE(count(db, "SELECT from_users_file FROM accounts WHERE screen_name='quiet_one'"), 1);
    QCOMPARE(count(db, "SELECT tweet_count FROM accounts WHERE screen_name='quiet_one'"), 0);
    QCOMPARE(count(db, "SELECT follower_count FROM accounts WHERE userid LIKE 'Xk3b%'"), 120);
    QCOMPARE(text(db, "SELECT description FROM accounts WHERE userid LIKE 'Xk3b%'"),
             QStringLiteral("خبرنگار مستقل (from users file)"));

    // Users file after the tweets: the profile from the users file replaces the one repeated on tweet rows.
    init();
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    const ImportSummary later = import(m_cache, {Data + "quirks_users_csv_hashed.csv"});
    QCOMPARE(later.accountsAdded, 1);
    QCOMPARE(later.accountsUpdated, 4);
    Database db2;
    QVERIFY(db2.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(text(db2, "SELECT description FROM accounts WHERE userid LIKE 'Xk3b%'"),
             QStringLiteral("خبرنگار مستقل (from users file)"));
    QCOMPARE(count(db2, "SELECT tweet_count FROM accounts WHERE userid LIKE 'Xk3b%'"), 1);
}

void TestImporter::reimportSkipsAndCountsNothingTwice()
{
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    const ImportSummary again = import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"});
    QVERIFY(again.ok);
    QCOMPARE(again.filesAlreadyImported, 1);
    QCOMPARE(again.tweetsAdded, 0);

    // The same content under another name (a copy) is read, and every tweet is a duplicate.
    const QString copy = m_dir.filePath("copy_tweets_csv_hashed.csv");
    QFile::remove(copy);
    QVERIFY(QFile::copy(Data + "quirks_tweets_csv_hashed.csv", copy));
    const ImportSummary copied = import(m_cache, {copy}, QStringLiteral("quirks"));
    QCOMPARE(copied.tweetsAdded, 0);
    QCOMPARE(copied.duplicates, 8);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), 7);
    QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), 7);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), 7);
    QCOMPARE(count(db, "SELECT count(*) FROM tweet_hashtags"), 7);
}

void TestImporter::overlappingPartsAndReorderedColumns()
{
    const ImportSummary summary = import(m_cache, {Data + "reordered_tweets_csv_hashed_part2.csv",
                                                   Data + "reordered_tweets_csv_hashed_part1.csv"});
    QVERIFY(summary.ok);
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.tweetsAdded, 3);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.rejected, 0);
    QVERIFY(
        summary.messages.join('\n').contains("columns missing from the header, left empty: poll_choices"));
    QVERIFY(summary.messages.join('\n').contains("ignored: extra_notes"));
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    // Bound by name although the two reply columns are swapped; the BOM did not leak into the first name.
    QCOMPARE(count(db, "SELECT in_reply_to_tweet FROM tweets WHERE id=900000000000000010"),
             894109669869985793);
    QCOMPARE(text(db, "SELECT in_reply_to_userid FROM tweets WHERE id=900000000000000010"),
             QStringLiteral("4125840934"));
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE id=900000000000000010"),
             QStringLiteral("reordered reply\r\nwith CRLF inside"));
    QCOMPARE(text(db, "SELECT text FROM tweets WHERE id=900000000000000011"), QStringLiteral("second"));
    QCOMPARE(
        count(db, "SELECT count(*) FROM rejects WHERE severity='skipped' AND reason='repeated header line'"),
        1);
    // Part 1 came first (numeric order), so the shared tweet cites part 1.
    QVERIFY(text(db, "SELECT s.path FROM tweets t JOIN source_files s ON s.id=t.source_file_id WHERE "
                     "t.id=900000000000000011")
                .endsWith("part1.csv"));
}

void TestImporter::zipReadInPlaceAndFolders()
{
    QTemporaryDir folder;
    const QString zipPath = folder.filePath("quirks_tweets_csv_hashed.zip");
    QVERIFY(writeZip(zipPath, {{"quirks_tweets_csv_hashed/quirks_tweets_csv_hashed.csv",
                                Data + "quirks_tweets_csv_hashed.csv"},
                               {"README.txt", Data + "unrelated.csv"}}));
    QVERIFY(
        QFile::copy(Data + "quirks_users_csv_hashed.csv", folder.filePath("quirks_users_csv_hashed.csv")));
    const ImportSummary summary = import(m_cache, {folder.path()});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 2);
    QCOMPARE(summary.tweetsAdded, 7);
    QCOMPARE(summary.rejected, 4);
    QVERIFY(summary.messages.join('\n').contains("1 entries that are not CSV files were skipped"));
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(text(db, "SELECT entry FROM source_files WHERE path LIKE '%.zip'"),
             QStringLiteral("quirks_tweets_csv_hashed/quirks_tweets_csv_hashed.csv"));
    QCOMPARE(text(db, "SELECT group_concat(key) FROM campaigns"), QStringLiteral("quirks"));
    // Nothing was extracted next to the zip.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);
}

void TestImporter::unrecognisedAndMissingInputs()
{
    const ImportSummary summary =
        import(m_cache, {Data + "unrelated.csv", m_dir.filePath("does-not-exist.zip"),
                         Data + "quirks_users_csv_hashed.csv"});
    QVERIFY(summary.ok);
    QCOMPARE(summary.filesFailed, 2);
    QCOMPARE(summary.filesImported, 1);
    const QString messages = summary.messages.join('\n');
    QVERIFY2(messages.contains(
                 "unrelated.csv: not a recognised archive file (its header starts \"name\",\"value\")"),
             qPrintable(messages));
    QVERIFY(messages.contains("does-not-exist.zip: no such file or folder"));

    // A file that claims to be a zip but is not fails alone.
    const QString fake = m_dir.filePath("fake_tweets_csv_hashed.zip");
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a zip");
    file.close();
    const ImportSummary second = import(m_cache, {fake, Data + "quirks_tweets_csv_hashed.csv"});
    QCOMPARE(second.filesFailed, 1);
    QCOMPARE(second.tweetsAdded, 7);
    QVERIFY(second.messages.join('\n').contains("not a readable zip archive"));
}

void TestImporter::notATroveCache()
{
    // Another program's SQLite database is refused and left untouched.
    const QString foreignPath = m_dir.filePath("foreign.sqlite");
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(foreignPath.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(raw, "CREATE TABLE notes(x); INSERT INTO notes VALUES(1)", nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(raw);
    const ImportSummary summary = import(foreignPath, {Data + "quirks_tweets_csv_hashed.csv"});
    QVERIFY(!summary.ok);
    QVERIFY2(summary.errorString.contains("is not a Trove cache"), qPrintable(summary.errorString));
    QCOMPARE(sqlite3_open(foreignPath.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_schema", -1, &statement, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(statement, 0), 1);
    sqlite3_finalize(statement);
    sqlite3_close(raw);

    // A read-only open of a missing file fails with a message instead of creating it.
    Database missing;
    QVERIFY(!missing.open(m_dir.filePath("missing.trove"), Database::Mode::ReadOnly));
    QVERIFY(!missing.errorString().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath("missing.trove")));
}

void TestImporter::lostSearchIndexIsRebuilt()
{
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    for (const QString &suffix :
         {QStringLiteral("-search"), QStringLiteral("-search-wal"), QStringLiteral("-search-shm")}) {
        QFile::remove(m_cache + suffix);
    }
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        const SearchResult result = TweetSearch::run(db, "convoy", 10);
        QVERIFY(!result.ok);
        QVERIFY2(result.errorString.contains("no search index"), qPrintable(result.errorString));
    }
    // Importing again (even a file imported before) levels the index with the tweets table, once.
    const ImportSummary again = import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"});
    QVERIFY(again.ok);
    QVERIFY2(again.messages.join('\n').contains("search index brought up to date with 7 tweets"),
             qPrintable(again.messages.join('\n')));
    const ImportSummary third = import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"});
    QVERIFY(!third.messages.join('\n').contains("search index brought up to date"));
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(searchIds(db, "convoy"), QList<qint64>{894109669869985793});
    QCOMPARE(count(db, "SELECT count(*) FROM tweet_search"), 7);
}

void TestImporter::generatedArchiveCounts()
{
    QTemporaryDir folder;
    GeneratorOptions options;
    options.outputDirectory = folder.path();
    options.tweets = 20000;
    options.accounts = 150;
    options.parts = 3;
    options.zip = true;
    options.seed = 7;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    const ImportSummary summary = import(m_cache, {folder.path()});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.tweetsAdded, generated.tweets);
    QCOMPARE(summary.duplicates, generated.duplicateRows);
    QCOMPARE(summary.rejected, generated.truncatedRecords);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), generated.tweets);
    QCOMPARE(count(db, "SELECT synthetic FROM campaigns"), 1);
    QCOMPARE(count(db, "SELECT count(DISTINCT account_id) FROM tweets"), generated.accounts);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), generated.tweets);
    QCOMPARE(count(db, "SELECT sum(tweet_count) FROM accounts"), generated.tweets);
    QCOMPARE(
        count(db,
              "SELECT count(*) FROM tweets t JOIN accounts a ON a.id=t.account_id WHERE t.time < a.created"),
        0);
}

void TestImporter::languageAndClientCountersUpgradeOldCaches()
{
    // Two imports into one cache (the second adds to counters the first made), then the same counters
    // computed by a cache of schema 3 upgraded on open: both equal a count over the tweets.
    QTemporaryDir folder;
    GeneratorOptions options;
    options.outputDirectory = folder.path();
    options.tweets = 5000;
    options.accounts = 60;
    options.parts = 2;
    options.seed = 3;
    QVERIFY(ArchiveGenerator::generate(options).ok);
    QVERIFY(import(m_cache, {folder.path() + "/synthetic-demo_tweets_csv_hashed_1.csv"}).ok);
    QVERIFY(import(m_cache, {folder.path()}).ok);
    QVERIFY(import(m_cache, {Data + "quirks_tweets_csv_hashed.csv"}).ok);
    const char *const languagesMatch = "SELECT count(*) FROM (SELECT campaign_id, coalesce(language, ''), "
                                       "count(*) FROM tweets GROUP BY 1, 2 "
                                       "EXCEPT SELECT * FROM campaign_languages)";
    const char *const clientsMatch = "SELECT count(*) FROM (SELECT campaign_id, client_id, count(*) FROM "
                                     "tweets WHERE client_id IS NOT NULL "
                                     "GROUP BY 1, 2 EXCEPT SELECT * FROM campaign_clients)";
    const char *const QuarterHoursMismatch =
        "SELECT count(*) FROM (SELECT campaign_id, time / 900, count(*) FROM tweets GROUP BY 1, 2 "
        "EXCEPT SELECT * FROM campaign_quarter_hours)";
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        QCOMPARE(
            count(db, "SELECT count(*) FROM campaign_languages"),
            count(db,
                  "SELECT count(*) FROM (SELECT DISTINCT campaign_id, coalesce(language, '') FROM tweets)"));
        QCOMPARE(count(db, languagesMatch), 0);
        QCOMPARE(count(db, clientsMatch), 0);
        QVERIFY(count(db, "SELECT count(*) FROM campaign_clients") > 3);
        // Tweets per campaign and day, as the timeline's positions read them.
        QCOMPARE(count(db, "SELECT count(*) FROM (SELECT campaign_id, time / 86400, count(*) FROM tweets "
                           "GROUP BY 1, 2 EXCEPT SELECT * FROM campaign_daily)"),
                 0);
        QCOMPARE(count(db, "SELECT sum(tweets) FROM campaign_daily"),
                 count(db, "SELECT count(*) FROM tweets"));
        // Tweets per campaign and quarter hour, as the rhythm chart reads them: the same rows both ways.
        QCOMPARE(count(db, QuarterHoursMismatch), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM campaign_quarter_hours"),
                 count(db, "SELECT count(*) FROM (SELECT DISTINCT campaign_id, time / 900 FROM tweets)"));
        QVERIFY(count(db, "SELECT count(*) FROM campaign_quarter_hours") > 100);

        // What the filters offer: most tweets first, every language of the selection once.
        QString error;
        const QList<Facet> languages = CacheFacets::languages(db, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(languages.size(),
                 count(db, "SELECT count(DISTINCT language) FROM tweets WHERE language <> ''"));
        for (int i = 1; i < languages.size(); ++i) {
            QVERIFY(languages.at(i - 1).tweets >= languages.at(i).tweets);
        }
        const auto quirks = count(db, "SELECT id FROM campaigns WHERE key='quirks'");
        const QList<Facet> quirkClients = CacheFacets::clients(db, {quirks}, &error);
        QCOMPARE(quirkClients.size(),
                 count(db, "SELECT count(DISTINCT client_id) FROM tweets WHERE campaign_id = (SELECT id FROM "
                           "campaigns WHERE key='quirks')"));
    }
    {
        // Back to schema 3, as a cache written by the previous version would be.
        Database raw;
        QVERIFY(raw.openFile(m_cache, Database::Mode::ReadWrite));
        QVERIFY(raw.exec("DROP TABLE campaign_languages; DROP TABLE campaign_clients; DROP TABLE "
                         "campaign_daily; DROP TABLE campaign_quarter_hours; PRAGMA user_version=3"));
    }
    QVERIFY(Schema::isOutdated(m_cache));
    {
        Database old;
        QVERIFY(!old.open(m_cache, Database::Mode::ReadOnly)); // read-only cannot upgrade: it says so
        QVERIFY2(old.errorString().contains("open it read-write once"), qPrintable(old.errorString()));
    }
    Database db;
    QVERIFY2(db.open(m_cache, Database::Mode::ReadWrite), qPrintable(db.errorString()));
    QVERIFY(!Schema::isOutdated(m_cache));
    QCOMPARE(count(db, languagesMatch), 0);
    QCOMPARE(count(db, clientsMatch), 0);
    QVERIFY(count(db, "SELECT count(*) FROM campaign_languages") > 1);
    QCOMPARE(
        count(db,
              "SELECT count(*) FROM (SELECT campaign_id, time / 86400, count(*) FROM tweets GROUP BY 1, 2 "
              "EXCEPT SELECT * FROM campaign_daily)"),
        0);
    QCOMPARE(count(db, QuarterHoursMismatch), 0);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM campaign_quarter_hours"),
             count(db, "SELECT count(*) FROM tweets"));
}

void TestImporter::cancelLeavesConsistentCacheAndResumes()
{
    QTemporaryDir folder;
    GeneratorOptions options;
    options.outputDirectory = folder.path();
    options.tweets = 200000;
    options.accounts = 300;
    options.seed = 11;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY(generated.ok);

    ImportOptions importOptions;
    importOptions.cachePath = m_cache;
    importOptions.inputs = {folder.path()};
    std::atomic_bool cancel{false};
    QElapsedTimer sinceCancel;
    const ImportSummary cancelled = Importer(importOptions)
                                        .run(
                                            [&](const ImportProgress &progress) {
                                                if (progress.tweetsAdded > 30000 && !cancel) {
                                                    cancel = true;
                                                    sinceCancel.start();
                                                }
                                            },
                                            &cancel);
    QVERIFY(cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(cancelled.tweetsAdded < generated.tweets);
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        const auto tweets = count(db, "SELECT count(*) FROM tweets");
        QCOMPARE(tweets, cancelled.tweetsAdded);
        QCOMPARE(count(db, "SELECT tweet_count FROM campaigns"), tweets);
        QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), tweets);
        QCOMPARE(count(db, "SELECT sum(tweets) FROM campaign_quarter_hours"), tweets);
        QCOMPARE(count(db, "SELECT count(*) FROM tweet_search"), tweets);
        QCOMPARE(count(db, "SELECT count(*) FROM source_files WHERE completed=0 AND format='twitter-tweets'"),
                 1);
    }
    const ImportSummary resumed = Importer(importOptions).run();
    QVERIFY(resumed.ok);
    QCOMPARE(resumed.filesResumed, 1);
    QCOMPARE(cancelled.tweetsAdded + resumed.tweetsAdded, generated.tweets);
    QCOMPARE(cancelled.duplicates + resumed.duplicates, generated.duplicateRows);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), generated.tweets);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM activity_daily"), generated.tweets);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM (SELECT campaign_id, time / 900, count(*) FROM tweets GROUP BY 1, "
                   "2 EXCEPT SELECT * FROM campaign_quarter_hours)"),
             0);
    QCOMPARE(count(db, "SELECT sum(tweets) FROM campaign_quarter_hours"), generated.tweets);
    QCOMPARE(count(db, "SELECT count(*) FROM rejects WHERE severity='rejected'"), generated.truncatedRecords);
}

void TestImporter::readableWhileImporting()
{
    QTemporaryDir folder;
    GeneratorOptions options;
    options.outputDirectory = folder.path();
    options.tweets = 150000;
    options.seed = 3;
    QVERIFY(ArchiveGenerator::generate(options).ok);
    ImportOptions importOptions;
    importOptions.cachePath = m_cache;
    importOptions.inputs = {folder.path()};
    importOptions.checkpointRecords = 10000;
    std::atomic_bool done{false};
    std::thread importThread([&] {
        Importer(importOptions).run();
        done = true;
    });
    // A reader sees committed checkpoints grow while the import runs, and is never refused.
    std::int64_t seen = 0;
    int reads = 0;
    while (!done) {
        Database reader;
        if (QFile::exists(m_cache) && reader.open(m_cache, Database::Mode::ReadOnly)) {
            const auto tweets = reader.scalar("SELECT tweet_count FROM campaigns", 0);
            QVERIFY(tweets >= seen);
            seen = tweets;
            ++reads;
        }
        QThread::msleep(20);
    }
    importThread.join();
    QVERIFY(reads > 3);
    QVERIFY(seen > 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
