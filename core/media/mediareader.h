#pragma once

#include "core/media/mediaentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

class QIODevice;

namespace trove {

class Database;
class ZipArchive;

/** Where one indexed media file is, and what the index says of it. */
struct MediaLocation
{
    std::int64_t mediaId = 0;
    std::int64_t archiveId = 0;
    QString archivePath;
    QString entry;                ///< the entry name as stored (untrusted text)
    std::int64_t entryIndex = -1; ///< index in the zip's central directory; -1: find the entry by name
    std::int64_t size = 0;        ///< uncompressed bytes, as the zip declares them
    MediaKind kind = MediaKind::Image;
    QString format;           ///< lower-case extension
    std::int64_t tweetId = 0; ///< 0 for profile images
    std::int64_t accountId = 0;
    std::int64_t campaignId = 0;
    QString userid;
    QString mediaKey;
};

/** Why a read failed. */
enum class MediaReadError {
    None,
    NotIndexed,     ///< no such media id / archive id in the cache
    ArchiveMissing, ///< the zip is not at its recorded path (moved? see MediaIndexer::relocate)
    ArchiveUnreadable,
    EntryMissing, ///< the zip holds no such entry (it changed since it was indexed)
    TooLarge,     ///< the declared size is over the cap: refused before inflating anything
    Bomb,         ///< the entry inflates to more than it declares: stopped at the declared size
    Corrupt,      ///< inflating failed (bad data, CRC mismatch, truncated)
    WriteFailed,  ///< the output device refused the bytes
    Cancelled,
};

/** The outcome of a read: the bytes, or the reason (never both). */
struct MediaReadResult
{
    MediaReadError error = MediaReadError::None;
    QString errorString;    ///< for people: names the archive and entry
    QByteArray data;        ///< read(): the entry's bytes
    std::int64_t bytes = 0; ///< bytes read (and written, for copy())
    bool ok() const { return error == MediaReadError::None; }
};

/**
 * Reads indexed media files in place from their zips, for thumbnails, previews and export, treating them as
 * untrusted: an entry whose declared size is over the cap is refused before anything is inflated, inflation
 * stops as soon as it produces more bytes than the entry declares (a decompression bomb lying about its
 * size), and every failure is an error value naming the archive and entry, never a crash.
 *
 * A reader keeps the last few zips it opened (reading their central directory again for every thumbnail of a
 * big archive would cost more than the thumbnail). libzip handles are not thread-safe: use one MediaReader
 * per thread (a thumbnail worker owns one); locate() only needs a connection of the calling thread.
 */
class MediaReader
{
public:
    /** The default cap for any entry. */
    static constexpr std::int64_t DefaultMaxBytes = 512ll * 1024 * 1024;
    /** The default cap for images and GIFs (and profile images): no genuine one comes near it. */
    static constexpr std::int64_t DefaultMaxImageBytes = 64ll * 1024 * 1024;

    /** @p maxOpenArchives zips are kept open at most (least recently used closed first). */
    explicit MediaReader(int maxOpenArchives = 4);
    ~MediaReader();
    MediaReader(const MediaReader &) = delete;
    MediaReader &operator=(const MediaReader &) = delete;

    /** The default cap for @p kind: DefaultMaxImageBytes for images, GIFs, profile images, banners. */
    static std::int64_t defaultCap(MediaKind kind);

    /** The location of media row @p mediaId; false with @p error set when there is none. */
    static bool locate(Database &db, std::int64_t mediaId, MediaLocation *location, QString *error);
    /**
     * The location of entry @p entry of archive @p archiveId (the first indexed one of that name); reads the
     * index rows of that archive (by media id is one lookup). A caller that holds the archive path and entry
     * name can also read without the cache: MediaLocation{archivePath, entry} with entryIndex -1.
     */
    static bool locate(Database &db, std::int64_t archiveId, const QString &entry, MediaLocation *location,
                       QString *error);
    /** The media files of tweet @p tweetId, in the order of their archives and entries. */
    static QList<MediaLocation> mediaOfTweet(Database &db, std::int64_t tweetId, QString *error);

    /**
     * Reads the whole entry into memory. @p maxBytes < 0: defaultCap(location.kind). Refuses (TooLarge) an
     * entry declaring more than the cap; stops (Bomb) when inflation exceeds the declared size.
     */
    MediaReadResult read(const MediaLocation &location, std::int64_t maxBytes = -1);

    /**
     * Streams the entry into @p out (an open device), in 64 KiB pieces, with the same caps as read(); @p
     * cancel (optional) is polled between pieces. On failure, what was written to @p out is incomplete: the
     * caller discards it (MediaExport writes through QSaveFile).
     */
    MediaReadResult copy(const MediaLocation &location, QIODevice &out, std::int64_t maxBytes = -1,
                         const std::atomic_bool *cancel = nullptr);

    /** Closes every archive kept open (after a relocation, say). */
    void closeArchives();

private:
    std::shared_ptr<ZipArchive> archive(const MediaLocation &location, MediaReadResult *result);
    MediaReadResult stream(const MediaLocation &location, QIODevice *out, QByteArray *buffer,
                           std::int64_t maxBytes, const std::atomic_bool *cancel);

    struct OpenArchive
    {
        QString path;
        std::shared_ptr<ZipArchive> archive;
    };
    QList<OpenArchive> m_open; ///< most recently used first
    int m_maxOpen;
};

} // namespace trove
