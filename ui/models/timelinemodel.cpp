#include "ui/models/timelinemodel.h"

#include "core/db/database.h"
#include "core/db/readconnection.h"
#include "core/query/timelinepositions.h"
#include "core/query/tweetlistquery.h"
#include "core/text/displaytext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <mutex>

namespace trove {

namespace {

// Rows from either end of a plain timeline readable with LIMIT/OFFSET before the day totals are ready.
constexpr std::int64_t HeadRows = 4000;
// Pages read at the same time; the rest wait, the most recently asked for first.
constexpr int PagesInFlight = 2;
// Pages asked for and not started: older requests are dropped (the view asks again for what it shows).
constexpr int WantedPages = 8;
// How long after a cache is set the day totals of its campaigns are read ahead.
constexpr int WarmDelayMs = 1000;
// How often collected ids are handed to the GUI thread (the first chunk goes at once).
constexpr int IdPostIntervalMs = 100;

// The calling worker thread's connection, with @p cancel as its cancel flag for as long as this lives.
class WorkerConnection
{
public:
    WorkerConnection(const QString &path, const std::shared_ptr<std::atomic_bool> &cancel)
        : m_cancel(cancel)
    {
        m_db = ReadConnection::forThisThread(path, &m_error);
        if (m_db) {
            m_db->setCancelFlag(m_cancel.get());
        }
    }
    ~WorkerConnection()
    {
        if (m_db) {
            m_db->setCancelFlag(nullptr);
        }
    }
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    Database *db() const { return m_db; }
    QString errorString() const { return m_error; }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    Database *m_db = nullptr;
    QString m_error;
};

// The rows of @p ids aligned with them: a TweetRow with id 0 where the cache does not hold the tweet.
QList<TweetRow> alignedRows(Database &db, const QList<std::int64_t> &ids, QString *error)
{
    const QList<TweetRow> found = TweetListQuery::rows(db, ids, error);
    if (!error->isEmpty()) {
        return {};
    }
    if (found.size() == ids.size()) {
        return found;
    }
    QHash<std::int64_t, qsizetype> at;
    for (qsizetype i = 0; i < found.size(); ++i) {
        at.insert(found[i].id, i);
    }
    QList<TweetRow> rows(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto where = at.constFind(ids[i]);
        if (where != at.constEnd()) {
            rows[i] = found[*where];
        }
    }
    return rows;
}

// Day totals already read, for a selection seen again (another order, back to a previous view). Keyed by
// the tweet count too: an import that adds tweets changes it, and the totals are read again.
struct PositionsKey
{
    QString path;
    QList<std::int64_t> campaigns;
    QList<std::int64_t> accounts;
    std::int64_t count = 0;

    bool operator==(const PositionsKey &other) const
    {
        return path == other.path && campaigns == other.campaigns && accounts == other.accounts &&
               count == other.count;
    }
};

class PositionsCache
{
public:
    std::shared_ptr<const TimelinePositions> find(const PositionsKey &key)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].first == key) {
                m_entries.move(i, m_entries.size() - 1);
                return m_entries.last().second;
            }
        }
        return nullptr;
    }
    void insert(const PositionsKey &key, const std::shared_ptr<const TimelinePositions> &positions)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.append({key, positions});
        while (m_entries.size() > 8) {
            m_entries.removeFirst();
        }
    }

private:
    std::mutex m_mutex;
    QList<QPair<PositionsKey, std::shared_ptr<const TimelinePositions>>> m_entries;
};

PositionsCache &positionsCache()
{
    static PositionsCache cache;
    return cache;
}

QString interruptedOr(const std::shared_ptr<std::atomic_bool> &cancel, const QString &error)
{
    return cancel->load() ? QString() : error;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<TweetRow>();
    // One thread for the long job of a query (collecting ids, day totals), two for pages.
    m_pool.setMaxThreadCount(3);
}

TimelineModel::~TimelineModel()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_pool.waitForDone();
}

void TimelineModel::setCachePath(const QString &path)
{
    if (path == m_cachePath) {
        return;
    }
    m_cachePath = path;
    if (!path.isEmpty()) {
        // Every campaign's tweets per day, read in the background a second after the cache is opened (not
        // competing with the first reads of the window): the first jump into a long timeline then finds them
        // ready. At ten million tweets they take a few hundred milliseconds.
        QTimer::singleShot(WarmDelayMs, this, [this, path] {
            if (path != m_cachePath) {
                return;
            }
            const auto cancel = std::make_shared<std::atomic_bool>(false);
            m_pool.start([path, cancel] {
                WorkerConnection connection(path, cancel);
                if (Database *db = connection.db()) {
                    QString error;
                    TimelinePositions::warm(*db, &error);
                }
            });
        });
    }
    restart();
}

void TimelineModel::setQuery(const TweetFilter &filter, TweetOrder order)
{
    m_filter = filter;
    m_order = order;
    m_hasQuery = true;
    restart();
}

void TimelineModel::refresh()
{
    restart();
}

void TimelineModel::setPageSize(int rows)
{
    rows = std::max(10, rows);
    if (rows == m_pageSize) {
        return;
    }
    m_pageSize = rows;
    restart();
}

void TimelineModel::setMaximumCachedPages(int pages)
{
    m_maximumPages = std::max(2, pages);
    evictPages();
}

void TimelineModel::restart()
{
    if (m_cancel) {
        *m_cancel = true; // the previous query's SQL stops within milliseconds; its results are dropped
    }
    ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    // Set before the reset: views read the terms to highlight when they hear of it.
    m_searchTerms = TweetListQuery::searchTerms(m_filter);
    beginResetModel();
    m_mode = Mode::None;
    m_rows = 0;
    m_pages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_idChunks.clear();
    m_idCount = 0;
    m_positions.reset();
    m_headPagesReadable = false;
    m_setupRunning = false;
    m_collectRunning = false;
    m_truncated = false;
    m_error.clear();
    endResetModel();

    m_count = 0;
    m_countExact = false;
    if (!m_hasQuery || m_cachePath.isEmpty()) {
        m_countExact = true;
        emit countChanged(0, true);
        updateLoading();
        return;
    }
    emit countChanged(0, false);
    if (TimelinePositions::applies(m_filter, m_order)) {
        startPlainSetup();
    } else {
        startCollect(false);
    }
    updateLoading();
}

void TimelineModel::startPlainSetup()
{
    m_mode = Mode::Positions;
    m_setupRunning = true;
    const QString path = m_cachePath;
    const TweetFilter filter = m_filter;
    const quint64 generation = m_generation;
    const auto cancel = m_cancel;
    m_pool.start([this, path, filter, generation, cancel] {
        WorkerConnection connection(path, cancel);
        Database *db = connection.db();
        if (!db) {
            const QString error = connection.errorString();
            QMetaObject::invokeMethod(this, [this, generation, error] {
                if (generation == m_generation) {
                    m_setupRunning = false;
                    fail(error);
                    updateLoading();
                }
            });
            return;
        }
        // The count first (the counters: at once), then the day totals that map any position to tweets.
        QString error;
        const std::int64_t count = TweetListQuery::count(*db, filter, &error);
        const bool headReadable =
            !filter.accountIds.isEmpty() || !TimelinePositions::cacheHasSyntheticIds(*db);
        QMetaObject::invokeMethod(this, [this, generation, count, headReadable, error] {
            if (generation != m_generation) {
                return;
            }
            if (count < 0) {
                fail(error);
                return;
            }
            m_headPagesReadable = headReadable;
            setCount(count, true);
            setRowCount(int(std::min<std::int64_t>(count, std::numeric_limits<int>::max())));
            dispatch();
        });
        if (count < 0) {
            return;
        }
        const PositionsKey key{path, filter.campaignIds, filter.accountIds, count};
        std::shared_ptr<const TimelinePositions> positions = positionsCache().find(key);
        bool built = positions != nullptr;
        if (!positions) {
            auto fresh = std::make_shared<TimelinePositions>();
            built = fresh->build(*db, filter, &error);
            if (built) {
                positionsCache().insert(key, fresh);
            }
            positions = fresh;
        }
        error = interruptedOr(cancel, error);
        QMetaObject::invokeMethod(this, [this, generation, built, error, positions] {
            if (generation != m_generation) {
                return;
            }
            m_setupRunning = false;
            if (!built) {
                fail(error);
                updateLoading();
                return;
            }
            if (!positions->isPositionable()) {
                // Synthetic ids: collect the list (merged by time); the count stays the counters'.
                m_headPagesReadable = false;
                startCollect(true);
                updateLoading();
                return;
            }
            m_positions = positions;
            if (positions->count() != m_count) {
                setCount(positions->count(), true);
                setRowCount(int(std::min<std::int64_t>(positions->count(), std::numeric_limits<int>::max())));
            }
            dispatch();
            updateLoading();
        });
    });
}

void TimelineModel::startCollect(bool countKnown)
{
    m_mode = Mode::Ids;
    m_collectRunning = true;
    if (!countKnown) {
        setCount(0, false);
    }
    const QString path = m_cachePath;
    const TweetFilter filter = m_filter;
    const TweetOrder order = m_order;
    const quint64 generation = m_generation;
    const auto cancel = m_cancel;
    // A search and nothing else: the full-text index counts its matches in a fraction of the time the ids
    // take to collect, so the count is exact early and the ids fill the rows in. Counted beside the
    // collection, which it must not delay.
    TweetFilter withoutSearch = m_filter;
    withoutSearch.search.clear();
    if (!countKnown && !m_filter.search.trimmed().isEmpty() && withoutSearch.isPlain() &&
        m_filter.campaignIds.isEmpty() && m_filter.accountIds.isEmpty()) {
        m_pool.start([this, path, filter, generation, cancel] {
            WorkerConnection connection(path, cancel);
            Database *db = connection.db();
            QString countError;
            const std::int64_t count = db ? TweetListQuery::count(*db, filter, &countError) : -1;
            if (count < 0) {
                return; // the collection reports what went wrong
            }
            QMetaObject::invokeMethod(this, [this, generation, count] {
                if (generation == m_generation && m_collectRunning) {
                    setCount(count, true);
                    setRowCount(int(std::min<std::int64_t>(
                        count, std::min<std::int64_t>(MaximumIds, std::numeric_limits<int>::max()))));
                }
            });
        });
    }
    m_pool.start([this, path, filter, order, generation, cancel] {
        WorkerConnection connection(path, cancel);
        Database *db = connection.db();
        if (!db) {
            const QString error = connection.errorString();
            QMetaObject::invokeMethod(this, [this, generation, error] {
                if (generation == m_generation) {
                    collectFinished(generation, false, error, false);
                }
            });
            return;
        }
        QList<std::int64_t> batch;
        qsizetype total = 0;
        bool truncated = false;
        QElapsedTimer sincePost;
        const auto post = [&] {
            if (batch.isEmpty()) {
                return;
            }
            QMetaObject::invokeMethod(this, [this, generation, ids = batch] { idsArrived(generation, ids); });
            batch.clear();
            sincePost.start();
        };
        QString error;
        const bool ok = TweetListQuery::collectIds(
            *db, filter, order,
            [&](const QList<std::int64_t> &chunk) {
                if (cancel->load()) {
                    return false;
                }
                qsizetype take = chunk.size();
                if (total + take > MaximumIds) {
                    take = MaximumIds - total;
                    truncated = true;
                }
                batch.append(chunk.mid(0, take));
                total += take;
                if (!sincePost.isValid() || sincePost.elapsed() >= IdPostIntervalMs || truncated) {
                    post();
                }
                return !truncated;
            },
            &error);
        post();
        error = interruptedOr(cancel, error);
        QMetaObject::invokeMethod(this, [this, generation, ok, error, truncated] {
            collectFinished(generation, ok, error, truncated);
        });
    });
}

void TimelineModel::idsArrived(quint64 generation, const QList<std::int64_t> &ids)
{
    if (generation != m_generation || ids.isEmpty()) {
        return;
    }
    m_idChunks.append(ids);
    m_idCount += ids.size();
    if (!m_countExact) {
        setCount(m_idCount, false);
    }
    const int rows = int(std::min<qsizetype>(m_idCount, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        setRowCount(rows);
    }
    dispatch();
}

void TimelineModel::collectFinished(quint64 generation, bool ok, const QString &error, bool truncated)
{
    if (generation != m_generation) {
        return;
    }
    m_collectRunning = false;
    if (!ok) {
        fail(error);
        updateLoading();
        return;
    }
    m_truncated = truncated;
    setRowCount(int(std::min<qsizetype>(m_idCount, std::numeric_limits<int>::max())));
    setCount(m_idCount, true);
    dispatch();
    updateLoading();
}

void TimelineModel::setCount(std::int64_t count, bool exact)
{
    if (count == m_count && exact == m_countExact) {
        return;
    }
    m_count = count;
    m_countExact = exact;
    emit countChanged(qint64(count), exact);
}

void TimelineModel::setRowCount(int rows)
{
    if (rows > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows(QModelIndex(), rows, m_rows - 1);
        m_rows = rows;
        const int lastPage = rows == 0 ? -1 : (rows - 1) / m_pageSize;
        for (auto page = m_pages.begin(); page != m_pages.end();) {
            if (page.key() > lastPage) {
                page = m_pages.erase(page);
            } else {
                ++page;
            }
        }
        endRemoveRows();
    }
}

void TimelineModel::updateLoading()
{
    const bool loading = m_setupRunning || m_collectRunning || !m_inFlight.isEmpty();
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

void TimelineModel::fail(const QString &message)
{
    if (message.isEmpty()) {
        return;
    }
    m_error = message;
    emit errorOccurred(message);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TweetRole, "tweet");
    names.insert(LoadedRole, "loaded");
    names.insert(TweetIdRole, "tweetId");
    return names;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows || index.column() != 0) {
        return {};
    }
    const int row = index.row();
    const int pageNumber = row / m_pageSize;
    const auto page = m_pages.find(pageNumber);
    if (page == m_pages.end()) {
        requestPage(pageNumber);
        switch (role) {
        case LoadedRole:
            return false;
        case TweetIdRole:
            return qint64(tweetIdAt(row));
        case Qt::DisplayRole:
            return tr("Loading…");
        case Qt::AccessibleTextRole:
            return tr("Tweet %1, loading").arg(QLocale().toString(row + 1));
        default:
            return {};
        }
    }
    page->lastUse = ++m_useClock;
    const int offset = row - pageNumber * m_pageSize;
    const bool available = offset < page->rows.size() && page->rows[offset].id != 0;
    switch (role) {
    case LoadedRole:
        return true;
    case TweetRole:
        return available ? QVariant::fromValue(page->rows[offset]) : QVariant::fromValue(TweetRow());
    case TweetIdRole:
        return available ? qint64(page->rows[offset].id) : qint64(0);
    case Qt::DisplayRole:
        return available ? DisplayText::decoded(page->rows[offset].text)
                         : tr("This tweet is no longer in the cache");
    case Qt::AccessibleTextRole: {
        if (!available) {
            return tr("Tweet not available");
        }
        const TweetRow &tweet = page->rows[offset];
        return tr("%1, %2 UTC: %3")
            .arg(tweet.shownName(), tweet.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 DisplayText::decoded(tweet.text));
    }
    case Qt::ToolTipRole:
        if (!available) {
            return {};
        }
        return tr("%1, record %2").arg(page->rows[offset].sourceFile).arg(page->rows[offset].sourceRecord);
    default:
        return {};
    }
}

bool TimelineModel::isLoaded(int row) const
{
    return row >= 0 && row < m_rows && m_pages.contains(row / m_pageSize);
}

TweetRow TimelineModel::tweetAt(int row) const
{
    if (row < 0 || row >= m_rows) {
        return {};
    }
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page == m_pages.constEnd()) {
        return {};
    }
    const int offset = row % m_pageSize;
    return offset < page->rows.size() ? page->rows[offset] : TweetRow();
}

std::int64_t TimelineModel::tweetIdAt(int row) const
{
    if (row < 0 || row >= m_rows) {
        return 0;
    }
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page != m_pages.constEnd()) {
        const int offset = row % m_pageSize;
        return offset < page->rows.size() ? page->rows[offset].id : 0;
    }
    if (m_mode == Mode::Ids && row < m_idCount) {
        qsizetype at = row;
        for (const QList<std::int64_t> &chunk : m_idChunks) {
            if (at < chunk.size()) {
                return chunk[at];
            }
            at -= chunk.size();
        }
    }
    return 0;
}

int TimelineModel::rowOfTweet(std::int64_t tweetId) const
{
    for (auto page = m_pages.constBegin(); page != m_pages.constEnd(); ++page) {
        for (qsizetype i = 0; i < page->rows.size(); ++i) {
            if (page->rows[i].id == tweetId) {
                return page.key() * m_pageSize + int(i);
            }
        }
    }
    return -1;
}

void TimelineModel::requestPage(int page) const
{
    if (m_pages.contains(page) || m_inFlight.contains(page)) {
        return;
    }
    const bool wasIdle = m_wanted.isEmpty();
    m_wanted.removeAll(page);
    m_wanted.append(page);
    // Neighbours, least urgent: scrolling on finds them ready.
    for (const int neighbour : {page + 1, page - 1}) {
        if (neighbour >= 0 && neighbour * m_pageSize < m_rows && !m_pages.contains(neighbour) &&
            !m_inFlight.contains(neighbour) && !m_wanted.contains(neighbour)) {
            m_wanted.prepend(neighbour);
        }
    }
    while (m_wanted.size() > WantedPages) {
        m_wanted.removeFirst();
    }
    if (wasIdle) {
        // Not from inside data(): the view may be painting.
        auto *self = const_cast<TimelineModel *>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->dispatch(); }, Qt::QueuedConnection);
    }
}

bool TimelineModel::pageCanStart(int page) const
{
    const std::int64_t first = std::int64_t(page) * m_pageSize;
    const std::int64_t last = std::min<std::int64_t>(first + m_pageSize, m_rows); // exclusive
    if (first >= m_rows) {
        return false;
    }
    if (m_mode == Mode::Positions) {
        if (m_positions) {
            return true;
        }
        return m_headPagesReadable && (last <= HeadRows || m_count - first <= HeadRows);
    }
    if (m_mode == Mode::Ids) {
        return last <= m_idCount || (!m_collectRunning && first < m_idCount);
    }
    return false;
}

void TimelineModel::dispatch()
{
    while (m_inFlight.size() < PagesInFlight && !m_wanted.isEmpty()) {
        int chosen = -1;
        for (qsizetype i = m_wanted.size() - 1; i >= 0; --i) {
            const int page = m_wanted[i];
            if (m_pages.contains(page) || m_inFlight.contains(page) ||
                std::int64_t(page) * m_pageSize >= m_rows) {
                m_wanted.removeAt(i);
                continue;
            }
            if (pageCanStart(page)) {
                chosen = page;
                m_wanted.removeAt(i);
                break;
            }
        }
        if (chosen < 0) {
            break;
        }
        m_inFlight.insert(chosen, true);

        const std::int64_t first = std::int64_t(chosen) * m_pageSize;
        const int limit = int(std::min<std::int64_t>(m_pageSize, m_rows - first));
        QList<std::int64_t> ids;
        if (m_mode == Mode::Ids) {
            ids.reserve(limit);
            qsizetype skip = first;
            for (const QList<std::int64_t> &chunk : std::as_const(m_idChunks)) {
                if (skip >= chunk.size()) {
                    skip -= chunk.size();
                    continue;
                }
                const qsizetype take = std::min<qsizetype>(chunk.size() - skip, limit - ids.size());
                ids.append(chunk.mid(skip, take));
                skip = 0;
                if (ids.size() >= limit) {
                    break;
                }
            }
        }
        const QString path = m_cachePath;
        const TweetFilter filter = m_filter;
        const TweetOrder order = m_order;
        const quint64 generation = m_generation;
        const auto cancel = m_cancel;
        const auto positions = m_positions;
        const std::int64_t count = m_count;
        const bool positionMode = m_mode == Mode::Positions;
        m_pool.start([this, path, filter, order, generation, cancel, positions, count, positionMode, first,
                      limit, chosen, ids]() mutable {
            WorkerConnection connection(path, cancel);
            Database *db = connection.db();
            QString error = connection.errorString();
            QList<TweetRow> rows;
            if (db) {
                bool ok = true;
                if (positionMode) {
                    if (positions) {
                        ok = positions->ids(*db, first, limit, order, &ids, &error);
                    } else if (first < HeadRows) {
                        ok = TimelinePositions::headIds(*db, filter, first, limit, order, &ids, &error);
                    } else {
                        // From the other end: read in the reverse order, then turn it round.
                        const TweetOrder reverse = order == TweetOrder::NewestFirst ? TweetOrder::OldestFirst
                                                                                    : TweetOrder::NewestFirst;
                        const std::int64_t end = first + limit;
                        ok = TimelinePositions::headIds(*db, filter, std::max<std::int64_t>(0, count - end),
                                                        limit, reverse, &ids, &error);
                        std::reverse(ids.begin(), ids.end());
                    }
                }
                if (ok) {
                    rows = alignedRows(*db, ids, &error);
                }
            }
            error = interruptedOr(cancel, error);
            QMetaObject::invokeMethod(this, [this, generation, chosen, rows, error] {
                pageArrived(generation, chosen, rows, error);
            });
        });
    }
    updateLoading();
}

void TimelineModel::pageArrived(quint64 generation, int page, const QList<TweetRow> &rows,
                                const QString &error)
{
    if (generation != m_generation) {
        return;
    }
    m_inFlight.remove(page);
    if (!error.isEmpty()) {
        fail(error);
        dispatch();
        return;
    }
    Page loaded;
    loaded.rows = rows;
    loaded.lastUse = ++m_useClock;
    m_pages.insert(page, loaded);
    const int first = page * m_pageSize;
    const int last = std::min(first + m_pageSize, m_rows) - 1;
    if (last >= first) {
        emit dataChanged(index(first), index(last));
        emit rowsLoaded(first, last - first + 1);
    }
    evictPages();
    dispatch();
}

void TimelineModel::evictPages()
{
    while (m_pages.size() > m_maximumPages) {
        auto oldest = m_pages.begin();
        for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
            if (page->lastUse < oldest->lastUse) {
                oldest = page;
            }
        }
        m_pages.erase(oldest);
    }
}

void TimelineModel::requestPositionOfTime(const QDateTime &time)
{
    const quint64 generation = m_generation;
    if (m_order == TweetOrder::MostEngagement || !m_hasQuery || m_cachePath.isEmpty() ||
        m_mode == Mode::None) {
        QMetaObject::invokeMethod(
            this, [this, time] { emit positionOfTimeFound(-1, time); }, Qt::QueuedConnection);
        return;
    }
    if ((m_mode == Mode::Positions && !m_positions) || (m_mode == Mode::Ids && m_collectRunning)) {
        // The day totals, or the ids, are being read: ask again once they are.
        QTimer::singleShot(20, this, [this, time, generation] {
            if (generation == m_generation) {
                requestPositionOfTime(time);
            }
        });
        return;
    }
    const QString path = m_cachePath;
    const TweetOrder order = m_order;
    const auto cancel = m_cancel;
    const auto positions = m_positions;
    const QList<QList<std::int64_t>> chunks = m_idChunks; // shared, not copied
    const qsizetype idCount = m_idCount;
    m_pool.start([this, path, order, generation, cancel, positions, chunks, idCount, time] {
        WorkerConnection connection(path, cancel);
        Database *db = connection.db();
        QString error = connection.errorString();
        std::int64_t row = -1;
        if (db && positions) {
            row = positions->positionOfTime(*db, time, order, &error);
        } else if (db) {
            // The collected ids are in time order: a binary search, one lookup of a tweet's time per step.
            QList<qsizetype> starts;
            qsizetype start = 0;
            for (const QList<std::int64_t> &chunk : chunks) {
                starts.append(start);
                start += chunk.size();
            }
            const auto idAt = [&](qsizetype position) {
                const auto chunk =
                    std::upper_bound(starts.begin(), starts.end(), position) - starts.begin() - 1;
                return chunks[chunk][position - starts[chunk]];
            };
            Statement timeOf(*db, "SELECT time FROM tweets WHERE id = ?");
            const std::int64_t seconds = time.toSecsSinceEpoch();
            qsizetype low = 0;
            qsizetype high = idCount;
            while (low < high && timeOf.isValid()) {
                const qsizetype middle = low + (high - low) / 2;
                timeOf.reset();
                timeOf.bind(1, idAt(middle));
                const std::int64_t at = timeOf.next() ? timeOf.int64(0) : 0;
                const bool before = order == TweetOrder::NewestFirst ? at > seconds : at < seconds;
                if (before) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            row = low;
        }
        error = interruptedOr(cancel, error);
        QMetaObject::invokeMethod(this, [this, generation, row, error, time] {
            if (generation != m_generation) {
                return;
            }
            if (row < 0) {
                fail(error);
            }
            emit positionOfTimeFound(int(std::min<std::int64_t>(row, std::max(0, m_rows - 1))), time);
        });
    });
}

} // namespace trove
