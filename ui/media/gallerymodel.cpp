#include "ui/media/gallerymodel.h"

#include "core/db/database.h"
#include "core/db/readconnection.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <limits>

namespace trove {

namespace {

// After the first batch, rows are handed to the view at most this often: each append lays the grid out.
constexpr int PostIntervalMs = 100;

QString kindText(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return GalleryModel::tr("Image");
    case MediaKind::Gif:
        return GalleryModel::tr("GIF");
    case MediaKind::Video:
        return GalleryModel::tr("Video");
    case MediaKind::Profile:
        return GalleryModel::tr("Profile image");
    case MediaKind::Banner:
        return GalleryModel::tr("Banner image");
    }
    return GalleryModel::tr("Media file");
}

} // namespace

GalleryModel::GalleryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Two threads: a superseded query may still be stopping while the new one starts.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(30000);
}

GalleryModel::~GalleryModel()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_pool.waitForDone();
}

void GalleryModel::setCachePath(const QString &path)
{
    if (path == m_cachePath) {
        return;
    }
    m_cachePath = path;
    if (m_hasQuery) {
        restart();
    }
}

void GalleryModel::setQuery(const TweetFilter &filter, unsigned kinds)
{
    m_filter = filter;
    m_kinds = kinds & MediaQuery::AllKinds;
    m_hasQuery = true;
    restart();
}

void GalleryModel::reload()
{
    if (m_hasQuery) {
        restart();
    }
}

void GalleryModel::clear()
{
    m_hasQuery = false;
    restart();
}

void GalleryModel::restart()
{
    if (m_cancel) {
        *m_cancel = true; // the previous query's SQL stops; what it still posts is dropped by generation
    }
    ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    beginResetModel();
    m_items.clear();
    m_items.squeeze();
    for (int &count : m_kindCounts) {
        count = 0;
    }
    m_error.clear();
    endResetModel();
    emit countChanged();
    if (!m_hasQuery || m_cachePath.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);

    const QString path = m_cachePath;
    const TweetFilter filter = m_filter;
    const unsigned kinds = m_kinds;
    const quint64 generation = m_generation;
    const auto cancel = m_cancel;
    m_pool.start([this, path, filter, kinds, generation, cancel] {
        QString error;
        Database *db = ReadConnection::forThisThread(path, &error);
        if (!db) {
            QMetaObject::invokeMethod(this,
                                      [this, generation, error] { queryFinished(generation, false, error); });
            return;
        }
        db->setCancelFlag(cancel.get());
        QList<MediaItem> pending;
        QElapsedTimer sincePost;
        const auto post = [&] {
            if (pending.isEmpty()) {
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, generation, items = std::move(pending)] { itemsArrived(generation, items); });
            pending = QList<MediaItem>();
            sincePost.start();
        };
        const bool ok = MediaQuery::collect(
            *db, filter, kinds,
            [&](const QList<MediaItem> &items) {
                if (cancel->load()) {
                    return false;
                }
                pending += items;
                // The first batch at once: the first screen waits for nothing else.
                if (!sincePost.isValid() || sincePost.elapsed() >= PostIntervalMs) {
                    post();
                }
                return true;
            },
            &error);
        db->setCancelFlag(nullptr);
        post();
        if (cancel->load()) {
            return; // superseded: nobody wants to hear of it
        }
        QMetaObject::invokeMethod(this,
                                  [this, generation, ok, error] { queryFinished(generation, ok, error); });
    });
}

void GalleryModel::itemsArrived(quint64 generation, const QList<MediaItem> &items)
{
    if (generation != m_generation || items.isEmpty()) {
        return;
    }
    const qsizetype room = std::numeric_limits<int>::max() - m_items.size();
    const qsizetype take = std::min<qsizetype>(room, items.size());
    if (take <= 0) {
        return;
    }
    beginInsertRows(QModelIndex(), int(m_items.size()), int(m_items.size() + take - 1));
    m_items.append(take == items.size() ? items : items.mid(0, take));
    for (qsizetype i = 0; i < take; ++i) {
        ++m_kindCounts[int(items.at(i).kind)];
    }
    endInsertRows();
    emit countChanged();
}

void GalleryModel::queryFinished(quint64 generation, bool ok, const QString &error)
{
    if (generation != m_generation) {
        return;
    }
    m_error = ok ? QString() : error;
    setLoading(false);
    emit finished(ok, m_error);
}

void GalleryModel::setLoading(bool loading)
{
    if (loading == m_loading) {
        return;
    }
    m_loading = loading;
    emit loadingChanged(loading);
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MediaItem &item = m_items.at(index.row());
    switch (role) {
    case MediaIdRole:
        return qint64(item.mediaId);
    case TweetIdRole:
        return qint64(item.tweetId);
    case AccountIdRole:
        return qint64(item.accountId);
    case KindRole:
        return int(item.kind);
    case FormatRole:
        return item.formatName();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        // Numbers and a file extension only: nothing of the archive's text.
        if (item.tweetId != 0) {
            return tr("%1 (%2) of tweet %3").arg(kindText(item.kind), item.formatName()).arg(item.tweetId);
        }
        return tr("%1 (%2) of account %3").arg(kindText(item.kind), item.formatName()).arg(item.accountId);
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MediaIdRole, "mediaId");
    names.insert(TweetIdRole, "tweetId");
    names.insert(AccountIdRole, "accountId");
    names.insert(KindRole, "kind");
    names.insert(FormatRole, "format");
    return names;
}

} // namespace trove
