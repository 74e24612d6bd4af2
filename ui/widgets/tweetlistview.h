#pragma once

#include <QAbstractItemView>

namespace trove {

/**
 * A list view for millions of rows of one height (tweet cards). QListView and QTableView keep per-row
 * layout state: with 9 million rows, QListView spends 0.75 s laying out after a reset and 0.4 s after each
 * insertion, QTableView 0.25 s after a reset (measured here, offscreen, Qt 6.4). This view keeps none: every
 * geometry is arithmetic on the row height, so a reset, an insertion or a jump costs the same at any size.
 *
 * The vertical scroll bar counts pixels while the list fits in an int, rows beyond that. Painting goes
 * through the item delegate; selection, current index, keyboard navigation (arrows, Page Up/Down,
 * Home/End) and delegate events (clicks) come from QAbstractItemView.
 */
class TweetListView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit TweetListView(QWidget *parent = nullptr);

    /** The height of every row; 0 (the default) asks the delegate's sizeHint for row 0. */
    void setRowHeight(int height);
    int rowHeight() const;

    /** The first and last rows at least partly visible (-1 when the list is empty). */
    int firstVisibleRow() const;
    int lastVisibleRow() const;
    /** Scrolls so that @p row is at the top (or as @p hint says). */
    void scrollToRow(int row, ScrollHint hint = PositionAtTop);
    /** Repaints the visible rows whose tweet shows media @p mediaId (TweetRow::mediaIds). */
    void updateRowsShowingMedia(qint64 mediaId);

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

signals:
    /** Enter or a double click on a row. */
    void rowActivated(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void reset() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    qint64 topPixel() const;
    void setTopPixel(qint64 pixel);
    bool scrollsByPixel() const;
    int rows() const;

    int m_rowHeight = 0;
};

} // namespace trove
