// The media preview, on a generated cache with a zip of genuine files made at test time: a PNG and a JPEG
// decode to their size and zoom and pan; an animated GIF plays its frames with their stored delays; an MP4
// is really played by QMediaPlayer (GStreamer) and frames reach the video widget; a corrupt JPEG, a PNG
// claiming 50000×50000 pixels, text named .jpg, a broken MP4 and a missing archive each show a
// placeholder with the reason; safe view veils until Show; the links emit the tweet's and the account's ids;
// nothing is decoded on the GUI thread; temporary copies of videos are removed when the preview closes.
// TROVE_PREVIEW_SCREENSHOTS=<folder> saves screenshots of the preview there.
#include "core/db/database.h"
#include "core/media/mediaindexer.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/syntheticmedia.h"
#include "core/synth/syntheticvideo.h"
#include "importtesthelpers.h"
#include "ui/media/mediapreview.h"
#include "ui/media/mediasettings.h"
#include "ui/media/zoomimageview.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMediaPlayer>
#include <QMutex>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QWheelEvent>

#include <zip.h>

using namespace trove;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/** A picture with something to see at every place: quadrants of colour and a grid. */
QImage testPicture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const int w = size.width() / 2, h = size.height() / 2;
    painter.fillRect(0, 0, w, h, QColor(200, 40, 40));
    painter.fillRect(w, 0, size.width() - w, h, QColor(40, 160, 60));
    painter.fillRect(0, h, w, size.height() - h, QColor(40, 70, 200));
    painter.fillRect(w, h, size.width() - w, size.height() - h, QColor(230, 200, 40));
    painter.setPen(Qt::white);
    for (int x = 0; x < size.width(); x += 40) {
        painter.drawLine(x, 0, x, size.height());
    }
    for (int y = 0; y < size.height(); y += 40) {
        painter.drawLine(0, y, size.width(), y);
    }
    return image;
}

/** The synthetic two-frame GIF with its frames' delays set to @p first and @p second centiseconds. */
QByteArray gifWithDelays(int first, int second)
{
    QByteArray gif = synthetic::SyntheticMedia::gif(21);
    const QByteArray control("\x21\xF9\x04\x00", 4);
    const int delays[2] = {first, second};
    qsizetype at = 0;
    for (const int delay : delays) {
        at = gif.indexOf(control, at);
        if (at < 0) {
            return {};
        }
        gif[at + 4] = char(delay & 0xFF);
        gif[at + 5] = char((delay >> 8) & 0xFF);
        at += 4;
    }
    return gif;
}

} // namespace

class TestMediaPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_cache;
    qint64 m_tweetId = 0;
    qint64 m_accountId = 0;
    qint64 m_png = 0, m_jpeg = 0, m_gif = 0, m_video = 0;
    qint64 m_corrupt = 0, m_huge = 0, m_text = 0, m_brokenVideo = 0, m_missing = 0, m_damaged = 0;
    QImage m_pngImage, m_jpegImage;
    qint64 m_videoBytes = 0;

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

    /** Shows @p id in @p preview and waits until it is loaded. */
    bool load(MediaPreview &preview, qint64 id)
    {
        QSignalSpy loaded(&preview, &MediaPreview::mediaLoaded);
        preview.showMedia(id);
        if (preview.state() != MediaPreview::State::Loading) {
            return false;
        }
        return QTest::qWaitFor([&] { return loaded.count() > 0; }, 20000) &&
               preview.state() != MediaPreview::State::Loading;
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("TROVE_PREVIEW_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            QTest::qWait(100); // the layout follows the header's new text
            widget.grab().save(folder + '/' + name + ".png");
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        qputenv("TROVE_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);

        GeneratorOptions options;
        options.outputDirectory = m_dir.filePath("tweets");
        options.tweets = 300;
        options.accounts = 6;
        options.seed = 17;
        const GeneratorResult archive = ArchiveGenerator::generate(options);
        QVERIFY2(archive.ok, qPrintable(archive.errorString));
        m_cache = m_dir.filePath("cache.trove");
        const ImportSummary imported = test::import(m_cache, archive.files);
        QVERIFY2(imported.ok, qPrintable(imported.errorString));

        QByteArray userid;
        {
            Database db;
            QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
            Statement statement(db, "SELECT t.id, a.id, a.userid FROM tweets t JOIN accounts a ON a.id = "
                                    "t.account_id ORDER BY t.id LIMIT 1");
            QVERIFY(statement.next());
            m_tweetId = statement.int64(0);
            m_accountId = statement.int64(1);
            userid = statement.text(2).toUtf8();
        }
        const QByteArray tweet = QByteArray::number(m_tweetId);
        const QByteArray folder = "preview_1/" + userid + '/';

        m_pngImage = testPicture(QSize(300, 200));
        m_jpegImage = testPicture(QSize(1600, 1200));
        synthetic::SyntheticVideo::Options video;
        video.width = 160;
        video.height = 120;
        video.frames = 36; // three seconds at 12 frames a second
        video.framesPerSecond = 12;
        video.seed = 5;
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i) {
            garbage.append(char((i * 7919) % 251));
        }
        // A genuine JPEG up to its frame header, which then claims a 0×0 image. (A JPEG merely truncated
        // in its scan decodes, as in browsers, with the rest grey.)
        const QByteArray jpeg = encode(m_jpegImage, "JPEG");
        const QByteArray corrupt = jpeg.left(jpeg.indexOf("\xFF\xC0")) +
                                   QByteArray("\xFF\xC0\x00\x11\x08\x00\x00\x00\x00\x03", 10) + garbage;

        const QByteArray mp4 = synthetic::SyntheticVideo::mp4(video);
        m_videoBytes = mp4.size();
        const QString zip = m_dir.filePath("media/preview_tweet_media_hashed_1.zip");
        QVERIFY(QDir().mkpath(m_dir.filePath("media")));
        QVERIFY(test::writeZipOfBytes(
            zip, {{folder + "images/" + tweet + "-picture.png", encode(m_pngImage, "PNG")},
                  {folder + "images/" + tweet + "-photo.jpg", jpeg},
                  {folder + "animated_gifs/" + tweet + "-loop.gif", gifWithDelays(12, 30)},
                  {folder + "videos/" + tweet + "-clip.mp4", mp4},
                  {folder + "images/" + tweet + "-corrupt.jpg", corrupt},
                  {folder + "images/" + tweet + "-huge.png", test::pngClaiming(50000, 50000)},
                  {folder + "images/" + tweet + "-text.jpg", "This is not an image at all.\n"},
                  {folder + "videos/" + tweet + "-broken.mp4", garbage},
                  {"preview_1/README.txt", "Not media.\n"}}));
        const QString gone = m_dir.filePath("media/gone_tweet_media_hashed_1.zip");
        QVERIFY(test::writeZipOfBytes(
            gone, {{"gone_1/" + userid + "/images/" + tweet + "-gone.png", encode(m_pngImage, "PNG")}}));
        const QString damagedZip = m_dir.filePath("media/damaged_tweet_media_hashed_1.zip");
        const QByteArray damagedPng = encode(testPicture(QSize(64, 64)), "PNG");
        QVERIFY(test::writeZipOfBytes(
            damagedZip, {{"damaged_1/" + userid + "/images/" + tweet + "-damaged.png", damagedPng}}, true));
        {
            Database db;
            QVERIFY(db.open(m_cache));
            MediaIndexOptions index;
            index.inputs = {zip, gone, damagedZip};
            index.writeReport = false;
            const MediaIndexSummary summary = MediaIndexer(index).run(db);
            QVERIFY2(summary.ok, qPrintable(summary.errorString));
            QCOMPARE(summary.mediaFiles, 10);
        }
        QVERIFY(QFile::remove(gone)); // moved away after indexing
        // An entry whose stored bytes were damaged after the zip was written: its CRC no longer matches.
        QFile damaged(damagedZip);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QByteArray zipBytes = damaged.readAll();
        const qsizetype at = zipBytes.indexOf(damagedPng.mid(100, 32));
        QVERIFY(at > 0);
        zipBytes[at + 8] = char(zipBytes[at + 8] ^ 0x5A);
        QVERIFY(damaged.seek(0));
        QCOMPARE(damaged.write(zipBytes), zipBytes.size());
        damaged.close();
        m_png = mediaId("-picture.png");
        m_jpeg = mediaId("-photo.jpg");
        m_gif = mediaId("-loop.gif");
        m_video = mediaId("-clip.mp4");
        m_corrupt = mediaId("-corrupt.jpg");
        m_huge = mediaId("-huge.png");
        m_text = mediaId("-text.jpg");
        m_brokenVideo = mediaId("-broken.mp4");
        m_missing = mediaId("-gone.png");
        m_damaged = mediaId("-damaged.png");
        QVERIFY(m_png && m_jpeg && m_gif && m_video && m_corrupt && m_huge && m_text && m_brokenVideo &&
                m_missing);
        QCOMPARE(mediaId("README.txt"), 0); // not media: never indexed
    }

    void init() { MediaSettings::instance()->setSafeView(false); }

    void showsImagesAtTheirSize()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        preview.resize(900, 700);
        QVERIFY(load(preview, m_png));
        QCOMPARE(preview.state(), MediaPreview::State::Image);
        QCOMPARE(preview.problem(), MediaPreview::Problem::None);
        QCOMPARE(preview.currentImage().size(), QSize(300, 200));
        QCOMPARE(preview.currentImage().convertToFormat(QImage::Format_RGB32), m_pngImage);
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        // Smaller than the window: shown at 100 %, never enlarged.
        QCOMPARE(preview.imageView()->zoom(), 1.0);
        const QString header = preview.headerText();
        QVERIFY2(header.contains("PNG") && header.contains("300 × 200") && header.contains("-picture.png") &&
                     header.contains("preview_tweet_media_hashed_1.zip › preview_1/") &&
                     header.contains(QString::number(m_tweetId)),
                 qPrintable(header));
        screenshot(preview, "image-png");

        QVERIFY(load(preview, m_jpeg));
        QCOMPARE(preview.state(), MediaPreview::State::Image);
        QCOMPARE(preview.currentImage().size(), QSize(1600, 1200));
        const QColor topLeft = preview.currentImage().pixelColor(100, 100);
        QVERIFY2(qAbs(topLeft.red() - 200) < 16 && qAbs(topLeft.green() - 40) < 16,
                 qPrintable(topLeft.name()));
        QVERIFY(preview.headerText().contains("JPEG"));
        screenshot(preview, "image-jpeg");
    }

    void zoomsAndPans()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        preview.resize(800, 640);
        QVERIFY(load(preview, m_jpeg));
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QTest::qWait(100); // the layout settles around the header's text
        ZoomImageView *view = preview.imageView();
        view->setFocus();
        // Fitted: the whole image visible, zoom below 1.
        QVERIFY(view->isFitted());
        const double fit = view->zoom();
        QVERIFY2(fit < 1.0 && fit > 0.1, qPrintable(QString::number(fit)));
        QCOMPARE(fit, std::min(double(view->width()) / 1600, double(view->height()) / 1200));
        QCOMPARE(view->visibleImageRect(), QRectF(0, 0, 1600, 1200));

        QTest::keyClick(view, Qt::Key_Plus);
        QCOMPARE(view->zoom(), fit * ZoomImageView::ZoomStep);
        QVERIFY(!view->isFitted());
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(qAbs(view->zoom() - fit) < 1e-9);

        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier); // 100 %
        QCOMPARE(view->zoom(), 1.0);
        QRectF visible = view->visibleImageRect();
        QCOMPARE(visible.size(), QSizeF(view->width(), view->height()));
        QCOMPARE(visible.center(), QPointF(800, 600)); // zoomed around the centre

        // Arrows pan by PanStep widget pixels (image pixels at 100 %).
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->center(), QPointF(800 + ZoomImageView::PanStep, 600));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->center(), QPointF(800 + ZoomImageView::PanStep, 600 + ZoomImageView::PanStep));
        // Dragging moves the image with the pointer.
        const QPoint start(view->width() / 2, view->height() / 2);
        QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(view, start + QPoint(100, 50));
        QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 50));
        QCOMPARE(view->center(),
                 QPointF(800 + ZoomImageView::PanStep - 100, 600 + ZoomImageView::PanStep - 50));
        // Panning stops at the image's edge.
        for (int i = 0; i < 100; ++i) {
            QTest::keyClick(view, Qt::Key_Left);
        }
        QCOMPARE(view->visibleImageRect().left(), 0.0);

        // The wheel zooms around the pointer: the image point under it stays under it.
        const QPointF pointer(view->width() * 0.25, view->height() * 0.75);
        const QPointF before = view->visibleImageRect().topLeft() + pointer / view->zoom();
        QWheelEvent wheel(pointer, view->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(view->zoom(), ZoomImageView::ZoomStep);
        const QPointF after = view->visibleImageRect().topLeft() + pointer / view->zoom();
        QVERIFY2(
            QLineF(before, after).length() < 0.5,
            qPrintable(
                QString("%1,%2 -> %3,%4").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
        screenshot(preview, "image-zoomed");

        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier); // fit again
        QVERIFY(view->isFitted());
        QCOMPARE(view->zoom(), view->fitZoom());
        QCOMPARE(view->visibleImageRect(), QRectF(0, 0, 1600, 1200));
        // A fitted image follows the window's size.
        preview.resize(500, 500);
        QTRY_VERIFY(view->zoom() < fit);
        QVERIFY(view->isFitted());
    }

    void playsGifFramesWithTheirDelays()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        QVERIFY(load(preview, m_gif));
        QCOMPARE(preview.state(), MediaPreview::State::Animation);
        QCOMPARE(preview.frameCount(), 2);
        QCOMPARE(preview.frameDelay(0), 120);
        QCOMPARE(preview.frameDelay(1), 300);
        QCOMPARE(preview.currentImage().size(), QSize(16, 16));
        QVERIFY(preview.isPlaying());
        QVERIFY(preview.headerText().contains("GIF"));

        // The frames differ, and each stays up for its own delay.
        QElapsedTimer clock;
        clock.start();
        QList<QPair<int, qint64>> shown;
        QList<QImage> frames;
        connect(&preview, &MediaPreview::frameShown, this, [&](int index) {
            shown.append({index, clock.elapsed()});
            frames.append(preview.currentImage());
        });
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 8, 10000);
        QVERIFY(frames.at(0) != frames.at(1));
        QHash<int, qint64> shortest; // per frame, the shortest wait after it
        for (int i = 1; i < shown.size(); ++i) {
            QCOMPARE(shown.at(i).first, (shown.at(i - 1).first + 1) % 2);
            // The wait before showing frame i is the delay of the frame before it: never shorter (a timer
            // may fire late on a loaded machine, hence only the shortest wait is bounded above).
            const int before = shown.at(i - 1).first;
            const qint64 waited = shown.at(i).second - shown.at(i - 1).second;
            QVERIFY2(waited >= preview.frameDelay(before) - 15,
                     qPrintable(QString("frame %1 waited %2 ms, expected %3")
                                    .arg(i)
                                    .arg(waited)
                                    .arg(preview.frameDelay(before))));
            shortest[before] = shortest.contains(before) ? qMin(shortest[before], waited) : waited;
        }
        QVERIFY2(shortest.value(0) < 300 - 15, qPrintable(QString::number(shortest.value(0))));
        QVERIFY2(shortest.value(1) < 300 + 250, qPrintable(QString::number(shortest.value(1))));
        screenshot(preview, "gif");

        // Paused, it stays on its frame.
        QTest::keyClick(&preview, Qt::Key_Space);
        QVERIFY(!preview.isPlaying());
        const int frame = preview.currentFrame();
        const int count = int(shown.size());
        QTest::qWait(500);
        QCOMPARE(preview.currentFrame(), frame);
        QCOMPARE(int(shown.size()), count);
        preview.togglePlaying();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() > count, 2000);
    }

    void playsTheMp4()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        preview.resize(640, 520);
        QVideoSink *sink = preview.videoWidget()->videoSink();
        QVERIFY(sink);
        QList<QSize> frameSizes;
        connect(sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
            if (frame.isValid()) {
                frameSizes.append(frame.size());
            }
        });
        QVERIFY(load(preview, m_video));
        QCOMPARE(preview.state(), MediaPreview::State::Video);
        const QString copy = preview.videoFile();
        QVERIFY(QFile::exists(copy));
        QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(m_cache).absolutePath()); // beside the cache
        QCOMPARE(QFileInfo(copy).size(), m_videoBytes);                              // the whole entry
        QVERIFY(preview.headerText().contains("MP4"));

        QMediaPlayer *player = preview.player();
        QTRY_VERIFY2_WITH_TIMEOUT(player->playbackState() == QMediaPlayer::PlayingState ||
                                      preview.state() == MediaPreview::State::Placeholder,
                                  qPrintable(preview.problemText()), 15000);
        QVERIFY2(preview.state() == MediaPreview::State::Video, qPrintable(preview.problemText()));
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaStatus() == QMediaPlayer::BufferedMedia ||
                                     player->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player->mediaStatus() == QMediaPlayer::EndOfMedia,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 15000);
        QVERIFY2(qAbs(player->duration() - 3000) <= 40, qPrintable(QString::number(player->duration())));
        QVERIFY(player->hasVideo());
        QTRY_VERIFY_WITH_TIMEOUT(frameSizes.size() >= 3, 15000);
        QCOMPARE(frameSizes.first(), QSize(160, 120));
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 0, 15000);
        screenshot(preview, "video");
        if (!qEnvironmentVariableIsEmpty("TROVE_PREVIEW_SCREENSHOTS")) {
            // The video widget draws in a native window of its own, which grab() does not see.
            sink->videoFrame().toImage().save(qEnvironmentVariable("TROVE_PREVIEW_SCREENSHOTS") +
                                              "/video-frame.png");
        }

        QTest::keyClick(&preview, Qt::Key_Space);
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
        QVERIFY(!preview.isPlaying());

        // Escape closes the preview and removes the copy.
        QTest::keyClick(&preview, Qt::Key_Escape);
        QVERIFY(!preview.isVisible());
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(preview.state(), MediaPreview::State::Empty);
    }

    void brokenFilesShowTheReason_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("corrupt jpeg") << "corrupt" << int(MediaPreview::Problem::Corrupt) << "decoded";
        QTest::newRow("damaged zip entry")
            << "damaged" << int(MediaPreview::Problem::Corrupt) << "-damaged.png";
        QTest::newRow("enormous dimensions")
            << "huge" << int(MediaPreview::Problem::TooManyPixels) << "50000 × 50000";
        QTest::newRow("not an image")
            << "text" << int(MediaPreview::Problem::UnknownFormat) << "not an image";
        QTest::newRow("broken video")
            << "broken" << int(MediaPreview::Problem::Playback) << "cannot be played";
        QTest::newRow("missing archive")
            << "missing" << int(MediaPreview::Problem::ArchiveMissing) << "gone_tweet_media_hashed_1.zip";
        QTest::newRow("not indexed") << "none" << int(MediaPreview::Problem::NotIndexed)
                                     << "not in the cache";
    }

    void brokenFilesShowTheReason()
    {
        QFETCH(QString, which);
        QFETCH(int, problem);
        QFETCH(QString, mentions);
        const QHash<QString, qint64> ids = {
            {"corrupt", m_corrupt}, {"huge", m_huge},       {"text", m_text}, {"broken", m_brokenVideo},
            {"missing", m_missing}, {"damaged", m_damaged}, {"none", 999999}};
        MediaPreview preview;
        preview.setCachePath(m_cache);
        QVERIFY(load(preview, ids.value(which)));
        QTRY_COMPARE_WITH_TIMEOUT(preview.state(), MediaPreview::State::Placeholder, 15000);
        QCOMPARE(int(preview.problem()), problem);
        QVERIFY2(preview.problemText().contains(mentions), qPrintable(preview.problemText()));
        auto *placeholder = preview.findChild<QLabel *>("mediaPreviewPlaceholder");
        QVERIFY(placeholder && placeholder->isVisible());
        QCOMPARE(placeholder->textFormat(), Qt::PlainText);
        QVERIFY(placeholder->text().contains(preview.problemText()));
        QVERIFY(placeholder->text().startsWith(MediaPreview::problemName(preview.problem())));
        screenshot(preview, "placeholder-" + which);
    }

    void veiledUntilShown()
    {
        MediaSettings::instance()->setSafeView(true);
        MediaSettings::instance()->veilAll();
        MediaPreview preview;
        preview.setCachePath(m_cache);
        QVERIFY(load(preview, m_png));
        QVERIFY(preview.isVeiled());
        auto *reveal = preview.findChild<QPushButton *>("mediaPreviewReveal");
        QVERIFY(reveal && reveal->isVisible());
        const QImage veiled = preview.imageView()->image().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(veiled, MediaSettings::veiled(m_pngImage).convertToFormat(QImage::Format_RGB32));
        QVERIFY(veiled != m_pngImage);
        screenshot(preview, "veiled-image");
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(!preview.isVeiled());
        QVERIFY(MediaSettings::instance()->isRevealed(m_png));
        QVERIFY(!reveal->isVisible());
        QCOMPARE(preview.imageView()->image().convertToFormat(QImage::Format_RGB32), m_pngImage);

        // A veiled video does not play until shown.
        QVERIFY(load(preview, m_video));
        QCOMPARE(preview.state(), MediaPreview::State::Video);
        QVERIFY(preview.isVeiled());
        QVERIFY(reveal->isVisible());
        QTest::qWait(300);
        QCOMPARE(preview.player()->playbackState(), QMediaPlayer::StoppedState);
        QVERIFY(preview.player()->source().isEmpty());
        QVERIFY(!preview.isPlaying());
        QVERIFY(!preview.imageView()->image().isNull()); // the veiled frame
        screenshot(preview, "veiled-video");
        QTest::mouseClick(reveal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(preview.player()->playbackState(), QMediaPlayer::PlayingState, 15000);
        QVERIFY(!preview.player()->source().isEmpty());
        // Veiled again while playing: it stops, and plays again when shown again.
        MediaSettings::instance()->veilAll();
        QVERIFY(preview.isVeiled());
        QCOMPARE(preview.player()->playbackState(), QMediaPlayer::StoppedState);
        QVERIFY(preview.player()->source().isEmpty());
        QVERIFY(reveal->isVisible());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(preview.player()->playbackState(), QMediaPlayer::PlayingState, 15000);
        QCOMPARE(preview.videoWidget()->isVisible(), true);
    }

    void linksEmitTheIds()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        QVERIFY(load(preview, m_jpeg));
        QSignalSpy tweet(&preview, &MediaPreview::tweetRequested);
        QSignalSpy account(&preview, &MediaPreview::accountRequested);
        auto *tweetButton = preview.findChild<QPushButton *>("mediaPreviewShowTweet");
        auto *accountButton = preview.findChild<QPushButton *>("mediaPreviewShowAccount");
        QVERIFY(tweetButton && accountButton);
        QVERIFY(tweetButton->isEnabled() && accountButton->isEnabled());
        QTest::mouseClick(tweetButton, Qt::LeftButton);
        QTest::mouseClick(accountButton, Qt::LeftButton);
        QCOMPARE(tweet.count(), 1);
        QCOMPARE(tweet.first().first().toLongLong(), m_tweetId);
        QCOMPARE(account.count(), 1);
        QCOMPARE(account.first().first().toLongLong(), m_accountId);
        QCOMPARE(preview.location().accountId, m_accountId);
    }

    void stepsThroughAList()
    {
        MediaPreview preview;
        preview.setCachePath(m_cache);
        preview.setMediaList({m_png, m_jpeg, m_gif});
        QVERIFY(load(preview, m_jpeg));
        QSignalSpy loaded(&preview, &MediaPreview::mediaLoaded);
        QTest::keyClick(&preview, Qt::Key_PageDown);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(preview.mediaId(), m_gif);
        QTest::keyClick(&preview, Qt::Key_PageDown); // the last: stays
        QCOMPARE(preview.mediaId(), m_gif);
        auto *previous = preview.findChild<QPushButton *>("mediaPreviewPrevious");
        QVERIFY(previous && previous->isEnabled());
        QTest::mouseClick(previous, Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(preview.mediaId(), m_jpeg);
    }

    void decodesOffTheGuiThread()
    {
        QMutex mutex;
        QSet<QThread *> threads;
        QList<qint64> decoded;
        MediaPreview preview;
        preview.setDecodeHook([&](qint64 id) {
            QMutexLocker locker(&mutex);
            threads.insert(QThread::currentThread());
            decoded.append(id);
        });
        preview.setCachePath(m_cache);
        for (const qint64 id : {m_png, m_jpeg, m_gif, m_video, m_corrupt}) {
            QVERIFY(load(preview, id));
        }
        QMutexLocker locker(&mutex);
        QCOMPARE(decoded, (QList<qint64>{m_png, m_jpeg, m_gif, m_video, m_corrupt}));
        QVERIFY(!threads.contains(QThread::currentThread()));
        QVERIFY(!threads.contains(qApp->thread()));
    }

    void supersededLoadsLeaveNoCopies()
    {
        QStringList before = QDir(QFileInfo(m_cache).absolutePath()).entryList({"trove-preview-*"});
        QVERIFY(before.isEmpty());
        {
            MediaPreview preview;
            preview.setCachePath(m_cache);
            for (int i = 0; i < 5; ++i) {
                preview.showMedia(m_video);
                preview.showMedia(m_png);
            }
            QVERIFY(load(preview, m_video));
            QTest::qWait(200);
            QCOMPARE(QDir(QFileInfo(m_cache).absolutePath()).entryList({"trove-preview-*"}).size(), 1);
        }
        QCOMPARE(QDir(QFileInfo(m_cache).absolutePath()).entryList({"trove-preview-*"}), QStringList());
    }
};

QTEST_MAIN(TestMediaPreview)
#include "tst_mediapreview.moc"
