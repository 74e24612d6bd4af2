#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace trove {

/** The layout of genuine files a synthetic archive imitates. */
enum class GeneratorFormat {
    Twitter,        ///< Twitter's information-operations release: users CSV and tweets CSV (parts)
    FiveThirtyEight ///< FiveThirtyEight's russian-troll-tweets: IRAhandle_tweets_1.csv … _N.csv, no users
                    ///< file
};

/** Parameters of a synthetic archive. */
struct GeneratorOptions
{
    QString outputDirectory;
    QString campaign = QStringLiteral("synthetic-demo"); ///< file prefix; always starts with "synthetic"
    std::int64_t tweets = 10000;                         ///< distinct tweets written (duplicates come on top)
    int accounts = 200;
    std::uint64_t seed = 1;
    int parts = 1;         ///< tweets split into this many CSV parts, each repeating the header
    bool zip = false;      ///< put the users CSV and the tweet parts into zips (deflated)
    bool usersFile = true; ///< also write <campaign>_users_csv_hashed.csv
    bool quirks = true;    ///< duplicates, empty-list spellings, a truncated last record, ...
    GeneratorFormat format = GeneratorFormat::Twitter;
    /** FiveThirtyEight only: 1 (15 columns, no tweet ids) or 2 (21 columns, with tweet ids and links). */
    int fiveThirtyEightVersion = 2;
};

/** What was written, so that tests can check an import against it. */
struct GeneratorResult
{
    bool ok = false;
    QString errorString;
    QStringList files;                 ///< the files written (CSVs or zips), in order
    std::int64_t tweets = 0;           ///< distinct tweets written
    std::int64_t duplicateRows = 0;    ///< extra rows repeating an earlier tweet exactly
    std::int64_t truncatedRecords = 0; ///< records cut off at end of file (unterminated quote)
    int accounts = 0;                  ///< accounts that tweeted at least once
    int categories = 0; ///< FiveThirtyEight: distinct account_category values of the accounts that tweeted
    std::int64_t bytes = 0; ///< uncompressed CSV bytes
    QString campaign;       ///< the campaign name used, "synthetic…" (prefixed when needed)
    QString readmeFile;     ///< the README-SYNTHETIC.txt written beside the data
};

/**
 * Writes a synthetic archive: deterministic for a given seed, streaming (constant memory at any size).
 * Names follow the real releases: <campaign>_users_csv_hashed.csv, <campaign>_tweets_csv_hashed.csv or
 * _1.csv … _N.csv, and .zip for zipped output; a README-SYNTHETIC.txt says the data is generated.
 * FiveThirtyEight output is <campaign>_IRAhandle_tweets_1.csv … _N.csv (the genuine names behind the
 * campaign prefix, which is what marks the import as synthetic), zipped as <campaign>_IRAhandle_tweets.zip.
 */
class ArchiveGenerator
{
public:
    /**
     * Runs synchronously on the calling thread. @p progress receives the distinct tweets written so far,
     * every 10,000 tweets, once at the end and now and then while zipping; returning false cancels. On
     * failure or cancellation the result has ok == false and an errorString naming the file concerned (or
     * "cancelled"), and the files this call had created are removed. Memory does not grow with the number of
     * tweets; it grows with the number of accounts (at most 1,000,000).
     */
    static GeneratorResult generate(const GeneratorOptions &options,
                                    const std::function<bool(std::int64_t)> &progress = {});
};

} // namespace trove
