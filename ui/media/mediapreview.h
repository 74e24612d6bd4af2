#pragma once

#include "core/media/mediareader.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QMediaPlayer;
class QAudioOutput;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVideoWidget;

namespace trove {

class ZoomImageView;

namespace preview {
struct LoadResult;
struct TemporaryFiles;
} // namespace preview

/**
 * Shows one media file of the cache in a window of its own: an image fitted, zoomed and panned (see
 * ZoomImageView), an animated GIF playing with each frame's own delay, a video played with Qt Multimedia.
 * The header says what the file is (kind, format, size, archive › entry as plain text, tweet and account)
 * and links to its tweet and its account.
 *
 * The archives are untrusted. The entry is read and decoded on a worker thread (its ReadConnection and its
 * own MediaReader), never on the GUI thread: images whose header claims more than ThumbnailCache::MaxSide a
 * side or MaxPixels pixels are refused before a pixel is decoded, QImageReader's allocation limit stops
 * formats that lie about their size, an animation keeps at most MaxFrames frames and MaxAnimationBytes of
 * pixels. A video is copied on the worker (MediaReader::copy: size cap, bomb defence) to a temporary file
 * beside the cache, played from there and deleted when the preview closes or shows another file. Whatever
 * fails — a missing archive, a corrupt or oversized entry, a decompression bomb, an unknown format, absurd
 * dimensions, a video the player cannot play — shows a placeholder that says why.
 *
 * Safe view: a file MediaSettings veils is shown veiled (a video as a veiled frame, not playing) with a
 * "Show" button that reveals it.
 */
class MediaPreview : public QDialog
{
    Q_OBJECT

public:
    /** What the preview shows now. */
    enum class State { Empty, Loading, Image, Animation, Video, Placeholder };
    /** Why a placeholder is shown. */
    enum class Problem {
        None,
        CacheUnreadable,
        NotIndexed,
        ArchiveMissing,
        ArchiveUnreadable,
        EntryMissing,
        TooLarge,
        Bomb,
        Corrupt,
        UnknownFormat,
        TooManyPixels,
        TemporaryFile, ///< the video's temporary copy could not be written
        Playback,
    };

    static constexpr int MaxFrames = 1000;
    static constexpr qint64 MaxAnimationBytes = 512ll * 1024 * 1024;
    /** A GIF frame delay under this many milliseconds is shown at DefaultFrameDelay (as browsers do). */
    static constexpr int MinFrameDelay = 20;
    static constexpr int DefaultFrameDelay = 100;

    explicit MediaPreview(QWidget *parent = nullptr);
    ~MediaPreview() override;

    /** Media of the cache at @p cachePath from now on (what is shown is closed). */
    void setCachePath(const QString &cachePath);
    QString cachePath() const { return m_cachePath; }

    /** Shows the window and loads media @p mediaId of the cache (on a worker). */
    void showMedia(qint64 mediaId);
    /**
     * The files Previous and Next (Page Up / Page Down) step through; @p list holds showMedia()'s file or
     * not. Empty: no stepping.
     */
    void setMediaList(const QList<qint64> &list);
    void showPrevious();
    void showNext();

    qint64 mediaId() const { return m_mediaId; }
    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    /** The placeholder's reason, for people (empty when there is none). */
    QString problemText() const { return m_problemText; }
    /** Where the file shown is (valid once loaded, also for most placeholders). */
    const MediaLocation &location() const { return m_location; }
    /** The header's text (plain). */
    QString headerText() const;
    /** Whether the file is veiled by the safe view now. */
    bool isVeiled() const;

    ZoomImageView *imageView() const { return m_imageView; }
    /** The full image, or the animation's current frame (unveiled). */
    QImage currentImage() const;
    int frameCount() const { return int(m_frames.size()); }
    int currentFrame() const { return m_frame; }
    /** The delay the animation waits after frame @p index, in milliseconds. */
    int frameDelay(int index) const;
    /** The animation or the video is playing. */
    bool isPlaying() const;

    QMediaPlayer *player() const { return m_player; }
    QVideoWidget *videoWidget() const { return m_videoWidget; }
    /** The temporary copy of the video being played (empty when none). */
    QString videoFile() const { return m_videoFile; }

    /**
     * Called on the worker thread just before the entry is decoded or copied, with its media id (for tests
     * and tracing). Set it before showMedia().
     */
    void setDecodeHook(std::function<void(qint64 mediaId)> hook);

    /** The heading of the placeholder for @p problem, for people. */
    static QString problemName(Problem problem);

public slots:
    /** Plays or pauses the animation or the video. */
    void togglePlaying();
    /** Reveals the veiled file (MediaSettings::reveal). */
    void reveal();

signals:
    /** "Show the Tweet" was pressed. */
    void tweetRequested(qint64 tweetId);
    /** "Show the Account" was pressed. */
    void accountRequested(qint64 accountId);
    /** The file asked for is shown, or its placeholder (state() is no longer Loading). */
    void mediaLoaded(qint64 mediaId);
    /** The animation shows frame @p index now. */
    void frameShown(int index);

protected:
    void done(int result) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();
    void loaded();
    void present();
    void showPlaceholder(Problem problem, const QString &reason);
    void advanceFrame();
    void scheduleFrame();
    void startVideo();
    void stopEverything();
    void removeVideoFile();
    void updateHeader();
    void updateControls();
    void playerError();
    void updatePosition(qint64 position);
    void updateDuration(qint64 duration);

    QString m_cachePath;
    qint64 m_mediaId = 0;
    QList<qint64> m_list;
    State m_state = State::Empty;
    Problem m_problem = Problem::None;
    QString m_problemText;
    MediaLocation m_location;
    QString m_accountName;
    QString m_decodedFormat;
    QSize m_pixelSize;
    QImage m_image;
    QList<QImage> m_frames;
    QList<int> m_delays;
    int m_frame = 0;
    bool m_animationPlaying = false;
    QString m_videoFile;
    bool m_videoStarted = false;

    QThreadPool m_pool;
    QFutureWatcher<preview::LoadResult> *m_watcher = nullptr;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<preview::TemporaryFiles> m_temporaryFiles;
    std::shared_ptr<std::function<void(qint64)>> m_decodeHook;

    QLabel *m_header = nullptr;
    QPushButton *m_tweetButton = nullptr;
    QPushButton *m_accountButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_loadingLabel = nullptr;
    ZoomImageView *m_imageView = nullptr;
    QLabel *m_placeholder = nullptr;
    QVideoWidget *m_videoWidget = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QTimer *m_frameTimer = nullptr;
    QWidget *m_veilBar = nullptr;
    QPushButton *m_revealButton = nullptr;
    QWidget *m_controls = nullptr;
    QPushButton *m_playButton = nullptr;
    QSlider *m_positionSlider = nullptr;
    QLabel *m_positionLabel = nullptr;
    QToolButton *m_muteButton = nullptr;
    QWidget *m_zoomBar = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace trove
