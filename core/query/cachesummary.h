#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>

namespace trove {

class Database;

/** What one campaign holds, as shown by the main window and `trove info`. */
struct CampaignSummary
{
    std::int64_t id = 0;
    QString key;  ///< derived from the file names ('ira')
    QString name; ///< shown; renamable
    bool synthetic = false;
    std::int64_t accounts = 0;
    std::int64_t tweets = 0;
    std::int64_t media = 0;
    std::int64_t rejected = 0;
    std::int64_t repaired = 0;
    int sourceFiles = 0;
    int incompleteFiles = 0; ///< files whose import was interrupted (a re-run resumes them)
    QDateTime firstTweet;    ///< UTC; invalid when the campaign has no tweets
    QDateTime lastTweet;
};

/** The media archives indexed in place (`trove media index`, or media zips given to an import). */
struct MediaSummary
{
    std::int64_t archivesIndexed = 0;
    std::int64_t archivesFailed = 0;
    std::int64_t files = 0;                          ///< indexed media files
    QList<QPair<QString, std::int64_t>> filesByKind; ///< ("image", n), … ordered by kind
    std::int64_t unmatched = 0;                      ///< files matching no tweet and no account
    std::int64_t notMedia = 0;                       ///< entries skipped as not media
    QList<QPair<QString, QString>> failures;         ///< (archive path, reason) of the failed archives

    bool isEmpty() const { return archivesIndexed + archivesFailed == 0; }
};

/** Reads per-campaign figures from a cache. Cheap (reads maintained counters): safe to call often. */
class CacheSummary
{
public:
    /** Returns the campaigns ordered by name; empty with @p error set when the query fails. */
    static QList<CampaignSummary> campaigns(Database &db, QString *error = nullptr);

    /** Renames a campaign (the name shown; its key stays). Returns false with @p error set on failure. */
    static bool renameCampaign(Database &db, std::int64_t campaignId, const QString &name,
                               QString *error = nullptr);

    /**
     * The media archives' figures. Counting the unmatched files reads the whole media index (one pass):
     * meant for `trove info`, not for a repaint.
     */
    static MediaSummary media(Database &db, QString *error = nullptr);

    /** The summary as the JSON document printed by `trove info --json` (a "media" object when any media
     * archive was indexed). */
    static QByteArray toJson(const QList<CampaignSummary> &campaigns, const QString &cachePath,
                             const MediaSummary &media = MediaSummary());
};

} // namespace trove
