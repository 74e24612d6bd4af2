#pragma once

#include "core/query/tweetfilter.h"
#include "core/query/tweetrow.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <memory>

namespace trove {

class TimelinePositions;

/**
 * The tweets of a TweetFilter in a TweetOrder, one row per tweet, for a list of tweet cards. Nothing here
 * touches the cache on the GUI thread: rows are read on worker threads a page at a time, and data() answers
 * a row whose page has not arrived yet with a placeholder (LoadedRole false, DisplayRole "Loading…") and
 * asks for the page. Pages are kept in a small least-recently-used cache; only ids are kept for the whole
 * list (8 bytes a tweet), and only when the list is collected (see below).
 *
 * Row count:
 * - a plain filter (campaigns/accounts only) in time order: the count comes from the import's counters at
 *   once, and any position maps to its tweets without reading those before it (TimelinePositions), so a
 *   9-million-row timeline jumps anywhere at once. The first pages from either end are read even before
 *   the day totals are;
 * - any other filter, engagement order, or a selection holding synthetic ids: the ids are collected in the
 *   background (TweetListQuery::collectIds) and rows are inserted as they arrive; the count is exact when
 *   isCountExact(). At most MaximumIds ids are kept.
 * setQuery() supersedes the work of the previous query: its SQL is stopped through a cancel flag and its
 * results are dropped.
 */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TweetRole = Qt::UserRole + 1, ///< the TweetRow (QVariant::fromValue), invalid until loaded
        LoadedRole,                   ///< bool: the row's tweet has arrived
        TweetIdRole,                  ///< qint64 tweet id, 0 while unknown
    };
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCachedPages = 40;
    static constexpr qsizetype MaximumIds = 20'000'000;

    explicit TimelineModel(QObject *parent = nullptr);
    /** Stops the work under way and waits for it (a few milliseconds: it is interrupted). */
    ~TimelineModel() override;

    /** The cache read from now on; the current query is run again on it. */
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }

    /** Shows the tweets of @p filter in @p order, superseding the current list. */
    void setQuery(const TweetFilter &filter, TweetOrder order);
    /** Runs the current query again (after an import added tweets). */
    void refresh();
    TweetFilter filter() const { return m_filter; }
    TweetOrder order() const { return m_order; }
    /** The words of the filter's search, a trailing '*' marking a prefix, for highlighting. */
    QStringList searchTerms() const { return m_searchTerms; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Whether @p row's tweet has arrived (data() asks for it when it has not). */
    bool isLoaded(int row) const;
    /** The tweet at @p row, or a TweetRow with id 0 while it is not loaded (this does not ask for it). */
    TweetRow tweetAt(int row) const;
    /** The tweet id at @p row when known (loaded, or collected), else 0. */
    std::int64_t tweetIdAt(int row) const;
    /** The row of a loaded tweet, or -1. */
    int rowOfTweet(std::int64_t tweetId) const;

    /** The number of tweets of the list: exact when isCountExact(), else the rows found so far. */
    std::int64_t totalCount() const { return m_count; }
    bool isCountExact() const { return m_countExact; }
    /** True while the list is being determined or pages are being read. */
    bool isLoading() const { return m_loading; }
    /** True when the list was cut at MaximumIds. */
    bool isTruncated() const { return m_truncated; }
    QString errorString() const { return m_error; }

    /**
     * Finds the row of the first tweet at or after @p time (oldest first) or at or before it (newest first),
     * off the GUI thread; positionOfTimeFound() gives it. Engagement order has no such row: -1.
     */
    void requestPositionOfTime(const QDateTime &time);

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /** At most this many pages of rows are kept; the least recently shown go first. */
    void setMaximumCachedPages(int pages);
    int cachedPages() const { return int(m_pages.size()); }

signals:
    /** The count or its exactness changed. */
    void countChanged(qint64 count, bool exact);
    void loadingChanged(bool loading);
    /** A query or a page could not be read; @p message says why, for people. */
    void errorOccurred(const QString &message);
    /** The answer to requestPositionOfTime(): a row, or -1. */
    void positionOfTimeFound(int row, const QDateTime &time);
    /** The rows [@p first, @p first + @p count) have arrived. */
    void rowsLoaded(int first, int count);

private:
    struct Page
    {
        QList<TweetRow> rows; // rows[i] is row page * pageSize + i (id 0: not available)
        quint64 lastUse = 0;
    };
    enum class Mode { None, Positions, Ids };

    void restart();
    void startPlainSetup();
    void startCollect(bool countKnown);
    void requestPage(int page) const;
    void dispatch();
    void pageArrived(quint64 generation, int page, const QList<TweetRow> &rows, const QString &error);
    void idsArrived(quint64 generation, const QList<std::int64_t> &ids);
    void collectFinished(quint64 generation, bool ok, const QString &error, bool truncated);
    void setCount(std::int64_t count, bool exact);
    void setRowCount(int rows);
    void updateLoading();
    void fail(const QString &message);
    void evictPages();
    bool pageCanStart(int page) const;

    QString m_cachePath;
    TweetFilter m_filter;
    TweetOrder m_order = TweetOrder::OldestFirst;
    QStringList m_searchTerms;
    bool m_hasQuery = false;

    // Per query (reset by restart()).
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Mode m_mode = Mode::None;
    int m_rows = 0;
    std::int64_t m_count = 0;
    bool m_countExact = false;
    bool m_truncated = false;
    bool m_headPagesReadable = false; // Positions mode before the day totals: the first pages can be read
    std::shared_ptr<const TimelinePositions> m_positions;
    QList<QList<std::int64_t>> m_idChunks; // Ids mode: the collected ids, in order, in chunks
    qsizetype m_idCount = 0;
    bool m_setupRunning = false;
    bool m_collectRunning = false;
    QString m_error;

    // Pages (mutable: data() asks for them).
    int m_pageSize = DefaultPageSize;
    int m_maximumPages = DefaultCachedPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; // pages asked for, most recent last
    QHash<int, bool> m_inFlight;
    bool m_loading = false;

    QThreadPool m_pool;
};

} // namespace trove

Q_DECLARE_METATYPE(trove::TweetRow)
