#pragma once

#include "core/archive/zipentrydevice.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace trove {

/** One CSV to import: a plain file, or an entry read in place from a zip. */
struct InputSource
{
    QString path;  ///< absolute path of the CSV, or of the zip holding it
    QString entry; ///< entry name inside the zip; empty for a plain file
    qint64 zipIndex = -1;
    qint64 size = 0;     ///< uncompressed bytes
    qint64 modified = 0; ///< mtime of the file on disk (epoch seconds)
    QString campaignKey; ///< from the file names: 'ira' for ira_tweets_csv_hashed.csv
    std::shared_ptr<ZipArchive> archive;

    /** "ira_tweets_csv_hashed.zip › ira_tweets_csv_hashed_1.csv" or the file name. */
    QString displayName() const;
    /** Opens the source for reading; nullptr with @p error set on failure. */
    std::unique_ptr<QIODevice> open(QString *error) const;
};

struct ScanResult
{
    QList<InputSource> sources;
    QStringList messages; ///< inputs that could not be read, and what was skipped
    /** Zips that hold media files and no CSV (media archives): for MediaIndexer, not read as CSVs. */
    QStringList mediaArchives;
    int failed = 0; ///< inputs (files or zips) that could not be read at all
};

/**
 * Expands what the user gave (CSV files, zips, folders holding any of these, recursively) into the CSVs to
 * read, ordered so that users files come before tweets files and split parts in numeric order. A zip holding
 * no CSV but media files (jpg, png, gif, mp4, ...) is a media archive: listed in mediaArchives, not reported.
 * So is a zip that cannot be opened but is named like a media archive (`…_media…`, `…_profile…`, or in such a
 * folder): the media indexer reports it and records it as failed.
 */
class InputScanner
{
public:
    static ScanResult scan(const QStringList &inputs);

    /**
     * The campaign a file belongs to, from Twitter's naming: the prefix before "_users_" or "_tweets_"
     * ("iranian_tweets_csv_hashed_1.csv" → "iranian"); otherwise the base name without part suffixes.
     */
    static QString campaignKey(const QString &fileName);
};

} // namespace trove
