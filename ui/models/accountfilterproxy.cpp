#include "ui/models/accountfilterproxy.h"

#include "ui/models/accounttablemodel.h"

#include <QRegularExpression>

namespace trove {

AccountFilterProxy::AccountFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AccountFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_accounts = qobject_cast<AccountTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AccountFilterProxy::setFilterText(const QString &text)
{
    const QStringList terms =
        text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    m_text = text;
    if (terms == m_terms) {
        return;
    }
    m_terms = terms;
    // A whole new mapping at once: removing thousands of scattered rows one range at a time (what
    // invalidateFilter() does) took 360 ms at 100,000 accounts.
    invalidate();
}

void AccountFilterProxy::setCategoryFilter(const std::optional<QString> &category)
{
    if (category == m_category) {
        return;
    }
    m_category = category;
    // A whole new mapping at once: removing thousands of scattered rows one range at a time (what
    // invalidateFilter() does) took 360 ms at 100,000 accounts.
    invalidate();
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_category) {
        const QString category = sourceModel()
                                     ->index(sourceRow, AccountTableModel::CategoryColumn, sourceParent)
                                     .data(AccountTableModel::CategoryRole)
                                     .toString();
        if (category != *m_category) {
            return false;
        }
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    if (m_accounts) {
        return m_accounts->matches(sourceRow, m_terms);
    }
    for (const QString &term : m_terms) {
        bool found = false;
        for (int column = 0; column < sourceModel()->columnCount(sourceParent) && !found; ++column) {
            found = sourceModel()
                        ->index(sourceRow, column, sourceParent)
                        .data()
                        .toString()
                        .contains(term, Qt::CaseInsensitive);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

bool AccountFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    bool leftKnown = false;
    bool rightKnown = false;
    int order = 0;
    if (m_accounts) {
        // Straight from the records: no QVariant per comparison (100,000 rows take ~1.7M comparisons).
        order = m_accounts->compare(left.row(), right.row(), left.column(), &leftKnown, &rightKnown);
    } else {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        leftKnown = a.isValid();
        rightKnown = b.isValid();
        if (leftKnown && rightKnown) {
            order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                    : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                           : 0;
        }
    }
    // Unknown values last in either order: the view asks lessThan(right, left) when descending.
    if (leftKnown != rightKnown) {
        return leftKnown == (sortOrder() == Qt::AscendingOrder);
    }
    if (leftKnown && order != 0) {
        return order < 0;
    }
    // Equal (or both unknown) values keep the model's order (by account id), whichever the direction.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace trove
