#pragma once

#include "core/query/mediaquery.h"
#include "core/query/tweetfilter.h"

#include <QAbstractListModel>
#include <QList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace trove {

/**
 * The media files of a TweetFilter (MediaQuery) as a flat list for the gallery: ids only, a small struct
 * per file, read on a worker of the model's own pool and appended in batches (the first few hundred at
 * once, then at most ten times a second) so that the first screen shows while the rest is read. A new
 * query cancels the one running (its SQL stops within milliseconds) and drops whatever it still delivers
 * (a generation counter). GUI thread only.
 */
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MediaIdRole = Qt::UserRole + 1, ///< qint64
        TweetIdRole,                    ///< qint64; 0 for profile and banner images
        AccountIdRole,                  ///< qint64; 0 when unknown
        KindRole,                       ///< int(MediaKind)
        FormatRole,                     ///< QString, "jpg"
    };

    explicit GalleryModel(QObject *parent = nullptr);
    ~GalleryModel() override;

    /** Reads the cache at @p path from now on (the list is read again when a query is set). */
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }
    /** Lists the media of @p filter whose kind is in @p kinds (MediaQuery::kindBit mask), from scratch. */
    void setQuery(const TweetFilter &filter, unsigned kinds = MediaQuery::AllKinds);
    /** Reads the same query again (after an import). */
    void reload();
    /** Stops reading and empties the list. */
    void clear();

    TweetFilter filter() const { return m_filter; }
    unsigned kinds() const { return m_kinds; }
    bool hasQuery() const { return m_hasQuery; }
    /** True while the worker is still reading. */
    bool isLoading() const { return m_loading; }
    /** Why the last query failed, or empty. */
    QString errorString() const { return m_error; }

    /** The item of @p row (0 <= row < rowCount()). */
    const MediaItem &item(int row) const { return m_items.at(row); }
    /** Files of @p kind listed so far. */
    int count(MediaKind kind) const { return m_kindCounts[int(kind)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /** Rows were appended or the list was emptied: the counts changed. */
    void countChanged();
    /** Reading started (true) or ended (false). */
    void loadingChanged(bool loading);
    /** The query ended: @p ok, or failed with @p error (the rows read until then stay). */
    void finished(bool ok, const QString &error);

private:
    void restart();
    void itemsArrived(quint64 generation, const QList<MediaItem> &items);
    void queryFinished(quint64 generation, bool ok, const QString &error);
    void setLoading(bool loading);

    QThreadPool m_pool;
    QString m_cachePath;
    TweetFilter m_filter;
    unsigned m_kinds = MediaQuery::AllKinds;
    bool m_hasQuery = false;
    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<MediaItem> m_items;
    int m_kindCounts[5] = {0, 0, 0, 0, 0};
};

} // namespace trove
