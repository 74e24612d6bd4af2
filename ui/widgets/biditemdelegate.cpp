#include "ui/widgets/biditemdelegate.h"

namespace trove {

Qt::LayoutDirection BidiItemDelegate::textDirection(const QString &text, Qt::LayoutDirection fallback)
{
    for (const QChar character : text) {
        switch (character.direction()) {
        case QChar::DirL:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirLRI:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features.testFlag(QStyleOptionViewItem::HasDisplay)) {
        // The style lays the text out in option->direction and mirrors a leading/trailing alignment with it.
        option->direction = textDirection(option->text, option->direction);
    }
}

} // namespace trove
