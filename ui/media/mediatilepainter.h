#pragma once

#include "core/media/mediaentry.h"

#include <QCache>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

class QPainter;
class QPalette;

namespace trove {

class ThumbnailCache;

/**
 * Paints the small media tiles of the tweet cards and the dossier, the same way in both: the thumbnail
 * fitted in the tile (aspect ratio kept) on a neutral box; veiled by the safe view with an eye and "Show"
 * hint; a play symbol for a video; a warning sign for a file that cannot be shown; the neutral box alone
 * while the thumbnail is being made. Keeps the veiled images it made (a few hundred) so that a repaint does
 * not blur again. GUI thread only.
 */
class MediaTilePainter
{
    Q_DECLARE_TR_FUNCTIONS(MediaTilePainter)

public:
    /** What a tile shows, from the cache and the safe view. */
    enum class State {
        Loading, ///< not made yet: the neutral box
        Picture, ///< the thumbnail (veiled or not)
        Video,   ///< a video without a thumbnail: a play symbol
        Failed,  ///< the thumbnail could not be made (ThumbnailCache::failureReason says why)
    };

    MediaTilePainter();

    /** The size to ask the cache for, in device pixels, for a tile of @p tile logical pixels. */
    static QSize requestSize(QSize tile, qreal devicePixelRatio);

    /**
     * The state of media @p mediaId of @p kind in @p cache at @p size, asking for it (at @p priority) when
     * @p request is true and it is neither in memory nor failed. @p image receives the thumbnail when there
     * is one. Returns Loading for a request still pending.
     */
    static State state(ThumbnailCache *cache, qint64 mediaId, MediaKind kind, QSize size, bool request,
                       int priority, QImage *image, bool *pending = nullptr);

    /**
     * Paints the tile of @p mediaId (of @p kind) in @p tile: @p image in @p state, veiled when @p veiled
     * (and there is a picture to veil).
     */
    void paint(QPainter *painter, const QRect &tile, qint64 mediaId, MediaKind kind, State state,
               const QImage &image, bool veiled, const QPalette &palette);

    /** Whether a click on a tile in @p state should reveal it first (a veiled picture, or one coming). */
    static bool clickReveals(State state, MediaKind kind, bool veiled);

    /** The tooltip of a tile (plain text): its kind, "click to show" when veiled, why it failed. */
    static QString toolTip(MediaKind kind, bool veiled, bool revealsOnClick, const QString &failure,
                           const QString &what = QString());

    /** The kind in words: "Image", "GIF", "Video", "Profile image", "Banner". */
    static QString kindName(MediaKind kind);

    /** Forgets the veiled images (when the thumbnails' size changes). */
    void clear() { m_veiled.clear(); }

private:
    QImage veiledImage(qint64 mediaId, const QImage &image);

    QCache<QPair<qint64, qint64>, QImage> m_veiled; // (media id, image width << 32 | height)
};

} // namespace trove
