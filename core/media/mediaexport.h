#pragma once

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

/** Which media to export, and where. */
struct MediaExportOptions
{
    QString outputDirectory; ///< created when missing
    /**
     * The tweets whose media are exported (TweetListQuery::collectIds: campaigns, accounts and every filter),
     * plus, when it names accounts, their profile and banner images.
     */
    TweetFilter filter;
    /** The tweets to export the media of, when the caller has them (a list on screen); overrides filter. */
    std::optional<QList<std::int64_t>> tweetIds;
    /** Per file: refuse an entry declaring more (MediaReader caps); < 0: MediaReader::defaultCap(). */
    std::int64_t maxBytesPerFile = -1;
};

/** The outcome of an export. */
struct MediaExportResult
{
    bool ok = false; ///< the manifest was written (some files may still have failed: see failed)
    bool cancelled = false;
    QString errorString;
    std::int64_t filesWritten = 0;
    std::int64_t bytesWritten = 0;
    std::int64_t failed = 0; ///< files that could not be read (missing archive, too large, corrupt)
    QStringList messages;    ///< one line per failed file (the first 100)
    QString manifestPath;    ///< <output>/manifest.csv
};

/**
 * Copies the media files of a selection out of their zips into a folder, with a manifest: manifest.csv, one
 * line per file, `file,tweet_id,userid,screen_name,campaign,archive,entry,size,status` (status "ok" or the
 * reason it was not written).
 *
 * Entry names come from untrusted archives: an output name is never the entry path. It is built from
 * sanitized components (tweet id, media key or user id, kind, extension: only [A-Za-z0-9._-], no leading dot,
 * at most 100 characters each), a file that exists is never overwritten (a "-2" suffix), and the final path
 * is checked to be inside the chosen folder. Files are written through QSaveFile: a failed or cancelled file
 * leaves nothing. Runs on the calling thread with its connection.
 */
class MediaExport
{
public:
    using ProgressCallback = std::function<void(std::int64_t done, std::int64_t total)>;

    static MediaExportResult run(Database &db, const MediaExportOptions &options,
                                 const ProgressCallback &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

    /**
     * @p component reduced to [A-Za-z0-9._-] (anything else becomes '_'), without leading dots or separators,
     * at most @p maxLength characters; "media" when nothing is left.
     */
    static QString sanitizedComponent(const QString &component, int maxLength = 100);

    /** Whether @p path (absolute, after cleaning) lies strictly inside @p directory. */
    static bool isInside(const QString &directory, const QString &path);
};

} // namespace trove
