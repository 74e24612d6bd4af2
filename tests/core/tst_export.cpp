// TweetExport and AccountExport: the fixtures' tweets (and a generated campaign of several chunks, with
// FiveThirtyEight's negative ids) exported to CSV and JSON, read back with the project's CSV reader and
// QJsonDocument, and compared field by field with independent SQL; tricky texts round-trip; the
// spreadsheet dialect guards formulas; a cancelled or failed export leaves no file.
#include "core/csv/csvreader.h"
#include "core/db/database.h"
#include "core/export/accountexport.h"
#include "core/export/exportformat.h"
#include "core/export/tweetexport.h"
#include "core/query/accountlist.h"
#include "core/query/tweetlistquery.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA);

// Texts that break naive CSV or JSON writers, inserted as tweets of their own.
const QStringList TrickyTexts = {
    QStringLiteral("He said \"no\", then \"\"yes\"\""),
    QStringLiteral("line one\nline two\r\nline three\rend"),
    QStringLiteral("a,b,,c,"),
    QStringLiteral("\u0645\u0631\u06af \u0628\u0631 \u0622\u0645\u0631\u06cc\u06a9\u0627 \u200c\u06cc "
                   "(RTL) \u202eevil\u202c"),
    QStringLiteral("\U0001F1FA\U0001F1F8 \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F602 emoji"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
    QStringLiteral("+1 for this"),
    QStringLiteral("-2 degrees"),
    QStringLiteral("@TEN_GOP reply"),
    QStringLiteral("  leading and trailing spaces  "),
    QStringLiteral("\ttab first"),
    QStringLiteral("back\\slash and control \x01\x1f chars"),
    QStringLiteral("&amp; &lt;b&gt; stays as stored"),
};
constexpr std::int64_t TrickyFirstId = 990000000000000001LL;

// The expected export of every tweet, from SQL written apart from the exporter, keyed by tweet id.
QHash<QString, QStringList> expectedRows(Database &db)
{
    QHash<QString, QStringList> rows;
    Statement statement(
        db,
        "SELECT t.id, strftime('%Y-%m-%dT%H:%M:%SZ', t.time, 'unixepoch'), c.name, a.userid, "
        "CASE WHEN a.hashed THEN '' ELSE coalesce(a.screen_name, '') END, coalesce(a.alias, ''), "
        "CASE WHEN a.hashed THEN '' ELSE coalesce(a.display_name, '') END, "
        "coalesce(a.category, (SELECT la.category FROM account_links l JOIN accounts la ON la.id = "
        "l.linked_account_id WHERE l.account_id = a.id AND la.category IS NOT NULL LIMIT 1), ''), "
        "coalesce(t.language, ''), coalesce(cl.name, ''), "
        "CASE t.kind WHEN 0 THEN 'original' WHEN 1 THEN 'retweet' WHEN 2 THEN 'reply' ELSE 'quote' END, "
        "t.text, coalesce(nullif(t.in_reply_to_tweet, 0), ''), coalesce(t.in_reply_to_userid, ''), "
        "coalesce(nullif(t.quoted_tweet, 0), ''), coalesce(nullif(t.retweet_of_tweet, 0), ''), "
        "coalesce(t.retweet_of_userid, ''), coalesce(t.like_count, ''), coalesce(t.retweet_count, ''), "
        "coalesce(t.reply_count, ''), coalesce(t.quote_count, ''), "
        "(SELECT count(*) FROM tweets r WHERE r.in_reply_to_tweet = t.id), "
        "(SELECT count(*) FROM media m WHERE m.tweet_id = t.id), "
        "CASE WHEN s.entry = '' THEN s.path ELSE s.path || ' › ' || s.entry END, t.source_record "
        "FROM tweets t JOIN accounts a ON a.id = t.account_id JOIN campaigns c ON c.id = t.campaign_id "
        "LEFT JOIN clients cl ON cl.id = t.client_id LEFT JOIN source_files s ON s.id = t.source_file_id");
    while (statement.next()) {
        QStringList row;
        for (int column = 0; column < statement.columnCount(); ++column) {
            row << statement.text(column);
        }
        rows.insert(row.first(), row);
    }
    if (!statement.ok()) {
        qWarning("expected rows: %s", qPrintable(db.errorString()));
    }
    return rows;
}

struct CsvFile
{
    bool ok = false;
    bool bom = false;
    QStringList header;
    QList<QStringList> records;
};

CsvFile readCsv(const QString &path)
{
    CsvFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return result;
    }
    CsvReader reader(&file);
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view field = reader.field(i);
            fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
        }
        if (reader.malformed() || reader.truncated()) {
            qWarning("malformed record %lld", qlonglong(reader.recordNumber()));
            return result;
        }
        if (result.header.isEmpty()) {
            result.header = fields;
            result.bom = reader.hadBom();
        } else {
            result.records << fields;
        }
    }
    result.ok = reader.errorString().isEmpty();
    return result;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("JSON: %s at %d", qPrintable(error.errorString()), error.offset);
    }
    return document.object();
}

// A JSON value as the CSV spells it: strings as they are, numbers in decimal, null as empty.
QString flat(const QJsonValue &value)
{
    if (value.isNull()) {
        return QString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

QList<std::int64_t> listIds(Database &db, const TweetFilter &filter, TweetOrder order)
{
    QList<std::int64_t> ids;
    QString error;
    TweetListQuery::collectIds(
        db, filter, order,
        [&](const QList<std::int64_t> &chunk) {
            ids += chunk;
            return true;
        },
        &error);
    return ids;
}

QStringList dirEntries(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvMatchesSql();
    void jsonMatchesSql();
    void filteredExport();
    void givenIdsInTheirOrder();
    void trickyTextsRoundTrip();
    void spreadsheetDialect();
    void emptyList();
    void progressReported();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void unwritableTarget();
    void accountsCsvAndJson();
    void csvFieldQuoting();
    void jsonStringEscapes();
    void timesMatchQt();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString m_cache;
    Database m_db;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("export.trove"));
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
    QVERIFY(import(m_cache, fixtureFiles).tweetsAdded > 30);

    // Enough generated tweets for several chunks, FiveThirtyEight v1 ones among them (negative ids).
    const MixedArchive mixed = generateMixedArchive(m_dir.path(), 9000, 60, 4, 1500, 20, 5);
    QVERIFY2(mixed.twitter.ok, qPrintable(mixed.twitter.errorString));
    QVERIFY2(mixed.fiveThirtyEight.ok, qPrintable(mixed.fiveThirtyEight.errorString));
    QCOMPARE(import(m_cache, mixed.files()).tweetsAdded, mixed.tweets());

    Database writer;
    QVERIFY(writer.open(m_cache));
    // The tricky texts, as tweets of an existing account; and some media rows.
    Statement insert(writer,
                     "INSERT INTO tweets(id, campaign_id, account_id, time, language, client_id, kind, "
                     "text, source_file_id, source_record) SELECT ?, campaign_id, account_id, "
                     "1500000000 + ?, 'ar', client_id, 0, ?, source_file_id, ? FROM tweets "
                     "WHERE id > 0 ORDER BY id LIMIT 1");
    for (int i = 0; i < TrickyTexts.size(); ++i) {
        insert.reset();
        insert.bind(1, TrickyFirstId + i);
        insert.bind(2, i);
        insert.bind(3, TrickyTexts[i]);
        insert.bind(4, 9000 + i);
        QVERIFY2(insert.run(), qPrintable(writer.errorString()));
    }
    // The counters the importer keeps, which a plain list's count reads.
    QVERIFY(writer.exec("UPDATE campaigns SET tweet_count = (SELECT count(*) FROM tweets WHERE campaign_id = "
                        "campaigns.id); UPDATE accounts SET tweet_count = (SELECT count(*) FROM tweets WHERE "
                        "account_id = accounts.id)"));
    QVERIFY(writer.exec("INSERT INTO media(archive_id, entry_index, entry, kind, format, campaign_id, "
                        "tweet_id, account_id, size, "
                        "compressed_size) SELECT 1, 0, id || '.png', 'image', 'png', campaign_id, id, "
                        "account_id, 1, 1 FROM tweets "
                        "WHERE id % 5 = 0"));
    QVERIFY(count(writer, "SELECT count(*) FROM tweets WHERE id < 0") > 1000);
    writer.close();
    QVERIFY(m_db.open(m_cache, Database::Mode::ReadOnly));
    QVERIFY(count(m_db, "SELECT count(*) FROM tweets") > 2 * TweetListQuery::ChunkSize);
}

void TestExport::csvMatchesSql()
{
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("all.csv"));
    options.order = TweetOrder::NewestFirst;
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.written, count(m_db, "SELECT count(*) FROM tweets"));

    const CsvFile csv = readCsv(options.outputPath);
    QVERIFY(csv.ok);
    QVERIFY(!csv.bom);
    QCOMPARE(csv.header, TweetExport::columns());
    QCOMPARE(csv.records.size(), result.written);
    const QHash<QString, QStringList> expected = expectedRows(m_db);
    QCOMPARE(qsizetype(expected.size()), csv.records.size());
    QList<std::int64_t> order;
    for (const QStringList &record : csv.records) {
        QCOMPARE(record.size(), TweetExport::columns().size());
        QVERIFY2(expected.contains(record[0]), qPrintable(record[0]));
        const QStringList &want = expected.value(record[0]);
        for (int column = 0; column < record.size(); ++column) {
            QVERIFY2(record[column] == want[column],
                     qPrintable(
                         QStringLiteral("tweet %1, %2: %3 != %4")
                             .arg(record[0], TweetExport::columns()[column], record[column], want[column])));
        }
        order << record[0].toLongLong();
    }
    // The list's order.
    QCOMPARE(order, listIds(m_db, TweetFilter(), TweetOrder::NewestFirst));
    // Records are separated by CRLF; the header line ends with one.
    QFile file(options.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().endsWith("source_record\r\n"));
}

void TestExport::jsonMatchesSql()
{
    TweetExportOptions options;
    options.format = ExportFormat::Json;
    options.outputPath = m_dir.filePath(QStringLiteral("all.json"));
    options.order = TweetOrder::OldestFirst;
    options.troveVersion = QStringLiteral("9.8.7");
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));

    const QJsonObject root = readJson(options.outputPath);
    const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    const QJsonArray tweets = root.value(QStringLiteral("tweets")).toArray();
    QCOMPARE(qsizetype(tweets.size()), result.written);
    QCOMPARE(meta.value(QStringLiteral("count")).toInteger(), qint64(result.written));
    QCOMPARE(meta.value(QStringLiteral("order")).toString(), QStringLiteral("oldest"));
    QCOMPARE(meta.value(QStringLiteral("filters")).toString(), QStringLiteral("no filters"));
    QCOMPARE(TweetFilter::fromJson(meta.value(QStringLiteral("filter")).toObject()), TweetFilter());
    QCOMPARE(meta.value(QStringLiteral("trove_version")).toString(), QStringLiteral("9.8.7"));
    QCOMPARE(meta.value(QStringLiteral("cache")).toString(), m_db.path());
    QVERIFY(
        QDateTime::fromString(meta.value(QStringLiteral("exported_at")).toString(), Qt::ISODate).isValid());
    const QJsonArray campaigns = meta.value(QStringLiteral("campaigns")).toArray();
    QCOMPARE(campaigns.size(), count(m_db, "SELECT count(*) FROM campaigns"));
    bool sawSynthetic = false;
    for (const QJsonValue &campaign : campaigns) {
        sawSynthetic |= campaign.toObject().value(QStringLiteral("synthetic")).toBool();
    }
    QVERIFY(sawSynthetic);

    const QStringList columns = TweetExport::columns();
    const QHash<QString, QStringList> expected = expectedRows(m_db);
    QList<std::int64_t> order;
    for (const QJsonValue &value : tweets) {
        const QJsonObject tweet = value.toObject();
        QCOMPARE(tweet.keys().size(), columns.size());
        // Ids are strings (a JSON number would round them), counts numbers or null.
        QVERIFY(tweet.value(QStringLiteral("tweet_id")).isString());
        QVERIFY(tweet.value(QStringLiteral("like_count")).isDouble() ||
                tweet.value(QStringLiteral("like_count")).isNull());
        QVERIFY(tweet.value(QStringLiteral("source_record")).isDouble());
        const QString id = tweet.value(QStringLiteral("tweet_id")).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        const QStringList &want = expected.value(id);
        for (int column = 0; column < columns.size(); ++column) {
            QVERIFY2(
                flat(tweet.value(columns[column])) == want[column],
                qPrintable(QStringLiteral("tweet %1, %2: %3 != %4")
                               .arg(id, columns[column], flat(tweet.value(columns[column])), want[column])));
        }
        order << id.toLongLong();
    }
    QCOMPARE(order, listIds(m_db, TweetFilter(), TweetOrder::OldestFirst));
}

void TestExport::filteredExport()
{
    TweetFilter filter;
    filter.kinds = 1u << int(TweetKind::Retweet);
    filter.campaignIds = {count(m_db, "SELECT campaign_id FROM tweets WHERE id > 0 AND id < "
                                      "990000000000000000 "
                                      "ORDER BY id DESC LIMIT 1")};
    TweetExportOptions options;
    options.format = ExportFormat::Json;
    options.outputPath = m_dir.filePath(QStringLiteral("retweets.json"));
    options.filter = filter;
    options.order = TweetOrder::MostEngagement;
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    const QString where = QStringLiteral("kind = 1 AND campaign_id = %1").arg(filter.campaignIds.first());
    QCOMPARE(result.written,
             count(m_db, ("SELECT count(*) FROM tweets WHERE " + where).toUtf8().constData()));
    QVERIFY(result.written > 100);
    const QJsonObject root = readJson(options.outputPath);
    const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("filters")).toString(), filter.describeFilters());
    QCOMPARE(meta.value(QStringLiteral("order")).toString(), QStringLiteral("engagement"));
    QCOMPARE(meta.value(QStringLiteral("campaigns")).toArray().size(), 1);
    QCOMPARE(
        meta.value(QStringLiteral("selection")).toObject().value(QStringLiteral("campaign_ids")).toArray(),
        QJsonArray({QString::number(filter.campaignIds.first())}));
    // Every tweet a retweet, most engaging first.
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (const QJsonValue &value : root.value(QStringLiteral("tweets")).toArray()) {
        const QJsonObject tweet = value.toObject();
        QCOMPARE(tweet.value(QStringLiteral("kind")).toString(), QStringLiteral("retweet"));
        std::int64_t engagement = 0;
        for (const char *key : {"like_count", "retweet_count", "reply_count", "quote_count"}) {
            engagement += qMax<qint64>(0, tweet.value(QLatin1String(key)).toInteger(0));
        }
        QVERIFY(engagement <= previous);
        previous = engagement;
    }
}

void TestExport::givenIdsInTheirOrder()
{
    const std::int64_t negative = count(m_db, "SELECT min(id) FROM tweets");
    const QList<std::int64_t> ids = {TrickyFirstId + 2, 123, negative, TrickyFirstId, TrickyFirstId + 2};
    TweetExportOptions options;
    options.format = ExportFormat::Json;
    options.outputPath = m_dir.filePath(QStringLiteral("ids.json"));
    options.ids = ids;
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.written, std::int64_t(4)); // 123 is not in the cache
    const QJsonObject root = readJson(options.outputPath);
    QCOMPARE(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("count")).toInteger(),
             qint64(4));
    QStringList written;
    for (const QJsonValue &tweet : root.value(QStringLiteral("tweets")).toArray()) {
        written << tweet.toObject().value(QStringLiteral("tweet_id")).toString();
    }
    QCOMPARE(written, QStringList({QString::number(TrickyFirstId + 2), QString::number(negative),
                                   QString::number(TrickyFirstId), QString::number(TrickyFirstId + 2)}));
}

void TestExport::trickyTextsRoundTrip()
{
    QList<std::int64_t> ids;
    for (int i = 0; i < TrickyTexts.size(); ++i) {
        ids << TrickyFirstId + i;
    }
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        TweetExportOptions options;
        options.format = format;
        options.outputPath = m_dir.filePath(format == ExportFormat::Csv ? "tricky.csv" : "tricky.json");
        options.ids = ids;
        const ExportResult result = TweetExport::run(m_db, options);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QStringList texts;
        if (format == ExportFormat::Csv) {
            const CsvFile csv = readCsv(options.outputPath);
            QVERIFY(csv.ok);
            const int textColumn = int(csv.header.indexOf(QStringLiteral("text")));
            for (const QStringList &record : csv.records) {
                texts << record[textColumn];
            }
        } else {
            for (const QJsonValue &tweet :
                 readJson(options.outputPath).value(QStringLiteral("tweets")).toArray()) {
                texts << tweet.toObject().value(QStringLiteral("text")).toString();
            }
        }
        QCOMPARE(texts, TrickyTexts);
    }
}

void TestExport::spreadsheetDialect()
{
    const std::int64_t negative = count(m_db, "SELECT min(id) FROM tweets");
    QList<std::int64_t> ids = {negative};
    for (int i = 0; i < TrickyTexts.size(); ++i) {
        ids << TrickyFirstId + i;
    }
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("spreadsheet.csv"));
    options.csvDialect = CsvDialect::Spreadsheet;
    options.ids = ids;
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QFile file(options.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == "\xEF\xBB\xBF");
    file.close();
    const CsvFile csv = readCsv(options.outputPath);
    QVERIFY(csv.ok);
    QVERIFY(csv.bom);
    QCOMPARE(csv.header, TweetExport::columns()); // the reader skipped the BOM
    const int textColumn = int(csv.header.indexOf(QStringLiteral("text")));
    // A negative id is a number, not a formula.
    QCOMPARE(csv.records[0][0], QString::number(negative));
    for (int i = 0; i < TrickyTexts.size(); ++i) {
        const QString &original = TrickyTexts[i];
        const bool formula = QStringLiteral("=+-@\t\r").contains(original.front());
        QCOMPARE(csv.records[i + 1][textColumn], formula ? QLatin1Char('\'') + original : original);
    }
}

void TestExport::emptyList()
{
    TweetFilter nothing;
    nothing.language = QStringLiteral("xx-none");
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        TweetExportOptions options;
        options.format = format;
        options.filter = nothing;
        options.outputPath = m_dir.filePath(format == ExportFormat::Csv ? "empty.csv" : "empty.json");
        const ExportResult result = TweetExport::run(m_db, options);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QCOMPARE(result.written, std::int64_t(0));
        if (format == ExportFormat::Csv) {
            const CsvFile csv = readCsv(options.outputPath);
            QCOMPARE(csv.header, TweetExport::columns());
            QVERIFY(csv.records.isEmpty());
        } else {
            const QJsonObject root = readJson(options.outputPath);
            QVERIFY(root.value(QStringLiteral("tweets")).isArray());
            QVERIFY(root.value(QStringLiteral("tweets")).toArray().isEmpty());
            QCOMPARE(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("count")).toInteger(),
                     qint64(0));
        }
    }
}

void TestExport::progressReported()
{
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("progress.csv"));
    QList<std::int64_t> dones;
    std::int64_t lastTotal = -1;
    const ExportResult result =
        TweetExport::run(m_db, options, nullptr, [&](std::int64_t done, std::int64_t total) {
            dones << done;
            lastTotal = total;
        });
    QVERIFY(result.ok);
    QVERIFY(dones.size() >= 3); // one per chunk
    QCOMPARE(dones.last(), result.written);
    QCOMPARE(lastTotal, result.written);
    QVERIFY(std::is_sorted(dones.cbegin(), dones.cend()));
}

void TestExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("fromStart");
    QTest::newRow("csv, after a chunk") << false << false << false;
    QTest::newRow("json, after a chunk") << true << false << false;
    QTest::newRow("csv over an older file") << false << true << false;
    QTest::newRow("json, cancelled before it starts") << true << false << true;
}

void TestExport::cancelLeavesNoFile()
{
    QFETCH(bool, json);
    QFETCH(bool, existing);
    QFETCH(bool, fromStart);
    QTemporaryDir dir;
    const QString path = dir.filePath(json ? QStringLiteral("c.json") : QStringLiteral("c.csv"));
    if (existing) {
        QFile older(path);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older export\n");
    }
    std::atomic_bool cancel(fromStart);
    TweetExportOptions options;
    options.format = json ? ExportFormat::Json : ExportFormat::Csv;
    options.outputPath = path;
    int chunks = 0;
    const ExportResult result = TweetExport::run(m_db, options, &cancel, [&](std::int64_t, std::int64_t) {
        ++chunks;
        cancel = true;
    });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(chunks, fromStart ? 0 : 1);
    if (existing) {
        QFile older(path);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("an older export\n"));
        QCOMPARE(dirEntries(dir.path()), QStringList({QStringLiteral("c.csv")}));
    } else {
        QVERIFY(!QFile::exists(path));
        QVERIFY2(dirEntries(dir.path()).isEmpty(), qPrintable(dirEntries(dir.path()).join(u' ')));
    }
    // The connection is usable again, and out of the export's read transaction.
    QVERIFY(count(m_db, "SELECT count(*) FROM campaigns") > 0);
    QVERIFY(sqlite3_get_autocommit(m_db.handle()) != 0);
}

void TestExport::unwritableTarget()
{
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    const ExportResult result = TweetExport::run(m_db, options);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.errorString.contains(QStringLiteral("out.csv")));
    // A search that cannot run is an error, and leaves no file either.
    options.outputPath = m_dir.filePath(QStringLiteral("badsearch.csv"));
    options.filter.search = QStringLiteral("(unbalanced");
    const ExportResult bad = TweetExport::run(m_db, options);
    QVERIFY(!bad.ok);
    QVERIFY(!bad.errorString.isEmpty());
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestExport::accountsCsvAndJson()
{
    const AccountListResult list = AccountList::load(m_db, {});
    QVERIFY2(list.ok, qPrintable(list.errorString));
    QVERIFY(list.accounts.size() > 50);
    AccountExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("accounts.csv"));
    options.cachePath = m_cache;
    options.description = QStringLiteral("every account");
    const ExportResult csvResult = AccountExport::run(list.accounts, options);
    QVERIFY2(csvResult.ok, qPrintable(csvResult.errorString));
    QCOMPARE(csvResult.written, list.accounts.size());
    const CsvFile csv = readCsv(options.outputPath);
    QVERIFY(csv.ok);
    QCOMPARE(csv.header, AccountExport::columns());
    QCOMPARE(csv.records.size(), list.accounts.size());

    options.format = ExportFormat::Json;
    options.outputPath = m_dir.filePath(QStringLiteral("accounts.json"));
    const ExportResult jsonResult = AccountExport::run(list.accounts, options);
    QVERIFY2(jsonResult.ok, qPrintable(jsonResult.errorString));
    const QJsonObject root = readJson(options.outputPath);
    QCOMPARE(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("list")).toString(),
             QStringLiteral("every account"));
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(qsizetype(accounts.size()), list.accounts.size());

    const QStringList columns = AccountExport::columns();
    const auto column = [&](const char *name) { return int(columns.indexOf(QLatin1String(name))); };
    bool sawLinked = false;
    bool sawHashed = false;
    for (qsizetype i = 0; i < list.accounts.size(); ++i) {
        const AccountRecord &account = list.accounts[i];
        const QStringList &record = csv.records[i];
        const QJsonObject object = accounts[i].toObject();
        QCOMPARE(record[column("userid")], account.userid);
        QCOMPARE(object.value(QStringLiteral("userid")).toString(), account.userid);
        QCOMPARE(record[column("tweets")], QString::number(account.tweetCount));
        QCOMPARE(object.value(QStringLiteral("tweets")).toInteger(), qint64(account.tweetCount));
        QCOMPARE(record[column("description")], account.description);
        QCOMPARE(flat(object.value(QStringLiteral("description"))), account.description);
        QCOMPARE(record[column("first_tweet")], exportTime(account.firstTweet));
        QCOMPARE(object.value(QStringLiteral("hashed")).toBool(), account.hashed);
        QCOMPARE(record[column("followers")],
                 account.followers < 0 ? QString() : QString::number(account.followers));
        if (account.isLinked()) {
            sawLinked = true;
            QCOMPARE(record[column("linked_handles")], account.linkedScreenNames.join(u';'));
            QVERIFY(record[column("sources")].contains(QStringLiteral("fivethirtyeight")));
        }
        if (account.hashed) {
            sawHashed = true;
            QCOMPARE(record[column("alias")], account.alias);
        }
    }
    QVERIFY(sawLinked);
    QVERIFY(sawHashed);
    // Each account's tweets, its linked accounts' folded in, counted apart from AccountList.
    Statement tweets(m_db,
                     "SELECT count(*) FROM tweets t JOIN accounts a ON a.id = t.account_id WHERE "
                     "a.campaign_id = (SELECT id FROM campaigns WHERE name = ?) AND a.userid = ? OR "
                     "t.account_id IN (SELECT l.linked_account_id FROM account_links l JOIN accounts o ON "
                     "o.id = l.account_id JOIN campaigns c ON c.id = o.campaign_id WHERE c.name = ? AND "
                     "o.userid = ?)");
    for (const QJsonValue &value : accounts) {
        const QJsonObject object = value.toObject();
        const QString campaign = object.value(QStringLiteral("campaign")).toString();
        const QString userid = object.value(QStringLiteral("userid")).toString();
        tweets.reset();
        tweets.bind(1, campaign);
        tweets.bind(2, userid);
        tweets.bind(3, campaign);
        tweets.bind(4, userid);
        QVERIFY(tweets.next());
        QCOMPARE(object.value(QStringLiteral("tweets")).toInteger(), qint64(tweets.int64(0)));
    }

    std::atomic_bool cancel(true);
    options.outputPath = m_dir.filePath(QStringLiteral("accounts-cancelled.json"));
    const ExportResult cancelled = AccountExport::run(list.accounts, options, &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestExport::csvFieldQuoting()
{
    const auto field = [](const QString &value, CsvDialect dialect = CsvDialect::Standard,
                          bool isText = true) {
        QByteArray out;
        appendCsvField(out, value, dialect, isText);
        return out;
    };
    QCOMPARE(field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(field(QString()), QByteArray());
    QCOMPARE(field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(field(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
    QCOMPARE(field(QStringLiteral("cr\rhere")), QByteArray("\"cr\rhere\""));
    QCOMPARE(field(QStringLiteral(" padded")), QByteArray("\" padded\""));
    QCOMPARE(field(QStringLiteral("\u00e9\u0436")), QStringLiteral("\u00e9\u0436").toUtf8());
    QCOMPARE(field(QStringLiteral("=1+1")), QByteArray("=1+1"));
    QCOMPARE(field(QStringLiteral("=1+1"), CsvDialect::Spreadsheet), QByteArray("'=1+1"));
    QCOMPARE(field(QStringLiteral("@a,b"), CsvDialect::Spreadsheet), QByteArray("\"'@a,b\""));
    QCOMPARE(field(QStringLiteral("-5"), CsvDialect::Spreadsheet, false), QByteArray("-5"));
    QCOMPARE(field(QStringLiteral("a=b"), CsvDialect::Spreadsheet), QByteArray("a=b"));
}

void TestExport::jsonStringEscapes()
{
    const auto json = [](const QString &value) {
        QByteArray out;
        appendJsonString(out, value);
        return out;
    };
    QCOMPARE(json(QStringLiteral("a\"b\\c")), QByteArray("\"a\\\"b\\\\c\""));
    QCOMPARE(json(QStringLiteral("\n\r\t\x01")), QByteArray("\"\\n\\r\\t\\u0001\""));
    QCOMPARE(json(QStringLiteral("\u0645 \U0001F602")),
             "\"" + QStringLiteral("\u0645 \U0001F602").toUtf8() + "\"");
    const QString tricky = TrickyTexts.join(QLatin1Char('|'));
    const QJsonDocument document = QJsonDocument::fromJson("[" + json(tricky) + "]");
    QCOMPARE(document.array().at(0).toString(), tricky);
}

void TestExport::timesMatchQt()
{
    // The fast formatter against QDateTime's, over days, leap years, and the seconds of a day.
    QList<QDateTime> times = {QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC),
                              QDateTime(QDate(2000, 2, 29), QTime(12, 0, 1), Qt::UTC),
                              QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC),
                              QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
                              QDateTime(QDate(2016, 11, 8), QTime(14, 30), Qt::OffsetFromUTC, 3600)};
    for (qint64 seconds = 1104537600; seconds < 1546300800; seconds += 86400 * 7 + 3601) {
        times << QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    for (const QDateTime &time : times) {
        QByteArray out;
        appendExportTime(out, time);
        QCOMPARE(QString::fromLatin1(out), exportTime(time));
    }
    QByteArray none;
    appendExportTime(none, QDateTime());
    QVERIFY(none.isEmpty());
}

void TestExport::commandLine()
{
    m_db.close(); // nothing else holds the cache while the command runs
    const auto run = [](const QStringList &arguments, QByteArray *errors = nullptr) {
        QProcess process;
        process.start(QStringLiteral(TROVE_BINARY), QStringList{QStringLiteral("export")} + arguments);
        if (!process.waitForFinished(120000)) {
            return -1;
        }
        if (errors) {
            *errors = process.readAllStandardError();
        }
        return process.exitCode();
    };
    const QString output = m_dir.filePath(QStringLiteral("cli.csv"));
    QByteArray errors;
    QCOMPARE(run({"--cache", m_cache, "--kinds", "retweet,quote", "--order", "oldest", "--from", "2000-01-01",
                  output},
                 &errors),
             0);
    QVERIFY2(errors.contains("exported"), errors.constData());
    QVERIFY(m_db.open(m_cache, Database::Mode::ReadOnly));
    const CsvFile csv = readCsv(output);
    QVERIFY(csv.ok);
    QCOMPARE(csv.records.size(), count(m_db, "SELECT count(*) FROM tweets WHERE kind IN (1, 3)"));
    TweetFilter filter;
    filter.kinds = (1u << int(TweetKind::Retweet)) | (1u << int(TweetKind::Quote));
    filter.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QList<std::int64_t> ids;
    for (const QStringList &record : csv.records) {
        ids << record[0].toLongLong();
    }
    QCOMPARE(ids, listIds(m_db, filter, TweetOrder::OldestFirst));
    m_db.close();

    const QString json = m_dir.filePath(QStringLiteral("cli.json"));
    QCOMPARE(run({"--cache", m_cache, "--format", "json", "--campaign", "nbc", json}), 0);
    const QJsonObject root = readJson(json);
    QVERIFY(m_db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(qint64(root.value(QStringLiteral("tweets")).toArray().size()),
             qint64(count(m_db, "SELECT count(*) FROM tweets WHERE campaign_id = (SELECT id FROM campaigns "
                                "WHERE key = 'nbc')")));
    QVERIFY(!root.value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("trove_version"))
                 .toString()
                 .isEmpty());

    // Usage errors write nothing.
    const QString never = m_dir.filePath(QStringLiteral("never.csv"));
    QCOMPARE(run({"--cache", m_cache, "--format", "xml", never}), 2);
    QCOMPARE(run({"--cache", m_cache, "--kinds", "retweets", never}), 2);
    QCOMPARE(run({"--cache", m_cache, "--to", "31/12/2016", never}), 2);
    QCOMPARE(run({"--cache", m_cache, "--format", "json", "--spreadsheet", never}), 2);
    QCOMPARE(run({"--cache", m_cache, "--campaign", "no-such-campaign", never}), 1);
    QCOMPARE(run({"--cache", m_cache, "--search", "(broken", never}), 1);
    QVERIFY(!QFile::exists(never));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
