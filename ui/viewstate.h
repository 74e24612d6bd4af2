#pragma once

#include "core/query/tweetfilter.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>

namespace trove {

/**
 * What the window shows, saved when it closes and restored when it opens, so that an investigation
 * survives a restart: the cache, the selected campaigns, the account open in the dossier, the search and
 * filters with the list's order, and the window's layout as the window hands it in (saveGeometry(),
 * saveState(), QSplitter::saveState() bytes, stored as they are and never interpreted here).
 *
 * Kept in the user's settings (organisation "Trove", application "Trove", group "viewState"). load() takes
 * whatever it finds: a value of the wrong type or that does not parse is replaced by its default, so a
 * damaged settings file costs the saved view, never the start. Ids refer to the cache in cachePath: the
 * window uses them only when it opens that same cache. GUI thread only.
 */
struct ViewState
{
    QString cachePath;
    QList<std::int64_t> campaignIds; ///< the selected campaigns; empty: all
    std::int64_t accountId = 0;      ///< the account shown in the dossier; 0: none
    QString page;       ///< the views in front, as the window names them ("gallery/account": centre/side)
    TweetFilter filter; ///< the search and filters (and the list's selection)
    TweetOrder order = TweetOrder::NewestFirst;
    bool filtersExpanded = false;        ///< FilterBar::isExpanded()
    QByteArray windowGeometry;           ///< QWidget::saveGeometry()
    QByteArray windowState;              ///< QMainWindow::saveState()
    QMap<QString, QByteArray> splitters; ///< QSplitter::saveState() by a name the window chooses

    /** The saved view, or a default ViewState when none was saved. */
    static ViewState load();
    /** Saves this view (replacing the one saved before). */
    void save() const;
    /** Forgets the saved view. */
    static void clear();
    /** The settings group everything is kept under (tests write garbage there). */
    static QString settingsGroup();

    bool operator==(const ViewState &other) const;
    bool operator!=(const ViewState &other) const { return !(*this == other); }
};

} // namespace trove
