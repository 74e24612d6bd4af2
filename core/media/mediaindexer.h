#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace trove {

class Database;

/** One entry of a media archive that was skipped or matched nothing, for the report. */
struct MediaIssue
{
    QString archive; ///< the zip's path
    QString entry;   ///< the entry name as stored (untrusted text: show as plain text)
    QString reason;  ///< "not a media file (.txt)", "no tweet 123 in the cache", ...
};

/** A snapshot of a running media indexing, reported a few times a second and after each archive. */
struct MediaIndexProgress
{
    int archivesDone = 0;
    int archivesTotal = 0;
    std::int64_t entriesDone = 0; ///< entries listed so far, over all archives
    QString currentArchive;
};

/** The outcome of one run; every count is for this run only. */
struct MediaIndexSummary
{
    bool ok = false;        ///< false when the cache could not be written at all
    bool cancelled = false; ///< the archive being indexed was rolled back; a re-run indexes it
    QString errorString;
    int archivesIndexed = 0;
    int archivesAlreadyIndexed = 0; ///< same file name, size and mtime as one indexed before: skipped
    int archivesRelocated = 0;      ///< of those, found at a new path (the old one gone) and re-pointed
    int archivesFailed = 0;         ///< not a zip, corrupt, unreadable: each named in messages
    std::int64_t entries = 0;       ///< file entries listed (folders excluded)
    std::int64_t mediaFiles = 0;
    std::int64_t linkedToTweets = 0;   ///< media files whose tweet is in the cache
    std::int64_t linkedToAccounts = 0; ///< media files whose account is in the cache
    std::int64_t unmatched = 0;        ///< media files naming no tweet (or account) of the cache
    std::int64_t skipped = 0;          ///< entries that are not media
    QStringList messages;              ///< one line per archive that failed or was noteworthy
    QList<MediaIssue> firstIssues;     ///< the first 100 skipped or unmatched entries
    QString reportPath;                ///< CSV of every skipped or unmatched entry; empty when none
    double seconds = 0;
};

/** The outcome of MediaIndexer::relocate(). */
struct MediaRelocateSummary
{
    bool ok = false;
    QString errorString;
    int relocated = 0;   ///< archives re-pointed to the new folder
    QStringList missing; ///< archives under the old folder that are not at the new place (left as they were)
};

/** What to index, and how. */
struct MediaIndexOptions
{
    /** Zips, or folders searched recursively for zips (the 2020 layout's `<campaign>_tweet_media_hashed/`).
     */
    QStringList inputs;
    /**
     * The campaign (key or name, as `trove import --campaign`) the archives belong to, when their names do
     * not say; empty: from the names (mediaCampaignKey), else from the tweets they link to.
     */
    QString campaign;
    /** Where to write the CSV of skipped and unmatched entries; empty: a new path beside the cache. */
    QString reportPath;
    /** Whether to write that report at all. */
    bool writeReport = true;
};

/**
 * Indexes media archives in place: lists every entry from each zip's central directory (libzip), without
 * inflating anything, and writes one row per media file into the cache (media), linked to its tweet
 * (tweets.id from the entry name) and account (the tweet's account, or campaign + userid from the path).
 *
 * - Non-media entries (other extensions, empty entries, macOS forks) are skipped and listed with the reason
 *   (media_skipped, the report); media files naming no tweet or account of the cache are counted as unmatched
 *   and listed too. They are still indexed: importing the tweets later links them (relink()).
 * - One transaction per archive: a process killed in the middle of an archive leaves it un-indexed and the
 *   archives before it complete; the next run indexes it again.
 * - An archive already indexed (same file name, size and mtime) is skipped without opening it; found at a new
 *   path while the old one is gone, it is re-pointed. A changed archive at the same path is indexed afresh.
 * - A file that is not a readable zip fails alone (named in messages, recorded in media_archives with status
 *   'failed'); the others are indexed.
 *
 * Runs on the calling thread with the caller's read-write connection (not inside a transaction).
 */
class MediaIndexer
{
public:
    using ProgressCallback = std::function<void(const MediaIndexProgress &)>;

    explicit MediaIndexer(MediaIndexOptions options);

    /**
     * Indexes the archives of the options into @p db. @p cancel, when set, is polled every few hundred
     * entries: the archive in progress is rolled back and the summary says cancelled.
     */
    MediaIndexSummary run(Database &db, const ProgressCallback &progress = {},
                          const std::atomic_bool *cancel = nullptr);

    /** The zips named by @p inputs: files as given, folders searched recursively; sorted by path. */
    static QStringList archivePaths(const QStringList &inputs, QStringList *messages);

    /**
     * Links media indexed before their tweets or accounts were imported: fills account_id and campaign_id
     * where the cache now holds the tweet (or the account). Returns the number of media rows linked, -1 on
     * error (see db.errorString()). Cheap when nothing is left to link.
     */
    static std::int64_t relink(Database &db);

    /**
     * Re-points every archive indexed under @p oldFolder to the same relative path under @p newFolder,
     * without re-indexing: only those found there (a file of the same size) are changed; the others are
     * listed as missing and left as they were. One transaction.
     */
    static MediaRelocateSummary relocate(Database &db, const QString &oldFolder, const QString &newFolder);

    /** A new report path beside @p cachePath: <cache>-reports/media-<UTC time>.csv. */
    static QString newReportPath(const QString &cachePath);

private:
    MediaIndexOptions m_options;
};

} // namespace trove
