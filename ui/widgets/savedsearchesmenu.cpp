#include "ui/widgets/savedsearchesmenu.h"

#include "core/export/exportformat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace trove {

namespace {

// A menu entry shows the name as typed: '&' would otherwise become a mnemonic.
QString menuText(QString name)
{
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return name;
}

QString describe(const SavedSearch &search)
{
    return search.filter.describeFilters();
}

} // namespace

SavedSearchesMenu::SavedSearchesMenu(SavedSearches *searches, QWidget *parent)
    : QMenu(tr("Saved &Searches"), parent)
    , m_searches(searches)
{
    setObjectName(QStringLiteral("savedSearchesMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SavedSearchesMenu::rebuild);
    connect(m_searches, &SavedSearches::changed, this, &SavedSearchesMenu::rebuild);
    rebuild();
}

void SavedSearchesMenu::setCurrentSearch(const TweetFilter &filter, TweetOrder order)
{
    m_filter = filter;
    m_order = order;
}

void SavedSearchesMenu::rebuild()
{
    clear();
    const QList<SavedSearch> searches = m_searches->list();
    for (const SavedSearch &search : searches) {
        QAction *action = addAction(menuText(search.name));
        action->setToolTip(describe(search));
        connect(action, &QAction::triggered, this, [this, name = search.name] {
            bool found = false;
            const SavedSearch saved = m_searches->search(name, &found);
            if (found) {
                emit runRequested(saved);
            }
        });
    }
    if (searches.isEmpty()) {
        addAction(tr("No saved searches"))->setEnabled(false);
    }
    addSeparator();
    QAction *save = addAction(tr("Save Current Search\u2026"));
    save->setObjectName(QStringLiteral("saveCurrentSearchAction"));
    connect(save, &QAction::triggered, this, &SavedSearchesMenu::saveCurrentSearch);
    QAction *manageAction = addAction(tr("Manage Saved Searches\u2026"));
    manageAction->setObjectName(QStringLiteral("manageSavedSearchesAction"));
    manageAction->setEnabled(!searches.isEmpty());
    connect(manageAction, &QAction::triggered, this, &SavedSearchesMenu::manage);
}

bool SavedSearchesMenu::saveCurrentSearch()
{
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    QString suggestion = m_filter.search.trimmed();
    if (suggestion.isEmpty()) {
        suggestion = m_filter.describeFilters();
    }
    suggestion = suggestion.left(80);
    for (;;) {
        bool ok = false;
        const QString name = QInputDialog::getText(owner, tr("Save Search"), tr("Name of the saved search:"),
                                                   QLineEdit::Normal, suggestion, &ok)
                                 .trimmed();
        if (!ok) {
            return false;
        }
        if (name.isEmpty()) {
            continue;
        }
        if (m_searches->contains(name)) {
            QMessageBox box(QMessageBox::Question, tr("Save Search"),
                            tr("A saved search is already named \u201c%1\u201d. Replace it?").arg(name),
                            QMessageBox::Yes | QMessageBox::No, owner);
            box.setTextFormat(Qt::PlainText);
            if (box.exec() != QMessageBox::Yes) {
                suggestion = name;
                continue;
            }
        }
        return m_searches->save({name, m_filter, m_order});
    }
}

void SavedSearchesMenu::manage()
{
    SavedSearchesDialog dialog(m_searches, parentWidget() ? parentWidget()->window() : nullptr);
    connect(&dialog, &SavedSearchesDialog::runRequested, this, &SavedSearchesMenu::runRequested);
    dialog.exec();
}

SavedSearchesDialog::SavedSearchesDialog(SavedSearches *searches, QWidget *parent)
    : QDialog(parent)
    , m_searches(searches)
{
    setObjectName(QStringLiteral("savedSearchesDialog"));
    setWindowTitle(tr("Saved Searches"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedSearchesList"));
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedSearchesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &SavedSearchesDialog::runCurrent);
    body->addWidget(m_list, 1);

    auto *buttons = new QVBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &accessibleName) {
        auto *result = new QPushButton(text, this);
        result->setAccessibleName(accessibleName);
        result->setAutoDefault(false);
        buttons->addWidget(result);
        return result;
    };
    m_runButton = button(tr("&Run"), tr("Run the selected search"));
    m_renameButton = button(tr("Re&name\u2026"), tr("Rename the selected search"));
    m_upButton = button(tr("Move &Up"), tr("Move the selected search up"));
    m_downButton = button(tr("Move &Down"), tr("Move the selected search down"));
    m_removeButton = button(tr("Re&move"), tr("Remove the selected search"));
    buttons->addStretch(1);
    body->addLayout(buttons);
    layout->addLayout(body);
    connect(m_runButton, &QPushButton::clicked, this, &SavedSearchesDialog::runCurrent);
    connect(m_renameButton, &QPushButton::clicked, this, &SavedSearchesDialog::renameCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &SavedSearchesDialog::removeCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    reload();
    resize(sizeHint().expandedTo(QSize(480, 320)));
}

void SavedSearchesDialog::reload(const QString &select)
{
    m_list->clear();
    const QList<SavedSearch> searches = m_searches->list();
    for (const SavedSearch &search : searches) {
        auto *item = new QListWidgetItem(search.name, m_list);
        item->setToolTip(describe(search) + QStringLiteral(" \u00b7 ") + tweetOrderKey(search.order));
        if (search.name == select) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

QString SavedSearchesDialog::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void SavedSearchesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0;
    m_runButton->setEnabled(selected);
    m_renameButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_upButton->setEnabled(selected && row > 0);
    m_downButton->setEnabled(selected && row + 1 < m_list->count());
}

void SavedSearchesDialog::renameCurrent()
{
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString newName =
        QInputDialog::getText(this, tr("Rename Saved Search"), tr("New name:"), QLineEdit::Normal, name, &ok)
            .trimmed();
    if (!ok || newName.isEmpty() || newName == name) {
        return;
    }
    if (!m_searches->rename(name, newName)) {
        QMessageBox box(QMessageBox::Warning, tr("Rename Saved Search"),
                        tr("A saved search is already named \u201c%1\u201d.").arg(newName), QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    reload(newName);
}

void SavedSearchesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    const QString name = currentName();
    if (name.isEmpty()) {
        return;
    }
    m_searches->remove(name);
    reload();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    }
}

void SavedSearchesDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const QString name = currentName();
    if (row < 0 || !m_searches->move(row, row + step)) {
        return;
    }
    reload(name);
}

void SavedSearchesDialog::runCurrent()
{
    bool found = false;
    const SavedSearch search = m_searches->search(currentName(), &found);
    if (found) {
        emit runRequested(search);
        accept();
    }
}

} // namespace trove
