#include "ui/media/mediapreview.h"

#include "core/db/database.h"
#include "core/db/readconnection.h"
#include "ui/media/mediasettings.h"
#include "ui/media/thumbnailcache.h"
#include "ui/media/zoomimageview.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QMutex>
#include <QMutexLocker>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace preview {

/** The temporary copies of videos, shared with the workers that make them, so that none is left behind. */
struct TemporaryFiles
{
    QMutex mutex;
    QStringList paths;

    void add(const QString &path)
    {
        QMutexLocker locker(&mutex);
        paths.append(path);
    }
    void remove(const QString &path)
    {
        QMutexLocker locker(&mutex);
        QFile::remove(path);
        paths.removeAll(path);
    }
    void removeAll()
    {
        QMutexLocker locker(&mutex);
        for (const QString &path : std::as_const(paths)) {
            QFile::remove(path);
        }
        paths.clear();
    }
};

struct LoadResult
{
    quint64 generation = 0;
    qint64 mediaId = 0;
    MediaLocation location;
    QString accountName;
    MediaPreview::Problem problem = MediaPreview::Problem::None;
    QString reason;
    QString format; ///< what the decoder recognised ("jpeg", "gif")
    QSize pixelSize;
    QImage image;
    QList<QImage> frames;
    QList<int> delays;
    QString videoFile;
};

} // namespace preview

namespace {

using preview::LoadResult;
using preview::TemporaryFiles;
using Problem = MediaPreview::Problem;

/** The largest image the preview decodes in full, in pixels (32-bit): what the header checks allow. */
constexpr int AllocationLimitMB = int(ThumbnailCache::MaxPixels * 4 / (1024 * 1024)) + 1;

Problem problemOf(MediaReadError error)
{
    switch (error) {
    case MediaReadError::None:
    case MediaReadError::Cancelled:
        return Problem::None;
    case MediaReadError::NotIndexed:
        return Problem::NotIndexed;
    case MediaReadError::ArchiveMissing:
        return Problem::ArchiveMissing;
    case MediaReadError::ArchiveUnreadable:
        return Problem::ArchiveUnreadable;
    case MediaReadError::EntryMissing:
        return Problem::EntryMissing;
    case MediaReadError::TooLarge:
        return Problem::TooLarge;
    case MediaReadError::Bomb:
        return Problem::Bomb;
    case MediaReadError::Corrupt:
        return Problem::Corrupt;
    case MediaReadError::WriteFailed:
        return Problem::TemporaryFile;
    }
    return Problem::Corrupt;
}

QString accountName(Database &db, qint64 accountId)
{
    if (accountId == 0) {
        return {};
    }
    Statement statement(db, "SELECT screen_name, alias, hashed, userid FROM accounts WHERE id = ?");
    statement.bind(1, std::int64_t(accountId));
    if (!statement.next()) {
        return {};
    }
    const QString screenName = statement.text(0);
    const QString alias = statement.text(1);
    if (statement.int64(2) != 0 && !alias.isEmpty()) {
        return alias;
    }
    if (!screenName.isEmpty()) {
        return QLatin1Char('@') + screenName;
    }
    return alias.isEmpty() ? statement.text(3) : alias;
}

/** Decodes an image or an animation; fills @p result's image or frames, or its problem. */
void decode(const QByteArray &bytes, LoadResult *result)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        result->problem = Problem::UnknownFormat;
        result->reason = MediaPreview::tr("The file is not an image or animation Trove can read (%1).")
                             .arg(reader.errorString());
        return;
    }
    result->format = QString::fromLatin1(reader.format());
    const QSize size = reader.size();
    if (ThumbnailCache::exceedsLimits(size, &result->reason)) {
        result->problem = Problem::TooManyPixels;
        return;
    }
    result->pixelSize = size;
    if (!reader.supportsAnimation() || reader.imageCount() == 1) {
        QImage image;
        if (!reader.read(&image) || image.isNull()) {
            result->problem = Problem::Corrupt;
            result->reason =
                MediaPreview::tr("The image could not be decoded (%1).").arg(reader.errorString());
            return;
        }
        result->image = image;
        result->pixelSize = image.size();
        return;
    }

    // An animation: every frame now, so that playing it decodes nothing on the GUI thread. A damaged
    // frame ends the animation where it is (as browsers do); the caps stop animations of absurd length.
    qint64 bytesDecoded = 0;
    while (result->frames.size() < MediaPreview::MaxFrames) {
        QImage frame;
        if (!reader.read(&frame) || frame.isNull()) {
            break;
        }
        bytesDecoded += frame.sizeInBytes();
        if (bytesDecoded > MediaPreview::MaxAnimationBytes) {
            break;
        }
        result->frames.append(frame);
        result->delays.append(reader.nextImageDelay());
    }
    if (result->frames.isEmpty()) {
        result->problem = Problem::Corrupt;
        result->reason =
            MediaPreview::tr("The animation could not be decoded (%1).").arg(reader.errorString());
        return;
    }
    result->pixelSize = result->frames.first().size();
    if (result->frames.size() == 1) {
        result->image = result->frames.takeFirst();
        result->delays.clear();
    }
}

/** Runs on a worker: finds media @p mediaId, reads and decodes it, or copies a video to a temporary file. */
LoadResult loadMedia(const QString &cachePath, qint64 mediaId, quint64 generation,
                     const std::shared_ptr<std::atomic_bool> &cancel,
                     const std::shared_ptr<TemporaryFiles> &temporaryFiles,
                     const std::shared_ptr<std::function<void(qint64)>> &hook)
{
    LoadResult result;
    result.generation = generation;
    result.mediaId = mediaId;
    QString error;
    Database *db = ReadConnection::forThisThread(cachePath, &error);
    if (!db) {
        result.problem = Problem::CacheUnreadable;
        result.reason = MediaPreview::tr("The cache cannot be read: %1").arg(error);
        return result;
    }
    if (!MediaReader::locate(*db, mediaId, &result.location, &error)) {
        result.problem = Problem::NotIndexed;
        result.reason = MediaPreview::tr("The media file is not in the cache: %1").arg(error);
        return result;
    }
    result.accountName = accountName(*db, result.location.accountId);

    // One reader per pool thread (libzip handles are not thread-safe); it keeps the last zips it opened.
    thread_local std::unique_ptr<MediaReader> reader;
    if (!reader) {
        reader = std::make_unique<MediaReader>();
    }
    if (result.location.kind == MediaKind::Video) {
        // Beside the cache, where there is room for what the cache's archives hold.
        QString suffix = result.location.format;
        suffix.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        QTemporaryFile file(QFileInfo(cachePath).absolutePath() + QStringLiteral("/trove-preview-XXXXXX.") +
                            (suffix.isEmpty() ? QStringLiteral("video") : suffix));
        if (!file.open()) {
            result.problem = Problem::TemporaryFile;
            result.reason = MediaPreview::tr("A temporary copy of the video cannot be written: %1")
                                .arg(file.errorString());
            return result;
        }
        if (hook && *hook) {
            (*hook)(mediaId);
        }
        const MediaReadResult copied = reader->copy(result.location, file, -1, cancel.get());
        if (!copied.ok()) {
            result.problem = problemOf(copied.error);
            result.reason = copied.errorString;
            return result; // the incomplete copy is removed with `file`
        }
        if (!file.flush()) {
            result.problem = Problem::TemporaryFile;
            result.reason = MediaPreview::tr("A temporary copy of the video cannot be written: %1")
                                .arg(file.errorString());
            return result;
        }
        file.setAutoRemove(false);
        result.videoFile = file.fileName();
        temporaryFiles->add(result.videoFile);
        return result;
    }

    const MediaReadResult read = reader->read(result.location, MediaReader::DefaultMaxImageBytes);
    if (!read.ok()) {
        result.problem = problemOf(read.error);
        result.reason = read.errorString;
        return result;
    }
    if (hook && *hook) {
        (*hook)(mediaId);
    }
    decode(read.data, &result);
    return result;
}

QString formatTime(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MediaPreview::MediaPreview(QWidget *parent)
    : QDialog(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_temporaryFiles(std::make_shared<TemporaryFiles>())
    , m_decodeHook(std::make_shared<std::function<void(qint64)>>())
{
    setObjectName(QStringLiteral("mediaPreview"));
    setWindowTitle(tr("Media Preview"));
    setModal(false);
    setSizeGripEnabled(true);
    resize(900, 700);
    m_pool.setMaxThreadCount(1);
    // Header checks refuse what claims more than MaxPixels; this stops formats that do not say, or lie.
    if (QImageReader::allocationLimit() < AllocationLimitMB) {
        QImageReader::setAllocationLimit(AllocationLimitMB);
    }

    auto *layout = new QVBoxLayout(this);

    auto *headerRow = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("mediaPreviewHeader"));
    m_header->setTextFormat(Qt::PlainText); // entry names and account names come from the archives
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_header->setAccessibleName(tr("About this file"));
    headerRow->addWidget(m_header, 1);
    m_previousButton = new QPushButton(tr("Previous"), this);
    m_previousButton->setObjectName(QStringLiteral("mediaPreviewPrevious"));
    m_previousButton->setToolTip(tr("Previous file (Page Up)"));
    m_nextButton = new QPushButton(tr("Next"), this);
    m_nextButton->setObjectName(QStringLiteral("mediaPreviewNext"));
    m_nextButton->setToolTip(tr("Next file (Page Down)"));
    m_tweetButton = new QPushButton(tr("Show the Tweet"), this);
    m_tweetButton->setObjectName(QStringLiteral("mediaPreviewShowTweet"));
    m_accountButton = new QPushButton(tr("Show the Account"), this);
    m_accountButton->setObjectName(QStringLiteral("mediaPreviewShowAccount"));
    for (QPushButton *button : {m_previousButton, m_nextButton, m_tweetButton, m_accountButton}) {
        button->setAutoDefault(false);
        headerRow->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(headerRow);

    m_veilBar = new QWidget(this);
    auto *veilRow = new QHBoxLayout(m_veilBar);
    veilRow->setContentsMargins(0, 0, 0, 0);
    auto *veilLabel = new QLabel(tr("Safe view: this file is veiled."), m_veilBar);
    m_revealButton = new QPushButton(tr("Show"), m_veilBar);
    m_revealButton->setObjectName(QStringLiteral("mediaPreviewReveal"));
    m_revealButton->setAutoDefault(false);
    m_revealButton->setAccessibleName(tr("Show this file unveiled"));
    veilRow->addWidget(veilLabel, 1);
    veilRow->addWidget(m_revealButton);
    layout->addWidget(m_veilBar);

    m_stack = new QStackedWidget(this);
    m_loadingLabel = new QLabel(tr("Loading…"), m_stack);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_loadingLabel);
    m_imageView = new ZoomImageView(m_stack);
    m_imageView->setObjectName(QStringLiteral("mediaPreviewImage"));
    m_stack->addWidget(m_imageView);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("mediaPreviewPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText); // the reasons name archives and entries
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_placeholder);
    m_videoWidget = new QVideoWidget(m_stack);
    m_videoWidget->setObjectName(QStringLiteral("mediaPreviewVideo"));
    m_stack->addWidget(m_videoWidget);
    layout->addWidget(m_stack, 1);

    m_zoomBar = new QWidget(this);
    auto *zoomRow = new QHBoxLayout(m_zoomBar);
    zoomRow->setContentsMargins(0, 0, 0, 0);
    auto addZoomButton = [this, zoomRow](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(m_zoomBar);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, m_imageView, slot);
        zoomRow->addWidget(button);
    };
    addZoomButton(tr("−"), tr("Zoom out (-)"), &ZoomImageView::zoomOut);
    addZoomButton(tr("+"), tr("Zoom in (+)"), &ZoomImageView::zoomIn);
    addZoomButton(tr("Fit"), tr("Fit to the window (Ctrl+0)"), &ZoomImageView::fitToWindow);
    addZoomButton(tr("100 %"), tr("Actual size (Ctrl+1)"), &ZoomImageView::showActualSize);
    m_zoomLabel = new QLabel(m_zoomBar);
    m_zoomLabel->setObjectName(QStringLiteral("mediaPreviewZoom"));
    zoomRow->addWidget(m_zoomLabel);
    zoomRow->addStretch(1);
    layout->addWidget(m_zoomBar);

    m_controls = new QWidget(this);
    auto *controlRow = new QHBoxLayout(m_controls);
    controlRow->setContentsMargins(0, 0, 0, 0);
    m_playButton = new QPushButton(tr("Pause"), m_controls);
    m_playButton->setObjectName(QStringLiteral("mediaPreviewPlay"));
    m_playButton->setAutoDefault(false);
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_playButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_positionSlider = new QSlider(Qt::Horizontal, m_controls);
    m_positionSlider->setObjectName(QStringLiteral("mediaPreviewPosition"));
    m_positionSlider->setAccessibleName(tr("Position"));
    m_positionLabel = new QLabel(m_controls);
    m_muteButton = new QToolButton(m_controls);
    m_muteButton->setObjectName(QStringLiteral("mediaPreviewMute"));
    m_muteButton->setText(tr("Mute"));
    m_muteButton->setCheckable(true);
    controlRow->addWidget(m_playButton);
    controlRow->addWidget(m_positionSlider, 1);
    controlRow->addWidget(m_positionLabel);
    controlRow->addWidget(m_muteButton);
    controlRow->addStretch(0); // keeps the buttons at the left when an animation has no slider
    layout->addWidget(m_controls);

    m_frameTimer = new QTimer(this);
    m_frameTimer->setSingleShot(true);
    connect(m_frameTimer, &QTimer::timeout, this, &MediaPreview::advanceFrame);

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_videoWidget);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaPreview::playerError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPreview::updatePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPreview::updateDuration);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaPreview::updateControls);
    connect(m_positionSlider, &QSlider::sliderMoved, m_player, &QMediaPlayer::setPosition);
    connect(m_muteButton, &QToolButton::toggled, m_audio, &QAudioOutput::setMuted);

    connect(m_playButton, &QPushButton::clicked, this, &MediaPreview::togglePlaying);
    connect(m_revealButton, &QPushButton::clicked, this, &MediaPreview::reveal);
    connect(m_previousButton, &QPushButton::clicked, this, &MediaPreview::showPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &MediaPreview::showNext);
    connect(m_tweetButton, &QPushButton::clicked, this, [this] {
        if (m_location.tweetId != 0) {
            emit tweetRequested(m_location.tweetId);
        }
    });
    connect(m_accountButton, &QPushButton::clicked, this, [this] {
        if (m_location.accountId != 0) {
            emit accountRequested(m_location.accountId);
        }
    });
    connect(m_imageView, &ZoomImageView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    connect(MediaSettings::instance(), &MediaSettings::veilChanged, this, [this] {
        if (m_state == State::Image || m_state == State::Animation || m_state == State::Video) {
            present();
        }
    });

    updateHeader();
    updateControls();
}

MediaPreview::~MediaPreview()
{
    stopEverything();
    m_pool.waitForDone();
    m_temporaryFiles->removeAll(); // a copy a superseded worker finished meanwhile
}

void MediaPreview::setCachePath(const QString &cachePath)
{
    if (cachePath == m_cachePath) {
        return;
    }
    stopEverything();
    m_cachePath = cachePath;
    m_mediaId = 0;
    m_list.clear();
    if (isVisible()) {
        hide();
    }
}

void MediaPreview::setMediaList(const QList<qint64> &list)
{
    m_list = list;
    updateControls();
}

void MediaPreview::showPrevious()
{
    const qsizetype at = m_list.indexOf(m_mediaId);
    if (at > 0) {
        showMedia(m_list.at(at - 1));
    }
}

void MediaPreview::showNext()
{
    const qsizetype at = m_list.indexOf(m_mediaId);
    if (at >= 0 && at + 1 < m_list.size()) {
        showMedia(m_list.at(at + 1));
    }
}

void MediaPreview::setDecodeHook(std::function<void(qint64)> hook)
{
    *m_decodeHook = std::move(hook);
}

void MediaPreview::showMedia(qint64 mediaId)
{
    stopEverything();
    m_mediaId = mediaId;
    m_state = State::Loading;
    m_stack->setCurrentWidget(m_loadingLabel);
    updateHeader();
    updateControls();
    show();
    raise();
    activateWindow();
    load();
}

void MediaPreview::load()
{
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const LoadResult result = watcher->result();
        if (result.generation != m_generation) {
            if (!result.videoFile.isEmpty()) {
                m_temporaryFiles->remove(result.videoFile);
            }
            return;
        }
        m_location = result.location;
        m_accountName = result.accountName;
        m_decodedFormat = result.format;
        m_pixelSize = result.pixelSize;
        m_image = result.image;
        m_frames = result.frames;
        m_delays = result.delays;
        m_frame = 0;
        m_videoFile = result.videoFile;
        if (result.problem != Problem::None) {
            showPlaceholder(result.problem, result.reason);
        } else {
            m_state = m_location.kind == MediaKind::Video ? State::Video
                      : m_frames.isEmpty()                ? State::Image
                                                          : State::Animation;
            m_animationPlaying = true;
            present();
        }
        updateHeader();
        updateControls();
        emit mediaLoaded(m_mediaId);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, loadMedia, m_cachePath, m_mediaId, generation, m_cancel,
                                         m_temporaryFiles, m_decodeHook));
}

bool MediaPreview::isVeiled() const
{
    return m_mediaId != 0 && MediaSettings::instance()->isVeiled(m_mediaId);
}

void MediaPreview::present()
{
    const bool veiled = isVeiled();
    m_veilBar->setVisible(veiled);
    switch (m_state) {
    case State::Image:
        m_imageView->setImage(veiled ? MediaSettings::veiled(m_image) : m_image);
        m_stack->setCurrentWidget(m_imageView);
        break;
    case State::Animation:
        m_frameTimer->stop();
        m_frame = qBound(0, m_frame, int(m_frames.size()) - 1);
        if (veiled) {
            m_imageView->setImage(MediaSettings::veiled(m_frames.at(m_frame)));
        } else {
            m_imageView->replaceImage(m_frames.at(m_frame));
            scheduleFrame();
        }
        m_stack->setCurrentWidget(m_imageView);
        break;
    case State::Video:
        if (veiled) {
            // No frame of the video is decoded before it is revealed: a veiled blank frame, not playing.
            if (m_videoStarted) { // veiled again while playing
                m_player->stop();
                m_player->setSource(QUrl());
                m_videoStarted = false;
            }
            QImage frame(640, 360, QImage::Format_RGB32);
            frame.fill(palette().color(QPalette::Mid));
            m_imageView->setImage(MediaSettings::veiled(frame));
            m_stack->setCurrentWidget(m_imageView);
        } else if (!m_videoStarted) {
            startVideo();
        }
        break;
    default:
        m_veilBar->hide();
        break;
    }
    updateControls();
}

void MediaPreview::startVideo()
{
    m_videoStarted = true;
    m_stack->setCurrentWidget(m_videoWidget);
    m_player->setSource(QUrl::fromLocalFile(m_videoFile));
    m_player->play();
}

void MediaPreview::scheduleFrame()
{
    if (!m_animationPlaying || m_frames.size() < 2) {
        return;
    }
    m_frameTimer->start(frameDelay(m_frame));
}

int MediaPreview::frameDelay(int index) const
{
    if (index < 0 || index >= m_delays.size()) {
        return DefaultFrameDelay;
    }
    const int delay = m_delays.at(index);
    return delay < MinFrameDelay ? DefaultFrameDelay : delay;
}

void MediaPreview::advanceFrame()
{
    if (m_state != State::Animation || m_frames.isEmpty() || isVeiled()) {
        return;
    }
    m_frame = (m_frame + 1) % int(m_frames.size());
    m_imageView->replaceImage(m_frames.at(m_frame));
    scheduleFrame();
    emit frameShown(m_frame);
}

QImage MediaPreview::currentImage() const
{
    if (m_state == State::Animation && !m_frames.isEmpty()) {
        return m_frames.at(m_frame);
    }
    return m_state == State::Image ? m_image : QImage();
}

bool MediaPreview::isPlaying() const
{
    if (m_state == State::Animation) {
        return m_animationPlaying && !isVeiled();
    }
    if (m_state == State::Video) {
        return m_player->playbackState() == QMediaPlayer::PlayingState;
    }
    return false;
}

void MediaPreview::togglePlaying()
{
    if (m_state == State::Animation) {
        m_animationPlaying = !m_animationPlaying;
        if (m_animationPlaying) {
            scheduleFrame();
        } else {
            m_frameTimer->stop();
        }
    } else if (m_state == State::Video && !isVeiled()) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState) {
            m_player->pause();
        } else {
            m_player->play();
        }
    }
    updateControls();
}

void MediaPreview::reveal()
{
    if (m_mediaId != 0) {
        MediaSettings::instance()->reveal(m_mediaId); // veilChanged() presents the file again
    }
}

void MediaPreview::showPlaceholder(Problem problem, const QString &reason)
{
    m_frameTimer->stop();
    if (m_videoStarted) {
        m_player->stop();
    }
    m_state = State::Placeholder;
    m_problem = problem;
    m_problemText = reason;
    m_placeholder->setText(problemName(problem) + QStringLiteral("\n\n") + reason);
    m_stack->setCurrentWidget(m_placeholder);
    m_veilBar->hide();
    updateControls();
}

void MediaPreview::playerError()
{
    if (m_state != State::Video || m_player->error() == QMediaPlayer::NoError) {
        return;
    }
    showPlaceholder(Problem::Playback, tr("The video cannot be played: %1").arg(m_player->errorString()));
}

void MediaPreview::updatePosition(qint64 position)
{
    if (!m_positionSlider->isSliderDown()) {
        m_positionSlider->setValue(int(position));
    }
    m_positionLabel->setText(
        QStringLiteral("%1 / %2").arg(formatTime(position), formatTime(m_player->duration())));
}

void MediaPreview::updateDuration(qint64 duration)
{
    m_positionSlider->setRange(0, int(duration));
    updatePosition(m_player->position());
}

void MediaPreview::stopEverything()
{
    ++m_generation;
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_frameTimer->stop();
    if (m_videoStarted) {
        m_player->stop();
        m_player->setSource(QUrl());
        m_videoStarted = false;
    }
    m_videoFile.clear();
    m_temporaryFiles->removeAll();
    m_state = State::Empty;
    m_problem = Problem::None;
    m_problemText.clear();
    m_location = MediaLocation();
    m_accountName.clear();
    m_decodedFormat.clear();
    m_pixelSize = QSize();
    m_image = QImage();
    m_frames.clear();
    m_delays.clear();
    m_frame = 0;
    m_imageView->setImage(QImage());
}

void MediaPreview::done(int result)
{
    stopEverything();
    updateHeader();
    updateControls();
    QDialog::done(result);
}

void MediaPreview::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlaying();
        return;
    case Qt::Key_PageUp:
        showPrevious();
        return;
    case Qt::Key_PageDown:
        showNext();
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

QString MediaPreview::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::CacheUnreadable:
        return tr("The cache cannot be read");
    case Problem::NotIndexed:
        return tr("This file is not in the cache");
    case Problem::ArchiveMissing:
        return tr("The archive is missing");
    case Problem::ArchiveUnreadable:
        return tr("The archive cannot be read");
    case Problem::EntryMissing:
        return tr("The archive no longer holds this file");
    case Problem::TooLarge:
        return tr("The file is too large");
    case Problem::Bomb:
        return tr("The file inflates to more than it declares (a decompression bomb)");
    case Problem::Corrupt:
        return tr("The file is corrupt");
    case Problem::UnknownFormat:
        return tr("Unknown format");
    case Problem::TooManyPixels:
        return tr("The image is too large to decode");
    case Problem::TemporaryFile:
        return tr("The video cannot be copied for playing");
    case Problem::Playback:
        return tr("The video cannot be played");
    }
    return {};
}

QString MediaPreview::headerText() const
{
    return m_header->text();
}

void MediaPreview::updateHeader()
{
    if (m_mediaId == 0) {
        m_header->clear();
        setWindowTitle(tr("Media Preview"));
        return;
    }
    if (m_location.mediaId == 0) {
        m_header->setText(m_state == State::Loading ? tr("Media %1: loading…").arg(m_mediaId)
                                                    : tr("Media %1").arg(m_mediaId));
        return;
    }
    QStringList facts;
    facts << mediaKindName(m_location.kind);
    const QString format = m_decodedFormat.isEmpty() ? m_location.format : m_decodedFormat;
    if (!format.isEmpty()) {
        facts << format.toUpper();
    }
    if (m_pixelSize.isValid()) {
        facts << tr("%1 × %2 pixels").arg(m_pixelSize.width()).arg(m_pixelSize.height());
    }
    if (m_state == State::Animation) {
        facts << tr("%n frame(s)", nullptr, int(m_frames.size()));
    }
    facts << QLocale().formattedDataSize(m_location.size);
    const QString where =
        QFileInfo(m_location.archivePath).fileName() + QStringLiteral(" › ") + m_location.entry;
    QStringList links;
    if (m_location.tweetId != 0) {
        links << tr("Tweet %1").arg(m_location.tweetId);
    }
    if (m_location.accountId != 0) {
        links << tr("Account %1")
                     .arg(m_accountName.isEmpty() ? QString::number(m_location.accountId) : m_accountName);
    }
    m_header->setText(facts.join(QStringLiteral(" · ")) + QLatin1Char('\n') + where +
                      (links.isEmpty() ? QString() : QLatin1Char('\n') + links.join(QStringLiteral(" · "))));
    setWindowTitle(tr("Media Preview — %1").arg(QFileInfo(m_location.entry).fileName()));
}

void MediaPreview::updateControls()
{
    const bool animation = m_state == State::Animation;
    const bool video = m_state == State::Video;
    const bool veiled = isVeiled();
    m_zoomBar->setVisible(m_state == State::Image || animation);
    m_controls->setVisible(animation || video);
    m_playButton->setEnabled(!veiled);
    m_playButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_positionSlider->setVisible(video);
    m_positionLabel->setVisible(video);
    m_muteButton->setVisible(video);
    m_tweetButton->setEnabled(m_location.tweetId != 0);
    m_accountButton->setEnabled(m_location.accountId != 0);
    const qsizetype at = m_list.indexOf(m_mediaId);
    m_previousButton->setVisible(!m_list.isEmpty());
    m_nextButton->setVisible(!m_list.isEmpty());
    m_previousButton->setEnabled(at > 0);
    m_nextButton->setEnabled(at >= 0 && at + 1 < m_list.size());
    if (m_state != State::Placeholder && m_state != State::Image && m_state != State::Animation &&
        m_state != State::Video) {
        m_veilBar->hide();
    }
}

} // namespace trove
