#include "ui/widgets/mediathumbnailgrid.h"

#include "ui/media/mediasettings.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace trove {

namespace {

constexpr int Spacing = 6;
// Painted tiles' thumbnails come before those asked for elsewhere at priority 0.
constexpr int VisiblePriority = 10;

} // namespace

MediaThumbnailGrid::MediaThumbnailGrid(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(MediaSettings::instance(), &MediaSettings::veilChanged, this, qOverload<>(&QWidget::update));
}

void MediaThumbnailGrid::setThumbnails(ThumbnailCache *cache)
{
    if (cache == m_thumbnails) {
        return;
    }
    if (m_thumbnails) {
        disconnect(m_thumbnails, nullptr, this, nullptr);
    }
    m_thumbnails = cache;
    m_tiles.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this,
                [this](qint64 mediaId, QSize) { thumbnailArrived(mediaId); });
        connect(cache, &ThumbnailCache::thumbnailFailed, this,
                [this](qint64 mediaId, const QString &) { thumbnailArrived(mediaId); });
    }
    update();
}

void MediaThumbnailGrid::setItems(const QList<Item> &items)
{
    m_items = items;
    m_current = 0;
    m_pressed = -1;
    updateGeometry();
    update();
}

void MediaThumbnailGrid::thumbnailArrived(qint64 mediaId)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).mediaId == mediaId) {
            update(tileRect(i));
        }
    }
}

int MediaThumbnailGrid::tileSide() const
{
    return 5 * fontMetrics().lineSpacing();
}

int MediaThumbnailGrid::columnsFor(int width) const
{
    const int side = tileSide();
    return std::max(1, (width + Spacing) / (side + Spacing));
}

QRect MediaThumbnailGrid::tileRect(int index) const
{
    if (index < 0 || index >= m_items.size()) {
        return {};
    }
    const int side = tileSide();
    const int columns = columnsFor(width());
    const QRect logical((index % columns) * (side + Spacing), (index / columns) * (side + Spacing), side,
                        side);
    // Mirrored in a right-to-left layout: the first tile on the right.
    return QStyle::visualRect(layoutDirection(), rect(), logical);
}

int MediaThumbnailGrid::tileAt(const QPoint &point) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (tileRect(i).contains(point)) {
            return i;
        }
    }
    return -1;
}

int MediaThumbnailGrid::heightForWidth(int width) const
{
    if (m_items.isEmpty()) {
        return 0;
    }
    const int side = tileSide();
    const int columns = columnsFor(width);
    const int rows = int((m_items.size() + columns - 1) / columns);
    return rows * side + (rows - 1) * Spacing;
}

QSize MediaThumbnailGrid::sizeHint() const
{
    const int side = tileSide();
    const int columns = std::max(1, int(std::min<qsizetype>(m_items.size(), 6)));
    const int width = columns * side + (columns - 1) * Spacing;
    return QSize(width, heightForWidth(width));
}

QSize MediaThumbnailGrid::minimumSizeHint() const
{
    return QSize(tileSide(), m_items.isEmpty() ? 0 : tileSide());
}

MediaTilePainter::State MediaThumbnailGrid::stateOf(int index) const
{
    const Item &item = m_items.at(index);
    return MediaTilePainter::state(m_thumbnails, item.mediaId, item.kind, QSize(), false, 0, nullptr);
}

void MediaThumbnailGrid::activate(int index)
{
    if (index < 0 || index >= m_items.size()) {
        return;
    }
    const Item &item = m_items.at(index);
    MediaSettings *settings = MediaSettings::instance();
    if (MediaTilePainter::clickReveals(stateOf(index), item.kind, settings->isVeiled(item.mediaId))) {
        settings->reveal(item.mediaId);
        return;
    }
    emit mediaActivated(item.mediaId);
}

void MediaThumbnailGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const qreal ratio = devicePixelRatioF();
    QFont small = font();
    if (small.pointSizeF() > 0) {
        small.setPointSizeF(small.pointSizeF() * 0.88);
    }
    painter.setFont(small);
    for (int i = 0; i < m_items.size(); ++i) {
        const QRect tile = tileRect(i);
        if (!event->rect().intersects(tile)) {
            continue;
        }
        const Item &item = m_items.at(i);
        QImage image;
        const MediaTilePainter::State state = MediaTilePainter::state(
            m_thumbnails, item.mediaId, item.kind, MediaTilePainter::requestSize(tile.size(), ratio), true,
            VisiblePriority, &image);
        m_tiles.paint(&painter, tile, item.mediaId, item.kind, state, image,
                      MediaSettings::instance()->isVeiled(item.mediaId), palette());
        if (hasFocus() && i == m_current) {
            painter.save();
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(tile).adjusted(1, 1, -1, -1), 4, 4);
            painter.restore();
        }
    }
}

bool MediaThumbnailGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tileAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Item &item = m_items.at(index);
        const bool veiled = MediaSettings::instance()->isVeiled(item.mediaId);
        const QString tip = MediaTilePainter::toolTip(
            item.kind, veiled, MediaTilePainter::clickReveals(stateOf(index), item.kind, veiled),
            m_thumbnails ? m_thumbnails->failureReason(item.mediaId) : QString(), item.description);
        // Escaped and marked as rich text, so that nothing in it (entry names) is ever interpreted.
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("<p>") +
                               tip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                               QStringLiteral("</p>"),
                           this, tileRect(index));
        return true;
    }
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    return QWidget::event(event);
}

void MediaThumbnailGrid::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? tileAt(event->position().toPoint()) : -1;
    if (m_pressed >= 0) {
        m_current = m_pressed;
        update();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MediaThumbnailGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = event->button() == Qt::LeftButton ? tileAt(event->position().toPoint()) : -1;
    const int pressed = m_pressed;
    m_pressed = -1;
    if (index >= 0 && index == pressed) {
        activate(index);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MediaThumbnailGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (tileAt(event->position().toPoint()) >= 0) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
    QWidget::mouseMoveEvent(event);
}

void MediaThumbnailGrid::keyPressEvent(QKeyEvent *event)
{
    if (m_items.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const int columns = columnsFor(width());
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next += rightToLeft ? 1 : -1;
        break;
    case Qt::Key_Right:
        next += rightToLeft ? -1 : 1;
        break;
    case Qt::Key_Up:
        next -= columns;
        break;
    case Qt::Key_Down:
        next += columns;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = int(m_items.size()) - 1;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_current);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_current = std::clamp(next, 0, int(m_items.size()) - 1);
    update();
    event->accept();
}

} // namespace trove
