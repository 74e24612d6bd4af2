#include "core/synth/archivegenerator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <algorithm>
#include <vector>

using namespace trove;

namespace {

const QByteArray usersHeader = "\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_"
                               "location\",\"user_profile_description\","
                               "\"user_profile_url\",\"follower_count\",\"following_count\",\"account_"
                               "creation_date\",\"account_language\"\n";

const QByteArray tweetsHeader =
    "\"tweetid\",\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\",\"tweet_language\",\"tweet_text\",\"tweet_time\","
    "\"tweet_client_name\",\"in_reply_to_userid\",\"in_reply_to_tweetid\",\"quoted_tweet_tweetid\",\"is_"
    "retweet\","
    "\"retweet_userid\",\"retweet_tweetid\",\"latitude\",\"longitude\",\"quote_count\",\"reply_count\","
    "\"like_count\",\"retweet_count\",\"hashtags\",\"urls\",\"user_mentions\",\"poll_choices\"\n";

// Column indexes of the tweets file, as in the header above.
enum TweetColumn {
    TweetId = 0,
    UserId = 1,
    AccountCreationDate = 9,
    TweetLanguage = 11,
    TweetText = 12,
    TweetTime = 13,
    InReplyToUserId = 15,
    InReplyToTweetId = 16,
    QuotedTweetId = 17,
    IsRetweet = 18,
    RetweetUserId = 19,
    RetweetTweetId = 20,
    QuoteCount = 23,
    Hashtags = 27,
    Urls = 28,
    UserMentions = 29,
    TweetColumnCount = 31
};

struct Record
{
    QList<QByteArray> fields;
    QByteArray raw; // the record's bytes as written, line end included
};

/** A file read by an independent RFC 4180 parser, so that the test does not trust any Trove reader. */
struct ParsedCsv
{
    std::vector<Record> records; // complete records, header included
    bool truncated = false;      // input ended inside a quoted field
    int truncatedFieldCount = 0;
    bool finalNewline = true;
};

ParsedCsv parseCsv(const QByteArray &data)
{
    ParsedCsv parsed;
    Record record;
    QByteArray field;
    qsizetype recordStart = 0;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (qsizetype index = 0; index < data.size(); ++index) {
        const char character = data.at(index);
        if (inQuotes) {
            if (character == '"') {
                if (index + 1 < data.size() && data.at(index + 1) == '"') {
                    field += '"';
                    ++index;
                } else {
                    inQuotes = false;
                }
            } else {
                field += character;
            }
        } else if (character == '"') {
            inQuotes = true;
            fieldStarted = true;
        } else if (character == ',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (character == '\n') {
            record.fields.append(field);
            record.raw = data.mid(recordStart, index + 1 - recordStart);
            parsed.records.push_back(record);
            record = Record();
            field.clear();
            fieldStarted = false;
            recordStart = index + 1;
        } else {
            field += character;
            fieldStarted = true;
        }
    }
    if (recordStart < data.size()) {
        parsed.finalNewline = false;
        parsed.truncated = inQuotes;
        parsed.truncatedFieldCount = int(record.fields.size()) + (fieldStarted ? 1 : 0);
    }
    return parsed;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QString tweetsPartName(const QString &campaign, int part, int parts)
{
    if (parts == 1)
        return campaign + QStringLiteral("_tweets_csv_hashed.csv");
    return campaign + QStringLiteral("_tweets_csv_hashed_%1.csv").arg(part);
}

qint64 minutesOf(const QByteArray &tweetTime)
{
    // Parsed field by field: a local-time parse would trip over daylight-saving gaps.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(tweetTime));
    if (!match.hasMatch())
        return -1;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return -1;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() / 60;
}

bool isHexDigest(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(value)).hasMatch();
}

bool isDigits(const QByteArray &value)
{
    return !value.isEmpty() &&
           std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/** Items of a list column written by the generator with simple items (hashtags, ids). */
QList<QByteArray> simpleListItems(const QByteArray &column)
{
    if (column.isEmpty() || column == "[]")
        return {};
    return column.mid(1, column.size() - 2).split(',');
}

} // namespace

class TestArchiveGenerator : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndStatistics_data();
    void recordsAndStatistics();
    void deterministicForSeed();
    void idsTimesAndTargets();
    void contentLooksLikeTheArchives();
    void accountsLookLikeTheArchives();
    void zipMatchesPlainOutput();
    void campaignPrefix_data();
    void campaignPrefix();
    void withoutUsersFile();
    void progressAndCancel();
    void reportsErrors();

private:
    GeneratorResult generate(const QString &directory, std::int64_t tweets, int parts, bool quirks,
                             std::uint64_t seed = 42, bool zip = false);
    void loadTweets(const GeneratorResult &result, int parts, std::vector<Record> *rows);
};

GeneratorResult TestArchiveGenerator::generate(const QString &directory, std::int64_t tweets, int parts,
                                               bool quirks, std::uint64_t seed, bool zip)
{
    GeneratorOptions options;
    options.outputDirectory = directory;
    options.tweets = tweets;
    options.accounts = 200;
    options.parts = parts;
    options.quirks = quirks;
    options.seed = seed;
    options.zip = zip;
    return ArchiveGenerator::generate(options);
}

void TestArchiveGenerator::loadTweets(const GeneratorResult &result, int parts, std::vector<Record> *rows)
{
    const QDir directory = QFileInfo(result.readmeFile).dir();
    for (int part = 1; part <= parts; ++part) {
        const ParsedCsv parsed =
            parseCsv(readAll(directory.filePath(tweetsPartName(result.campaign, part, parts))));
        QVERIFY(!parsed.records.empty());
        rows->insert(rows->end(), parsed.records.begin() + 1, parsed.records.end());
    }
}

void TestArchiveGenerator::recordsAndStatistics_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<bool>("quirks");
    QTest::addColumn<qint64>("tweets");

    QTest::newRow("one part with quirks") << 1 << true << qint64(20000);
    QTest::newRow("three parts with quirks") << 3 << true << qint64(20000);
    QTest::newRow("three parts without quirks") << 3 << false << qint64(20000);
    QTest::newRow("more parts than tweets") << 4 << true << qint64(2);
    QTest::newRow("no tweets") << 1 << false << qint64(0);
}

void TestArchiveGenerator::recordsAndStatistics()
{
    QFETCH(int, parts);
    QFETCH(bool, quirks);
    QFETCH(qint64, tweets);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const GeneratorResult result = generate(directory.path(), tweets, parts, quirks);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.campaign, QStringLiteral("synthetic-demo"));

    // The files named in the result, in the order written, and nothing else beside the README.
    QStringList expectedNames{QStringLiteral("synthetic-demo_users_csv_hashed.csv")};
    for (int part = 1; part <= parts; ++part)
        expectedNames.append(tweetsPartName(result.campaign, part, parts));
    QStringList names;
    for (const QString &file : result.files)
        names.append(QFileInfo(file).fileName());
    QCOMPARE(names, expectedNames);
    QStringList onDisk = QDir(directory.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QStringList expectedOnDisk = expectedNames;
    expectedOnDisk.append(QStringLiteral("README-SYNTHETIC.txt"));
    expectedOnDisk.sort();
    QCOMPARE(onDisk, expectedOnDisk);

    qint64 bytes = 0;
    const QByteArray users = readAll(result.files.constFirst());
    bytes += users.size();
    QVERIFY(users.startsWith(usersHeader));
    const ParsedCsv parsedUsers = parseCsv(users);
    QVERIFY(parsedUsers.finalNewline);
    QCOMPARE(int(parsedUsers.records.size()), 200 + 1);
    for (const Record &record : parsedUsers.records)
        QCOMPARE(record.fields.size(), 10);

    QHash<QByteArray, QByteArray> firstRawById;
    QSet<QByteArray> accounts;
    qint64 duplicates = 0;
    qint64 truncated = 0;
    int blankLists = 0;
    int bracketLists = 0;
    int floatCounts = 0;
    for (int part = 1; part <= parts; ++part) {
        const QByteArray data = readAll(result.files.at(part));
        bytes += data.size();
        QVERIFY2(data.startsWith(tweetsHeader), qPrintable(names.at(part)));
        QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!data.contains('\r'));
        const ParsedCsv parsed = parseCsv(data);
        const bool last = part == parts;
        if (quirks && last) {
            // One record cut inside its quoted tweet_text: the twelve fields before it, then the open text.
            QVERIFY(parsed.truncated);
            QCOMPARE(parsed.truncatedFieldCount, TweetText + 1);
            ++truncated;
        } else {
            QVERIFY2(parsed.finalNewline, qPrintable(names.at(part)));
        }
        for (std::size_t index = 1; index < parsed.records.size(); ++index) {
            const Record &record = parsed.records[index];
            QCOMPARE(record.fields.size(), int(TweetColumnCount));
            const QByteArray &tweetId = record.fields.at(TweetId);
            const auto seen = firstRawById.constFind(tweetId);
            if (seen != firstRawById.constEnd()) {
                QCOMPARE(record.raw, seen.value()); // a duplicate repeats its row byte for byte
                ++duplicates;
                if (index == 1)
                    QVERIFY(part > 1); // only later parts start with rows of an earlier one
                continue;
            }
            // Split parts overlap: with quirks, a part after one with rows starts by repeating some of them.
            if (quirks && part > 1 && index == 1)
                QVERIFY2(firstRawById.isEmpty(), "a later part starts with an overlap");
            firstRawById.insert(tweetId, record.raw);
            accounts.insert(record.fields.at(UserId));
            for (const int column : {int(Hashtags), int(Urls), int(UserMentions)}) {
                blankLists += record.fields.at(column).isEmpty() ? 1 : 0;
                bracketLists += record.fields.at(column) == "[]" ? 1 : 0;
            }
            floatCounts += record.fields.at(QuoteCount).endsWith(".0") ? 1 : 0;
        }
    }

    QCOMPARE(qint64(firstRawById.size()), tweets);
    QCOMPARE(result.tweets, tweets);
    QCOMPARE(result.duplicateRows, duplicates);
    QCOMPARE(result.truncatedRecords, truncated);
    QCOMPARE(result.accounts, int(accounts.size()));
    QCOMPARE(result.bytes, bytes);
    if (quirks && tweets >= 10000) {
        // About 1 % duplicates, both spellings of an empty list, and counts re-exported as floats.
        QVERIFY2(duplicates > tweets / 200 && duplicates < tweets / 50,
                 qPrintable(QString::number(duplicates)));
        QVERIFY(blankLists > 0);
        QVERIFY(bracketLists > 0);
        QVERIFY(floatCounts > 0);
        // The users file lists a few accounts that never tweet.
        QVERIFY(result.accounts < 200);
    }
    if (!quirks) {
        QCOMPARE(duplicates, qint64(0));
        QCOMPARE(truncated, qint64(0));
        QCOMPARE(blankLists, 0);
        QCOMPARE(floatCounts, 0);
        QVERIFY(!users.contains(".0\""));
    }
}

void TestArchiveGenerator::deterministicForSeed()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QTemporaryDir other;
    const GeneratorResult firstResult = generate(first.path(), 5000, 2, true, 7);
    const GeneratorResult secondResult = generate(second.path(), 5000, 2, true, 7);
    const GeneratorResult otherResult = generate(other.path(), 5000, 2, true, 8);
    QVERIFY(firstResult.ok && secondResult.ok && otherResult.ok);

    const QStringList names = QDir(first.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 4);
    QCOMPARE(QDir(second.path()).entryList(QDir::Files, QDir::Name), names);
    for (const QString &name : names) {
        const QByteArray bytes = readAll(QDir(first.path()).filePath(name));
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes == readAll(QDir(second.path()).filePath(name)), qPrintable(name));
        if (name.endsWith(QLatin1String(".csv")))
            QVERIFY2(bytes != readAll(QDir(other.path()).filePath(name)), qPrintable(name));
    }
    QCOMPARE(secondResult.duplicateRows, firstResult.duplicateRows);
    QCOMPARE(secondResult.bytes, firstResult.bytes);
}

void TestArchiveGenerator::idsTimesAndTargets()
{
    QTemporaryDir directory;
    const GeneratorResult result = generate(directory.path(), 30000, 2, true);
    QVERIFY2(result.ok, qPrintable(result.errorString));

    // User columns of every tweet row equal the account's row in the users file.
    QHash<QByteArray, QList<QByteArray>> userFields;
    const ParsedCsv users = parseCsv(readAll(result.files.constFirst()));
    for (std::size_t index = 1; index < users.records.size(); ++index)
        userFields.insert(users.records[index].fields.at(0), users.records[index].fields);
    QCOMPARE(userFields.size(), 200);

    std::vector<Record> rows;
    loadTweets(result, 2, &rows);
    if (QTest::currentTestFailed())
        return;

    struct Tweet
    {
        quint64 id;
        qint64 minute;
    };
    QHash<QByteArray, QByteArray> authorOf; // tweet id -> user id, distinct tweets only
    QHash<QByteArray, QByteArray> replyTargetOf;
    std::vector<Tweet> tweets;
    const qint64 firstMinute = QDateTime(QDate(2009, 5, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
    const qint64 lastMinute = QDateTime(QDate(2018, 6, 30), QTime(23, 59), Qt::UTC).toSecsSinceEpoch() / 60;
    constexpr qint64 snowflakeEpoch = Q_INT64_C(1288834974657);
    int archiveRetweets = 0;
    int archiveReplies = 0;
    int archiveQuotes = 0;
    for (const Record &row : rows) {
        const QList<QByteArray> &fields = row.fields;
        const QByteArray &tweetId = fields.at(TweetId);
        if (authorOf.contains(tweetId))
            continue; // a duplicate row, checked elsewhere
        QVERIFY2(isDigits(tweetId) && tweetId.size() <= 19, tweetId.constData());
        bool ok = false;
        const quint64 id = tweetId.toULongLong(&ok);
        QVERIFY(ok && id < (quint64(1) << 63));

        const qint64 minute = minutesOf(fields.at(TweetTime));
        QVERIFY2(minute >= firstMinute && minute <= lastMinute, fields.at(TweetTime).constData());
        const auto account = userFields.constFind(fields.at(UserId));
        QVERIFY(account != userFields.constEnd());
        QCOMPARE(fields.mid(1, 10), account.value());
        QVERIFY2(fields.at(TweetTime).left(10) >= fields.at(AccountCreationDate), tweetId.constData());

        // Snowflake ids carry their millisecond; older ids are smaller and merely grow with time.
        if (id > Q_UINT64_C(100000000000)) {
            QCOMPARE(qint64((id >> 22) + snowflakeEpoch) / 60000, minute);
        } else {
            QVERIFY(minute < QDateTime(QDate(2010, 11, 5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60);
        }

        const QByteArray &retweetId = fields.at(RetweetTweetId);
        if (fields.at(IsRetweet) == "true") {
            QVERIFY(fields.at(TweetText).startsWith("RT @"));
            QVERIFY(isDigits(retweetId));
            QVERIFY(retweetId.toULongLong() < id);
            QVERIFY(!fields.at(RetweetUserId).isEmpty());
            if (authorOf.contains(retweetId)) {
                ++archiveRetweets;
                QCOMPARE(fields.at(RetweetUserId), authorOf.value(retweetId));
            }
            // The retweeted account comes first in user_mentions, bare if numeric, quoted if hashed.
            const QByteArray &retweetUserId = fields.at(RetweetUserId);
            const QByteArray mentioned =
                isDigits(retweetUserId) ? retweetUserId : QByteArray("'" + retweetUserId + "'");
            QVERIFY(fields.at(UserMentions).startsWith(QByteArray("[" + mentioned)));
        } else {
            QCOMPARE(fields.at(IsRetweet), QByteArray("false"));
            QVERIFY(retweetId.isEmpty());
            QVERIFY(fields.at(RetweetUserId).isEmpty());
        }
        const QByteArray &replyId = fields.at(InReplyToTweetId);
        if (!replyId.isEmpty()) {
            QVERIFY(replyId.toULongLong() < id);
            QVERIFY(!fields.at(InReplyToUserId).isEmpty());
            QVERIFY(fields.at(TweetText).startsWith('@'));
            if (authorOf.contains(replyId)) {
                ++archiveReplies;
                QCOMPARE(fields.at(InReplyToUserId), authorOf.value(replyId));
                replyTargetOf.insert(tweetId, replyId);
            }
        }
        const QByteArray &quotedId = fields.at(QuotedTweetId);
        if (!quotedId.isEmpty()) {
            QVERIFY(quotedId.toULongLong() < id);
            archiveQuotes += authorOf.contains(quotedId) ? 1 : 0;
        }
        authorOf.insert(tweetId, fields.at(UserId));
        tweets.push_back(Tweet{id, minute});
    }
    QCOMPARE(qint64(tweets.size()), result.tweets);
    QVERIFY(archiveRetweets > 1000);
    QVERIFY(archiveReplies > 1000);
    QVERIFY(archiveQuotes > 100);

    // Threads: replies to replies to replies.
    int longestThread = 0;
    for (auto it = replyTargetOf.constBegin(); it != replyTargetOf.constEnd(); ++it) {
        int depth = 1;
        QByteArray target = it.value();
        while (replyTargetOf.contains(target) && depth < 100) {
            target = replyTargetOf.value(target);
            ++depth;
        }
        longestThread = std::max(longestThread, depth);
    }
    QVERIFY2(longestThread >= 3, qPrintable(QString::number(longestThread)));

    // Ordered by id, the times never go back.
    std::sort(tweets.begin(), tweets.end(),
              [](const Tweet &left, const Tweet &right) { return left.id < right.id; });
    for (std::size_t index = 1; index < tweets.size(); ++index)
        QVERIFY(tweets[index].minute >= tweets[index - 1].minute);
    // The 2016 US election burst: November 2016 is far busier than November 2015.
    const auto inMonth = [&](int year, int month) {
        const qint64 start = QDateTime(QDate(year, month, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
        const qint64 end =
            QDateTime(QDate(year, month, 1).addMonths(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
        return std::count_if(tweets.begin(), tweets.end(),
                             [&](const Tweet &tweet) { return tweet.minute >= start && tweet.minute < end; });
    };
    QVERIFY(inMonth(2016, 11) > 3 * inMonth(2015, 11));
    QVERIFY(inMonth(2009, 6) > 0);
    QVERIFY(inMonth(2018, 6) > 0);
}

void TestArchiveGenerator::contentLooksLikeTheArchives()
{
    QTemporaryDir directory;
    const GeneratorResult result = generate(directory.path(), 20000, 1, true);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    std::vector<Record> rows;
    loadTweets(result, 1, &rows);
    if (QTest::currentTestFailed())
        return;

    int retweets = 0;
    int replies = 0;
    int quotes = 0;
    int newlines = 0;
    int embeddedQuotes = 0;
    QSet<QByteArray> languages;
    QSet<QByteArray> clients;
    QSet<QByteArray> seen;
    bool numericMention = false;
    bool hashedMention = false;
    for (const Record &row : rows) {
        const QList<QByteArray> &fields = row.fields;
        if (seen.contains(fields.at(TweetId)))
            continue;
        seen.insert(fields.at(TweetId));
        const QByteArray &text = fields.at(TweetText);
        QVERIFY(!text.isEmpty());
        retweets += fields.at(IsRetweet) == "true" ? 1 : 0;
        replies += fields.at(InReplyToTweetId).isEmpty() ? 0 : 1;
        quotes += fields.at(QuotedTweetId).isEmpty() ? 0 : 1;
        newlines += text.contains('\n') ? 1 : 0;
        embeddedQuotes += text.contains('"') ? 1 : 0;
        languages.insert(fields.at(TweetLanguage));
        clients.insert(fields.at(14));
        // Every hashtag listed is written in the text.
        for (const QByteArray &item : simpleListItems(fields.at(Hashtags))) {
            const QByteArray tag = item.trimmed();
            QVERIFY2(tag.startsWith('\'') && tag.endsWith('\''), tag.constData());
            QVERIFY2(text.contains(QByteArray("#" + tag.mid(1, tag.size() - 2))), text.constData());
        }
        for (const QByteArray &item : simpleListItems(fields.at(UserMentions))) {
            const QByteArray mention = item.trimmed();
            numericMention = numericMention || isDigits(mention);
            hashedMention = hashedMention || (mention.startsWith('\'') && mention.endsWith('\''));
            QVERIFY2(isDigits(mention) || (mention.startsWith('\'') && mention.endsWith('\'')),
                     mention.constData());
        }
        if (!fields.at(Urls).isEmpty() && fields.at(Urls) != "[]")
            QVERIFY(text.contains("https://t.co/"));
    }
    const double count = double(seen.size());
    QVERIFY2(retweets / count > 0.30 && retweets / count < 0.45,
             qPrintable(QString::number(retweets / count)));
    QVERIFY2(replies / count > 0.07 && replies / count < 0.13, qPrintable(QString::number(replies / count)));
    QVERIFY2(quotes / count > 0.03 && quotes / count < 0.08, qPrintable(QString::number(quotes / count)));
    QVERIFY2(newlines / count > 0.25 && newlines / count < 0.42,
             qPrintable(QString::number(newlines / count)));
    QVERIFY(embeddedQuotes > 0);
    QVERIFY(numericMention);
    QVERIFY(hashedMention);
    for (const char *language : {"en", "ru", "ar", "fa", "de", "und", ""})
        QVERIFY2(languages.contains(QByteArray(language)), language);
    for (const char *client : {"Twitter Web Client", "TweetDeck", "twitterfeed", "Twitter for iPhone",
                               "Twitter for Android", "IFTTT", "dlvr.it", "Buffer", "WordPress.com"})
        QVERIFY2(clients.contains(QByteArray(client)), client);

    // The scripts and sequences an importer and a search index must survive.
    const QByteArray all = readAll(result.files.at(1));
    QVERIFY(all.contains(QStringLiteral("Путин").toUtf8()));         // Cyrillic
    QVERIFY(all.contains(QStringLiteral("سوريا").toUtf8()));         // Arabic
    QVERIFY(all.contains(QStringLiteral("می\u200cخواهم").toUtf8())); // Persian ZWNJ
    QVERIFY(all.contains(QStringLiteral("\u06cc").toUtf8()) &&
            all.contains(QStringLiteral("\u06a9").toUtf8()));
    QVERIFY(all.contains(QStringLiteral("👨\u200d👩\u200d👧").toUtf8())); // ZWJ emoji
    QVERIFY(all.contains(QStringLiteral("🇷🇺").toUtf8()));              // flag
    QVERIFY(all.contains("&amp;") && all.contains("&lt;") && all.contains("&gt;"));
    QVERIFY(all.contains(",\"absent\",\"absent\","));
    QVERIFY(all.contains(",\"present\",\"present\","));
    QVERIFY(QRegularExpression(QStringLiteral(",\"-?\\d+\\.\\d{4}\",\"-?\\d+\\.\\d{4}\","))
                .match(QString::fromUtf8(all))
                .hasMatch());
    QVERIFY(all.contains("\"[\"\"http://www.example.org/2016/11/o'brien-says-vote-was-rigged/\"\"]\"") ||
            all.contains("\"\"http://www.example.org/2016/11/o'brien-says-vote-was-rigged/\"\""));
}

void TestArchiveGenerator::accountsLookLikeTheArchives()
{
    QTemporaryDir directory;
    GeneratorOptions options;
    options.outputDirectory = directory.path();
    options.tweets = 100;
    options.accounts = 2000;
    const GeneratorResult result = ArchiveGenerator::generate(options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    const ParsedCsv users = parseCsv(readAll(result.files.constFirst()));
    QCOMPARE(int(users.records.size()), 2001);

    int numeric = 0;
    int hexDigests = 0;
    int tokens = 0;
    int descriptionsWithNewline = 0;
    int rightToLeftNames = 0;
    int floatCounts = 0;
    QSet<QByteArray> ids;
    QSet<QByteArray> screenNames;
    QSet<QByteArray> languages;
    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9+/_=-]{41,44}$"));
    for (std::size_t index = 1; index < users.records.size(); ++index) {
        const QList<QByteArray> &fields = users.records[index].fields;
        const QByteArray &userId = fields.at(0);
        QVERIFY(!ids.contains(userId));
        ids.insert(userId);
        if (isDigits(userId)) {
            ++numeric;
            QVERIFY(fields.at(2) != userId);
            QVERIFY(!screenNames.contains(fields.at(2).toLower()));
            screenNames.insert(fields.at(2).toLower());
            QVERIFY(fields.at(6).toDouble() >= 5000);
            const QString name = QString::fromUtf8(fields.at(1));
            rightToLeftNames += name.isRightToLeft() ? 1 : 0;
        } else {
            QVERIFY2(isHexDigest(userId) || tokenPattern.match(QString::fromLatin1(userId)).hasMatch(),
                     userId.constData());
            (isHexDigest(userId) ? hexDigests : tokens) += 1;
            QCOMPARE(fields.at(1), userId);
            QCOMPARE(fields.at(2), userId);
        }
        const QByteArray &created = fields.at(8);
        QVERIFY2(created >= "2009-01-01" && created <= "2017-12-31" && created.size() == 10,
                 created.constData());
        languages.insert(fields.at(9));
        descriptionsWithNewline += fields.at(4).contains('\n') ? 1 : 0;
        floatCounts += fields.at(6).endsWith(".0") ? 1 : 0;
        QVERIFY(fields.at(5).isEmpty() || fields.at(5).startsWith("https://t.co/"));
    }
    // About 10 % / 45 % / 45 %.
    QVERIFY2(numeric > 120 && numeric < 300, qPrintable(QString::number(numeric)));
    QVERIFY(hexDigests > 750 && hexDigests < 1050);
    QVERIFY(tokens > 750 && tokens < 1050);
    QVERIFY(descriptionsWithNewline > 0);
    QVERIFY(rightToLeftNames > 0);
    QVERIFY(floatCounts > 0);
    for (const char *language : {"en", "ru", "ar", "fa", "de", "es"})
        QVERIFY2(languages.contains(QByteArray(language)), language);
}

void TestArchiveGenerator::zipMatchesPlainOutput()
{
    QTemporaryDir zipped;
    QTemporaryDir zippedAgain;
    QTemporaryDir plain;
    const GeneratorResult zipResult = generate(zipped.path(), 3000, 2, true, 5, true);
    QVERIFY2(zipResult.ok, qPrintable(zipResult.errorString));
    const GeneratorResult againResult = generate(zippedAgain.path(), 3000, 2, true, 5, true);
    QVERIFY(againResult.ok);
    const GeneratorResult plainResult = generate(plain.path(), 3000, 2, true, 5, false);
    QVERIFY(plainResult.ok);

    QCOMPARE(zipResult.files.size(), 2);
    QCOMPARE(QFileInfo(zipResult.files.at(0)).fileName(),
             QStringLiteral("synthetic-demo_users_csv_hashed.zip"));
    QCOMPARE(QFileInfo(zipResult.files.at(1)).fileName(),
             QStringLiteral("synthetic-demo_tweets_csv_hashed.zip"));
    QCOMPARE(zipResult.bytes, plainResult.bytes);
    QCOMPARE(zipResult.tweets, plainResult.tweets);
    QCOMPARE(zipResult.duplicateRows, plainResult.duplicateRows);
    // No temporaries left behind.
    QCOMPARE(QDir(zipped.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral("README-SYNTHETIC.txt"),
                          QStringLiteral("synthetic-demo_tweets_csv_hashed.zip"),
                          QStringLiteral("synthetic-demo_users_csv_hashed.zip")}));

    const QList<QStringList> expectedEntries{{QStringLiteral("synthetic-demo_users_csv_hashed.csv")},
                                             {QStringLiteral("synthetic-demo_tweets_csv_hashed_1.csv"),
                                              QStringLiteral("synthetic-demo_tweets_csv_hashed_2.csv")}};
    for (int index = 0; index < 2; ++index) {
        const QString &zipPath = zipResult.files.at(index);
        QCOMPARE(readAll(zipPath), readAll(againResult.files.at(index))); // zips are deterministic too
        int errorCode = 0;
        zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &errorCode);
        QVERIFY2(archive != nullptr, qPrintable(zipPath));
        QStringList names;
        const zip_int64_t entries = zip_get_num_entries(archive, 0);
        for (zip_int64_t entry = 0; entry < entries; ++entry) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            QCOMPARE(zip_stat_index(archive, zip_uint64_t(entry), 0, &stat), 0);
            const QString name = QString::fromUtf8(stat.name);
            names.append(name);
            QCOMPARE(int(stat.comp_method), int(ZIP_CM_DEFLATE));
            QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(entry), 0);
            QVERIFY(file != nullptr);
            QCOMPARE(zip_fread(file, content.data(), stat.size), zip_int64_t(stat.size));
            zip_fclose(file);
            QVERIFY2(content == readAll(QDir(plain.path()).filePath(name)), qPrintable(name));
        }
        zip_discard(archive);
        QCOMPARE(names, expectedEntries.at(index));
    }
}

void TestArchiveGenerator::campaignPrefix_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain name") << QStringLiteral("ira") << QStringLiteral("synthetic-ira");
    QTest::newRow("already synthetic") << QStringLiteral("synthetic") << QStringLiteral("synthetic");
    QTest::newRow("synthetic prefix")
        << QStringLiteral("synthetic_iran_2019") << QStringLiteral("synthetic_iran_2019");
    QTest::newRow("case matters") << QStringLiteral("Synthetic-x") << QStringLiteral("synthetic-Synthetic-x");
    QTest::newRow("empty") << QString() << QStringLiteral("synthetic-demo");
    QTest::newRow("non-ASCII") << QStringLiteral("иран") << QStringLiteral("synthetic-иран");
}

void TestArchiveGenerator::campaignPrefix()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);

    QTemporaryDir directory;
    GeneratorOptions options;
    options.outputDirectory = directory.path();
    options.tweets = 50;
    options.campaign = requested;
    const GeneratorResult result = ArchiveGenerator::generate(options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.campaign, expected);
    QCOMPARE(QFileInfo(result.files.at(0)).fileName(), expected + QStringLiteral("_users_csv_hashed.csv"));
    QCOMPARE(QFileInfo(result.files.at(1)).fileName(), expected + QStringLiteral("_tweets_csv_hashed.csv"));
    const QString readme = QString::fromUtf8(readAll(result.readmeFile));
    QVERIFY(readme.contains(QLatin1String("SYNTHETIC")));
    QVERIFY(readme.contains(QStringLiteral("campaign: ") + expected));
    QVERIFY(readme.contains(QLatin1String("seed: 1")));
}

void TestArchiveGenerator::withoutUsersFile()
{
    QTemporaryDir directory;
    GeneratorOptions options;
    options.outputDirectory = directory.path();
    options.tweets = 100;
    options.usersFile = false;
    const GeneratorResult result = ArchiveGenerator::generate(options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.files.size(), 1);
    QVERIFY(result.files.at(0).endsWith(QLatin1String("synthetic-demo_tweets_csv_hashed.csv")));
    QVERIFY(!QFile::exists(
        QDir(directory.path()).filePath(QStringLiteral("synthetic-demo_users_csv_hashed.csv"))));
    QCOMPARE(result.bytes, QFileInfo(result.files.at(0)).size());
}

void TestArchiveGenerator::progressAndCancel()
{
    QTemporaryDir directory;
    GeneratorOptions options;
    options.outputDirectory = directory.path();
    options.tweets = 25000;
    QList<std::int64_t> reports;
    const GeneratorResult finished = ArchiveGenerator::generate(options, [&](std::int64_t written) {
        reports.append(written);
        return true;
    });
    QVERIFY(finished.ok);
    QCOMPARE(reports, QList<std::int64_t>({10000, 20000, 25000}));

    QTemporaryDir cancelled;
    options.outputDirectory = cancelled.path();
    options.tweets = 100000;
    int calls = 0;
    const GeneratorResult result =
        ArchiveGenerator::generate(options, [&](std::int64_t) { return ++calls < 2; });
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString, QStringLiteral("cancelled"));
    QCOMPARE(calls, 2);
    // Nothing half-written stays behind.
    QCOMPARE(QDir(cancelled.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestArchiveGenerator::reportsErrors()
{
    QTemporaryDir directory;
    const QString blocker = QDir(directory.path()).filePath(QStringLiteral("not-a-directory"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    GeneratorOptions options;
    options.outputDirectory = blocker;
    GeneratorResult result = ArchiveGenerator::generate(options);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.contains(QLatin1String("not-a-directory")), qPrintable(result.errorString));

    options.outputDirectory = directory.path();
    options.accounts = 0;
    result = ArchiveGenerator::generate(options);
    QVERIFY(!result.ok);
    QVERIFY(!result.errorString.isEmpty());

    options.accounts = 10;
    options.parts = 0;
    result = ArchiveGenerator::generate(options);
    QVERIFY(!result.ok);

    options.parts = 1;
    options.campaign = QStringLiteral("../escape");
    result = ArchiveGenerator::generate(options);
    QVERIFY(!result.ok);
    QVERIFY(result.errorString.contains(QLatin1String("escape")));
}

QTEST_GUILESS_MAIN(TestArchiveGenerator)
#include "tst_archivegenerator.moc"
