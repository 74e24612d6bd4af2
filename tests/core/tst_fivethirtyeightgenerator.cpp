#include "core/db/database.h"
#include "core/import/formatdetector.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace trove;
using namespace trove::test;

namespace {

// Verbatim from the spec (../shared/spec/archive-formats.md, section 2).
const QByteArray HeaderV1 = "external_author_id,author,content,region,language,publish_date,harvested_date,"
                            "following,followers,updates,post_type,account_type,retweet,account_category,"
                            "new_june_2018";
const QByteArray HeaderV2 =
    HeaderV1 + ",alt_external_id,tweet_id,article_url,tco1_step1,tco2_step1,tco3_step1";

enum Column {
    ExternalAuthorId = 0,
    Author = 1,
    Content = 2,
    Language = 4,
    PublishDate = 5,
    HarvestedDate = 6,
    PostType = 10,
    AccountType = 11,
    Retweet = 12,
    AccountCategory = 13,
    NewJune2018 = 14,
    AltExternalId = 15,
    TweetId = 16,
    ArticleUrl = 17,
    Tco1Step1 = 18,
};

const QStringList Categories{"RightTroll", "LeftTroll",  "NewsFeed",   "HashtagGamer",
                             "Fearmonger", "Commercial", "NonEnglish", "Unknown"};

struct Record
{
    QList<QByteArray> fields;
    QByteArray raw;        // the record's bytes without its line end
    QByteArray terminator; // "\n", "\r\n" or empty for a last record without one
};

/**
 * A file read by an independent RFC 4180 parser that knows minimal quoting and both line ends, so that
 * the test trusts no Trove reader.
 */
std::vector<Record> parseCsv(const QByteArray &data)
{
    std::vector<Record> records;
    Record record;
    QByteArray field;
    qsizetype start = 0;
    bool inQuotes = false;
    for (qsizetype index = 0; index < data.size(); ++index) {
        const char character = data.at(index);
        if (inQuotes) {
            if (character == '"' && index + 1 < data.size() && data.at(index + 1) == '"') {
                field += '"';
                ++index;
            } else if (character == '"') {
                inQuotes = false;
            } else {
                field += character;
            }
        } else if (character == '"') {
            inQuotes = true;
        } else if (character == ',') {
            record.fields.append(field);
            field.clear();
        } else if (character == '\n' ||
                   (character == '\r' && index + 1 < data.size() && data.at(index + 1) == '\n')) {
            record.fields.append(field);
            record.raw = data.mid(start, index - start);
            record.terminator = character == '\n' ? QByteArray("\n") : QByteArray("\r\n");
            index += character == '\r' ? 1 : 0;
            records.push_back(record);
            record = Record();
            field.clear();
            start = index + 1;
        } else {
            field += character;
        }
    }
    if (start < data.size()) {
        record.fields.append(field);
        record.raw = data.mid(start);
        records.push_back(record);
    }
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The exporter's quotes removed, as the importer must read the text back. */
QByteArray unwrapped(const QByteArray &content)
{
    if (content.size() >= 3 && content.startsWith('\'') && content.endsWith('\'') &&
        QByteArray("@-+=\\").contains(content.at(1)))
        return content.mid(1, content.size() - 2);
    return content;
}

/** A date of the spreadsheet part (10/1/17 19:58) spelled as the exported ones (10/1/2017 19:58). */
QByteArray fourDigitYear(const QByteArray &date)
{
    const qsizetype yearStart = date.indexOf('/', date.indexOf('/') + 1) + 1;
    const qsizetype yearEnd = date.indexOf(' ');
    if (yearEnd - yearStart != 2)
        return date;
    return date.left(yearStart) + "20" + date.mid(yearStart);
}

/** external_author_id as the exporter rounds ids of more than 15 digits: three significant digits. */
QByteArray rounded(const QByteArray &exact)
{
    if (exact.size() <= 15)
        return exact;
    const qulonglong value = exact.toULongLong();
    qulonglong unit = 1;
    for (qsizetype digit = 0; digit < exact.size() - 3; ++digit)
        unit *= 10;
    return QByteArray::number((value + unit / 2) / unit * unit);
}

/** 9.06E+17 back to the whole number a spreadsheet meant. */
QByteArray fromScientific(const QByteArray &scientific)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d)(?:\\.(\\d{1,2}))?E\\+(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(scientific));
    if (!match.hasMatch())
        return QByteArray();
    const QByteArray digits = (match.captured(1) + match.captured(2)).toLatin1();
    const int exponent = match.captured(3).toInt();
    return digits + QByteArray(exponent + 1 - digits.size(), '0');
}

} // namespace

class TestFiveThirtyEightGenerator : public QObject
{
    Q_OBJECT

private slots:
    void filesLookLikeTheGenuineOnes_data();
    void filesLookLikeTheGenuineOnes();
    void importsWithTheExpectedCounts_data();
    void importsWithTheExpectedCounts();
    void deterministicForSeed();
    void withoutQuirks();
    void cancelRemovesTheFiles();
    void commandLine();

private:
    static GeneratorResult generate(const QString &directory, int version, std::int64_t tweets, int parts,
                                    bool quirks = true, std::uint64_t seed = 538, bool zip = false);
};

GeneratorResult TestFiveThirtyEightGenerator::generate(const QString &directory, int version,
                                                       std::int64_t tweets, int parts, bool quirks,
                                                       std::uint64_t seed, bool zip)
{
    GeneratorOptions options;
    options.format = GeneratorFormat::FiveThirtyEight;
    options.fiveThirtyEightVersion = version;
    options.outputDirectory = directory;
    options.tweets = tweets;
    options.accounts = 300;
    options.parts = parts;
    options.quirks = quirks;
    options.seed = seed;
    options.zip = zip;
    return ArchiveGenerator::generate(options);
}

void TestFiveThirtyEightGenerator::filesLookLikeTheGenuineOnes_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("version 1") << 1;
    QTest::newRow("version 2") << 2;
}

void TestFiveThirtyEightGenerator::filesLookLikeTheGenuineOnes()
{
    QFETCH(int, version);
    const int parts = 3;
    const qint64 tweets = 30000;
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const GeneratorResult result = generate(directory.path(), version, tweets, parts);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.campaign, QStringLiteral("synthetic-demo"));

    // The genuine names behind the campaign prefix, no users file, and the README beside them.
    QStringList names;
    for (int part = 1; part <= parts; ++part)
        names.append(QStringLiteral("synthetic-demo_IRAhandle_tweets_%1.csv").arg(part));
    QStringList written;
    for (const QString &file : result.files)
        written.append(QFileInfo(file).fileName());
    QCOMPARE(written, names);
    QStringList expectedOnDisk = names + QStringList{"README-SYNTHETIC.txt"};
    expectedOnDisk.sort();
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expectedOnDisk);
    const QByteArray readme = readAll(result.readmeFile);
    QVERIFY(readme.startsWith("SYNTHETIC DATA GENERATED BY TROVE"));
    QVERIFY(readme.contains("FiveThirtyEight"));
    QVERIFY(readme.contains(QByteArray(QByteArray("version ") + QByteArray::number(version))));

    const QByteArray header = version == 1 ? HeaderV1 : HeaderV2;
    const int columns = version == 1 ? 15 : 21;
    const ColumnBinding binding = FormatDetector::detect(split(header.split(',')));
    QCOMPARE(binding.format, ArchiveFormat::FiveThirtyEightTweets);
    QCOMPARE(binding.fieldCount, columns);
    QVERIFY(binding.missingColumns.isEmpty());
    QVERIFY(binding.extraColumns.isEmpty());

    static const QRegularExpression date(
        QStringLiteral("^([1-9]|1[0-2])/([1-9]|[12]\\d|3[01])/(\\d{4}|\\d{2}) "
                       "(\\d|1\\d|2[0-3]):[0-5]\\d$"));
    static const QRegularExpression digits(QStringLiteral("^[1-9]\\d*$"));
    const QSet<QByteArray> languages{"English",         "Russian", "Arabic",
                                     "Farsi (Persian)", "German",  "LANGUAGE UNDEFINED"};

    QHash<QByteArray, QByteArray> firstRawByKey; // tweet key -> its row
    QHash<QByteArray, QByteArray> categoryOf;    // author -> category
    QSet<QByteArray> wrappedOpeners;
    qint64 duplicates = 0;
    qint64 bytes = 0;
    int roundedIds = 0;
    int scientificIds = 0;
    int retweets = 0;
    int quotes = 0;
    int quotedFields = 0;
    for (int part = 1; part <= parts; ++part) {
        const QByteArray data = readAll(result.files.at(part - 1));
        bytes += data.size();
        const bool spreadsheet = part == parts; // the round-tripped part
        QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(data.startsWith(QByteArray(header + (spreadsheet ? "\r\n" : "\n"))),
                 qPrintable(names.at(part - 1)));
        // A spreadsheet writes CRLF between rows and nothing after the last; the exporter LF after each.
        QCOMPARE(data.endsWith('\n'), !spreadsheet);
        const std::vector<Record> records = parseCsv(data);
        QVERIFY(records.size() > 1000);
        for (std::size_t index = 1; index < records.size(); ++index) {
            const Record &record = records[index];
            const QList<QByteArray> &fields = record.fields;
            QCOMPARE(fields.size(), columns);
            if (spreadsheet)
                QCOMPARE(record.terminator, QByteArray(index + 1 == records.size() ? "" : "\r\n"));
            else
                QCOMPARE(record.terminator, QByteArray("\n"));
            quotedFields += record.raw.contains('"') ? 1 : 0;

            const QByteArray &author = fields.at(Author);
            QVERIFY2(author.startsWith("Synthetic_"), author.constData());
            QVERIFY(author.size() > 15); // longer than any genuine handle can be
            QVERIFY2(Categories.contains(QString::fromLatin1(fields.at(AccountCategory))),
                     fields.at(AccountCategory).constData());
            QVERIFY(!fields.at(AccountType).isEmpty());
            QVERIFY2(languages.contains(fields.at(Language)), fields.at(Language).constData());
            for (const int column : {int(PublishDate), int(HarvestedDate)}) {
                const QRegularExpressionMatch match = date.match(QString::fromLatin1(fields.at(column)));
                QVERIFY2(match.hasMatch(), fields.at(column).constData());
                QCOMPARE(match.captured(3).size(), spreadsheet ? 2 : 4);
            }
            const QByteArray &postType = fields.at(PostType);
            QVERIFY(postType.isEmpty() || postType == "RETWEET" || postType == "QUOTE_TWEET");
            QCOMPARE(fields.at(Retweet), QByteArray(postType == "RETWEET" ? "1" : "0"));
            QVERIFY(fields.at(NewJune2018) == "0" || fields.at(NewJune2018) == "1");
            retweets += postType == "RETWEET" ? 1 : 0;
            quotes += postType == "QUOTE_TWEET" ? 1 : 0;
            if (postType == "RETWEET")
                QVERIFY(fields.at(Content).startsWith("RT @"));

            // The exporter's quotes: every text starting with @ - + = or \ is wrapped, and only those.
            const QByteArray &content = fields.at(Content);
            QVERIFY(!content.isEmpty());
            const QByteArray text = unwrapped(content);
            if (text != content)
                wrappedOpeners.insert(text.left(1));
            QVERIFY2(!QByteArray("@-+=\\").contains(content.at(0)), content.constData());

            // external_author_id: exact, rounded to three significant digits above 15 digits, and in
            // scientific notation in the spreadsheet part.
            const QByteArray &externalId = fields.at(ExternalAuthorId);
            if (spreadsheet && externalId.contains('E')) {
                QVERIFY2(!fromScientific(externalId).isEmpty(), externalId.constData());
                ++scientificIds;
            } else {
                QVERIFY2(digits.match(QString::fromLatin1(externalId)).hasMatch(), externalId.constData());
                if (externalId.size() > 15) {
                    QVERIFY2(externalId.endsWith(QByteArray(externalId.size() - 3, '0')),
                             externalId.constData());
                    ++roundedIds;
                }
            }
            if (version == 2) {
                const QByteArray &exact = fields.at(AltExternalId);
                QVERIFY(digits.match(QString::fromLatin1(exact)).hasMatch());
                if (externalId.contains('E'))
                    QCOMPARE(fromScientific(externalId), rounded(exact));
                else
                    QCOMPARE(externalId, rounded(exact));
                QVERIFY(digits.match(QString::fromLatin1(fields.at(TweetId))).hasMatch());
                QCOMPARE(fields.at(ArticleUrl),
                         QByteArray("http://twitter.com/" + exact + "/statuses/" + fields.at(TweetId)));
                for (int column = Tco1Step1; column < Tco1Step1 + 3; ++column)
                    QVERIFY(fields.at(column).isEmpty() || fields.at(column).startsWith("http"));
            }

            // Distinct tweets are told apart as the importer does: v2 by tweet id, v1 by lower-cased
            // handle, time and text. A repeat must be an exact copy of the row.
            const QByteArray key = version == 2
                                       ? fields.at(TweetId)
                                       : QByteArray(author.toLower() + '\0' +
                                                    fourDigitYear(fields.at(PublishDate)) + '\0' + text);
            const auto seen = firstRawByKey.constFind(key);
            if (seen != firstRawByKey.constEnd()) {
                QCOMPARE(record.raw, seen.value());
                ++duplicates;
                continue;
            }
            firstRawByKey.insert(key, record.raw);
            const auto category = categoryOf.constFind(author);
            if (category != categoryOf.constEnd())
                QCOMPARE(fields.at(AccountCategory), category.value()); // one category per account
            else
                categoryOf.insert(author, fields.at(AccountCategory));
        }
    }

    QCOMPARE(qint64(firstRawByKey.size()), tweets);
    QCOMPARE(result.tweets, tweets);
    QCOMPARE(result.duplicateRows, duplicates);
    QVERIFY2(duplicates > tweets / 200 && duplicates < tweets / 50, qPrintable(QString::number(duplicates)));
    QCOMPARE(result.accounts, int(categoryOf.size()));
    QCOMPARE(result.categories, int(QSet<QByteArray>(categoryOf.cbegin(), categoryOf.cend()).size()));
    QCOMPARE(result.categories, 8);
    QCOMPARE(result.bytes, bytes);
    QVERIFY(roundedIds > 0);
    QVERIFY(scientificIds > 0);
    QVERIFY(retweets > tweets / 5);
    QVERIFY(quotes > 0);
    QVERIFY(quotedFields > 0);
    QVERIFY(wrappedOpeners.contains("@"));
    QCOMPARE(wrappedOpeners, (QSet<QByteArray>{"@", "-", "+", "=", "\\"}));
}

void TestFiveThirtyEightGenerator::importsWithTheExpectedCounts_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("zip");
    QTest::newRow("version 1") << 1 << false;
    QTest::newRow("version 2") << 2 << false;
    QTest::newRow("version 2, zipped") << 2 << true;
}

void TestFiveThirtyEightGenerator::importsWithTheExpectedCounts()
{
    QFETCH(int, version);
    QFETCH(bool, zip);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const GeneratorResult result = generate(directory.filePath("data"), version, 20000, 3, true, 538, zip);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.files.size(), zip ? 1 : 3);
    if (zip)
        QCOMPARE(QFileInfo(result.files.constFirst()).fileName(),
                 QStringLiteral("synthetic-demo_IRAhandle_tweets.zip"));

    const QString cache = directory.filePath("cache.trove");
    const ImportSummary summary = import(cache, {directory.filePath("data")});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(summary.filesImported, 3);
    QCOMPARE(summary.filesFailed, 0);
    QCOMPARE(summary.tweetsAdded, result.tweets);
    QCOMPARE(summary.duplicates, result.duplicateRows);
    QCOMPARE(summary.accountsAdded, qint64(result.accounts));
    QCOMPARE(summary.rejected, qint64(0));
    QCOMPARE(summary.campaigns, QStringList{"synthetic-demo_irahandle"});

    Database db;
    QVERIFY(db.open(cache, Database::Mode::ReadOnly));
    // Labelled synthetic like the Twitter-format output, from the file-name prefix.
    QCOMPARE(count(db, "SELECT synthetic FROM campaigns WHERE key='synthetic-demo_irahandle'"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM source_files WHERE format='fivethirtyeight-tweets'"), 3);
    QCOMPARE(count(db, "SELECT count(*) FROM tweets"), result.tweets);
    QCOMPARE(count(db, "SELECT count(*) FROM accounts"), qint64(result.accounts));
    QCOMPARE(count(db, "SELECT count(DISTINCT category) FROM accounts"), qint64(result.categories));
    QCOMPARE(count(db, "SELECT count(*) FROM accounts WHERE category IS NULL OR account_type IS NULL"), 0);
    QCOMPARE(
        count(db, "SELECT count(*) FROM accounts WHERE screen_name NOT LIKE 'Synthetic\\_%' ESCAPE '\\'"), 0);
    // v1 tweets get the synthetic negative ids, v2 tweets keep their own.
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE id < 0"), version == 1 ? result.tweets : 0);
    // The exporter's quotes are gone from every stored text; retweets and quotes kept their kinds.
    QCOMPARE(count(db, "SELECT count(*) FROM tweets WHERE substr(text,1,2) IN ('''@','''-','''+','''=')"), 0);
    QVERIFY(count(db, "SELECT count(*) FROM tweets WHERE substr(text,1,1)='@'") > 0);
    QVERIFY(count(db, "SELECT count(*) FROM tweets WHERE kind=1") > result.tweets / 5);
    QVERIFY(count(db, "SELECT count(*) FROM tweets WHERE kind=3") > 0);
    // Only the spreadsheet part's scientific ids are reported, as repairs.
    QVERIFY(summary.repaired > 0);
    QCOMPARE(count(db, "SELECT count(*) FROM rejects WHERE reason NOT LIKE '%scientific notation%'"), 0);
    QCOMPARE(count(db, "SELECT min(time) >= 1241136000 AND max(time) < 1530403200 FROM tweets"), 1);
}

void TestFiveThirtyEightGenerator::deterministicForSeed()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QTemporaryDir other;
    QVERIFY(generate(first.path(), 2, 5000, 2).ok);
    QVERIFY(generate(second.path(), 2, 5000, 2).ok);
    QVERIFY(generate(other.path(), 2, 5000, 2, true, 539).ok);
    const QStringList names = QDir(first.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 3);
    QCOMPARE(QDir(second.path()).entryList(QDir::Files, QDir::Name), names);
    for (const QString &name : names) {
        const QByteArray bytes = readAll(QDir(first.path()).filePath(name));
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes == readAll(QDir(second.path()).filePath(name)), qPrintable(name));
        if (name.endsWith(QLatin1String(".csv")))
            QVERIFY2(bytes != readAll(QDir(other.path()).filePath(name)), qPrintable(name));
    }
}

void TestFiveThirtyEightGenerator::withoutQuirks()
{
    QTemporaryDir directory;
    const GeneratorResult result = generate(directory.path(), 2, 10000, 2, false);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.duplicateRows, qint64(0));
    QSet<QByteArray> tweetIds;
    int longIds = 0;
    for (const QString &file : result.files) {
        const QByteArray data = readAll(file);
        QVERIFY(!data.contains('\r'));
        QVERIFY(data.endsWith('\n'));
        const std::vector<Record> records = parseCsv(data);
        for (std::size_t index = 1; index < records.size(); ++index) {
            const QList<QByteArray> &fields = records[index].fields;
            QCOMPARE(fields.at(ExternalAuthorId), fields.at(AltExternalId)); // exact, never rounded
            longIds += fields.at(ExternalAuthorId).size() > 15 ? 1 : 0;
            QVERIFY(QRegularExpression(QStringLiteral("/\\d{4} "))
                        .match(QString::fromLatin1(fields.at(PublishDate)))
                        .hasMatch());
            tweetIds.insert(fields.at(TweetId));
        }
    }
    QVERIFY(longIds > 0);
    QCOMPARE(qint64(tweetIds.size()), result.tweets);
}

void TestFiveThirtyEightGenerator::cancelRemovesTheFiles()
{
    QTemporaryDir directory;
    GeneratorOptions options;
    options.format = GeneratorFormat::FiveThirtyEight;
    options.outputDirectory = directory.path();
    options.tweets = 50000;
    options.parts = 2;
    QList<qint64> reported;
    const GeneratorResult result = ArchiveGenerator::generate(options, [&](std::int64_t written) {
        reported.append(written);
        return written < 30000;
    });
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString, QStringLiteral("cancelled"));
    QCOMPARE(reported, (QList<qint64>{10000, 20000, 30000}));
    QVERIFY(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    options.fiveThirtyEightVersion = 3;
    const GeneratorResult invalid = ArchiveGenerator::generate(options);
    QVERIFY(!invalid.ok);
    QVERIFY(invalid.errorString.contains("1 or 2"));
}

void TestFiveThirtyEightGenerator::commandLine()
{
    QTemporaryDir directory;
    const auto run = [&](const QStringList &arguments, QByteArray *output = nullptr) {
        QProcess process;
        process.start(QStringLiteral(TROVE_BINARY), QStringList{"generate"} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({"--format", "fivethirtyeight", "--version", "1", "--tweets", "500", "--parts", "2",
                  directory.filePath("v1")},
                 &output),
             0);
    QVERIFY(output.contains("synthetic-demo_IRAhandle_tweets_2.csv"));
    QVERIFY(output.contains("tweets: 500\n"));
    QVERIFY(output.contains("categories: "));
    QVERIFY(readAll(directory.filePath("v1/synthetic-demo_IRAhandle_tweets_1.csv"))
                .startsWith(QByteArray(HeaderV1 + '\n')));
    QCOMPARE(run({"--format", "fivethirtyeight", "--tweets", "10", directory.filePath("v2")}), 0);
    QVERIFY(readAll(directory.filePath("v2/synthetic-demo_IRAhandle_tweets_1.csv"))
                .startsWith(QByteArray(HeaderV2 + '\n')));
    // The Twitter format stays the default.
    QCOMPARE(run({"--tweets", "10", directory.filePath("twitter")}), 0);
    QVERIFY(QFile::exists(directory.filePath("twitter/synthetic-demo_tweets_csv_hashed.csv")));

    QCOMPARE(run({"--format", "fivethirtyeight", "--version", "3", directory.filePath("bad")}), 2);
    QCOMPARE(run({"--version", "1", directory.filePath("bad")}), 2);
    QCOMPARE(run({"--format", "nbc", directory.filePath("bad")}), 2);
    QVERIFY(!QFileInfo::exists(directory.filePath("bad")));
}

QTEST_GUILESS_MAIN(TestFiveThirtyEightGenerator)
#include "tst_fivethirtyeightgenerator.moc"
