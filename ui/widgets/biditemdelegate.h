#pragma once

#include <QStyledItemDelegate>

namespace trove {

/**
 * Draws each cell in the direction of its own text: an Arabic or Persian name reads right to left and
 * aligns right, in an English window as in a Persian one, and a Latin handle in a Persian window reads left
 * to right and aligns left. Cells without a letter (numbers, dates) keep the view's direction and the
 * model's alignment. Archive text in tables (names, locations, excerpts) is a mix of both.
 */
class BidiItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** The direction of the first letter with a strong direction in @p text; @p fallback when none. */
    static Qt::LayoutDirection textDirection(const QString &text, Qt::LayoutDirection fallback);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace trove
