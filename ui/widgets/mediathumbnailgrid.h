#pragma once

#include "core/media/mediaentry.h"
#include "ui/media/mediatilepainter.h"
#include "ui/media/thumbnailcache.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace trove {

/**
 * A few media files (the dossier's recent media) as square thumbnails in rows that wrap to the width,
 * mirrored in a right-to-left layout. Thumbnails come from a ThumbnailCache, asked for when painted; until
 * one is made its tile is a neutral box. The safe view (MediaSettings) veils pictures: a click reveals one,
 * a click on a revealed one (or on a video or a failed file) emits mediaActivated(). Keyboard: the arrows,
 * Home and End move between tiles, Space or Enter acts as a click. GUI thread only.
 */
class MediaThumbnailGrid : public QWidget
{
    Q_OBJECT

public:
    /** One tile. */
    struct Item
    {
        qint64 mediaId = 0;
        MediaKind kind = MediaKind::Image;
        QString description; ///< for the tooltip and screen readers ("Tweet 123, 2016-01-02 10:00 UTC")
    };

    explicit MediaThumbnailGrid(QWidget *parent = nullptr);

    void setThumbnails(ThumbnailCache *cache);
    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }

    /** The side of a tile (logical pixels); by default five lines of the font. */
    int tileSide() const;
    /** Where tile @p index is, in widget coordinates (for the width the widget has now). */
    QRect tileRect(int index) const;
    /** The tile at @p point, or -1. */
    int tileAt(const QPoint &point) const;
    /** The tile the keyboard acts on. */
    int currentIndex() const { return m_current; }

    /** Acts as a click on tile @p index: reveals a veiled picture, else emits mediaActivated(). */
    void activate(int index);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void mediaActivated(qint64 mediaId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int columnsFor(int width) const;
    MediaTilePainter::State stateOf(int index) const;
    void thumbnailArrived(qint64 mediaId);

    QPointer<ThumbnailCache> m_thumbnails;
    QList<Item> m_items;
    MediaTilePainter m_tiles;
    int m_current = 0;
    int m_pressed = -1;
};

} // namespace trove
