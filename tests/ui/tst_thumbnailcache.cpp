// The thumbnail cache: real PNG/JPEG/GIF entries of indexed media zips become bounded thumbnails, made off
// the GUI thread, in priority order, served again from disk without the zip; broken and absurd images fail
// with a reason; the disk limit evicts the oldest files; cancelled requests are never made.
#include "core/db/database.h"
#include "core/media/mediaindexer.h"
#include "core/media/mediareader.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "core/synth/syntheticmedia.h"
#include "importtesthelpers.h"
#include "ui/media/thumbnailcache.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <zip.h>

using namespace trove;

namespace {

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        bytes += file.size();
    }
    return bytes;
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QString m_syntheticZip;
    QList<qint64> m_png, m_jpeg, m_gif; // synthetic 16×16 media
    qint64 m_bigJpeg = 0;               // 300×200
    qint64 m_corrupt = 0;
    qint64 m_huge = 0;
    qint64 m_video = 0;
    int m_folders = 0;

    QString newFolder() { return m_dir.filePath(QString("thumbs%1").arg(++m_folders)); }

    qint64 mediaId(const QByteArray &entrySuffix)
    {
        Database db;
        if (!db.open(m_cache, Database::Mode::ReadOnly)) {
            return 0;
        }
        Statement statement(db, "SELECT id FROM media WHERE entry LIKE ?");
        statement.bind(1, QString::fromUtf8("%" + entrySuffix));
        return statement.next() ? statement.int64(0) : 0;
    }

    QByteArray entryBytes(qint64 id)
    {
        Database db;
        if (!db.open(m_cache, Database::Mode::ReadOnly)) {
            return {};
        }
        MediaLocation location;
        if (!MediaReader::locate(db, id, &location, nullptr)) {
            return {};
        }
        MediaReader reader;
        return reader.read(location).data;
    }

    /** Requests and waits; the image, or a null one when it failed (with @p reason). */
    QImage make(ThumbnailCache &cache, qint64 id, QSize size, QString *reason = nullptr)
    {
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        const ThumbnailStatus status = cache.request(id, size);
        if (status == ThumbnailStatus::Ready) {
            return cache.thumbnail(id, size);
        }
        if (status == ThumbnailStatus::Pending) {
            if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 10000)) {
                return {};
            }
        }
        if (reason) {
            *reason = cache.failureReason(id);
        }
        return cache.thumbnail(id, size);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GeneratorOptions options;
        options.outputDirectory = m_dir.filePath("tweets");
        options.tweets = 400;
        options.accounts = 10;
        options.seed = 11;
        const GeneratorResult archive = ArchiveGenerator::generate(options);
        QVERIFY2(archive.ok, qPrintable(archive.errorString));

        MediaGeneratorOptions media;
        media.tweetArchive = archive.files;
        media.outputDirectory = m_dir.filePath("media");
        media.campaign = archive.campaign;
        media.files = 40;
        media.zips = 1;
        media.unmatched = 0;
        media.nonMedia = false;
        media.seed = 5;
        const MediaGeneratorResult generated = MediaGenerator::generate(media);
        QVERIFY2(generated.ok, qPrintable(generated.errorString));
        QCOMPARE(generated.files.size(), 1);
        m_syntheticZip = generated.files.first();

        // A zip of our own: a larger genuine JPEG, garbage named .jpg, a PNG claiming 50000×50000, a video.
        QImage big(300, 200, QImage::Format_RGB32);
        big.fill(Qt::darkCyan);
        QByteArray bigJpeg;
        QBuffer buffer(&bigJpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(big.save(&buffer, "JPEG"));
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i) {
            garbage.append(char((i * 7919) % 251));
        }
        const QString extra = m_dir.filePath("extra/other_tweet_media_hashed_1.zip");
        QVERIFY(QDir().mkpath(m_dir.filePath("extra")));
        QVERIFY(
            test::writeZipOfBytes(extra, {{"other_1/u1/images/101-bigjpeg.jpg", bigJpeg},
                                          {"other_1/u1/images/102-corrupt.jpg", garbage},
                                          {"other_1/u1/images/103-huge.png", test::pngClaiming(50000, 50000)},
                                          {"other_1/u1/videos/104-video.mp4", garbage}}));

        m_cache = m_dir.filePath("cache.trove");
        const ImportSummary imported = test::import(m_cache, archive.files);
        QVERIFY2(imported.ok, qPrintable(imported.errorString));
        {
            Database db;
            QVERIFY(db.open(m_cache));
            MediaIndexOptions index;
            index.inputs = {m_dir.filePath("media"), extra};
            index.writeReport = false;
            const MediaIndexSummary summary = MediaIndexer(index).run(db);
            QVERIFY2(summary.ok, qPrintable(summary.errorString));
            QCOMPARE(summary.archivesIndexed, 2);
            Statement statement(db,
                                "SELECT id, format FROM media WHERE entry NOT LIKE 'other_1/%' ORDER BY id");
            while (statement.next()) {
                const QString format = statement.text(1);
                (format == "png" ? m_png : format == "gif" ? m_gif : m_jpeg).append(statement.int64(0));
            }
        }
        QVERIFY(m_png.size() >= 2);
        QVERIFY(m_jpeg.size() >= 2);
        QVERIFY(m_gif.size() >= 1);
        m_bigJpeg = mediaId("101-bigjpeg.jpg");
        m_corrupt = mediaId("102-corrupt.jpg");
        m_huge = mediaId("103-huge.png");
        m_video = mediaId("104-video.mp4");
        QVERIFY(m_bigJpeg && m_corrupt && m_huge && m_video);
    }

    void makesThumbnailsOfRealImages()
    {
        ThumbnailCache cache;
        cache.setCachePath(m_cache, newFolder());
        for (const qint64 id : {m_png.first(), m_jpeg.first(), m_gif.first()}) {
            QString reason;
            const QImage small = make(cache, id, QSize(8, 8), &reason);
            QVERIFY2(!small.isNull(), qPrintable(reason));
            QCOMPARE(small.size(), QSize(8, 8)); // 16×16 fitted in 8×8
            QCOMPARE(cache.thumbnail(id, QSize(8, 8)).size(), QSize(8, 8));
            // Never enlarged.
            QCOMPARE(make(cache, id, QSize(64, 64)).size(), QSize(16, 16));
        }
        // At full size the thumbnail is the image itself (the first frame, for a GIF).
        for (const qint64 id : {m_png.first(), m_gif.first()}) {
            QImage direct = QImage::fromData(entryBytes(id));
            QVERIFY(!direct.isNull());
            QCOMPARE(cache.thumbnail(id, QSize(64, 64)).convertToFormat(QImage::Format_RGB32),
                     direct.convertToFormat(QImage::Format_RGB32));
        }
        // A larger JPEG keeps its aspect ratio within the bound.
        const QImage big = make(cache, m_bigJpeg, QSize(64, 64));
        QCOMPARE(big.width(), 64);
        QVERIFY2(big.height() == 42 || big.height() == 43, qPrintable(QString::number(big.height())));
        const QColor centre = big.pixelColor(32, 21);
        QVERIFY(qAbs(centre.red() - QColor(Qt::darkCyan).red()) < 12);
        QVERIFY(qAbs(centre.green() - QColor(Qt::darkCyan).green()) < 12);
        // Served from memory now, without a signal.
        QCOMPARE(cache.request(m_bigJpeg, QSize(64, 64)), ThumbnailStatus::Ready);
        QCOMPARE(cache.statistics().decoded, 7);
        QCOMPARE(cache.statistics().failed, 0);
    }

    void decodesOffTheGuiThread()
    {
        QMutex mutex;
        QSet<QThread *> threads;
        ThumbnailCache cache;
        cache.setDecodeHook([&](qint64) {
            QMutexLocker locker(&mutex);
            threads.insert(QThread::currentThread());
        });
        cache.setCachePath(m_cache, newFolder());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const qint64 id : m_jpeg + m_png) {
            QCOMPARE(cache.request(id, QSize(12, 12)), ThumbnailStatus::Pending);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), m_jpeg.size() + m_png.size(), 20000);
        QMutexLocker locker(&mutex);
        QVERIFY(!threads.isEmpty());
        QVERIFY(!threads.contains(QThread::currentThread()));
        QVERIFY(!threads.contains(qApp->thread()));
    }

    void higherPriorityAndNewerFirst()
    {
        // Declared in this order so that, should a check fail, the blocked worker is let go before the
        // pool waits for it, and what the hook touches outlives the pool.
        QSemaphore release;
        QMutex mutex;
        QList<qint64> order;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        const auto unblock = qScopeGuard([&release] { release.release(100); });
        {
            ThumbnailCache cache(&pool);
            cache.setDecodeHook([&](qint64 id) {
                QMutexLocker locker(&mutex);
                order.append(id);
                const bool first = order.size() == 1;
                locker.unlock();
                if (first) {
                    release.acquire(); // holds the only worker while the others queue up
                }
            });
            cache.setCachePath(m_cache, newFolder());
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            const qint64 blocker = m_jpeg.at(0);
            QCOMPARE(cache.request(blocker, QSize(20, 20)), ThumbnailStatus::Pending);
            QTRY_COMPARE(order.size(), 1);
            const qint64 a = m_png.at(0), b = m_png.at(1), c = m_jpeg.at(1), d = m_gif.at(0);
            cache.request(a, QSize(20, 20), 0);
            cache.request(b, QSize(20, 20), 5);
            cache.request(c, QSize(20, 20), 0);
            cache.request(d, QSize(20, 20), 0);
            cache.request(a, QSize(20, 20), 9); // scrolled into view: bumped
            QCOMPARE(cache.queuedCount(), 4);
            release.release();
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 5, 10000);
            QMutexLocker locker(&mutex);
            QCOMPARE(order, (QList<qint64>{blocker, a, b, d, c}));
        }
    }

    void cancelledRequestsAreNeverMade()
    {
        // Declared in this order so that, should a check fail, the blocked worker is let go before the
        // pool waits for it, and what the hook touches outlives the pool.
        QSemaphore release;
        QMutex mutex;
        QList<qint64> decoded;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        const auto unblock = qScopeGuard([&release] { release.release(100); });
        ThumbnailCache cache(&pool);
        cache.setDecodeHook([&](qint64 id) {
            QMutexLocker locker(&mutex);
            decoded.append(id);
            const bool first = decoded.size() == 1;
            locker.unlock();
            if (first) {
                release.acquire();
            }
        });
        const QString folder = newFolder();
        cache.setCachePath(m_cache, folder);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(m_jpeg.at(0), QSize(20, 20));
        QTRY_COMPARE(decoded.size(), 1);
        cache.request(m_png.at(0), QSize(20, 20));
        cache.request(m_png.at(1), QSize(20, 20));
        cache.request(m_gif.at(0), QSize(20, 20));
        cache.cancel(m_png.at(0), QSize(20, 20));
        cache.cancel(m_jpeg.at(0), QSize(20, 20)); // already being made: finishes, silently
        QCOMPARE(cache.queuedCount(), 2);
        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
        QTRY_COMPARE(cache.runningCount(), 0);
        QTest::qWait(100);
        QCOMPARE(ready.count(), 2);
        QMutexLocker locker(&mutex);
        QCOMPARE(decoded, (QList<qint64>{m_jpeg.at(0), m_gif.at(0), m_png.at(1)}));
        locker.unlock();
        QCOMPARE(cache.statistics().cancelled, 1);
        QVERIFY(cache.thumbnail(m_png.at(0), QSize(20, 20)).isNull());
        // The one being made when cancelled was kept.
        QVERIFY(!cache.thumbnail(m_jpeg.at(0), QSize(20, 20)).isNull());

        // cancelAll drops everything queued.
        QMutexLocker again(&mutex);
        decoded.clear();
        decoded.append(-1); // so that the hook does not block
        again.unlock();
        for (const qint64 id : m_jpeg.mid(2)) {
            cache.request(id, QSize(30, 30));
        }
        const int started = cache.runningCount();
        QCOMPARE(started, 1);
        cache.cancelAll();
        QCOMPARE(cache.queuedCount(), 0);
        QTRY_COMPARE(cache.runningCount(), 0);
        QTest::qWait(100);
        QMutexLocker last(&mutex);
        QCOMPARE(decoded.size(), 1 + started);
    }

    void corruptEntryFailsWithAReason()
    {
        ThumbnailCache cache;
        cache.setCachePath(m_cache, newFolder());
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        QCOMPARE(cache.request(m_corrupt, QSize(32, 32)), ThumbnailStatus::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(0).toLongLong(), m_corrupt);
        const QString reason = failed.first().at(1).toString();
        QVERIFY2(reason.contains("not an image"), qPrintable(reason));
        QCOMPARE(cache.failureReason(m_corrupt), reason);
        QVERIFY(cache.thumbnail(m_corrupt, QSize(32, 32)).isNull());
        // Not tried again until the failures are forgotten.
        QCOMPARE(cache.request(m_corrupt, QSize(64, 64)), ThumbnailStatus::Failed);
        cache.clearFailures();
        QCOMPARE(cache.request(m_corrupt, QSize(64, 64)), ThumbnailStatus::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);

        // A video has no thumbnail; an unknown media id is not in the cache.
        QString videoReason;
        QVERIFY(make(cache, m_video, QSize(32, 32), &videoReason).isNull());
        QVERIFY2(videoReason.contains("Videos"), qPrintable(videoReason));
        QString unknownReason;
        QVERIFY(make(cache, 987654321, QSize(32, 32), &unknownReason).isNull());
        QVERIFY2(unknownReason.contains("not in the cache"), qPrintable(unknownReason));
        QCOMPARE(cache.statistics().decoded, 2); // the corrupt entry twice; neither of the others
    }

    void refusesImagesClaimingHugeDimensions()
    {
        ThumbnailCache cache;
        QList<qint64> hooked;
        cache.setDecodeHook([&](qint64 id) { hooked.append(id); });
        cache.setCachePath(m_cache, newFolder());
        QString reason;
        QVERIFY(make(cache, m_huge, QSize(64, 64), &reason).isNull());
        // Refused from the header's claim (not by running out of memory while decoding).
        QVERIFY2(reason.contains("50000 × 50000"), qPrintable(reason));
        QVERIFY2(reason.contains("20000"), qPrintable(reason));
        QCOMPARE(hooked, QList<qint64>{m_huge});
    }

    void diskLimitEvictsTheOldest()
    {
        const QString folder = newFolder();
        ThumbnailCache cache;
        cache.setCachePath(m_cache, folder);
        QCOMPARE(cache.thumbnailFolder(), folder);
        QCOMPARE(cache.diskLimitBytes(), ThumbnailCache::DefaultDiskLimitBytes);
        const QList<qint64> ids = m_jpeg + m_png;
        QStringList written; // oldest first
        for (const qint64 id : ids) {
            QVERIFY(!make(cache, id, QSize(16, 16)).isNull());
            const QStringList files = QDir(folder).entryList({QString("%1-16x16-*").arg(id)}, QDir::Files);
            QCOMPARE(files.size(), 1);
            written.append(files.first());
            QTest::qWait(15); // distinct modification times
        }
        const qint64 total = folderBytes(folder);
        QVERIFY(total > 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), ids.size());

        const qint64 limit = total / 2;
        cache.setDiskLimitBytes(limit);
        QTRY_VERIFY(folderBytes(folder) <= limit);
        QVERIFY(cache.statistics().diskEvicted > 0);
        const QStringList left = QDir(folder).entryList(QDir::Files);
        QVERIFY(!left.contains(written.first()));
        QVERIFY(left.contains(written.last()));
        // What is left is the most recent files: every evicted one is older than every one kept.
        int firstKept = written.size();
        for (int i = 0; i < written.size(); ++i) {
            if (left.contains(written.at(i))) {
                firstKept = qMin(firstKept, i);
            } else {
                QVERIFY2(i < firstKept, qPrintable(written.at(i)));
            }
        }

        // Writing more stays under the limit too.
        for (const qint64 id : ids) {
            QVERIFY(!make(cache, id, QSize(15, 15)).isNull());
        }
        QVERIFY(folderBytes(folder) <= limit);
    }

    // Last: moves the synthetic zip away.
    void secondRequestIsServedFromDisk()
    {
        const QString folder = newFolder();
        const qint64 id = m_png.at(1);
        QImage first;
        {
            ThumbnailCache cache;
            cache.setCachePath(m_cache, folder);
            first = make(cache, id, QSize(10, 10));
            QVERIFY(!first.isNull());
            QCOMPARE(cache.statistics().decoded, 1);
            QCOMPARE(cache.statistics().diskHits, 0);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);

        QVERIFY(QFile::rename(m_syntheticZip, m_syntheticZip + ".away"));
        ThumbnailCache cache;
        QList<qint64> hooked;
        cache.setDecodeHook([&](qint64 mediaId) { hooked.append(mediaId); });
        cache.setCachePath(m_cache, folder);
        QString reason;
        const QImage again = make(cache, id, QSize(10, 10), &reason);
        QVERIFY2(!again.isNull(), qPrintable(reason));
        QCOMPARE(again.size(), first.size());
        QCOMPARE(cache.statistics().diskHits, 1);
        QCOMPARE(cache.statistics().decoded, 0);
        QVERIFY(hooked.isEmpty());
        // Another size is not on disk: it needs the zip, which is gone.
        QVERIFY(make(cache, id, QSize(11, 11), &reason).isNull());
        QVERIFY2(!reason.isEmpty(), qPrintable(reason));
        QVERIFY(QFile::rename(m_syntheticZip + ".away", m_syntheticZip));
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
