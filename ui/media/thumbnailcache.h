#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <set>

namespace trove {

namespace thumbnails {
class DiskStore;
struct JobResult;
} // namespace thumbnails

/** What ThumbnailCache::request() found. */
enum class ThumbnailStatus {
    Ready,   ///< in memory now: thumbnail() returns it, no signal follows
    Pending, ///< queued or being made: thumbnailReady or thumbnailFailed follows
    Failed,  ///< it failed before (failureReason() says why); not tried again until clearFailures()
};

/**
 * Thumbnails of indexed media files for the gallery and the tweet cards. The API is for the GUI thread;
 * the work runs on a thread pool: each worker finds the entry with its thread's ReadConnection, reads it
 * with its thread's MediaReader (image size cap, decompression-bomb defence) and decodes it with
 * QImageReader at the thumbnail's size (JPEG is decoded scaled, never in full). Images whose header claims
 * more than MaxSide pixels a side or MaxPixels pixels are refused before any pixel is decoded. A GIF gives
 * its first frame. Videos have no thumbnail (they fail with a reason).
 *
 * Requests wait in a queue ordered by priority, then newest first; asking again for a queued thumbnail
 * moves it to its new priority, and cancel() drops one that has not started. At most as many thumbnails
 * are made at once as the pool has threads.
 *
 * Made thumbnails are kept in a memory cache bounded by bytes (least recently used dropped first) and on
 * disk, in thumbnailFolder() (`<cache>-thumbnails/` by default), written atomically, named by media id, size
 * and where the file is; the folder is kept under diskLimitBytes() by deleting the least recently used
 * files (by modification time, which a disk hit renews). A thumbnail found on disk is read without
 * opening the zip.
 */
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    /** Images whose header claims more pixels than these are refused without decoding. */
    static constexpr int MaxSide = 20000;
    static constexpr qint64 MaxPixels = 100ll * 1000 * 1000;
    /**
     * Whether an image whose header claims @p size is over MaxSide or MaxPixels (and so is not decoded, here
     * or in the preview); @p reason (optional) then says so for people. An invalid size is not over.
     */
    static bool exceedsLimits(QSize size, QString *reason = nullptr);
    /** Thumbnail sizes are clamped to this range a side. */
    static constexpr int MinThumbnailSide = 8;
    static constexpr int MaxThumbnailSide = 2048;
    static constexpr qint64 DefaultDiskLimitBytes = 512ll * 1024 * 1024;
    static constexpr qint64 DefaultMemoryLimitBytes = 64ll * 1024 * 1024;

    /**
     * Makes thumbnails on @p pool (which must outlive this object's work), or on a pool of its own of two
     * threads when @p pool is null.
     */
    explicit ThumbnailCache(QThreadPool *pool = nullptr, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /**
     * Thumbnails of the media of the cache at @p cachePath from now on, kept on disk in @p thumbnailFolder
     * (empty: `<cachePath>-thumbnails`). Drops the memory cache, the queue and the failures; thumbnails of
     * the previous cache still being made are dropped when they end.
     */
    void setCachePath(const QString &cachePath, const QString &thumbnailFolder = QString());
    QString cachePath() const { return m_cachePath; }
    QString thumbnailFolder() const;

    /** The disk cache's size limit; when over, least recently used files are deleted (in the background). */
    void setDiskLimitBytes(qint64 bytes);
    qint64 diskLimitBytes() const;
    /** The memory cache's size limit (decoded pixels). */
    void setMemoryLimitBytes(qint64 bytes);
    qint64 memoryLimitBytes() const { return m_memoryLimitBytes; }

    /**
     * Asks for the thumbnail of media @p mediaId fitting in @p size (aspect ratio kept, never enlarged).
     * Higher @p priority first; among equal priorities, the newest request first. Asking again for a
     * queued one sets its priority and makes it the newest.
     */
    ThumbnailStatus request(qint64 mediaId, QSize size, int priority = 0);
    /** Drops a queued request (one being made finishes and is cached, but no signal is emitted for it). */
    void cancel(qint64 mediaId, QSize size);
    /** Drops every queued request. */
    void cancelAll();

    /** The thumbnail if it is in memory, else a null image. */
    QImage thumbnail(qint64 mediaId, QSize size) const;
    /** Why the thumbnail of @p mediaId failed last (for any size), or an empty string. */
    QString failureReason(qint64 mediaId) const { return m_failures.value(mediaId); }
    /** Forgets failures so that they are tried again (after relocating archives, say). */
    void clearFailures() { m_failures.clear(); }

    /** Requests waiting, and being made. */
    int queuedCount() const { return int(m_queue.size()); }
    int runningCount() const { return m_running.size(); }

    /** What has happened since construction, for tests and figures. */
    struct Statistics
    {
        int decoded = 0;     ///< made from a zip entry
        int diskHits = 0;    ///< read from the disk cache
        int failed = 0;      ///< failed, for any reason
        int cancelled = 0;   ///< dropped from the queue before they started
        int diskEvicted = 0; ///< files deleted to stay under the disk limit
    };
    Statistics statistics() const;

    /**
     * Called on the worker thread just before an entry's bytes are decoded (not for disk hits), with its
     * media id: for tests and tracing. Set it before requesting.
     */
    void setDecodeHook(std::function<void(qint64 mediaId)> hook);

signals:
    /** The thumbnail of @p mediaId at @p size is in memory now (thumbnail() returns it). */
    void thumbnailReady(qint64 mediaId, QSize size);
    /** The thumbnail of @p mediaId could not be made; @p reason is for people. */
    void thumbnailFailed(qint64 mediaId, const QString &reason);

private:
    struct Key
    {
        qint64 mediaId = 0;
        QSize size;
        bool operator==(const Key &other) const { return mediaId == other.mediaId && size == other.size; }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.mediaId, key.size.width(), key.size.height());
    }
    struct QueueEntry
    {
        int priority = 0;
        quint64 sequence = 0;
        Key key;
        bool operator<(const QueueEntry &other) const
        {
            if (priority != other.priority) {
                return priority > other.priority;
            }
            return sequence > other.sequence;
        }
    };

    static QSize clampSize(QSize size);
    void dispatch();
    void finished(const Key &key, quint64 generation, const thumbnails::JobResult &result);
    void scheduleEviction();

    QThreadPool m_ownPool;
    QThreadPool *m_pool = nullptr;
    QString m_cachePath;
    std::shared_ptr<thumbnails::DiskStore> m_disk;
    qint64 m_diskLimitBytes = DefaultDiskLimitBytes;
    qint64 m_memoryLimitBytes = DefaultMemoryLimitBytes;
    QCache<Key, QImage> m_memory;
    QHash<qint64, QString> m_failures;
    std::set<QueueEntry> m_queue;
    QHash<Key, QueueEntry> m_queued;
    QHash<Key, bool> m_running; ///< -> whether the result is still wanted (not cancelled)
    int m_inFlight = 0;         ///< jobs started, of any generation
    quint64 m_sequence = 0;
    quint64 m_generation = 0;
    Statistics m_statistics;
    std::shared_ptr<std::function<void(qint64)>> m_decodeHook;
};

} // namespace trove
