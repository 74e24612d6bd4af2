#pragma once

#include "core/media/mediaentry.h"
#include "core/query/tweetfilter.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>

namespace trove {

class Database;

/** One media file of a gallery: ids and what the index says of it, nothing more (a gallery holds 100,000s).
 */
struct MediaItem
{
    std::int64_t mediaId = 0;
    std::int64_t tweetId = 0;   ///< 0: a profile or banner image
    std::int64_t accountId = 0; ///< 0: no account of the cache
    MediaKind kind = MediaKind::Image;
    std::array<char, 8> format{}; ///< lower-case extension, NUL-padded ("jpg"); see formatName()

    /** The extension as text ("jpg"). */
    QString formatName() const;
    void setFormat(const QByteArray &extension);
};

/**
 * The media files of the tweets a TweetFilter selects (exactly the tweets a timeline of that filter shows:
 * the filter's SQL is TweetListQuery::prepareFiltered's), and, when the filter names accounts, their profile
 * and banner images (media rows with an account and no tweet), as MediaExport selects them.
 *
 * Order: profile and banner images first (by account, then media id); then the tweets' media, newest tweet
 * first (tweet id order, which is time order: media files name real tweet ids, never the negative synthetic
 * ids), the files of one tweet in media id order (the order they were indexed in). For a filter naming
 * accounts the tweets come in (time, id) order, newest first, which is the same order.
 *
 * Plans. A search is driven by the full-text index (its rowids, newest first), an account filter by the
 * tweets' (account_id, time) index; everything else (a campaign, every campaign, the other filters) walks
 * the media_by_tweet index backwards and looks each tweet up by its id, so that a campaign of millions of
 * tweets costs one b-tree seek per media file, not a scan of its tweets, and the first rows come at once.
 * Media files whose tweet the cache does not hold are not listed (no timeline shows that tweet).
 *
 * Runs on the calling thread with the caller's connection; Database::interrupt() or the connection's cancel
 * flag (Database::setCancelFlag) stops it with an error.
 */
class MediaQuery
{
public:
    /** Rows handed to the sink first (so that a gallery's first screen does not wait for the rest). */
    static constexpr int FirstBatchSize = 256;
    /** Rows handed to the sink at a time after the first batch. */
    static constexpr int ChunkSize = 4096;

    /** The bit of @p kind in a kinds mask. */
    static constexpr unsigned kindBit(MediaKind kind) { return 1u << unsigned(kind); }
    static constexpr unsigned AllKinds = 0x1F;
    /** Profile and banner images. */
    static constexpr unsigned AccountImages =
        (1u << unsigned(MediaKind::Profile)) | (1u << unsigned(MediaKind::Banner));

    /**
     * Streams the media of @p filter whose kind is in @p kinds (a mask of kindBit()) to @p sink: first up
     * to FirstBatchSize rows, then chunks of up to ChunkSize. The sink returns false to stop (collect then
     * returns true). False with @p error set when the filter cannot run (a bad search) or on interruption.
     */
    static bool collect(Database &db, const TweetFilter &filter, unsigned kinds,
                        const std::function<bool(const QList<MediaItem> &)> &sink, QString *error);
};

} // namespace trove
