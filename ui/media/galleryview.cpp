#include "ui/media/galleryview.h"

#include "ui/appsettings.h"
#include "ui/counted.h"
#include "ui/media/gallerymodel.h"
#include "ui/media/mediasettings.h"
#include "ui/media/thumbnailcache.h"

#include <QCache>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace trove {

namespace {

// Priorities of thumbnail requests: the cells on screen before the screen ahead.
constexpr int VisiblePriority = 10;
constexpr int AheadPriority = 1;
// Space around a thumbnail inside its cell, in device-independent pixels.
constexpr int CellMargin = 3;

bool hasPicture(MediaKind kind)
{
    return kind != MediaKind::Video;
}

QString plainToolTip(const QString &text)
{
    // Tooltips interpret what looks like markup: escaped, the text (which may name archive entries) stays
    // text.
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

/** Paints one cell: the thumbnail (veiled or not), or a loading, video or failure tile. */
class GalleryDelegate : public QStyledItemDelegate
{
public:
    GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_thumbnails(thumbnails)
    {
        m_fitted.setMaxCost(500); // a few screens of cells
    }

    void setSizes(int side, QSize requestSize)
    {
        m_side = side;
        m_requestSize = requestSize;
        m_fitted.clear();
    }
    QSize cellSize() const { return QSize(m_side + 2 * CellMargin, m_side + 2 * CellMargin); }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return cellSize(); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        const QRect tile = option.rect.adjusted(CellMargin, CellMargin, -CellMargin, -CellMargin);
        const QPalette &palette = option.palette;
        painter->fillRect(tile, palette.color(QPalette::AlternateBase));

        const qint64 mediaId = index.data(GalleryModel::MediaIdRole).toLongLong();
        const auto kind = MediaKind(index.data(GalleryModel::KindRole).toInt());
        const QString format = index.data(GalleryModel::FormatRole).toString();
        if (!hasPicture(kind)) {
            paintTile(painter, tile, QStringLiteral("\u25B6"), GalleryView::tr("Video · %1").arg(format),
                      palette);
        } else {
            const QImage image = m_thumbnails->thumbnail(mediaId, m_requestSize);
            if (!image.isNull()) {
                const bool veiled = MediaSettings::instance()->isVeiled(mediaId);
                const QPixmap shown = fittedPixmap(mediaId, image, veiled, tile.size(), painter->device());
                QRect target(QPoint(0, 0), shown.deviceIndependentSize().toSize());
                target.moveCenter(tile.center());
                painter->drawPixmap(target, shown);
                if (veiled) {
                    paintBand(painter, tile, GalleryView::tr("Click to show"), palette);
                } else if (kind == MediaKind::Gif) {
                    paintBadge(painter, tile, GalleryView::tr("GIF"));
                }
            } else if (!m_thumbnails->failureReason(mediaId).isEmpty()) {
                paintTile(painter, tile, QStringLiteral("\u26A0"), GalleryView::tr("Cannot show"), palette);
            } else {
                ++m_placeholders; // still loading: the light tile alone
            }
        }
        if (option.state & QStyle::State_Selected) {
            QPen pen(palette.color(QPalette::Highlight), 3);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
        }
        if (option.state & QStyle::State_HasFocus) {
            QPen pen(palette.color(QPalette::Text), 1, Qt::DotLine);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        painter->restore();
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid()) {
            const qint64 mediaId = index.data(GalleryModel::MediaIdRole).toLongLong();
            QString tip = index.data(Qt::ToolTipRole).toString();
            const QString reason = m_thumbnails->failureReason(mediaId);
            if (!reason.isEmpty()) {
                tip += QLatin1Char('\n') + reason;
            }
            QToolTip::showText(event->globalPos(), plainToolTip(tip), view, option.rect);
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

    /** Cells painted as "still loading" since the last reset. */
    int placeholders() const { return m_placeholders; }
    void resetPlaceholders() { m_placeholders = 0; }

private:
    // The thumbnail (veiled or not) scaled to the tile once, then kept: a repaint (scrolling, another cell's
    // thumbnail arriving) draws it without scaling or blurring again.
    QPixmap fittedPixmap(qint64 mediaId, const QImage &image, bool veiled, QSize tile,
                         QPaintDevice *device) const
    {
        const qint64 key = veiled ? -mediaId : mediaId; // media ids are positive
        if (const QPixmap *cached = m_fitted.object(key)) {
            return *cached;
        }
        const qreal ratio = device ? device->devicePixelRatioF() : 1.0;
        const QImage source = veiled ? MediaSettings::veiled(image) : image;
        const QSize fitted = source.size().scaled(tile * ratio, Qt::KeepAspectRatio);
        auto *pixmap = new QPixmap(
            QPixmap::fromImage(source.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)));
        pixmap->setDevicePixelRatio(ratio);
        const QPixmap result = *pixmap;
        m_fitted.insert(key, pixmap, 1);
        return result;
    }

    static void paintTile(QPainter *painter, const QRect &tile, const QString &symbol, const QString &label,
                          const QPalette &palette)
    {
        painter->fillRect(tile, palette.color(QPalette::Mid));
        QFont font = painter->font();
        QFont big = font;
        big.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 2.5 : 24);
        painter->setPen(palette.color(QPalette::Light));
        painter->setFont(big);
        painter->drawText(tile.adjusted(0, 0, 0, -tile.height() / 4), Qt::AlignCenter, symbol);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::BrightText));
        const QRect text = tile.adjusted(4, tile.height() * 2 / 3, -4, -2);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
    }

    static void paintBand(QPainter *painter, const QRect &tile, const QString &text, const QPalette &)
    {
        const int height = painter->fontMetrics().height() + 6;
        const QRect band(tile.left(), tile.bottom() - height + 1, tile.width(), height);
        painter->fillRect(band, QColor(0, 0, 0, 170));
        painter->setPen(Qt::white);
        painter->drawText(band, Qt::AlignCenter | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(text, Qt::ElideRight, band.width() - 4));
    }

    static void paintBadge(QPainter *painter, const QRect &tile, const QString &text)
    {
        const QFontMetrics metrics = painter->fontMetrics();
        QRect badge(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
        badge.moveTopLeft(tile.topLeft() + QPoint(3, 3));
        painter->fillRect(badge, QColor(0, 0, 0, 170));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }

    ThumbnailCache *m_thumbnails;
    int m_side = 120;
    QSize m_requestSize{120, 120};
    mutable QCache<qint64, QPixmap> m_fitted;
    mutable int m_placeholders = 0;
};

/** The grid itself: asks for the thumbnails of the cells on screen, repaints cells as they arrive. */
class GalleryGrid : public QListView
{
public:
    GalleryGrid(GalleryView *gallery, ThumbnailCache *thumbnails, GalleryModel *model)
        : QListView(gallery)
        , m_gallery(gallery)
        , m_thumbnails(thumbnails)
        , m_model(model)
    {
        setObjectName(QStringLiteral("galleryGrid"));
        setAccessibleName(GalleryView::tr("Media gallery"));
        setAccessibleDescription(GalleryView::tr("Thumbnails of the media files of the selection. Arrow keys "
                                                 "move, Space shows a veiled file, Enter "
                                                 "previews it."));
        // A static grid: every cell the same size, laid out left to right in wrapping rows.
        setViewMode(QListView::ListMode);
        setFlow(QListView::LeftToRight);
        setWrapping(true);
        setResizeMode(QListView::Adjust);
        setMovement(QListView::Static);
        setUniformItemSizes(true);
        setLayoutMode(QListView::SinglePass);
        setSpacing(0);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setMouseTracking(false);
        m_delegate = new GalleryDelegate(thumbnails, this);
        setItemDelegate(m_delegate);
        setModel(model);

        m_requestTimer.setSingleShot(true);
        m_requestTimer.setInterval(0);
        connect(&m_requestTimer, &QTimer::timeout, this, &GalleryGrid::updateRequests);
        connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &GalleryGrid::scheduleRequests);
        connect(model, &QAbstractItemModel::rowsInserted, this, &GalleryGrid::scheduleRequests);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            cancelRequests();
            m_complete = false;
            scheduleRequests();
        });
        connect(thumbnails, &ThumbnailCache::thumbnailReady, this, [this](qint64 mediaId, QSize size) {
            if (size == m_requestSize) {
                thumbnailArrived(mediaId);
            }
        });
        connect(thumbnails, &ThumbnailCache::thumbnailFailed, this,
                [this](qint64 mediaId, const QString &) { thumbnailArrived(mediaId); });
        connect(MediaSettings::instance(), &MediaSettings::veilChanged, viewport(),
                qOverload<>(&QWidget::update));
        updateCellSize();
    }

    ~GalleryGrid() override { cancelRequests(); }

    int side() const { return m_side; }
    QSize requestSize() const { return m_requestSize; }

    void updateCellSize()
    {
        // Thumbnails grow with the font, which the zoom scales.
        const int side = std::max(64, fontMetrics().height() * 15 / 2);
        const qreal ratio = devicePixelRatioF();
        const QSize request(qRound(side * ratio), qRound(side * ratio));
        if (side == m_side && request == m_requestSize) {
            return;
        }
        cancelRequests();
        m_side = side;
        m_requestSize = request;
        m_delegate->setSizes(side, request);
        setGridSize(m_delegate->cellSize());
        m_complete = false;
        scheduleRequests();
        viewport()->update();
    }

    QPair<int, int> visibleRows() const
    {
        const int rows = m_model->rowCount();
        if (rows == 0) {
            return {-1, -1};
        }
        const QRect first = visualRect(m_model->index(0));
        if (!first.isValid()) {
            return {-1, -1};
        }
        // Row-major cells of one size: the columns of the first line and its height give the rest.
        int columns = 1;
        while (columns < rows && columns < 10000 &&
               visualRect(m_model->index(columns)).top() == first.top()) {
            ++columns;
        }
        int lineHeight = first.height();
        if (rows > columns) {
            lineHeight = visualRect(m_model->index(columns)).top() - first.top();
        }
        if (lineHeight <= 0) {
            lineHeight = std::max(1, gridSize().height());
        }
        const int firstLine = std::max(0, -first.top() / lineHeight);
        const int lastLine = std::max(0, (viewport()->height() - 1 - first.top()) / lineHeight);
        const int firstRow = std::min(rows - 1, firstLine * columns);
        const int lastRow = int(std::min<qint64>(rows - 1, qint64(lastLine + 1) * columns - 1));
        return {firstRow, lastRow};
    }

    /** Whether every cell on screen shows its final content (a thumbnail, or a video or failure tile). */
    bool screenComplete() const
    {
        const auto [first, last] = visibleRows();
        if (first < 0) {
            return false;
        }
        for (int row = first; row <= last; ++row) {
            const MediaItem &item = m_model->item(row);
            if (hasPicture(item.kind) && m_thumbnails->thumbnail(item.mediaId, m_requestSize).isNull() &&
                m_thumbnails->failureReason(item.mediaId).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    void scheduleRequests()
    {
        m_complete = false;
        if (!m_requestTimer.isActive()) {
            m_requestTimer.start();
        }
    }

    void cancelRequests()
    {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            m_thumbnails->cancel(it.key(), m_requestSize);
        }
        m_pending.clear();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        m_delegate->resetPlaceholders();
        QListView::paintEvent(event);

        if (!m_complete && m_model->rowCount() > 0 && screenComplete()) {
            m_complete = true;
            emit m_gallery->visibleThumbnailsPainted();
        }
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        scheduleRequests();
    }

    void showEvent(QShowEvent *event) override
    {
        QListView::showEvent(event);
        scheduleRequests();
    }

    void hideEvent(QHideEvent *event) override
    {
        QListView::hideEvent(event);
        cancelRequests(); // another tab: nobody sees these cells
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const QModelIndex current = currentIndex();
        if (current.isValid() && event->modifiers() == Qt::NoModifier) {
            switch (event->key()) {
            case Qt::Key_Space:
                m_gallery->activate(current, true);
                event->accept();
                return;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                m_gallery->activate(current, false);
                event->accept();
                return;
            default:
                break;
            }
        }
        QListView::keyPressEvent(event);
    }

private:
    void updateRequests()
    {
        if (!isVisible() || m_model->rowCount() == 0) {
            cancelRequests();
            return;
        }
        const auto [first, last] = visibleRows();
        if (first < 0) {
            cancelRequests();
            return;
        }
        const int rows = m_model->rowCount();
        const int onScreen = last - first + 1;
        QHash<qint64, int> wanted;
        const auto ask = [&](int row, int priority) {
            const MediaItem &item = m_model->item(row);
            if (!hasPicture(item.kind) || wanted.contains(item.mediaId)) {
                return;
            }
            if (m_thumbnails->request(item.mediaId, m_requestSize, priority) == ThumbnailStatus::Pending) {
                wanted.insert(item.mediaId, row);
            }
        };
        // Among equal priorities the newest request is made first: asked bottom-up, the top-left comes first.
        const int aheadLast = std::min(rows - 1, last + onScreen);
        for (int row = aheadLast; row > last; --row) {
            ask(row, AheadPriority);
        }
        const int columnsAbove = std::max(0, first - std::max(0, first - onScreen / 2));
        for (int row = first - 1; row >= first - columnsAbove; --row) {
            ask(row, AheadPriority);
        }
        for (int row = last; row >= first; --row) {
            ask(row, VisiblePriority);
        }
        // Scrolled away: not made unless they were already being made.
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (!wanted.contains(it.key())) {
                m_thumbnails->cancel(it.key(), m_requestSize);
            }
        }
        m_pending = wanted;
        if (!m_complete && screenComplete()) {
            viewport()->update(); // all were in memory: the next paint completes the screen
        }
    }

    void thumbnailArrived(qint64 mediaId)
    {
        const auto found = m_pending.constFind(mediaId);
        if (found == m_pending.cend()) {
            return;
        }
        const int row = found.value();
        m_pending.erase(found);
        if (row < m_model->rowCount() && m_model->item(row).mediaId == mediaId) {
            viewport()->update(visualRect(m_model->index(row)));
        }
    }

    GalleryView *m_gallery;
    ThumbnailCache *m_thumbnails;
    GalleryModel *m_model;
    GalleryDelegate *m_delegate = nullptr;
    QTimer m_requestTimer;
    QHash<qint64, int> m_pending; ///< media id -> row, requested at m_requestSize and not yet arrived
    int m_side = 0;
    QSize m_requestSize;
    bool m_complete = false;
};

GalleryView::GalleryView(ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails)
    , m_model(new GalleryModel(this))
{
    setObjectName(QStringLiteral("galleryView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("galleryCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setAccessibleName(tr("Media files shown"));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("galleryKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of media shown"));
    kindLabel->setBuddy(m_kindCombo);
    m_kindCombo->addItem(tr("All Media"), MediaQuery::AllKinds);
    m_kindCombo->addItem(tr("Images"), MediaQuery::kindBit(MediaKind::Image));
    m_kindCombo->addItem(tr("GIFs"), MediaQuery::kindBit(MediaKind::Gif));
    m_kindCombo->addItem(tr("Videos"), MediaQuery::kindBit(MediaKind::Video));
    m_kindCombo->addItem(tr("Profile Images"), MediaQuery::AccountImages);
    header->addWidget(m_countLabel, 1);
    header->addWidget(kindLabel);
    header->addWidget(m_kindCombo);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_grid = new GalleryGrid(this, thumbnails, m_model);
    m_stack->addWidget(m_grid);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("galleryEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 1);

    connect(m_model, &GalleryModel::countChanged, this, &GalleryView::updateHeader);
    connect(m_model, &GalleryModel::loadingChanged, this, &GalleryView::updateHeader);
    connect(m_model, &GalleryModel::finished, this, &GalleryView::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { restorePlace(first, last); });
    connect(m_model, &GalleryModel::finished, this, [this] {
        m_restoreTopId = 0; // not in the new list: it stays where it is
        m_restoreCurrentId = 0;
    });
    connect(m_kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_restoreTopId = 0;
        m_restoreCurrentId = 0;
        m_dirty = true;
        if (isVisible()) {
            refresh();
        }
    });
    connect(m_grid, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index, false); });
    connect(AppSettings::instance(), &AppSettings::zoomChanged, this, [this] { m_grid->updateCellSize(); });
    updateHeader();
}

GalleryView::~GalleryView() = default;

QListView *GalleryView::listView() const
{
    return m_grid;
}

void GalleryView::setCachePath(const QString &path)
{
    m_cachePath = path;
    m_model->clear();
    m_model->setCachePath(path);
    m_dirty = true;
    if (isVisible()) {
        refresh();
    }
}

void GalleryView::setFilter(const TweetFilter &filter)
{
    if (m_hasFilter && filter == m_filter && !m_dirty) {
        return;
    }
    if (!(m_hasFilter && filter == m_filter)) {
        m_restoreTopId = 0; // another list: it starts at the top
        m_restoreCurrentId = 0;
    }
    m_filter = filter;
    m_hasFilter = true;
    m_dirty = true;
    if (isVisible()) {
        refresh();
    }
}

void GalleryView::reload()
{
    // The cache changed (an import committed): the same list is read again, and the place is kept.
    if (m_model->rowCount() > 0) {
        const QModelIndex top = m_grid->indexAt(QPoint(m_grid->spacing() + 1, m_grid->spacing() + 1));
        m_restoreTopId = top.isValid() ? top.data(GalleryModel::MediaIdRole).toLongLong() : 0;
        m_restoreCurrentId = currentMediaId();
    }
    m_dirty = true;
    if (isVisible()) {
        refresh();
    }
}

void GalleryView::refresh()
{
    m_dirty = false;
    if (m_cachePath.isEmpty() || !m_hasFilter) {
        m_model->clear();
        updateHeader();
        return;
    }
    m_model->setQuery(m_filter, selectedKinds());
    if (m_restoreTopId == 0) {
        m_grid->scrollToTop();
    }
    updateHeader();
}

void GalleryView::restorePlace(int first, int last)
{
    for (int row = first; row <= last && (m_restoreTopId || m_restoreCurrentId); ++row) {
        const qint64 id = m_model->item(row).mediaId;
        if (id == m_restoreCurrentId) {
            m_grid->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::NoUpdate);
            m_restoreCurrentId = 0;
        }
        if (id == m_restoreTopId) {
            m_grid->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
            m_restoreTopId = 0;
        }
    }
}

unsigned GalleryView::selectedKinds() const
{
    return m_kindCombo->currentData().toUInt();
}

void GalleryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void GalleryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_grid) {
        m_grid->updateCellSize();
    }
}

void GalleryView::updateHeader()
{
    const int total = m_model->rowCount();
    QString text;
    if (!m_model->errorString().isEmpty()) {
        text = tr("Cannot list the media: %1").arg(m_model->errorString());
    } else if (!m_model->hasQuery()) {
        text = tr("No selection");
    } else {
        text = counted(total, tr("1 media file"), tr("%L1 media files"));
        QStringList kinds;
        const auto add = [&](MediaKind kind, const QString &one, const QString &many) {
            if (m_model->count(kind) > 0) {
                kinds << counted(m_model->count(kind), one, many);
            }
        };
        add(MediaKind::Image, tr("1 image"), tr("%L1 images"));
        add(MediaKind::Gif, tr("1 GIF"), tr("%L1 GIFs"));
        add(MediaKind::Video, tr("1 video"), tr("%L1 videos"));
        add(MediaKind::Profile, tr("1 profile image"), tr("%L1 profile images"));
        add(MediaKind::Banner, tr("1 banner"), tr("%L1 banners"));
        if (kinds.size() > 1) {
            text = tr("%1: %2").arg(text, kinds.join(tr(", ")));
        }
        if (m_model->isLoading()) {
            text = tr("%1 (reading…)").arg(text);
        }
    }
    m_countLabel->setText(text);

    const bool empty = total == 0 && m_model->hasQuery() && !m_model->isLoading();
    if (empty) {
        if (!m_model->errorString().isEmpty()) {
            m_emptyLabel->setText(
                tr("The media of this selection cannot be listed:\n%1").arg(m_model->errorString()));
        } else if (selectedKinds() != MediaQuery::AllKinds) {
            m_emptyLabel->setText(tr("No media files of this kind in this selection. Choose “All Media” "
                                     "to see the others."));
        } else {
            m_emptyLabel->setText(
                tr("No media files indexed for this selection.\n\nImport the media archives (the "
                   "campaign's media zips) with File › Import Files… or Import Folder…; they are "
                   "indexed in place, nothing is extracted."));
        }
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_grid);
    }
}

void GalleryView::activate(const QModelIndex &index, bool revealOnly)
{
    if (!index.isValid()) {
        return;
    }
    const qint64 mediaId = index.data(GalleryModel::MediaIdRole).toLongLong();
    const auto kind = MediaKind(index.data(GalleryModel::KindRole).toInt());
    // Videos and files that failed show no picture to veil: the preview applies the safe view itself.
    const bool picture = hasPicture(kind) && m_thumbnails->failureReason(mediaId).isEmpty();
    MediaSettings *settings = MediaSettings::instance();
    if (picture && settings->isVeiled(mediaId)) {
        settings->reveal(mediaId);
        return;
    }
    if (!revealOnly) {
        emit previewRequested(mediaId);
    }
}

qint64 GalleryView::currentMediaId() const
{
    const QModelIndex current = m_grid->currentIndex();
    return current.isValid() ? current.data(GalleryModel::MediaIdRole).toLongLong() : 0;
}

int GalleryView::thumbnailSide() const
{
    return m_grid->side();
}

QSize GalleryView::thumbnailRequestSize() const
{
    return m_grid->requestSize();
}

QPair<int, int> GalleryView::visibleRows() const
{
    return m_grid->visibleRows();
}

} // namespace trove
