#pragma once

#include "core/query/tweetfilter.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;

namespace trove {

class GalleryGrid;
class GalleryModel;
class ThumbnailCache;

/**
 * The media of the selection as a grid of thumbnails (the "Gallery" tab): the media files of the tweets a
 * TweetFilter selects, and of the accounts it names (GalleryModel / MediaQuery), newest tweet first. A
 * header line counts them by kind and narrows them to one kind.
 *
 * Thumbnails come from the window's ThumbnailCache: the cells on screen are asked for first (the top-left
 * first), a screen ahead after them, and requests for cells scrolled away are cancelled; a thumbnail that
 * arrives repaints its cell alone. Videos (which have no thumbnail) show a play symbol and their format,
 * files that cannot be shown a broken-file tile with the reason as tooltip.
 *
 * Safe view (MediaSettings): a veiled picture is drawn veiled with a "Click to show" hint; the first click
 * (or Space) reveals it, a click or Enter on a revealed one (or on a video or failed file, which show no
 * picture) emits previewRequested(). Arrow keys move between cells. Cells follow the font (the zoom).
 *
 * The list is read when the filter changes while the gallery is visible, or when it is next shown.
 */
class GalleryView : public QWidget
{
    Q_OBJECT

public:
    /** Thumbnails from @p thumbnails (not owned; it must be given the same cache path). */
    explicit GalleryView(ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~GalleryView() override;

    /** Browses the cache at @p path (the list is read again). */
    void setCachePath(const QString &path);
    /** Shows the media of @p filter (read now when visible, else when next shown). */
    void setFilter(const TweetFilter &filter);
    TweetFilter filter() const { return m_filter; }
    /** The cache's content changed: reads the list again (now when visible, else when next shown). */
    void reload();

    GalleryModel *model() const { return m_model; }
    QListView *listView() const;
    /** The kind narrowing the header offers ("All", "Images", …). */
    QComboBox *kindCombo() const { return m_kindCombo; }
    /** The header line counting the media ("12,345 media files: …"). */
    QLabel *countLabel() const { return m_countLabel; }
    /** The text shown instead of the grid when there is nothing to show (hidden otherwise). */
    QLabel *emptyLabel() const { return m_emptyLabel; }
    /** The media id of the current cell, or 0. */
    qint64 currentMediaId() const;
    /** The side of a thumbnail on screen, in device-independent pixels. */
    int thumbnailSide() const;
    /** The size thumbnails are requested at (thumbnailSide() in device pixels). */
    QSize thumbnailRequestSize() const;
    /** The rows whose cells are on screen (first, last), or (-1, -1). */
    QPair<int, int> visibleRows() const;

signals:
    /** The user asked to preview media file @p mediaId (a click or Enter on a revealed file). */
    void previewRequested(qint64 mediaId);
    /** Every cell on screen has been painted with its thumbnail (or its video or failure tile). */
    void visibleThumbnailsPainted();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /** Finds the place reload() kept among new rows @p first..@p last and goes back to it. */
    void restorePlace(int first, int last);
    void updateHeader();
    void activate(const QModelIndex &index, bool revealOnly);
    unsigned selectedKinds() const;

    ThumbnailCache *m_thumbnails = nullptr;
    GalleryModel *m_model = nullptr;
    GalleryGrid *m_grid = nullptr;
    QLabel *m_countLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QString m_cachePath;
    TweetFilter m_filter;
    bool m_hasFilter = false;
    bool m_dirty = false;
    // reload() keeps the place: the file at the top left and the current one, found again as the rows of
    // the new reading arrive (0: nothing to find).
    qint64 m_restoreTopId = 0;
    qint64 m_restoreCurrentId = 0;

    friend class GalleryGrid;
};

} // namespace trove
