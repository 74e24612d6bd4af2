#include "core/export/tweetexport.h"

#include "core/db/database.h"
#include "core/query/tweetlistquery.h"
#include "core/query/tweetrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

namespace trove {

namespace {

// Bytes gathered before each write to the file.
constexpr qsizetype FlushSize = 1 << 20;
// Room for the JSON metadata's count, written once the tweets are: any 64-bit count fits.
constexpr int CountWidth = 20;

// Holds one read transaction for the whole export, so that the count and every chunk read the same
// snapshot of the cache while an import may be writing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        // A connection already inside a transaction is in a snapshot already.
        if (sqlite3_get_autocommit(db.handle()) != 0) {
            m_active = db.exec("BEGIN");
        }
    }
    ~ReadSnapshot()
    {
        if (m_active && !m_db.exec("COMMIT")) {
            m_db.exec("ROLLBACK");
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

QByteArray idsJson(const QList<std::int64_t> &ids, qsizetype start, qsizetype count)
{
    QByteArray json("[");
    for (qsizetype i = start; i < start + count; ++i) {
        if (i > start) {
            json.append(',');
        }
        json.append(QByteArray::number(qlonglong(ids[i])));
    }
    json.append(']');
    return json;
}

// How many of @p ids the cache holds (ids may repeat: each occurrence counts, as rows() writes each).
std::int64_t countHeld(Database &db, const QList<std::int64_t> &ids, QString *error)
{
    Statement statement(db, "SELECT count(*) FROM json_each(?) j JOIN tweets t ON t.id = j.value");
    if (!statement.isValid()) {
        *error = db.errorString();
        return -1;
    }
    std::int64_t held = 0;
    for (qsizetype start = 0; start < ids.size(); start += TweetListQuery::ChunkSize) {
        const QByteArray json =
            idsJson(ids, start, qMin<qsizetype>(TweetListQuery::ChunkSize, ids.size() - start));
        statement.reset();
        statement.bind(1, json);
        if (!statement.next()) {
            *error = db.errorString();
            return -1;
        }
        held += statement.int64(0);
    }
    return held;
}

QJsonArray campaignsJson(Database &db, const QList<std::int64_t> &campaignIds, QString *error)
{
    QJsonArray campaigns;
    Statement statement(db, "SELECT id, key, name, synthetic, tweet_count FROM campaigns ORDER BY id");
    if (!statement.isValid()) {
        *error = db.errorString();
        return campaigns;
    }
    while (statement.next()) {
        const std::int64_t id = statement.int64(0);
        if (!campaignIds.isEmpty() && !campaignIds.contains(id)) {
            continue;
        }
        campaigns.append(QJsonObject{{QStringLiteral("id"), QString::number(id)},
                                     {QStringLiteral("key"), statement.text(1)},
                                     {QStringLiteral("name"), statement.text(2)},
                                     {QStringLiteral("synthetic"), statement.int64(3) != 0},
                                     {QStringLiteral("tweets"), qint64(statement.int64(4))}});
    }
    if (!statement.ok()) {
        *error = db.errorString();
    }
    return campaigns;
}

QJsonArray idList(const QList<std::int64_t> &ids)
{
    QJsonArray array;
    for (const std::int64_t id : ids) {
        array.append(QString::number(id));
    }
    return array;
}

void appendOptionalId(QByteArray &out, std::int64_t id)
{
    if (id != 0) {
        appendCsvNumber(out, id);
    }
}

void appendOptionalCount(QByteArray &out, std::int64_t count)
{
    if (count >= 0) {
        appendCsvNumber(out, count);
    }
}

void appendJsonKey(QByteArray &out, const char *key, bool first = false)
{
    if (!first) {
        out.append(',');
    }
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendJsonId(QByteArray &out, std::int64_t id)
{
    if (id == 0) {
        out.append("null");
    } else {
        out.append('"');
        appendCsvNumber(out, id);
        out.append('"');
    }
}

void appendJsonCount(QByteArray &out, std::int64_t count)
{
    if (count < 0) {
        out.append("null");
    } else {
        appendCsvNumber(out, count);
    }
}

// Text that may be empty, as null when it is (a missing value, not an empty one).
void appendJsonText(QByteArray &out, const QString &text)
{
    if (text.isEmpty()) {
        out.append("null");
    } else {
        appendJsonString(out, text);
    }
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QStringList TweetExport::columns()
{
    return {QStringLiteral("tweet_id"),
            QStringLiteral("time"),
            QStringLiteral("campaign"),
            QStringLiteral("account_userid"),
            QStringLiteral("screen_name"),
            QStringLiteral("alias"),
            QStringLiteral("display_name"),
            QStringLiteral("category"),
            QStringLiteral("language"),
            QStringLiteral("client"),
            QStringLiteral("kind"),
            QStringLiteral("text"),
            QStringLiteral("in_reply_to_tweet_id"),
            QStringLiteral("in_reply_to_userid"),
            QStringLiteral("quoted_tweet_id"),
            QStringLiteral("retweet_of_tweet_id"),
            QStringLiteral("retweet_of_userid"),
            QStringLiteral("like_count"),
            QStringLiteral("retweet_count"),
            QStringLiteral("reply_count"),
            QStringLiteral("quote_count"),
            QStringLiteral("replies_in_archive"),
            QStringLiteral("media_count"),
            QStringLiteral("source_file"),
            QStringLiteral("source_record")};
}

void TweetExport::appendCsvRecord(QByteArray &out, const TweetRow &row, CsvDialect dialect)
{
    const auto text = [&](const QString &value) {
        appendCsvField(out, value, dialect, true);
        out.append(',');
    };
    appendCsvNumber(out, row.id);
    out.append(',');
    appendExportTime(out, row.time);
    out.append(',');
    text(row.campaign);
    text(row.userid);
    text(row.screenName);
    text(row.alias);
    text(row.displayName);
    text(row.category);
    text(row.language);
    text(row.client);
    out.append(tweetKindName(row.kind));
    out.append(',');
    text(row.text);
    appendOptionalId(out, row.inReplyToTweet);
    out.append(',');
    text(row.inReplyToUserid);
    appendOptionalId(out, row.quotedTweet);
    out.append(',');
    appendOptionalId(out, row.retweetOfTweet);
    out.append(',');
    text(row.retweetOfUserid);
    appendOptionalCount(out, row.likeCount);
    out.append(',');
    appendOptionalCount(out, row.retweetCount);
    out.append(',');
    appendOptionalCount(out, row.replyCount);
    out.append(',');
    appendOptionalCount(out, row.quoteCount);
    out.append(',');
    appendCsvNumber(out, row.repliesInArchive);
    out.append(',');
    appendCsvNumber(out, row.mediaCount);
    out.append(',');
    text(row.sourceFile);
    appendCsvNumber(out, row.sourceRecord);
    out.append("\r\n");
}

void TweetExport::appendJsonObject(QByteArray &out, const TweetRow &row)
{
    out.append('{');
    appendJsonKey(out, "tweet_id", true);
    appendJsonId(out, row.id);
    appendJsonKey(out, "time");
    out.append('"');
    appendExportTime(out, row.time);
    out.append('"');
    appendJsonKey(out, "campaign");
    appendJsonString(out, row.campaign);
    appendJsonKey(out, "account_userid");
    appendJsonString(out, row.userid);
    appendJsonKey(out, "screen_name");
    appendJsonText(out, row.screenName);
    appendJsonKey(out, "alias");
    appendJsonText(out, row.alias);
    appendJsonKey(out, "display_name");
    appendJsonText(out, row.displayName);
    appendJsonKey(out, "category");
    appendJsonText(out, row.category);
    appendJsonKey(out, "language");
    appendJsonText(out, row.language);
    appendJsonKey(out, "client");
    appendJsonText(out, row.client);
    appendJsonKey(out, "kind");
    out.append('"');
    out.append(tweetKindName(row.kind));
    out.append('"');
    appendJsonKey(out, "text");
    appendJsonString(out, row.text);
    appendJsonKey(out, "in_reply_to_tweet_id");
    appendJsonId(out, row.inReplyToTweet);
    appendJsonKey(out, "in_reply_to_userid");
    appendJsonText(out, row.inReplyToUserid);
    appendJsonKey(out, "quoted_tweet_id");
    appendJsonId(out, row.quotedTweet);
    appendJsonKey(out, "retweet_of_tweet_id");
    appendJsonId(out, row.retweetOfTweet);
    appendJsonKey(out, "retweet_of_userid");
    appendJsonText(out, row.retweetOfUserid);
    appendJsonKey(out, "like_count");
    appendJsonCount(out, row.likeCount);
    appendJsonKey(out, "retweet_count");
    appendJsonCount(out, row.retweetCount);
    appendJsonKey(out, "reply_count");
    appendJsonCount(out, row.replyCount);
    appendJsonKey(out, "quote_count");
    appendJsonCount(out, row.quoteCount);
    appendJsonKey(out, "replies_in_archive");
    appendJsonCount(out, row.repliesInArchive);
    appendJsonKey(out, "media_count");
    appendJsonCount(out, row.mediaCount);
    appendJsonKey(out, "source_file");
    appendJsonText(out, row.sourceFile);
    appendJsonKey(out, "source_record");
    appendJsonCount(out, row.sourceRecord);
    out.append('}');
}

ExportResult TweetExport::run(Database &db, const TweetExportOptions &options, const std::atomic_bool *cancel,
                              const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    ExportResult result;
    result.outputPath = options.outputPath;
    if (options.outputPath.isEmpty()) {
        result.errorString = QStringLiteral("no file to export to");
        return result;
    }
    // The snapshot ends after the cancel flag is cleared, so that a cancel cannot interrupt its COMMIT
    // and leave the thread's connection inside a stale read transaction.
    ReadSnapshot snapshot(db);
    CancelScope cancelScope(db, cancel);
    const auto stopped = [&](const QString &error) {
        if (cancelled(cancel)) {
            result.cancelled = true;
        } else {
            result.errorString = error.isEmpty() ? QStringLiteral("the export failed") : error;
        }
        return result;
    };

    QString error;
    const std::int64_t total =
        options.ids ? countHeld(db, *options.ids, &error) : TweetListQuery::count(db, options.filter, &error);
    if (total < 0) {
        return stopped(error);
    }

    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    QByteArray buffer;
    buffer.reserve(FlushSize + (FlushSize >> 2));
    bool writeFailed = false;
    const auto flush = [&](bool always) {
        if (writeFailed || (!always && buffer.size() < FlushSize)) {
            return;
        }
        if (file.write(buffer) != buffer.size()) {
            writeFailed = true;
        }
        buffer.clear();
    };

    const bool json = options.format == ExportFormat::Json;
    qint64 countOffset = -1; // where the JSON metadata's count goes
    if (json) {
        QJsonObject meta;
        meta.insert(QStringLiteral("cache"), db.path());
        meta.insert(QStringLiteral("campaigns"), campaignsJson(db, options.filter.campaignIds, &error));
        if (!error.isEmpty()) {
            return stopped(error);
        }
        meta.insert(QStringLiteral("selection"),
                    QJsonObject{{QStringLiteral("campaign_ids"), idList(options.filter.campaignIds)},
                                {QStringLiteral("account_ids"), idList(options.filter.accountIds)},
                                {QStringLiteral("tweet_ids_given"), bool(options.ids)}});
        meta.insert(QStringLiteral("filters"), options.filter.describeFilters());
        meta.insert(QStringLiteral("filter"), options.filter.toJson());
        meta.insert(QStringLiteral("order"), tweetOrderKey(options.order));
        meta.insert(QStringLiteral("text"),
                    QStringLiteral("as stored: as the archive published it, HTML entities such as &amp; "
                                   "not decoded"));
        meta.insert(QStringLiteral("exported_at"), exportTime(QDateTime::currentDateTimeUtc()));
        meta.insert(QStringLiteral("trove_version"), options.troveVersion.isEmpty()
                                                         ? QCoreApplication::applicationVersion()
                                                         : options.troveVersion);
        QByteArray metaText = QJsonDocument(meta).toJson(QJsonDocument::Indented).trimmed();
        metaText.chop(1); // the closing brace: "count" follows, filled in once the tweets are written
        metaText = metaText.trimmed();
        metaText.replace('\n', "\n    ");
        buffer.append("{\n    \"meta\": ");
        buffer.append(metaText);
        buffer.append(",\n        \"count\": ");
        countOffset = file.pos() + buffer.size();
        buffer.append(QByteArray(CountWidth, ' '));
        buffer.append("\n    }");
        buffer.append(",\n    \"tweets\": [");
    } else {
        if (options.csvDialect == CsvDialect::Spreadsheet) {
            buffer.append("\xEF\xBB\xBF");
        }
        const QStringList names = columns();
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0) {
                buffer.append(',');
            }
            buffer.append(names[i].toLatin1());
        }
        buffer.append("\r\n");
    }

    std::int64_t written = 0;
    bool rowsFailed = false;
    const auto writeChunk = [&](const QList<std::int64_t> &ids) {
        if (cancelled(cancel) || writeFailed) {
            return false;
        }
        const QList<TweetRow> rows = TweetListQuery::rows(db, ids, &error);
        if (rows.isEmpty() && !error.isEmpty()) {
            rowsFailed = true;
            return false;
        }
        for (const TweetRow &row : rows) {
            if (json) {
                buffer.append(written == 0 ? "\n        " : ",\n        ");
                appendJsonObject(buffer, row);
            } else {
                appendCsvRecord(buffer, row, options.csvDialect);
            }
            ++written;
            flush(false);
        }
        if (progress) {
            // The total comes from the import's counters for a plain filter: never let it lag the rows.
            progress(written, qMax(written, total));
        }
        return !writeFailed;
    };

    bool ok = true;
    if (options.ids) {
        const QList<std::int64_t> &ids = *options.ids;
        for (qsizetype start = 0; start < ids.size() && ok; start += TweetListQuery::ChunkSize) {
            ok = writeChunk(ids.mid(start, qMin<qsizetype>(TweetListQuery::ChunkSize, ids.size() - start)));
        }
    } else {
        ok = TweetListQuery::collectIds(db, options.filter, options.order, writeChunk, &error) && !rowsFailed;
    }
    if (cancelled(cancel)) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (writeFailed) {
        file.cancelWriting();
        result.errorString =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    if (!ok || rowsFailed) {
        file.cancelWriting();
        return stopped(error);
    }
    if (json) {
        buffer.append(written == 0 ? "]\n}\n" : "\n    ]\n}\n");
    }
    flush(true);
    if (json && !writeFailed) {
        // The count of what was written, in the room left for it (JSON allows the spaces after it).
        const QByteArray number = QByteArray::number(qlonglong(written));
        writeFailed = !file.seek(countOffset) || file.write(number) != number.size();
    }
    if (writeFailed || !file.commit()) {
        result.errorString =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    result.ok = true;
    result.written = written;
    return result;
}

} // namespace trove
