#include "ui/widgets/tweetlistview.h"

#include "ui/models/timelinemodel.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistaccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace trove {

namespace {

// Lists up to this many pixels scroll by pixel; longer ones by row (a scroll bar value is an int).
constexpr qint64 PixelScrollLimit = std::numeric_limits<int>::max() / 2;

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, -(qint64(1) << 30), qint64(1) << 30));
}

} // namespace

TweetListView::TweetListView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setEditTriggers(NoEditTriggers);
    viewport()->setAutoFillBackground(true);
    setMouseTracking(true);
    // Screen readers read the cards as the rows of a list.
    TweetListAccessible::installFactory();
}

void TweetListView::setModel(QAbstractItemModel *newModel)
{
    if (model()) {
        disconnect(model(), nullptr, this, nullptr);
    }
    QAbstractItemView::setModel(newModel);
    if (newModel) {
        connect(newModel, &QAbstractItemModel::rowsRemoved, this, [this] {
            updateGeometries();
            viewport()->update();
        });
    }
}

void TweetListView::setRowHeight(int height)
{
    if (height == m_rowHeight) {
        return;
    }
    const int firstRow = firstVisibleRow();
    m_rowHeight = height;
    updateGeometries();
    if (firstRow >= 0) {
        scrollToRow(firstRow);
    }
    viewport()->update();
}

int TweetListView::rowHeight() const
{
    if (m_rowHeight > 0) {
        return m_rowHeight;
    }
    if (model() && itemDelegate()) {
        QStyleOptionViewItem option;
        const_cast<TweetListView *>(this)->initViewItemOption(&option);
        const int height = itemDelegate()->sizeHint(option, model()->index(0, 0, rootIndex())).height();
        if (height > 0) {
            return height;
        }
    }
    return fontMetrics().lineSpacing() + 4;
}

int TweetListView::rows() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

bool TweetListView::scrollsByPixel() const
{
    return qint64(rows()) * rowHeight() <= PixelScrollLimit;
}

qint64 TweetListView::topPixel() const
{
    const qint64 value = verticalScrollBar()->value();
    return scrollsByPixel() ? value : value * rowHeight();
}

void TweetListView::setTopPixel(qint64 pixel)
{
    pixel = std::max<qint64>(0, pixel);
    if (scrollsByPixel()) {
        verticalScrollBar()->setValue(int(std::min<qint64>(pixel, verticalScrollBar()->maximum())));
    } else {
        verticalScrollBar()->setValue(
            int(std::min<qint64>(pixel / rowHeight(), verticalScrollBar()->maximum())));
    }
}

int TweetListView::verticalOffset() const
{
    return clampToInt(topPixel());
}

int TweetListView::firstVisibleRow() const
{
    const int count = rows();
    if (count == 0) {
        return -1;
    }
    return int(std::min<qint64>(topPixel() / rowHeight(), count - 1));
}

int TweetListView::lastVisibleRow() const
{
    const int count = rows();
    if (count == 0) {
        return -1;
    }
    const qint64 bottom = topPixel() + std::max(0, viewport()->height() - 1);
    return int(std::min<qint64>(bottom / rowHeight(), count - 1));
}

QRect TweetListView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex()) {
        return QRect();
    }
    const qint64 top = qint64(index.row()) * rowHeight() - topPixel();
    return QRect(0, clampToInt(top), viewport()->width(), rowHeight());
}

QModelIndex TweetListView::indexAt(const QPoint &point) const
{
    if (!model() || point.y() < 0 || point.x() < 0 || point.x() >= viewport()->width()) {
        return QModelIndex();
    }
    const qint64 row = (topPixel() + point.y()) / rowHeight();
    if (row >= rows()) {
        return QModelIndex();
    }
    return model()->index(int(row), 0, rootIndex());
}

void TweetListView::scrollToRow(int row, ScrollHint hint)
{
    if (!model() || row < 0 || row >= rows()) {
        return;
    }
    scrollTo(model()->index(row, 0, rootIndex()), hint);
}

void TweetListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid()) {
        return;
    }
    const int height = rowHeight();
    const qint64 rowTop = qint64(index.row()) * height;
    const qint64 top = topPixel();
    const int viewportHeight = viewport()->height();
    qint64 target = top;
    switch (hint) {
    case EnsureVisible:
        if (rowTop < top) {
            target = rowTop;
        } else if (rowTop + height > top + viewportHeight) {
            target = rowTop + height - viewportHeight;
        }
        break;
    case PositionAtTop:
        target = rowTop;
        break;
    case PositionAtBottom:
        target = rowTop + height - viewportHeight;
        break;
    case PositionAtCenter:
        target = rowTop - (viewportHeight - height) / 2;
        break;
    }
    if (target != top) {
        setTopPixel(target);
    }
}

QModelIndex TweetListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int count = rows();
    if (count == 0) {
        return QModelIndex();
    }
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    const int page = std::max(1, viewport()->height() / rowHeight());
    int row = current;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        row = current < 0 ? firstVisibleRow() : current - 1;
        break;
    case MoveDown:
    case MoveNext:
        row = current < 0 ? firstVisibleRow() : current + 1;
        break;
    case MovePageUp:
        row = (current < 0 ? firstVisibleRow() : current) - page;
        break;
    case MovePageDown:
        row = (current < 0 ? firstVisibleRow() : current) + page;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = count - 1;
        break;
    case MoveLeft:
    case MoveRight:
        return currentIndex();
    }
    row = std::clamp(row, 0, count - 1);
    return model()->index(row, 0, rootIndex());
}

void TweetListView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel()) {
        return;
    }
    const QRect normal = rect.normalized();
    const QModelIndex top = indexAt(QPoint(std::max(0, normal.left()), std::max(0, normal.top())));
    QModelIndex bottom = indexAt(QPoint(std::max(0, normal.left()), normal.bottom()));
    if (!top.isValid()) {
        return;
    }
    if (!bottom.isValid()) {
        bottom = model()->index(rows() - 1, 0, rootIndex());
    }
    selectionModel()->select(QItemSelection(top, bottom), command);
}

QRegion TweetListView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QRect visible = viewport()->rect();
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid()) {
            continue;
        }
        const QRect top = visualRect(range.topLeft());
        const QRect bottom = visualRect(range.bottomRight());
        region += QRect(top.topLeft(), bottom.bottomRight()).intersected(visible);
    }
    return region;
}

void TweetListView::updateRowsShowingMedia(qint64 mediaId)
{
    if (!model()) {
        return;
    }
    const int first = firstVisibleRow();
    const int last = lastVisibleRow();
    for (int row = std::max(0, first); first >= 0 && row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
        if (tweet.mediaIds.contains(mediaId)) {
            viewport()->update(visualRect(index));
        }
    }
}

void TweetListView::paintEvent(QPaintEvent *event)
{
    if (!model() || !itemDelegate()) {
        return;
    }
    QPainter painter(viewport());
    const int first = firstVisibleRow();
    const int last = lastVisibleRow();
    if (first < 0) {
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        if (!event->region().intersects(option.rect)) {
            continue;
        }
        option.state = QStyle::State_Enabled;
        if (selectionModel() && selectionModel()->isSelected(index)) {
            option.state |= QStyle::State_Selected;
        }
        if (index == current && hasFocus()) {
            option.state |= QStyle::State_HasFocus;
        }
        if (option.rect.contains(mouse) && underMouse()) {
            option.state |= QStyle::State_MouseOver;
        }
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void TweetListView::updateGeometries()
{
    const int count = rows();
    const int height = rowHeight();
    const int viewportHeight = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    const bool wasBlocked = bar->blockSignals(true);
    const qint64 top = topPixel();
    if (qint64(count) * height <= PixelScrollLimit) {
        const qint64 total = qint64(count) * height;
        bar->setRange(0, int(std::max<qint64>(0, total - viewportHeight)));
        bar->setPageStep(std::max(1, viewportHeight));
        bar->setSingleStep(std::max(1, height / 3));
        bar->setValue(int(std::min<qint64>(top, bar->maximum())));
    } else {
        const int visible = std::max(1, viewportHeight / height);
        bar->setRange(0, std::max(0, count - visible));
        bar->setPageStep(visible);
        bar->setSingleStep(1);
        bar->setValue(int(std::min<qint64>(top / height, bar->maximum())));
    }
    bar->blockSignals(wasBlocked);
    horizontalScrollBar()->setRange(0, 0);
    QAbstractItemView::updateGeometries();
}

void TweetListView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TweetListView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
}

void TweetListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit rowActivated(currentIndex());
        event->accept();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TweetListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    // A screen reader reads the card that the arrows moved to.
    if (current.isValid() && hasFocus() && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(current.row());
        QAccessible::updateAccessibility(&event);
    }
}

void TweetListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseDoubleClickEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        emit rowActivated(index);
    }
}

void TweetListView::mouseMoveEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseMoveEvent(event);
    // A hand over what a click acts on (hashtags, mentions, links, the author, the conversation).
    bool active = false;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (const auto *cards = qobject_cast<TweetCardDelegate *>(itemDelegateForIndex(index));
        cards && index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        active = cards->isActiveAt(option, index, event->position().toPoint());
    }
    if (active) {
        viewport()->setCursor(Qt::PointingHandCursor);
    } else {
        viewport()->unsetCursor();
    }
}

void TweetListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
    if (start <= lastVisibleRow() + 1) {
        viewport()->update();
    }
}

void TweetListView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    viewport()->update();
}

void TweetListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    // Only what is on screen needs painting again (a page that arrives is usually just that).
    const int first = firstVisibleRow();
    const int last = lastVisibleRow();
    if (first < 0 || bottomRight.row() < first || topLeft.row() > last) {
        return;
    }
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    viewport()->update();
}

void TweetListView::reset()
{
    QAbstractItemView::reset();
    verticalScrollBar()->setValue(0);
    updateGeometries();
    viewport()->update();
}

} // namespace trove
