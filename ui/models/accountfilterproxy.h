#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <optional>

namespace trove {

class AccountTableModel;

/**
 * Sorts and filters an AccountTableModel for the account browser. Sorting compares the values themselves
 * (numbers as numbers, dates as dates, text without regard to case), and unknown values (no follower count,
 * no creation date, ...) come last whichever the order. Filtering keeps the rows where every word of the
 * filter text occurs in the screen name, alias, display name, userid, description, location or a linked
 * handle, and, when a category filter is set, whose category is that one.
 *
 * Over another source model it sorts by AccountTableModel::SortRole values and filters on the display text.
 */
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /** Words separated by white space, each required; empty: no text condition. */
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /** std::nullopt: any category; an empty string: only accounts without one; else that category. */
    void setCategoryFilter(const std::optional<QString> &category);
    std::optional<QString> categoryFilter() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountTableModel *m_accounts = nullptr; // the source, when it is one
    QString m_text;
    QStringList m_terms;
    std::optional<QString> m_category;
};

} // namespace trove
