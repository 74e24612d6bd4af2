#pragma once

#include "core/query/tweetfilter.h"

#include <QList>
#include <QObject>
#include <QString>

namespace trove {

/** A search a person named and saved: the filter (selection included) and the order of its list. */
struct SavedSearch
{
    QString name;
    TweetFilter filter;
    TweetOrder order = TweetOrder::NewestFirst;

    bool operator==(const SavedSearch &other) const
    {
        return name == other.name && filter == other.filter && order == other.order;
    }
    bool operator!=(const SavedSearch &other) const { return !(*this == other); }
};

/**
 * The saved searches, in the order the person put them, kept in the user's settings (QSettings,
 * organisation "Trove", application "Trove", key "savedSearches/v1": one JSON array, so that a half
 * written or hand-edited value is dropped as a whole or entry by entry, never crashing). Every call reads
 * and writes the settings directly, so two instances see each other's changes. GUI thread only.
 *
 * Names are trimmed, non-empty and unique (case-sensitive).
 */
class SavedSearches : public QObject
{
    Q_OBJECT

public:
    explicit SavedSearches(QObject *parent = nullptr);

    /** The saved searches in their order; entries that cannot be read are left out. */
    QList<SavedSearch> list() const;
    QStringList names() const;
    bool contains(const QString &name) const;
    /** The search named @p name; @p found (optional) says whether there is one. */
    SavedSearch search(const QString &name, bool *found = nullptr) const;

    /**
     * Saves @p search: a search of the same name is replaced in place, else it is added at the end.
     * False when the name is empty (after trimming).
     */
    bool save(const SavedSearch &search);
    /** False when @p from does not exist, @p to is empty, or another search is named @p to. */
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);
    /** Moves the search at @p from to position @p to; false when either is out of range. */
    bool move(int from, int to);

    /** The settings key everything is kept under (tests write garbage there). */
    static QString settingsKey();

signals:
    /** The list, a name, a search or the order changed (through this instance). */
    void changed();

private:
    void write(const QList<SavedSearch> &searches);
};

} // namespace trove
