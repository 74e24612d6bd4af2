#include "ui/widgets/tweetlistaccessible.h"

#include "ui/widgets/tweetlistview.h"

#include <QItemSelectionModel>
#include <QPointer>

namespace trove {

namespace {

// Enough for every card on a screen many times over; a reader walking a 10-million-row list keeps no more.
constexpr int MaximumRowInterfaces = 512;

QAccessibleInterface *createInterface(const QString &className, QObject *object)
{
    if (className == QLatin1String("trove::TweetListView")) {
        if (auto *view = qobject_cast<TweetListView *>(object)) {
            return new TweetListAccessible(view);
        }
    }
    return nullptr;
}

} // namespace

TweetListAccessible::TweetListAccessible(TweetListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

TweetListAccessible::~TweetListAccessible()
{
    releaseRows();
}

void TweetListAccessible::installFactory()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(createInterface);
    }
}

TweetListView *TweetListAccessible::view() const
{
    return static_cast<TweetListView *>(widget());
}

void TweetListAccessible::releaseRows() const
{
    const auto ids = m_rows;
    m_rows.clear();
    for (const QAccessible::Id id : ids) {
        QAccessible::deleteAccessibleInterface(id);
    }
}

int TweetListAccessible::childCount() const
{
    return view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
}

QAccessibleInterface *TweetListAccessible::child(int index) const
{
    if (index < 0 || index >= childCount()) {
        return nullptr;
    }
    const auto found = m_rows.constFind(index);
    if (found != m_rows.cend()) {
        if (QAccessibleInterface *existing = QAccessible::accessibleInterface(*found)) {
            return existing;
        }
    }
    if (m_rows.size() >= MaximumRowInterfaces) {
        releaseRows();
    }
    auto *row = new TweetRowAccessible(view(), index);
    m_rows.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int TweetListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *row = dynamic_cast<const TweetRowAccessible *>(child);
    return row && row->parent() == this ? row->row() : -1;
}

QAccessibleInterface *TweetListAccessible::childAt(int x, int y) const
{
    const QPoint point = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(point);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *TweetListAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return view()->hasFocus() && current.isValid() ? child(current.row()) : nullptr;
}

TweetRowAccessible::TweetRowAccessible(TweetListView *view, int row)
    : m_view(view)
    , m_row(row)
{}

bool TweetRowAccessible::isValid() const
{
    return m_view && m_view->model() && m_row < m_view->model()->rowCount(m_view->rootIndex());
}

QWindow *TweetRowAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TweetRowAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString TweetRowAccessible::text(QAccessible::Text type) const
{
    if (!isValid()) {
        return {};
    }
    const QModelIndex index = m_view->model()->index(m_row, 0, m_view->rootIndex());
    switch (type) {
    case QAccessible::Name: {
        const QString text = index.data(Qt::AccessibleTextRole).toString();
        return text.isEmpty() ? index.data(Qt::DisplayRole).toString() : text;
    }
    case QAccessible::Description:
        return index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QRect TweetRowAccessible::rect() const
{
    if (!isValid()) {
        return {};
    }
    const QModelIndex index = m_view->model()->index(m_row, 0, m_view->rootIndex());
    const QRect visible = m_view->visualRect(index).intersected(m_view->viewport()->rect());
    if (visible.isEmpty()) {
        return {};
    }
    return visible.translated(m_view->viewport()->mapToGlobal(QPoint(0, 0)));
}

QAccessible::State TweetRowAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    const QModelIndex index = m_view->model()->index(m_row, 0, m_view->rootIndex());
    state.focused = m_view->hasFocus() && m_view->currentIndex() == index;
    state.active = m_view->currentIndex() == index;
    state.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(index);
    if (!m_view->visualRect(index).intersects(m_view->viewport()->rect())) {
        state.invisible = true;
        state.offscreen = true;
    }
    return state;
}

} // namespace trove
