#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace trove {

/** What a media file is, as stored in media.kind. */
enum class MediaKind { Image, Gif, Video, Profile, Banner };

/** "image", "gif", "video", "profile", "banner". */
QString mediaKindName(MediaKind kind);
/** The inverse of mediaKindName(); Image for an unknown name. */
MediaKind mediaKindFromName(const QString &name);

/**
 * What the name of one zip entry of a media archive says, parsed from the UTF-8 bytes as libzip gives them.
 * Nothing is read from the entry itself.
 *
 * Tweet media (`ira_10/<hashed userid>/images/<tweetid>-<mediakey>.jpg`): the tweet id is the file name up to
 * the first '-', the media key the rest, the user id the folder above the type folder ("images", "videos",
 * …, whatever its name). Profile and banner images (`<userid>_<type>.<ext>`): the user id is the file name
 * up to its last '_'; a type naming a banner makes it a banner. The kind comes from the extension (the
 * folder names of the genuine releases are not all known).
 */
struct MediaEntryName
{
    bool isMedia = false;
    QString skipReason; ///< why an entry that is not media is skipped ("not a media file (.txt)")
    MediaKind kind = MediaKind::Image;
    QByteArray format;        ///< lower-case extension ("jpg"), at most 8 characters of [a-z0-9]
    std::int64_t tweetId = 0; ///< 0: the name gives none (a profile image)
    QByteArray mediaKey;
    QByteArray userid;
    /**
     * Profile images only: the whole entry name up to its last '_', when it holds folders. Opaque user ids
     * can contain '/', which a zip stores as folders; the indexer tries this when userid names no account.
     */
    QByteArray pathUserid;

    /**
     * Classifies @p name (@p size uncompressed bytes): folders, macOS resource forks, empty entries (the
     * periscope zips list files without data) and unknown extensions are not media.
     */
    static MediaEntryName parse(const char *name, std::int64_t size);
};

/**
 * The campaign a media archive belongs to, from its name: the prefix before "_tweet_media", "_media",
 * "_profile" or "_hashed_" of the zip (`ira_tweet_media_hashed_1.zip`, `iranian_hashed_001.zip` inside
 * `iranian_tweet_media_hashed/`), else of its folder; lower-case. Empty when neither says.
 */
QString mediaCampaignKey(const QString &archivePath);

} // namespace trove
