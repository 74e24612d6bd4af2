#include "ui/media/thumbnailcache.h"

#include "core/db/readconnection.h"
#include "core/media/mediareader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace trove {

namespace thumbnails {

/**
 * The thumbnail folder, shared by the workers: keeps a running total of its size (scanned once, on first
 * need) and deletes the least recently used files (oldest modification time first) when it is over the
 * limit, down to nine tenths of it so that not every write scans the folder.
 */
class DiskStore
{
public:
    DiskStore(const QString &folder, qint64 limit)
        : m_folder(folder)
        , m_limit(limit)
    {}

    QString folder() const { return m_folder; }

    void setLimit(qint64 limit)
    {
        QMutexLocker locker(&m_mutex);
        m_limit = limit;
    }

    /** A file of @p bytes was written: counts it, and evicts when over the limit. */
    void added(qint64 bytes)
    {
        QMutexLocker locker(&m_mutex);
        if (m_used < 0) {
            scanLocked(); // the new file is counted by the scan
        } else {
            m_used += bytes;
        }
        evictLocked();
    }

    void evictIfOver()
    {
        QMutexLocker locker(&m_mutex);
        if (m_used < 0) {
            scanLocked();
        }
        evictLocked();
    }

    int evicted() const { return m_evicted.load(); }

private:
    QFileInfoList filesLocked() const
    {
        // Only finished thumbnails: QSaveFile's temporary files of writes in progress are left alone.
        return QDir(m_folder).entryInfoList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                                            QDir::Time | QDir::Reversed);
    }

    void scanLocked()
    {
        m_used = 0;
        const QFileInfoList files = filesLocked();
        for (const QFileInfo &file : files) {
            m_used += file.size();
        }
    }

    void evictLocked()
    {
        if (m_used <= m_limit) {
            return;
        }
        const qint64 target = m_limit / 10 * 9;
        const QFileInfoList files = filesLocked(); // oldest first
        qint64 used = 0;
        for (const QFileInfo &file : files) {
            used += file.size();
        }
        for (const QFileInfo &file : files) {
            if (used <= target) {
                break;
            }
            if (QFile::remove(file.absoluteFilePath())) {
                used -= file.size();
                ++m_evicted;
            }
        }
        m_used = used;
    }

    const QString m_folder;
    QMutex m_mutex;
    qint64 m_limit;
    qint64 m_used = -1; ///< unknown until scanned
    std::atomic_int m_evicted{0};
};

struct JobResult
{
    bool ok = false;
    bool fromDisk = false;
    bool decoded = false; ///< an entry was read from its zip and decoded
    QImage image;
    QString reason;
};

} // namespace thumbnails

namespace {

using thumbnails::DiskStore;
using thumbnails::JobResult;

/**
 * Decodes @p bytes into an image fitting in @p bound. The header's dimensions are checked first: an image
 * claiming absurd dimensions is refused before a pixel is decoded. JPEG decodes at the scaled size directly.
 */
bool decode(const QByteArray &bytes, QSize bound, QImage *out, QString *reason)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        *reason =
            ThumbnailCache::tr("This file is not an image Trove can read (%1).").arg(reader.errorString());
        return false;
    }
    const QSize full = reader.size();
    if (full.isValid()) {
        if (ThumbnailCache::exceedsLimits(full, reason)) {
            return false;
        }
        if (full.width() > bound.width() || full.height() > bound.height()) {
            reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        }
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        *reason = ThumbnailCache::tr("The image could not be decoded (%1).").arg(reader.errorString());
        return false;
    }
    // Formats that cannot say their size, and rotations by the EXIF orientation, can still be too large.
    if (image.width() > bound.width() || image.height() > bound.height()) {
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    *out = image;
    return true;
}

/** The file name stem of a thumbnail: media id, size, and a digest of where the file is in the cache. */
QString diskStem(const MediaLocation &location, QSize size)
{
    const QByteArray source = QByteArray::number(qint64(location.archiveId)) + '\n' +
                              location.entry.toUtf8() + '\n' + QByteArray::number(qint64(location.size));
    const QByteArray digest = QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex().left(10);
    return QStringLiteral("%1-%2x%3-%4")
        .arg(location.mediaId)
        .arg(size.width())
        .arg(size.height())
        .arg(QString::fromLatin1(digest));
}

/** Reads a thumbnail from the disk cache and renews its modification time; false when there is none. */
bool readFromDisk(const QString &stem, const QString &folder, QSize size, QImage *image)
{
    for (const QLatin1String extension : {QLatin1String(".jpg"), QLatin1String(".png")}) {
        QFile file(folder + QLatin1Char('/') + stem + extension);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = file.readAll();
        // Least recently used is by modification time: a hit makes the file recent.
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        file.close();
        QString reason;
        if (decode(bytes, size, image, &reason)) {
            return true;
        }
        QFile::remove(file.fileName()); // damaged: made again below
    }
    return false;
}

/** Writes @p image atomically into the disk cache; returns the bytes written, 0 on failure. */
qint64 writeToDisk(const QString &stem, const QString &folder, const QImage &image)
{
    if (!QDir().mkpath(folder)) {
        return 0;
    }
    // Photos as JPEG (small); anything with transparency as PNG.
    const bool alpha = image.hasAlphaChannel();
    QSaveFile file(folder + QLatin1Char('/') + stem +
                   (alpha ? QLatin1String(".png") : QLatin1String(".jpg")));
    if (!file.open(QIODevice::WriteOnly)) {
        return 0;
    }
    QImageWriter writer(&file, alpha ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    if (!alpha) {
        writer.setQuality(85);
    }
    if (!writer.write(image)) {
        file.cancelWriting();
        return 0;
    }
    const qint64 bytes = file.size();
    return file.commit() ? bytes : 0;
}

/** Runs on a worker: the thumbnail of @p mediaId at @p size, from disk or from its zip. */
JobResult makeThumbnail(const QString &cachePath, qint64 mediaId, QSize size,
                        const std::shared_ptr<DiskStore> &disk,
                        const std::shared_ptr<std::function<void(qint64)>> &hook)
{
    JobResult result;
    QString error;
    Database *db = ReadConnection::forThisThread(cachePath, &error);
    if (!db) {
        result.reason = ThumbnailCache::tr("The cache cannot be read: %1").arg(error);
        return result;
    }
    MediaLocation location;
    if (!MediaReader::locate(*db, mediaId, &location, &error)) {
        result.reason = ThumbnailCache::tr("The media file is not in the cache: %1").arg(error);
        return result;
    }
    if (location.kind == MediaKind::Video) {
        result.reason = ThumbnailCache::tr("Videos have no thumbnail.");
        return result;
    }
    const QString stem = diskStem(location, size);
    if (readFromDisk(stem, disk->folder(), size, &result.image)) {
        result.ok = true;
        result.fromDisk = true;
        return result;
    }

    // One reader per pool thread: it keeps the last zips it opened, which thumbnails of one archive share.
    thread_local std::unique_ptr<MediaReader> reader;
    if (!reader) {
        reader = std::make_unique<MediaReader>();
    }
    const MediaReadResult read = reader->read(location, MediaReader::DefaultMaxImageBytes);
    if (!read.ok()) {
        result.reason = read.errorString;
        return result;
    }
    if (hook && *hook) {
        (*hook)(mediaId);
    }
    result.decoded = true;
    if (!decode(read.data, size, &result.image, &result.reason)) {
        result.image = QImage();
        return result;
    }
    result.ok = true;
    const qint64 written = writeToDisk(stem, disk->folder(), result.image);
    if (written > 0) {
        disk->added(written);
    }
    return result;
}

} // namespace

bool ThumbnailCache::exceedsLimits(QSize size, QString *reason)
{
    if (!size.isValid() || (size.width() <= MaxSide && size.height() <= MaxSide &&
                            qint64(size.width()) * size.height() <= MaxPixels)) {
        return false;
    }
    if (reason) {
        *reason =
            tr("The image claims to be %1 × %2 pixels: Trove does not decode images over %3 pixels a side "
               "or %4 megapixels.")
                .arg(size.width())
                .arg(size.height())
                .arg(MaxSide)
                .arg(MaxPixels / 1000000);
    }
    return true;
}

ThumbnailCache::ThumbnailCache(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool ? pool : &m_ownPool)
    , m_decodeHook(std::make_shared<std::function<void(qint64)>>())
{
    m_ownPool.setMaxThreadCount(2);
    m_memory.setMaxCost(m_memoryLimitBytes);
}

ThumbnailCache::~ThumbnailCache()
{
    cancelAll();
    m_ownPool.waitForDone();
}

void ThumbnailCache::setCachePath(const QString &cachePath, const QString &thumbnailFolder)
{
    ++m_generation;
    m_cachePath = cachePath;
    if (m_disk) {
        m_statistics.diskEvicted += m_disk->evicted();
    }
    m_disk = std::make_shared<DiskStore>(thumbnailFolder.isEmpty() ? cachePath + QStringLiteral("-thumbnails")
                                                                   : thumbnailFolder,
                                         m_diskLimitBytes);
    m_memory.clear();
    m_failures.clear();
    m_queue.clear();
    m_queued.clear();
    m_running.clear();
}

QString ThumbnailCache::thumbnailFolder() const
{
    return m_disk ? m_disk->folder() : QString();
}

void ThumbnailCache::setDiskLimitBytes(qint64 bytes)
{
    m_diskLimitBytes = qMax<qint64>(0, bytes);
    if (m_disk) {
        m_disk->setLimit(m_diskLimitBytes);
        scheduleEviction();
    }
}

qint64 ThumbnailCache::diskLimitBytes() const
{
    return m_diskLimitBytes;
}

void ThumbnailCache::setMemoryLimitBytes(qint64 bytes)
{
    m_memoryLimitBytes = qMax<qint64>(0, bytes);
    m_memory.setMaxCost(m_memoryLimitBytes);
}

QSize ThumbnailCache::clampSize(QSize size)
{
    return QSize(qBound(MinThumbnailSide, size.width(), MaxThumbnailSide),
                 qBound(MinThumbnailSide, size.height(), MaxThumbnailSide));
}

ThumbnailStatus ThumbnailCache::request(qint64 mediaId, QSize size, int priority)
{
    const Key key{mediaId, clampSize(size)};
    if (m_memory.contains(key)) {
        return ThumbnailStatus::Ready;
    }
    if (m_failures.contains(mediaId) || m_cachePath.isEmpty()) {
        if (!m_failures.contains(mediaId)) {
            m_failures.insert(mediaId, tr("No cache is open."));
        }
        return ThumbnailStatus::Failed;
    }
    const auto running = m_running.find(key);
    if (running != m_running.end()) {
        running.value() = true; // wanted again, if it was cancelled meanwhile
        return ThumbnailStatus::Pending;
    }
    const auto queued = m_queued.find(key);
    if (queued != m_queued.end()) {
        m_queue.erase(queued.value());
    }
    const QueueEntry entry{priority, ++m_sequence, key};
    m_queue.insert(entry);
    m_queued.insert(key, entry);
    dispatch();
    return ThumbnailStatus::Pending;
}

void ThumbnailCache::cancel(qint64 mediaId, QSize size)
{
    const Key key{mediaId, clampSize(size)};
    const auto queued = m_queued.find(key);
    if (queued != m_queued.end()) {
        m_queue.erase(queued.value());
        m_queued.erase(queued);
        ++m_statistics.cancelled;
    }
    const auto running = m_running.find(key);
    if (running != m_running.end()) {
        running.value() = false;
    }
}

void ThumbnailCache::cancelAll()
{
    m_statistics.cancelled += int(m_queue.size());
    m_queue.clear();
    m_queued.clear();
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        it.value() = false;
    }
}

QImage ThumbnailCache::thumbnail(qint64 mediaId, QSize size) const
{
    const QImage *image = m_memory.object(Key{mediaId, clampSize(size)});
    return image ? *image : QImage();
}

ThumbnailCache::Statistics ThumbnailCache::statistics() const
{
    Statistics statistics = m_statistics;
    if (m_disk) {
        statistics.diskEvicted += m_disk->evicted();
    }
    return statistics;
}

void ThumbnailCache::setDecodeHook(std::function<void(qint64)> hook)
{
    // A new holder, so that jobs already started keep the hook they were given.
    m_decodeHook = std::make_shared<std::function<void(qint64)>>(std::move(hook));
}

void ThumbnailCache::dispatch()
{
    while (!m_queue.empty() && m_inFlight < qMax(1, m_pool->maxThreadCount())) {
        const QueueEntry entry = *m_queue.begin();
        m_queue.erase(m_queue.begin());
        m_queued.remove(entry.key);
        m_running.insert(entry.key, true);
        ++m_inFlight;

        const Key key = entry.key;
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<JobResult>(this);
        connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher, key, generation] {
            const JobResult result = watcher->result();
            watcher->deleteLater();
            finished(key, generation, result);
        });
        watcher->setFuture(QtConcurrent::run(m_pool, makeThumbnail, m_cachePath, key.mediaId, key.size,
                                             m_disk, m_decodeHook));
    }
}

void ThumbnailCache::finished(const Key &key, quint64 generation, const JobResult &result)
{
    --m_inFlight;
    if (generation != m_generation) {
        dispatch(); // a thumbnail of a cache no longer shown
        return;
    }
    const bool wanted = m_running.take(key);
    if (result.decoded) {
        ++m_statistics.decoded;
    }
    if (result.ok) {
        if (result.fromDisk) {
            ++m_statistics.diskHits;
        }
        m_memory.insert(key, new QImage(result.image), qMax<qsizetype>(1, result.image.sizeInBytes()));
        if (wanted) {
            emit thumbnailReady(key.mediaId, key.size);
        }
    } else {
        ++m_statistics.failed;
        m_failures.insert(key.mediaId, result.reason);
        if (wanted) {
            emit thumbnailFailed(key.mediaId, result.reason);
        }
    }
    dispatch();
}

void ThumbnailCache::scheduleEviction()
{
    const std::shared_ptr<DiskStore> disk = m_disk;
    m_pool->start([disk] { disk->evictIfOver(); });
}

} // namespace trove
