#pragma once

#include "ui/savedsearches.h"

#include <QDialog>
#include <QMenu>

class QListWidget;
class QPushButton;

namespace trove {

/**
 * A menu of the saved searches: one entry per search (choosing it emits runRequested()), then "Save
 * Current Search…" (asks for a name, offering the filters' description, and confirms before replacing
 * a search of that name) and "Manage Saved Searches…" (SavedSearchesDialog). The window keeps the current
 * search up to date with setCurrentSearch(). The list is rebuilt each time the menu opens.
 */
class SavedSearchesMenu : public QMenu
{
    Q_OBJECT

public:
    SavedSearchesMenu(SavedSearches *searches, QWidget *parent = nullptr);

    /** What "Save Current Search…" saves: the window's filter (with its selection) and order. */
    void setCurrentSearch(const TweetFilter &filter, TweetOrder order);

public slots:
    /** Asks for a name and saves the current search under it; false when cancelled. */
    bool saveCurrentSearch();
    /** Opens the dialog to rename, reorder, remove and run the saved searches. */
    void manage();

signals:
    void runRequested(const trove::SavedSearch &search);

private:
    void rebuild();

    SavedSearches *m_searches = nullptr;
    TweetFilter m_filter;
    TweetOrder m_order = TweetOrder::NewestFirst;
};

/** Lists the saved searches to rename, move up or down, remove, or run one. */
class SavedSearchesDialog : public QDialog
{
    Q_OBJECT

public:
    SavedSearchesDialog(SavedSearches *searches, QWidget *parent = nullptr);

signals:
    void runRequested(const trove::SavedSearch &search);

private:
    void reload(const QString &select = QString());
    void renameCurrent();
    void removeCurrent();
    void moveCurrent(int step);
    void runCurrent();
    void updateButtons();
    QString currentName() const;

    SavedSearches *m_searches = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
};

} // namespace trove
