#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace trove {

class TweetListView;

/**
 * What a screen reader sees of a TweetListView: a list whose children are its rows (one per tweet card),
 * each named by the model's Qt::AccessibleTextRole (the author, time and text of the card) and described
 * by Qt::AccessibleDescriptionRole when the model gives one. QAccessibleTable, which Qt gives QListView,
 * is not given to a plain QAbstractItemView, whose cards would otherwise be a blank scroll area.
 *
 * Rows are positional, as in QAccessibleTable: the child for row 5 reads whatever row 5 holds now. At most
 * a few hundred row interfaces are kept; older ones are released (a client asking for them again gets new
 * ones). GUI thread only.
 */
class TweetListAccessible : public QAccessibleWidget
{
public:
    explicit TweetListAccessible(TweetListView *view);
    ~TweetListAccessible() override;

    /** Installs, once, the factory that gives every TweetListView this interface. */
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    TweetListView *view() const;

private:
    void releaseRows() const;

    mutable QHash<int, QAccessible::Id> m_rows;
};

/** One card of a TweetListView, for TweetListAccessible. */
class TweetRowAccessible : public QAccessibleInterface
{
public:
    TweetRowAccessible(TweetListView *view, int row);

    int row() const { return m_row; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    QPointer<TweetListView> m_view;
    int m_row = 0;
};

} // namespace trove
