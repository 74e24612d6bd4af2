#pragma once

#include "core/query/tweetfilter.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace trove {

/**
 * The names of a TweetOrder in files Trove writes (export metadata, saved searches, the saved view):
 * "oldest", "newest", "engagement". Stable: never rename one.
 */
QString tweetOrderKey(TweetOrder order);
/** The order named @p key, or @p fallback (with *ok false) for anything else. */
TweetOrder tweetOrderFromKey(const QString &key, TweetOrder fallback = TweetOrder::NewestFirst,
                             bool *ok = nullptr);

/** "original", "retweet", "reply", "quote". */
QString tweetKindKey(TweetKind kind);
/** The same as a static string. */
const char *tweetKindName(TweetKind kind);

/** The file formats of an export. */
enum class ExportFormat { Csv, Json };

/** How an export ended. */
struct ExportResult
{
    bool ok = false;          ///< the file is complete and in place
    bool cancelled = false;   ///< stopped on request: no file was written (an older file is left as it was)
    QString errorString;      ///< why not ok (empty when cancelled)
    std::int64_t written = 0; ///< rows written (media export: files written)
    std::int64_t failed = 0;  ///< media export: files that could not be read (listed in the manifest)
    QString outputPath;       ///< the file written (media export: the manifest)
};

/** How CSV text is shaped for the program that opens it. */
enum class CsvDialect {
    /**
     * RFC 4180 exactly, UTF-8 without a byte order mark: every value as stored, for pandas, R, csvkit,
     * sqlite3 and Trove itself. Fields are quoted when they hold a comma, a quote, CR or LF.
     */
    Standard,
    /**
     * For spreadsheets (Excel, LibreOffice): a UTF-8 byte order mark (so non-Latin text is read as
     * UTF-8), and a text value that a spreadsheet would run as a formula (starting with = + - @, a tab or
     * CR) gets a leading apostrophe. This alters the text of every reply that starts with @name, which is
     * why it is not the default.
     */
    Spreadsheet,
};

/**
 * Appends one CSV field to @p out (UTF-8), quoted when it must be (RFC 4180: comma, quote, CR, LF; and a
 * field with leading or trailing space, which some readers trim). @p isText: a free-text value (guarded
 * in the Spreadsheet dialect), not a number or id.
 */
void appendCsvField(QByteArray &out, QStringView value, CsvDialect dialect, bool isText = true);
/** Appends a number as a CSV field. */
void appendCsvNumber(QByteArray &out, qint64 value);

/** Appends @p value as a JSON string literal (quotes included), UTF-8, escaping what JSON requires. */
void appendJsonString(QByteArray &out, QStringView value);

/** Appends exportTime(@p time) to @p out (nothing when invalid), without a temporary string. */
void appendExportTime(QByteArray &out, const QDateTime &time);

/** Time as written in exports: ISO 8601 in UTC with a Z ("2016-03-01T12:34:56Z"); empty when invalid. */
QString exportTime(const QDateTime &time);

} // namespace trove
