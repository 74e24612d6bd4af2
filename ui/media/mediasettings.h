#pragma once

#include <QImage>
#include <QObject>
#include <QSet>

class QAction;
class QWidget;

namespace trove {

/**
 * How the window shows media: the safe view and the size of the thumbnails' disk cache. GUI thread only.
 *
 * **Safe view** (on by default, so a class sees nothing before the teacher chooses): every thumbnail and
 * preview is drawn veiled (blurred beyond recognition and darkened) until it is clicked; a click reveals
 * that one file for the rest of the session (reveal()), "Veil All Media Again" forgets the reveals. The
 * setting is saved ("media/safeView"); reveals are not.
 *
 * The thumbnails' disk cache limit is saved as "media/thumbnailDiskLimitMB"; ThumbnailCache users follow
 * thumbnailDiskLimitChanged().
 */
class MediaSettings : public QObject
{
    Q_OBJECT

public:
    /** The shared instance (created on first use, owned by the application object). */
    static MediaSettings *instance();
    explicit MediaSettings(QObject *parent = nullptr);

    /** Reads the saved settings (the instance does this when it is created). */
    void restore();

    bool safeView() const { return m_safeView; }
    /** Whether media @p mediaId is to be drawn veiled now: safe view is on and it was not revealed. */
    bool isVeiled(qint64 mediaId) const { return m_safeView && !m_revealed.contains(mediaId); }
    bool isRevealed(qint64 mediaId) const { return m_revealed.contains(mediaId); }

    /** The thumbnails' disk cache limit in bytes (64 MB .. 64 GB; 512 MB by default). */
    qint64 thumbnailDiskLimitBytes() const { return m_diskLimitMB * 1024 * 1024; }
    qint64 thumbnailDiskLimitMB() const { return m_diskLimitMB; }

    /**
     * @p image made unrecognisable for the safe view: shrunk to a few pixels, smoothed back to its size and
     * darkened, so that only the broad colours remain. Cheap enough for thumbnails on the GUI thread.
     */
    static QImage veiled(const QImage &image);

    /** A checkable "Safe View" action bound to safeView() (owned by @p parent). */
    QAction *createSafeViewAction(QObject *parent);
    /** "Veil All Media Again": forgets the reveals (owned by @p parent). */
    QAction *createVeilAllAction(QObject *parent);
    /** "Thumbnail Cache Size…": asks for the disk limit in MB in a dialog over @p window. */
    QAction *createDiskLimitAction(QWidget *window);

public slots:
    void setSafeView(bool on);
    /** Shows @p mediaId unveiled from now on (this session). */
    void reveal(qint64 mediaId);
    /** Veils every revealed file again. */
    void veilAll();
    void setThumbnailDiskLimitMB(qint64 megabytes);

signals:
    /** The safe view was switched, or a file was revealed, or all were veiled again: repaint media. */
    void veilChanged();
    void thumbnailDiskLimitChanged(qint64 bytes);

private:
    bool m_safeView = true;
    QSet<qint64> m_revealed;
    qint64 m_diskLimitMB = 512;
};

} // namespace trove
