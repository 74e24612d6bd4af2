#pragma once

#include "core/export/exportformat.h"
#include "core/query/tweetfilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace trove {

class Database;
struct TweetRow;

/** What to export and where. */
struct TweetExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvDialect csvDialect = CsvDialect::Standard; ///< CSV only
    QString outputPath;
    TweetFilter filter; ///< which tweets (with the selection), and what the JSON metadata says of them
    TweetOrder order = TweetOrder::NewestFirst;
    /**
     * The tweets to write, in this order, when the caller already has them (a list on screen); ids the
     * cache does not hold are left out. Unset: the tweets of filter, in order.
     */
    std::optional<QList<std::int64_t>> ids;
    /** The Trove version named in the JSON metadata; empty: QCoreApplication::applicationVersion(). */
    QString troveVersion;
};

/**
 * Writes a list of tweets to a CSV or JSON file for citation and analysis elsewhere, streaming: ids are
 * read in chunks (TweetListQuery::collectIds), each chunk's rows read (TweetListQuery::rows) and written,
 * so memory stays constant whatever the size of the list. The whole export reads one snapshot of the
 * cache (one read transaction), so an import running meanwhile changes nothing in it.
 *
 * The file is written under a temporary name beside the target and renamed at the end (QSaveFile): a
 * cancelled or failed export leaves no partial file, and a file already at the target stays untouched
 * until the new one is complete. UTF-8.
 *
 * Columns (CSV header, and the JSON keys of each tweet), see columns(): tweet ids as decimal text (JSON
 * strings: a JSON number would round ids above 2^53), time in ISO 8601 UTC ("2016-03-01T12:34:56Z"), the
 * campaign, the account's userid as published, screen name (empty for hashed accounts), alias ('Anon-…',
 * hashed accounts only), display name, category, language, client, kind (original, retweet, reply,
 * quote), the text, the ids it replies to / quotes / retweets, the published like/retweet/reply/quote
 * counts (empty / null when not published), the replies the archive holds, the media files indexed, and
 * the source file and data record number it was imported from.
 *
 * The text is written exactly as stored, which is as the archive published it: HTML entities such as
 * &amp; are not decoded (DisplayText::decoded() does that for display). A citation quotes the source.
 *
 * CSV: RFC 4180, a header row, CRLF between records (line breaks inside a text stay as they are, inside
 * quotes). The Standard dialect writes every value unchanged; the Spreadsheet dialect is for opening the
 * file in Excel or LibreOffice (see CsvDialect: a byte order mark, and an apostrophe before a text that a
 * spreadsheet would run as a formula).
 *
 * JSON: {"meta": {...}, "tweets": [{...}, ...]}. meta holds "cache" (the cache file), "campaigns" (id,
 * key, name, synthetic, tweets: the selected campaigns, or all), "selection" (campaign and account ids),
 * "filters" (TweetFilter::describeFilters()), "filter" (TweetFilter::toJson()), "order", "text" (how the
 * text is written), "exported_at", "trove_version" and "count" (the number of tweets that follow).
 */
class TweetExport
{
public:
    /** The column names, in order. */
    static QStringList columns();

    /**
     * Runs the export on the calling thread with @p db (a read connection of that thread). @p progress
     * (optional) is called after each chunk with the tweets written and the total. While @p cancel
     * (optional) is true, the export stops within a chunk (and a running query at once, through
     * Database::setCancelFlag, which is cleared again at the end) and reports cancelled.
     */
    static ExportResult run(Database &db, const TweetExportOptions &options,
                            const std::atomic_bool *cancel = nullptr,
                            const std::function<void(std::int64_t done, std::int64_t total)> &progress = {});

    /** Appends @p row as one CSV record (CRLF included) in the columns() order. */
    static void appendCsvRecord(QByteArray &out, const TweetRow &row, CsvDialect dialect);
    /** Appends @p row as one JSON object (no separator or line break). */
    static void appendJsonObject(QByteArray &out, const TweetRow &row);
};

} // namespace trove
