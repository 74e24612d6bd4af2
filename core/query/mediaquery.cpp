#include "core/query/mediaquery.h"

#include "core/db/database.h"
#include "core/query/tweetlistquery.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace trove {

QString MediaItem::formatName() const
{
    const auto end = std::find(format.begin(), format.end(), '\0');
    return QString::fromLatin1(format.data(), qsizetype(end - format.begin()));
}

void MediaItem::setFormat(const QByteArray &extension)
{
    format.fill('\0');
    std::copy_n(extension.constData(), std::min<qsizetype>(extension.size(), qsizetype(format.size())),
                format.begin());
}

namespace {

// The kind as its MediaKind number, computed by SQLite: no text per row.
const char *const KindColumn = "CASE m.kind WHEN 'image' THEN 0 WHEN 'gif' THEN 1 WHEN 'video' THEN 2 "
                               "WHEN 'profile' THEN 3 WHEN 'banner' THEN 4 ELSE 0 END";

// " AND m.kind IN (...)" for a mask that is not every kind; the names are constants, never user text.
QString kindCondition(unsigned kinds)
{
    if ((kinds & MediaQuery::AllKinds) == MediaQuery::AllKinds) {
        return QString();
    }
    QStringList names;
    for (const MediaKind kind :
         {MediaKind::Image, MediaKind::Gif, MediaKind::Video, MediaKind::Profile, MediaKind::Banner}) {
        if (kinds & MediaQuery::kindBit(kind)) {
            names << QLatin1Char('\'') + mediaKindName(kind) + QLatin1Char('\'');
        }
    }
    return QStringLiteral(" AND m.kind IN (%1)").arg(names.join(QLatin1Char(',')));
}

QString idsJson(const QList<std::int64_t> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const std::int64_t id : ids) {
        numbers << QString::number(id);
    }
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Hands rows to the sink: the first FirstBatchSize, then ChunkSize at a time.
class Batcher
{
public:
    explicit Batcher(const std::function<bool(const QList<MediaItem> &)> &sink)
        : m_sink(sink)
    {
        m_batch.reserve(MediaQuery::FirstBatchSize);
    }
    // False when the sink asked to stop.
    bool add(const MediaItem &item)
    {
        m_batch.append(item);
        if (m_batch.size() >= (m_first ? MediaQuery::FirstBatchSize : MediaQuery::ChunkSize)) {
            return flush();
        }
        return true;
    }
    bool flush()
    {
        if (m_batch.isEmpty()) {
            return true;
        }
        const bool more = m_sink(m_batch);
        m_batch.clear();
        if (m_first) {
            m_first = false;
            m_batch.reserve(MediaQuery::ChunkSize);
        }
        return more;
    }

private:
    const std::function<bool(const QList<MediaItem> &)> &m_sink;
    QList<MediaItem> m_batch;
    bool m_first = true;
};

// Reads the columns "m.id, <kind number>, m.format, tweet id, account id" of the current row.
MediaItem readItem(const Statement &statement)
{
    MediaItem item;
    item.mediaId = statement.int64(0);
    item.kind = MediaKind(std::clamp<std::int64_t>(statement.int64(1), 0, 4));
    item.setFormat(statement.bytes(2));
    item.tweetId = statement.int64(3);
    item.accountId = statement.int64(4);
    return item;
}

bool failed(Database &db, const Statement &statement, QString *error)
{
    if (error) {
        *error = statement.errorString().isEmpty() ? db.errorString() : statement.errorString();
        if (error->isEmpty()) {
            *error = QStringLiteral("the media query failed");
        }
    }
    return false;
}

} // namespace

bool MediaQuery::collect(Database &db, const TweetFilter &filter, unsigned kinds,
                         const std::function<bool(const QList<MediaItem> &)> &sink, QString *error)
{
    Batcher batcher(sink);
    const QString kindSql = kindCondition(kinds);

    // The accounts' own images first: few, and what an account's gallery should open on.
    if (!filter.accountIds.isEmpty() && (kinds & AccountImages)) {
        Statement profiles;
        const QString sql = QStringLiteral("SELECT m.id, %1, m.format, 0, m.account_id FROM media m "
                                           "WHERE m.tweet_id IS NULL AND m.account_id IN (SELECT value FROM "
                                           "json_each(?))%2 ORDER BY m.account_id, m.id")
                                .arg(QLatin1String(KindColumn), kindSql);
        if (!profiles.prepare(db, sql.toUtf8().constData())) {
            return failed(db, profiles, error);
        }
        profiles.bind(1, idsJson(filter.accountIds));
        while (profiles.next()) {
            if (!batcher.add(readItem(profiles))) {
                return true;
            }
        }
        if (!profiles.ok()) {
            return failed(db, profiles, error);
        }
    }

    if (kinds & ~AccountImages & AllKinds) {
        // The driver TweetListQuery picks for the filter decides which order comes without sorting.
        QString tail = kindSql;
        if (!filter.search.trimmed().isEmpty()) {
            // The full-text index yields its rowids newest first (a second sort key would make SQLite sort
            // every match first); one tweet's files come out of media_by_tweet in media id order.
            tail += QStringLiteral(" ORDER BY tweet_search.rowid DESC");
        } else if (!filter.accountIds.isEmpty()) {
            // The (account_id, time) index order; one tweet's files in media_by_tweet (media id) order.
            tail += QStringLiteral(" ORDER BY t.time DESC, t.id DESC");
        } else {
            if (filter.from.isValid() || filter.until.isValid()) {
                // Ids grow with time: bound the walk over media_by_tweet (the time conditions stay, for
                // exactness). Media files name real, non-negative tweet ids only.
                std::int64_t low = 0;
                std::int64_t high = std::numeric_limits<std::int64_t>::max();
                if (filter.from.isValid()) {
                    low = TweetListQuery::firstIdAtOrAfter(db, filter.from.toSecsSinceEpoch(), error);
                }
                if (low >= 0 && filter.until.isValid()) {
                    high = TweetListQuery::firstIdAtOrAfter(db, filter.until.toSecsSinceEpoch(), error);
                }
                if (low < 0 || high < 0) {
                    return false;
                }
                tail += QStringLiteral(" AND m.tweet_id >= %1 AND m.tweet_id < %2").arg(low).arg(high);
            }
            // Backwards along media_by_tweet: newest tweet first, each tweet found by its id.
            tail += QStringLiteral(" ORDER BY m.tweet_id DESC, m.id");
        }
        Statement statement;
        bool nothing = false;
        if (!TweetListQuery::prepareFiltered(
                db, filter,
                QStringLiteral("m.id, %1, m.format, m.tweet_id, coalesce(m.account_id, 0)")
                    .arg(QLatin1String(KindColumn)),
                QStringLiteral(" JOIN media m ON m.tweet_id = t.id"), tail, &statement, &nothing, error)) {
            return false;
        }
        if (!nothing) {
            while (statement.next()) {
                if (!batcher.add(readItem(statement))) {
                    return true;
                }
            }
            if (!statement.ok()) {
                return failed(db, statement, error);
            }
        }
    }
    batcher.flush();
    return true;
}

} // namespace trove
