#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace trove {

/** What to import, and where. */
struct ImportOptions
{
    QString cachePath;    ///< the SQLite cache; created when missing
    QStringList inputs;   ///< CSV files, zips, or folders holding them
    QString campaignName; ///< overrides the name taken from the file names, when not empty
    int batchSize = 4096; ///< records per batch handed from the parser to the writer
    /** Records between two checkpoints (a commit that a killed import resumes from). */
    int checkpointRecords = 50000;
};

/** A snapshot of a running import, reported a few times a second. */
struct ImportProgress
{
    std::int64_t bytesDone = 0;  ///< uncompressed bytes consumed, over all inputs
    std::int64_t bytesTotal = 0; ///< uncompressed bytes of all inputs (known before the first record)
    std::int64_t tweetsAdded = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
    QString currentFile; ///< "file.zip › entry.csv" or the file name
    QString phase;       ///< "Scanning", "Importing", "Building indexes", ...
};

/** The outcome of an import; every count is for this run only. */
struct ImportSummary
{
    bool ok = false;        ///< false when the import could not run at all (cache unwritable, ...)
    bool cancelled = false; ///< stopped by the user; what was committed stays and a re-run resumes
    QString errorString;
    std::int64_t tweetsAdded = 0;
    std::int64_t duplicates = 0; ///< tweets already in the cache (re-import, overlapping parts)
    std::int64_t accountsAdded = 0;
    std::int64_t accountsUpdated = 0; ///< profiles filled in from a users file
    std::int64_t rejected = 0;        ///< records not imported, each listed in the reject report
    std::int64_t repaired = 0;        ///< records imported with a repair, each listed too
    int filesImported = 0;
    int filesAlreadyImported = 0; ///< complete in the cache already: skipped without reading
    int filesResumed = 0;         ///< continued from a checkpoint of an interrupted import
    int filesFailed = 0;          ///< unreadable or unrecognised: named in messages
    QStringList messages;         ///< one line per file-level problem or note
    QStringList campaigns;        ///< the campaigns this run touched
    QString rejectReportPath;     ///< CSV listing every rejected/repaired record of this run
    double seconds = 0;
};

} // namespace trove
