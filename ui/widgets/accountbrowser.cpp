#include "ui/widgets/accountbrowser.h"

#include "ui/counted.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/accounttablemodel.h"
#include "ui/widgets/biditemdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trove {

namespace {

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(150), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return QIcon(pixmap);
}

} // namespace

AccountBrowser::AccountBrowser(QThreadPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountTableModel(pool, this))
    , m_proxy(new AccountFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    // The C locale omits group separators by default: "1,204 of 3,841 accounts".
    m_numbers.setNumberOptions(m_numbers.numberOptions() & ~QLocale::OmitGroupSeparator);

    m_filter->setPlaceholderText(tr("Filter accounts…"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setAccessibleDescription(
        tr("Shows the accounts whose screen name, alias, display name, user id, description or location "
           "contains every word typed"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_category->setAccessibleName(tr("Account category"));
    m_category->setToolTip(tr("Show the accounts of one category only"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateCategories();

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, however many there are.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int character = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[AccountTableModel::ColumnCount] = {26, 20, 10, 10, 11, 9, 9, 17, 17, 16, 14, 16, 24};
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        m_view->setColumnWidth(column, widths[column] * character);
    }
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountTableModel::TweetsColumn, Qt::DescendingOrder);
    m_view->installEventFilter(this);

    m_count->setAccessibleName(tr("Number of accounts"));
    m_count->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_category);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_filter);

    // Typing filters after a short pause, so that a quick typist does not refilter on every key.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &AccountBrowser::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &AccountBrowser::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AccountBrowser::applyCategory);

    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            emit accountActivated(
                qint64(index.siblingAtColumn(0).data(AccountTableModel::AccountIdRole).toLongLong()));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const std::int64_t id =
                    current.isValid()
                        ? current.siblingAtColumn(0).data(AccountTableModel::AccountIdRole).toLongLong()
                        : 0;
                if (id != m_lastCurrent) {
                    m_lastCurrent = id;
                    emit currentAccountChanged(qint64(id));
                }
            });

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountBrowser::updateCount);
    connect(m_model, &AccountTableModel::loadingChanged, this, &AccountBrowser::updateCount);
    connect(m_model, &AccountTableModel::loadFailed, this, &AccountBrowser::updateCount);
    connect(m_model, &AccountTableModel::loaded, this, [this](int count) {
        updateCategories();
        if (m_keepAccount != 0) {
            selectAccount(m_keepAccount);
            m_keepAccount = 0;
        }
        updateCount();
        emit loaded(count);
    });
    updateCount();
}

void AccountBrowser::setCachePath(const QString &path)
{
    if (path == m_model->cachePath()) {
        return;
    }
    m_keepAccount = 0;
    m_model->setCachePath(path);
    updateCategories();
    reload();
}

void AccountBrowser::setCampaigns(const QList<std::int64_t> &campaignIds)
{
    if (campaignIds == m_model->campaigns()) {
        return;
    }
    m_model->setCampaigns(campaignIds);
    reload();
}

QList<std::int64_t> AccountBrowser::campaigns() const
{
    return m_model->campaigns();
}

void AccountBrowser::reload()
{
    if (m_model->cachePath().isEmpty()) {
        updateCount();
        return;
    }
    if (const std::int64_t current = currentAccountId()) {
        m_keepAccount = current;
    }
    m_model->reload();
    updateCount();
}

std::int64_t AccountBrowser::currentAccountId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(AccountTableModel::AccountIdRole).toLongLong()
                             : 0;
}

bool AccountBrowser::selectAccount(std::int64_t accountId)
{
    const int sourceRow = m_model->rowOfAccount(accountId);
    if (sourceRow < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return false; // filtered out
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void AccountBrowser::setFilterText(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

QString AccountBrowser::filterText() const
{
    return m_filter->text();
}

QString AccountBrowser::countText() const
{
    return m_count->text();
}

void AccountBrowser::applyFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilterText(m_filter->text());
    updateCount();
}

void AccountBrowser::applyCategory()
{
    const QVariant data = m_category->currentData();
    m_proxy->setCategoryFilter(data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt);
    updateCount();
}

void AccountBrowser::updateCategories()
{
    // Keep the choice across reloads while the category is still there.
    const QVariant chosen = m_category->currentData();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"));
    const int size = m_category->fontMetrics().height() - 4;
    for (const QString &category : m_model->categories()) {
        m_category->addItem(swatch(AccountTableModel::categoryColor(category), size), category, category);
    }
    if (m_model->hasUncategorized() && !m_model->categories().isEmpty()) {
        m_category->addItem(tr("No category"), QString(QLatin1String("")));
    }
    const int index = chosen.isValid() ? m_category->findData(chosen) : 0;
    m_category->setCurrentIndex(std::max(index, 0));
    m_category->setEnabled(!m_model->categories().isEmpty());
    applyCategory();
}

void AccountBrowser::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_count->setText(tr("Loading accounts…"));
        return;
    }
    if (m_model->cachePath().isEmpty()) {
        m_count->setText(tr("No cache open"));
        return;
    }
    if (!m_model->isLoading() && !m_model->errorString().isEmpty()) {
        m_count->setText(tr("Cannot read the accounts: %1").arg(m_model->errorString()));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString all = counted(total, tr("1 account"), tr("%1 accounts"));
    QString text = shown == total ? all : tr("%1 of %2").arg(m_numbers.toString(shown), all);
    if (m_model->isLoading()) {
        text += QLatin1String(" ") + tr("(reading again…)");
    }
    m_count->setText(text);
}

bool AccountBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid()) {
                emit accountActivated(
                    qint64(current.siblingAtColumn(0).data(AccountTableModel::AccountIdRole).toLongLong()));
                return true;
            }
        }
        if (watched == m_filter && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            // From the filter straight into the list.
            applyFilter();
            m_view->setFocus();
            if (!m_view->currentIndex().isValid()) {
                m_view->selectionModel()->setCurrentIndex(
                    m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trove
